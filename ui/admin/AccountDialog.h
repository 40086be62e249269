// The small forms around accounts, one dialog in four modes: the administrator of a data file without users (first
// start), a new user (user management), an administrator's password reset, and changing one's own password. The
// core decides everything (UserOperations); the dialog stays open with its sentence until it succeeds.
#pragma once

#include "Actor.h"
#include "UserRepository.h"

#include <QDialog>
#include <optional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;

class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    enum class Mode { FirstAdministrator, NewUser, ResetPassword, ChangePassword };

    // actor: who acts (none for FirstAdministrator: a data file without users has nobody to check); userName: whose
    // password is reset or changed, unused for the other modes.
    AccountDialog(Database& db, Mode mode, const Actor& actor = {}, const QString& userName = {},
                  QWidget* parent = nullptr);

    // After accept: the user created (for FirstAdministrator also logged in) or whose password changed.
    std::optional<User> user() const { return m_user; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* currentPasswordEdit() const { return m_current; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    void showMessage(const QString& text);

    Database& m_db;
    Mode m_mode;
    Actor m_actor;
    QString m_userName;
    QLineEdit* m_name;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_current;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    std::optional<User> m_user;
};
