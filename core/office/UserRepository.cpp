#include "UserRepository.h"

#include "Database.h"
#include "FieldError.h"
#include "Passwords.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, name, display_name, role, active, failed_logins, locked_until FROM app_user ");

User fromQuery(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.active = q.value(4).toBool();
    u.failedLogins = q.value(5).toInt();
    if (!q.value(6).isNull())
        u.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate).toUTC();
    return u;
}

QString sqlTime(const QDateTime& utc)
{
    return WriteTransaction::isoDateTime(utc.toMSecsSinceEpoch(), 0, false);
}

// The hash an unknown name is checked against, so that a wrong name takes as long as a wrong password.
const QString& decoyHash()
{
    static const QString hash = Passwords::hash(QStringLiteral("not a password of anyone 0"));
    return hash;
}

} // namespace

QJsonObject User::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("active"), active}};
}

UserRepository::UserRepository(Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{ }

QDateTime UserRepository::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

std::optional<User> UserRepository::find(const QString& name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<User> UserRepository::list() const
{
    QList<User> users;
    QSqlQuery q(m_db.sql());
    if (q.exec(kSelect + QStringLiteral("ORDER BY active DESC, name")))
        while (q.next())
            users << fromQuery(q);
    return users;
}

bool UserRepository::hasUsers() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM app_user LIMIT 1")) && q.next();
}

QString UserRepository::loginRefusedText()
{
    return tr("The user name or the password is wrong.");
}

bool UserRepository::create(WriteTransaction& tx, User& user, const QString& password)
{
    if (!tx.ok())
        return false;
    user.name = user.name.trimmed();
    user.displayName = user.displayName.trimmed();
    if (const QString problem = newUserProblem(user, password); !problem.isEmpty())
        return tx.fail(problem);
    const QString hash = Passwords::hash(password);
    if (hash.isEmpty())
        return tx.fail(tr("The password could not be protected (not enough memory). Close other programs and try "
                          "again."));
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO app_user (name, display_name, role, password_hash, active, failed_logins, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"));
    q.addBindValue(user.name);
    q.addBindValue(sqlText(user.displayName));
    q.addBindValue(user.role);
    q.addBindValue(hash);
    q.addBindValue(user.active ? 1 : 0);
    q.addBindValue(tx.utcNow());
    q.addBindValue(tx.utcNow());
    if (!tx.exec(q))
        return false;
    user.id = q.lastInsertId().toLongLong();
    user.failedLogins = 0;
    user.lockedUntil = {};
    return tx.recordChange(QStringLiteral("create"), QStringLiteral("user"), user.name, {}, user.toJson());
}

bool UserRepository::keepsAnAdministrator(WriteTransaction& tx, const User& user, const QString& newRole,
                                          bool newActive)
{
    if (user.role != QLatin1String("admin") || !user.active || (newRole == user.role && newActive))
        return true;
    QSqlQuery& q
        = tx.prepare(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1 AND name <> ?"));
    q.addBindValue(user.name);
    if (!tx.exec(q) || !q.next())
        return false;
    const int others = q.value(0).toInt();
    q.finish();
    if (others == 0)
        return tx.fail(lastAdministratorText(user.name));
    return true;
}

QString UserRepository::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 32)
        return tr("The user name must have 1 to 32 characters.");
    for (const QChar c : trimmed)
        if (c.isSpace() || !c.isPrint())
            return tr("The user name may not contain spaces.");
    return {};
}

QString UserRepository::roleProblem(const QString& role)
{
    return Vocabulary::userRoles().contains(role) ? QString() : tr("Choose the user's role.");
}

QString UserRepository::newUserProblem(const User& user, const QString& password) const
{
    if (const QString problem = nameProblem(user.name); !problem.isEmpty())
        return problem;
    if (const QString problem = roleProblem(user.role); !problem.isEmpty())
        return problem;
    if (const QString problem = Passwords::ruleViolation(password); !problem.isEmpty())
        return problem;
    if (find(user.name.trimmed()))
        return tr("There is already a user named %1.").arg(user.name.trimmed());
    return {};
}

QString UserRepository::unknownUserText(const QString& name)
{
    return tr("There is no user named %1.").arg(name);
}

QString UserRepository::ownPasswordProblem(const QString& name, const QString& currentPassword,
                                           const QString& newPassword) const
{
    if (!find(name))
        return unknownUserText(name);
    if (!passwordMatches(name, currentPassword))
        return tr("The current password is wrong.");
    if (newPassword == currentPassword)
        return tr("The new password is the same as the current one.");
    return Passwords::ruleViolation(newPassword);
}

QString UserRepository::lastAdministratorText(const QString& name)
{
    return tr("%1 is the only active administrator; make another user an administrator first.").arg(name);
}

QString UserRepository::lastAdministratorProblem(const User& user, const QString& newRole, bool newActive) const
{
    if (user.role != QLatin1String("admin") || !user.active || (newRole == user.role && newActive))
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1 AND name <> ?"));
    q.addBindValue(user.name);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return {};
    return lastAdministratorText(user.name);
}

bool UserRepository::passwordMatches(const QString& name, const QString& password) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && Passwords::verify(q.value(0).toString(), password);
}

