#include "PassphraseDialog.h"

#include "Palette.h"
#include "PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& explanation, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_new(passwordField(this, QStringLiteral("passphrase")))
    , m_error(new PlainLabel(this))
{
    setWindowTitle(purpose == Purpose::Unlock       ? tr("Publication key")
                       : purpose == Purpose::Create ? tr("Create the publication key")
                                                    : tr("Rotate the publication key"));
    auto* text = new PlainLabel(explanation, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    if (purpose == Purpose::Rotate) {
        m_old = passwordField(this, QStringLiteral("oldPassphrase"));
        form->addRow(tr("Current passphrase:"), m_old);
    }
    form->addRow(purpose == Purpose::Unlock ? tr("Passphrase:") : tr("New passphrase:"), m_new);
    if (purpose != Purpose::Unlock) {
        m_repeat = passwordField(this, QStringLiteral("passphraseAgain"));
        form->addRow(tr("New passphrase again:"), m_repeat);
    }
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::errorStyle());
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Unlock       ? tr("Sign and publish")
                      : purpose == Purpose::Create ? tr("Create")
                                                   : tr("Rotate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_old ? m_old : m_new)->setFocus();
}

QString PassphraseDialog::passphrase() const
{
    return m_new->text();
}

QString PassphraseDialog::oldPassphrase() const
{
    return m_old ? m_old->text() : QString();
}

void PassphraseDialog::accept()
{
    if (m_repeat && m_repeat->text() != m_new->text()) {
        m_error->setText(tr("The two new passphrases are not the same."));
        m_error->show();
        m_repeat->setFocus();
        m_repeat->selectAll();
        return;
    }
    QDialog::accept();
}
