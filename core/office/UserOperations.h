// The users of a data file as the acting user changes them: an administrator (ManageUsers) adds users, changes a
// role, deactivates or reactivates, resets a password; every user changes their own password, and only their own;
// the first administrator of a data file without users creates themselves. Each operation checks the permission
// first, then the rules (UserRepository: the name, the role, the password rule, the last active administrator;
// and here: nobody deactivates themselves), and writes in one audited transaction.
#pragma once

#include "Actor.h"
#include "Outcome.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <optional>

class Database;

class UserOperations final
{
    Q_DECLARE_TR_FUNCTIONS(UserOperations)

public:
    UserOperations(Database& db, Actor actor, UserRepository::Clock clock = {});

    // --- Asking ---
    // Every user, active ones first, by name.
    QList<User> users() const;
    std::optional<User> find(const QString& name) const;
    // May the acting user manage the users? (Shows the menu entry.)
    Outcome check() const;

    // --- Acting (ManageUsers) ---
    // A new user with a first password; sets user.id (and trims the names).
    Outcome add(User& user, const QString& password);
    Outcome setRole(const QString& name, const QString& role);
    // Deactivates (active = false) or reactivates a user. Nobody deactivates themselves, and the last active
    // administrator stays.
    Outcome setActive(const QString& name, bool active);
    // A new password chosen by the administrator; it also ends a lock after failed logins.
    Outcome resetPassword(const QString& name, const QString& newPassword);

    // --- Acting (every role, for themselves) ---
    // The acting user's own password: `name` must be the acting user (another user's password is reset by an
    // administrator), and the current password must be right.
    Outcome changeOwnPassword(const QString& name, const QString& currentPassword, const QString& newPassword);

    // --- A data file without users ---
    // The administrator of a data file that has no users yet creates themselves (there is nobody to check): the
    // database's current user becomes them, and the creation is their first audit entry. Refused once the file
    // has users.
    static Outcome createFirstAdministrator(Database& db, User& administrator, const QString& password);

private:
    Outcome write(const std::function<bool(UserRepository&, WriteTransaction&)>& change);

    Database& m_db;
    Actor m_actor;
    UserRepository::Clock m_clock;
};
