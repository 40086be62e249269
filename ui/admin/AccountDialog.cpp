#include "AccountDialog.h"

#include "Database.h"
#include "Palette.h"
#include "Passwords.h"
#include "PlainText.h"
#include "UserOperations.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

AccountDialog::AccountDialog(Database& db, Mode mode, const Actor& actor, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_actor(actor)
    , m_userName(userName)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_current(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new PlainLabel(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setMinimumWidth(440);
    QString heading;
    switch (mode) {
    case Mode::FirstAdministrator:
        setWindowTitle(tr("Create the administrator"));
        heading = tr("This data file has no users yet. Create the administrator: they manage the users and the "
                     "settings, and may do everything else.");
        m_name->setText(QStringLiteral("admin"));
        break;
    case Mode::NewUser:
        setWindowTitle(tr("New user"));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset password"));
        heading = tr("A new password for %1. Tell it to them in person; a lock after failed logins ends too.")
                      .arg(userName);
        break;
    case Mode::ChangePassword:
        setWindowTitle(tr("Change password"));
        heading = tr("Change the password of %1.").arg(userName);
        break;
    }

    for (QLineEdit* edit : {m_current, m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_name->setObjectName(QStringLiteral("userName"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    VocabularyCombo::fill(m_role, Vocabulary::userRoles());
    VocabularyCombo::select(m_role, QStringLiteral("clerk"));

    auto* form = new QFormLayout;
    const bool names = mode == Mode::FirstAdministrator || mode == Mode::NewUser;
    if (names) {
        form->addRow(tr("User name:"), m_name);
        form->addRow(tr("Full name:"), m_displayName);
    } else {
        m_name->hide();
        m_displayName->hide();
    }
    if (mode == Mode::NewUser)
        form->addRow(tr("Role:"), m_role);
    else
        m_role->hide();
    if (mode == Mode::ChangePassword)
        form->addRow(tr("Current password:"), m_current);
    else
        m_current->hide();
    form->addRow(mode == Mode::ChangePassword ? tr("New password:") : tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    auto* rule = new PlainLabel(Passwords::ruleText(), this);
    rule->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), rule);

    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    if (mode == Mode::FirstAdministrator)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit the program"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    if (!heading.isEmpty()) {
        auto* label = new PlainLabel(heading, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    (names ? m_name : mode == Mode::ChangePassword ? m_current : m_password)->setFocus();
}

void AccountDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

void AccountDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showMessage(tr("The two passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    UserOperations users(m_db, m_actor);
    User user;
    Outcome outcome;
    switch (m_mode) {
    case Mode::FirstAdministrator:
        user.name = m_name->text().trimmed();
        user.displayName = m_displayName->text();
        outcome = UserOperations::createFirstAdministrator(m_db, user, m_password->text());
        break;
    case Mode::NewUser:
        user.name = m_name->text().trimmed();
        user.displayName = m_displayName->text();
        user.role = VocabularyCombo::key(m_role);
        outcome = users.add(user, m_password->text());
        break;
    case Mode::ResetPassword:
        outcome = users.resetPassword(m_userName, m_password->text());
        break;
    case Mode::ChangePassword:
        outcome = users.changeOwnPassword(m_userName, m_current->text(), m_password->text());
        break;
    }
    if (!outcome) {
        showMessage(outcome.message());
        return;
    }
    m_user = users.find(m_mode == Mode::FirstAdministrator || m_mode == Mode::NewUser ? user.name : m_userName);
    if (m_mode == Mode::FirstAdministrator) {
        QString error;
        m_user = UserRepository(m_db).login(user.name, m_password->text(), &error);
        if (!m_user) {
            showMessage(error);
            return;
        }
    }
    QDialog::accept();
}