bool UserRepository::setRole(WriteTransaction& tx, const QString& name, const QString& role)
{
    if (!tx.ok())
        return false;
    const auto before = find(name);
    if (!before)
        return tx.fail(unknownUserText(name));
    if (const QString problem = roleProblem(role); !problem.isEmpty())
        return tx.fail(problem);
    if (role == before->role)
        return true;
    if (!keepsAnAdministrator(tx, *before, role, before->active))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE app_user SET role = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(role);
    q.addBindValue(tx.utcNow());
    q.addBindValue(before->id);
    if (!tx.exec(q))
        return false;
    User after = *before;
    after.role = role;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("user"), name, before->toJson(), after.toJson());
}

bool UserRepository::setDisplayName(WriteTransaction& tx, const QString& name, const QString& displayName)
{
    if (!tx.ok())
        return false;
    const auto before = find(name);
    if (!before)
        return tx.fail(unknownUserText(name));
    User after = *before;
    after.displayName = displayName.trimmed();
    if (after.displayName == before->displayName)
        return true;
    QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE app_user SET display_name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sqlText(after.displayName));
    q.addBindValue(tx.utcNow());
    q.addBindValue(before->id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("user"), name, before->toJson(), after.toJson());
}

bool UserRepository::setActive(WriteTransaction& tx, const QString& name, bool active)
{
    if (!tx.ok())
        return false;
    const auto before = find(name);
    if (!before)
        return tx.fail(unknownUserText(name));
    if (active == before->active)
        return true;
    if (!keepsAnAdministrator(tx, *before, before->role, active))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE app_user SET active = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(tx.utcNow());
    q.addBindValue(before->id);
    if (!tx.exec(q))
        return false;
    User after = *before;
    after.active = active;
    return tx.recordChange(active ? QStringLiteral("activate") : QStringLiteral("deactivate"), QStringLiteral("user"),
                           name, before->toJson(), after.toJson());
}

bool UserRepository::changePassword(WriteTransaction& tx, const User& user, const QString& newPassword,
                                    const QString& action)
{
    if (const QString problem = Passwords::ruleViolation(newPassword); !problem.isEmpty())
        return tx.fail(problem);
    const QString hash = Passwords::hash(newPassword);
    if (hash.isEmpty())
        return tx.fail(tr("The password could not be protected (not enough memory). Close other programs and try "
                          "again."));
    QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE app_user SET password_hash = ?, failed_logins = 0, "
                                             "locked_until = NULL, updated_at = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(tx.utcNow());
    q.addBindValue(user.id);
    if (!tx.exec(q))
        return false;
    // The entry says that the password changed, and whether a lock was lifted; the hash stays out of the trail.
    QJsonObject after {{QStringLiteral("password"), QStringLiteral("changed")}};
    if (user.isLocked(now()))
        after.insert(QStringLiteral("unlocked"), true);
    return tx.recordChange(action, QStringLiteral("user"), user.name, {}, after);
}

bool UserRepository::resetPassword(WriteTransaction& tx, const QString& name, const QString& newPassword)
{
    if (!tx.ok())
        return false;
    const auto user = find(name);
    if (!user)
        return tx.fail(unknownUserText(name));
    return changePassword(tx, *user, newPassword, QStringLiteral("reset_password"));
}

bool UserRepository::changeOwnPassword(WriteTransaction& tx, const QString& name, const QString& currentPassword,
                                       const QString& newPassword)
{
    if (!tx.ok())
        return false;
    if (const QString problem = ownPasswordProblem(name, currentPassword, newPassword); !problem.isEmpty())
        return tx.fail(problem);
    const auto user = find(name);
    if (!user)
        return tx.fail(unknownUserText(name));
    return changePassword(tx, *user, newPassword, QStringLiteral("change_password"));
}

std::optional<User> UserRepository::login(const QString& name, const QString& password, QString* error)
{
    return checkPassword(name, password, Check::Login, {}, error);
}

std::optional<User> UserRepository::confirm(const QString& name, const QString& password, const QJsonObject& purpose,
                                            QString* error)
{
    return checkPassword(name, password, Check::Confirm, purpose, error);
}

