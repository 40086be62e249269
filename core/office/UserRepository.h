// The users of a data file (app_user) and their login: create, change role, deactivate (never delete), passwords
// (Argon2id, Passwords.h), and the lockout after repeated failed logins. Every change, and every login attempt,
// is an audit entry; a password hash never appears in one.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;
class WriteTransaction;

struct User
{
    qint64 id = 0;
    QString name; // what one types to log in, unique
    QString displayName;
    QString role; // a key of Vocabulary::userRoles()
    bool active = true;
    int failedLogins = 0; // failed attempts since the last successful login or lock
    QDateTime lockedUntil; // UTC; invalid when the account was never locked

    bool isLocked(const QDateTime& nowUtc) const { return lockedUntil.isValid() && lockedUntil > nowUtc; }
    // The audited values: name, display name, role, active. Never the password hash.
    QJsonObject toJson() const;
};

class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int MaxFailedLogins = 5;
    static constexpr int LockMinutes = 15;

    // The clock gives "now" in UTC; tests inject one to step over the lockout.
    using Clock = std::function<QDateTime()>;
    explicit UserRepository(Database& db, Clock clock = {});

    std::optional<User> find(const QString& name) const;
    // Every user, active ones first, by name.
    QList<User> list() const;
    bool hasUsers() const;

    // Validates the name (1–32 characters, no spaces), role and password rule, hashes the password and sets
    // user.id. Failures mark tx failed with the reason.
    bool create(WriteTransaction& tx, User& user, const QString& password);
    bool setRole(WriteTransaction& tx, const QString& name, const QString& role);
    bool setDisplayName(WriteTransaction& tx, const QString& name, const QString& displayName);
    // Deactivates (or reactivates) a user; the last active administrator cannot be deactivated or demoted.
    bool setActive(WriteTransaction& tx, const QString& name, bool active);
    // An administrator sets a new password; this also lifts a lock.
    bool resetPassword(WriteTransaction& tx, const QString& name, const QString& newPassword);
    // A user changes their own password, giving the current one.
    bool changeOwnPassword(WriteTransaction& tx, const QString& name, const QString& currentPassword,
                           const QString& newPassword);

    // Checks a name and password, in its own transaction (a failed attempt is recorded even though the login is
    // refused). Unknown names, inactive users and wrong passwords get one message that does not say which;
    // MaxFailedLogins failures in a row lock the account for LockMinutes, and the message says until when. The
    // count is kept in the file by the write transaction itself, so N attempts in parallel (several programs on
    // one file) count N. A stored hash beyond our costs is not checked (Passwords::costProblem), and the message
    // says so. The audit entry's user is the name tried. On success the database's current user becomes this user.
    std::optional<User> login(const QString& name, const QString& password, QString* error);

    // A second user confirms what the acting user does (the four-eyes rule of voiding a draw) with their password,
    // checked as a login is and in its own transaction: a wrong password counts towards the lock as a failed login
    // does (MaxFailedLogins in a row lock the account), a locked, inactive or unknown account is refused, and a
    // right one resets the count. The database's current user stays the acting user, whom the audit entry
    // ("confirm" or "confirm_failed", object: the confirming user, values: `purpose` and the role or the reason)
    // names. Unlike login() the sentence says what is wrong: no such user, deactivated, locked, wrong password.
    std::optional<User> confirm(const QString& name, const QString& password, const QJsonObject& purpose,
                                QString* error);

    // The sentence login() gives for unknown names, inactive users and wrong passwords.
    static QString loginRefusedText();
    // "The user %1 is deactivated."
    static QString inactiveUserText(const QString& name);

    // The rules of a user's record, each as the sentence for the clerk, empty when the rule holds. The writes above
    // check them too; UserOperations asks first, so that a refusal is told apart from a failed write.
    // A user name has 1 to 32 characters and no spaces.
    static QString nameProblem(const QString& name);
    // The role is one of Vocabulary::userRoles().
    static QString roleProblem(const QString& role);
    // Why create() would refuse the user: the name, the role, the password rule, a name already taken.
    QString newUserProblem(const User& user, const QString& password) const;
    static QString unknownUserText(const QString& name);
    // Why changeOwnPassword() would refuse: an unknown user, a wrong current password, the same password again, or
    // a new password against the rule.
    QString ownPasswordProblem(const QString& name, const QString& currentPassword, const QString& newPassword) const;
    // Deactivating or demoting the last active administrator is refused: nobody could manage the users then.
    QString lastAdministratorProblem(const User& user, const QString& newRole, bool newActive) const;
    static QString lastAdministratorText(const QString& name);
    // Whether `password` is the user's current one (for the own password change).
    bool passwordMatches(const QString& name, const QString& password) const;

private:
    enum class Check { Login, Confirm };
    // login() and confirm(): the one password check, its count and its audit entry.
    std::optional<User> checkPassword(const QString& name, const QString& password, Check check,
                                      const QJsonObject& purpose, QString* error);
    QDateTime now() const;
    // Adds one failed login to the user's count in the file and, at MaxFailedLogins, locks the account: user and
    // the audit values get the count (and the lock) as written.
    bool countFailure(WriteTransaction& tx, User& user, const QDateTime& nowUtc, QJsonObject* values);
    bool changePassword(WriteTransaction& tx, const User& user, const QString& newPassword, const QString& action);
    bool keepsAnAdministrator(WriteTransaction& tx, const User& user, const QString& newRole, bool newActive);

    Database& m_db;
    Clock m_clock;
};
