#include "SettingsOperations.h"

#include "Database.h"
#include "WriteTransaction.h"

SettingsOperations::SettingsOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

SettingsValues SettingsOperations::values() const
{
    return Settings(m_db).load();
}

Outcome SettingsOperations::check() const
{
    return m_actor.check(Access::Permission::ChangeSettings);
}

Outcome SettingsOperations::save(const SettingsValues& values)
{
    if (auto o = check(); !o)
        return o;
    if (const FieldErrors problems = Settings::problems(values); !problems.isEmpty())
        return Outcome::refusedByRule(problems.first().message, problems);
    WriteTransaction tx(m_db);
    if (!Settings(m_db).save(tx, values) || !tx.commit())
        return Outcome::failed(tx.error());
    return Outcome::done();
}
