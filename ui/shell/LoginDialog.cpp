#include "LoginDialog.h"

#include "Database.h"
#include "DemoData.h"
#include "Palette.h"
#include "PlainText.h"
#include "Vocabulary.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(Database& db, const QString& lockedUser, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new PlainLabel(this))
    , m_demoHint(new PlainLabel(this))
    , m_login(nullptr)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(lockedUser.isEmpty() ? tr("Log in") : tr("Locked"));
    setMinimumWidth(420);

    auto* heading = new PlainLabel(
        lockedUser.isEmpty() ? tr("Double-Random Inspection System")
                             : tr("The program was locked. Enter the password of %1 to go on.").arg(lockedUser),
        this);
    heading->setWordWrap(true);
    QFont bigger = heading->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    heading->setFont(bigger);
    auto* file = new PlainLabel(tr("Data file: %1").arg(QFileInfo(db.path()).fileName()), this);
    file->setToolTip(plainToolTip(QDir::toNativeSeparators(db.path())));
    file->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setText(lockedUser);
    m_name->setReadOnly(!lockedUser.isEmpty());
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_name);
    form->addRow(tr("Password:"), m_password);

    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();

    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setWordWrap(true);
    QStringList accounts;
    for (const auto& [name, role] : DemoData::accounts())
        accounts << tr("%1 (%2)").arg(name, Vocabulary::userRoles().label(role));
    m_demoHint->setText(tr("Demo data file: the accounts %1 all have the password %2.")
                            .arg(accounts.join(QStringLiteral(", ")), DemoData::password()));
    m_demoHint->setStyleSheet(QStringLiteral("background: #fff8d6; padding: 6px; border-radius: 4px;"));
    m_demoHint->setVisible(lockedUser.isEmpty() && DemoData::isDemo(db));

    auto* buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(lockedUser.isEmpty() ? tr("Log in") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Quit the program"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(file);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_demoHint);
    layout->addWidget(buttons);
    (lockedUser.isEmpty() ? m_name : m_password)->setFocus();
}

void LoginDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_message->show();
        adjustSize(); // room for the message: the demo hint below it stays whole
        m_name->setFocus();
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_user = UserRepository(m_db).login(m_name->text(), m_password->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!m_user) {
        m_message->setText(error);
        m_message->show();
        adjustSize();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}
