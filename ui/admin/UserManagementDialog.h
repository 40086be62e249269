// The administrator's list of users (用户管理): add a user, change a role, deactivate or reactivate (users are never
// deleted: the audit trail names them), reset a password. Each change is one call of UserOperations.
#pragma once

#include "Actor.h"

#include <QDialog>

class Database;
class QComboBox;
class QPushButton;
class QTableWidget;

class UserManagementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserManagementDialog)

public:
    // `actor`: the administrator at work (UserOperations checks the permission and the rules).
    UserManagementDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* roleCombo() const { return m_role; }
    // The selected user's name, empty when none.
    QString selectedName() const;
    void selectName(const QString& name);

    // The actions of the buttons, for the buttons and the tests.
    void addUser();
    void applyRole();
    void toggleActive();
    void resetPassword();

private:
    void reload();
    void selectionChanged();

    Database& m_db;
    Actor m_actor;
    QTableWidget* m_table;
    QComboBox* m_role;
    QPushButton* m_applyRole;
    QPushButton* m_active;
    QPushButton* m_reset;
};
