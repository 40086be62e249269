#include "VoidDrawDialog.h"

#include "Palette.h"
#include "PlainText.h"
#include "PlanOperations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

VoidDrawDialog::VoidDrawDialog(Database& db, const Actor& actor, qint64 planId, const DrawAttempt& attempt,
                               const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_planId(planId)
    , m_reason(reason)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new PlainLabel(this))
    , m_void(nullptr)
{
    setObjectName(QStringLiteral("voidDrawDialog"));
    setWindowTitle(tr("Void the draw"));
    setMinimumWidth(460);

    auto* what = new PlainLabel(tr("Draw %1 (seed %2) will be voided with the reason \"%3\". It stays on the record "
                                   "and on every printout; the plan returns to frozen and needs a new seed.")
                                    .arg(attempt.number)
                                    .arg(attempt.seed, reason),
                                this);
    what->setWordWrap(true);
    auto* fourEyes = new PlainLabel(tr("A second user confirms the void: a reviewer (审核员) or an administrator "
                                       "(管理员) other than you enters their user name and password."),
                                    this);
    fourEyes->setWordWrap(true);

    m_user->setObjectName(QStringLiteral("confirmUser"));
    m_password->setObjectName(QStringLiteral("confirmPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Confirmed by (user name):"), m_user);
    form->addRow(tr("Their password:"), m_password);

    m_message->setObjectName(QStringLiteral("voidMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_void = buttons->addButton(tr("Void"), QDialogButtonBox::AcceptRole);
    m_void->setObjectName(QStringLiteral("confirmVoidButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(false);
    m_void->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidDrawDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(fourEyes);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_user->setFocus();
}

void VoidDrawDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome outcome
        = PlanOperations(m_db, m_actor).voidDraw(m_planId, m_reason, m_user->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        m_message->setText(outcome.message());
        m_message->show();
        adjustSize();
        m_password->clear();
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    QDialog::accept();
}
