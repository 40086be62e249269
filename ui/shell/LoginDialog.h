// The login dialog: at start, to switch user, and as the idle lock (then only the same user may unlock). It asks
// the core (UserRepository::login) and stays open with the core's sentence until a login succeeds; on a demo data
// file it shows the demo accounts.
#pragma once

#include "UserRepository.h"

#include <QDialog>
#include <optional>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;

class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    // With lockedUser set, the dialog unlocks the program for that user only (the name cannot be changed).
    explicit LoginDialog(Database& db, const QString& lockedUser = {}, QWidget* parent = nullptr);

    // The user who logged in, once the dialog was accepted.
    std::optional<User> user() const { return m_user; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* demoHint() const { return m_demoHint; }

public Q_SLOTS:
    // Tries the name and password; accepts on success, else shows why and clears the password.
    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLabel* m_message;
    QLabel* m_demoHint;
    QPushButton* m_login;
    std::optional<User> m_user;
};