std::optional<User> UserRepository::checkPassword(const QString& name, const QString& password, Check check,
                                                  const QJsonObject& purpose, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    const bool isLogin = check == Check::Login;
    const QString tried = name.trimmed();
    const QDateTime t = now();
    std::optional<User> user = find(tried);

    // The slow check runs before the write lock is taken, and for unknown names too (same time either way). A
    // stored hash that would ask more than our costs is not checked at all.
    QString reason;
    QString hashProblem;
    if (!user) {
        Passwords::verify(decoyHash(), password);
        reason = QStringLiteral("unknown_user");
    } else if (!user->active) {
        Passwords::verify(decoyHash(), password);
        reason = QStringLiteral("inactive");
    } else if (user->isLocked(t)) {
        reason = QStringLiteral("locked");
    } else {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
        q.addBindValue(user->id);
        const QString hash = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        hashProblem = Passwords::costProblem(hash);
        if (!hashProblem.isEmpty())
            reason = QStringLiteral("password_hash_refused");
        else if (!Passwords::verify(hash, password))
            reason = QStringLiteral("wrong_password");
    }

    const QString previousUser = m_db.currentUser();
    if (isLogin)
        m_db.setCurrentUser(tried); // the audit entry names the name tried; a confirmation's names the acting user
    // One write transaction (BEGIN IMMEDIATE: attempts in parallel, in other programs too, wait for each other)
    // reads the account again and decides: a lock or a deactivation that a parallel attempt or an administrator
    // wrote meanwhile counts, and every failure adds one to the count in the file, never to a value read before.
    WriteTransaction tx(m_db);
    if (user && tx.ok()) {
        QSqlQuery& q = tx.prepare(kSelect + QStringLiteral("WHERE id = ?"));
        q.addBindValue(user->id);
        if (tx.exec(q) && q.next()) {
            user = fromQuery(q);
            if (reason.isEmpty() || reason == QLatin1String("wrong_password")) {
                if (!user->active)
                    reason = QStringLiteral("inactive");
                else if (user->isLocked(t))
                    reason = QStringLiteral("locked");
            }
        }
        q.finish();
    }
    QJsonObject values = purpose;
    if (reason.isEmpty()) {
        QSqlQuery& q
            = tx.prepare(QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
        q.addBindValue(user->id);
        tx.exec(q);
        user->failedLogins = 0;
        user->lockedUntil = {};
        values.insert(QStringLiteral("role"), user->role);
        tx.recordChange(isLogin ? QStringLiteral("login") : QStringLiteral("confirm"), QStringLiteral("user"), tried,
                        {}, values);
    } else {
        values.insert(QStringLiteral("reason"), reason);
        if (reason == QLatin1String("wrong_password"))
            countFailure(tx, *user, t, &values);
        tx.recordChange(isLogin ? QStringLiteral("login_failed") : QStringLiteral("confirm_failed"),
                        QStringLiteral("user"), tried, {}, values);
    }
    const bool written = tx.commit();
    if (isLogin && (!written || !reason.isEmpty()))
        m_db.setCurrentUser(previousUser);
    if (!written) {
        err = tx.error();
        return std::nullopt;
    }
    if (!reason.isEmpty()) {
        const QString until = user && user->lockedUntil.isValid()
            ? QLocale().toString(user->lockedUntil.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
        if (!hashProblem.isEmpty() && reason == QLatin1String("password_hash_refused"))
            err = hashProblem;
        else if (user && user->active && user->isLocked(t))
            err = isLogin ? tr("After %1 failed logins the account %2 is locked until %3. Try again then, or ask an "
                               "administrator to reset the password.")
                                .arg(MaxFailedLogins)
                                .arg(user->name, until)
                          : tr("After %1 wrong passwords the account %2 is locked until %3 and cannot confirm "
                               "anything until then; another user may confirm, or an administrator resets the "
                               "password.")
                                .arg(MaxFailedLogins)
                                .arg(user->name, until);
        else if (isLogin)
            err = loginRefusedText();
        else if (reason == QLatin1String("unknown_user"))
            err = unknownUserText(tried);
        else if (reason == QLatin1String("inactive"))
            err = inactiveUserText(tried);
        else
            err = tr("The password of %1 is wrong.").arg(tried);
        return std::nullopt;
    }
    if (isLogin)
        m_db.setCurrentUser(user->name);
    return user;
}

QString UserRepository::inactiveUserText(const QString& name)
{
    return tr("The user %1 is deactivated.").arg(name);
}

bool UserRepository::countFailure(WriteTransaction& tx, User& user, const QDateTime& nowUtc, QJsonObject* values)
{
    QSqlQuery& count = tx.prepare(QStringLiteral("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ?"));
    count.addBindValue(user.id);
    if (!tx.exec(count))
        return false;
    QSqlQuery& read = tx.prepare(QStringLiteral("SELECT failed_logins FROM app_user WHERE id = ?"));
    read.addBindValue(user.id);
    if (!tx.exec(read) || !read.next())
        return tx.fail(tr("The failed login could not be counted."));
    const int failures = read.value(0).toInt();
    read.finish();
    values->insert(QStringLiteral("failed_logins"), failures);
    user.failedLogins = failures;
    if (failures < MaxFailedLogins)
        return true;
    // Locked now; the count starts again when the lock ends.
    user.lockedUntil = nowUtc.addSecs(qint64(LockMinutes) * 60);
    user.failedLogins = 0;
    values->insert(QStringLiteral("locked_until"), sqlTime(user.lockedUntil));
    QSqlQuery& lock
        = tx.prepare(QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE id = ?"));
    lock.addBindValue(sqlTime(user.lockedUntil));
    lock.addBindValue(user.id);
    return tx.exec(lock);
}
