#include "UserOperations.h"

#include "Database.h"
#include "Passwords.h"
#include "WriteTransaction.h"

UserOperations::UserOperations(Database& db, Actor actor, UserRepository::Clock clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{ }

QList<User> UserOperations::users() const
{
    return UserRepository(m_db, m_clock).list();
}

std::optional<User> UserOperations::find(const QString& name) const
{
    return UserRepository(m_db, m_clock).find(name);
}

Outcome UserOperations::check() const
{
    return m_actor.check(Access::Permission::ManageUsers);
}

Outcome UserOperations::write(const std::function<bool(UserRepository&, WriteTransaction&)>& change)
{
    UserRepository users(m_db, m_clock);
    WriteTransaction tx(m_db);
    if (!change(users, tx) || !tx.commit())
        return Outcome::failed(tx.error());
    return Outcome::done();
}

Outcome UserOperations::add(User& user, const QString& password)
{
    if (auto o = check(); !o)
        return o;
    if (const QString problem = UserRepository(m_db, m_clock).newUserProblem(user, password); !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    return write([&](UserRepository& users, WriteTransaction& tx) { return users.create(tx, user, password); });
}

Outcome UserOperations::setRole(const QString& name, const QString& role)
{
    if (auto o = check(); !o)
        return o;
    UserRepository users(m_db, m_clock);
    const auto user = users.find(name);
    if (!user)
        return Outcome::refusedByRule(UserRepository::unknownUserText(name));
    if (const QString problem = UserRepository::roleProblem(role); !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    if (const QString problem = users.lastAdministratorProblem(*user, role, user->active); !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    return write([&](UserRepository& repository, WriteTransaction& tx) { return repository.setRole(tx, name, role); });
}

Outcome UserOperations::setActive(const QString& name, bool active)
{
    if (auto o = check(); !o)
        return o;
    UserRepository users(m_db, m_clock);
    const auto user = users.find(name);
    if (!user)
        return Outcome::refusedByRule(UserRepository::unknownUserText(name));
    if (!active && user->active && name == m_actor.user)
        return Outcome::refusedByRule(tr("You cannot deactivate yourself."));
    if (const QString problem = users.lastAdministratorProblem(*user, user->role, active); !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    return write(
        [&](UserRepository& repository, WriteTransaction& tx) { return repository.setActive(tx, name, active); });
}

Outcome UserOperations::resetPassword(const QString& name, const QString& newPassword)
{
    if (auto o = check(); !o)
        return o;
    if (!find(name))
        return Outcome::refusedByRule(UserRepository::unknownUserText(name));
    if (const QString problem = Passwords::ruleViolation(newPassword); !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    return write([&](UserRepository& repository, WriteTransaction& tx) {
        return repository.resetPassword(tx, name, newPassword);
    });
}

Outcome UserOperations::changeOwnPassword(const QString& name, const QString& currentPassword,
                                          const QString& newPassword)
{
    if (auto o = m_actor.check(Access::Permission::View); !o)
        return o;
    if (name != m_actor.user)
        return Outcome::refusedByRole(tr("Each user changes only their own password; an administrator resets the "
                                         "password of another user."));
    if (const QString problem = UserRepository(m_db, m_clock).ownPasswordProblem(name, currentPassword, newPassword);
        !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    return write([&](UserRepository& repository, WriteTransaction& tx) {
        return repository.changeOwnPassword(tx, name, currentPassword, newPassword);
    });
}

Outcome UserOperations::createFirstAdministrator(Database& db, User& administrator, const QString& password)
{
    UserRepository users(db);
    if (users.hasUsers())
        return Outcome::refusedByRule(tr("This data file already has users. Log in instead."));
    administrator.role = QStringLiteral("admin");
    administrator.active = true;
    if (const QString problem = users.newUserProblem(administrator, password); !problem.isEmpty())
        return Outcome::refusedByRule(problem);
    const QString previousUser = db.currentUser();
    db.setCurrentUser(administrator.name.trimmed()); // the administrator creates themselves
    WriteTransaction tx(db);
    if (!users.create(tx, administrator, password) || !tx.commit()) {
        db.setCurrentUser(previousUser);
        return Outcome::failed(tx.error());
    }
    return Outcome::done();
}
