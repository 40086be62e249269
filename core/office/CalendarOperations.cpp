#include "CalendarOperations.h"

#include "Database.h"
#include "WriteTransaction.h"

CalendarOperations::CalendarOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

WorkCalendar CalendarOperations::calendar(QStringList* problems) const
{
    return CalendarRepository(m_db).load(problems);
}

QList<int> CalendarOperations::storedYears() const
{
    return CalendarRepository(m_db).storedYears();
}

QList<CalendarRepository::YearChange> CalendarOperations::changes(const QList<WorkCalendar::Year>& years) const
{
    return CalendarRepository(m_db).changes(years);
}

Outcome CalendarOperations::check() const
{
    return m_actor.check(Access::Permission::ChangeSettings);
}

Outcome CalendarOperations::saveYear(const WorkCalendar::Year& year)
{
    return importYears({year});
}

Outcome CalendarOperations::importYears(const QList<WorkCalendar::Year>& years)
{
    if (auto o = check(); !o)
        return o;
    if (years.isEmpty())
        return Outcome::refusedByRule(tr("There is no calendar year to save."));
    for (const WorkCalendar::Year& year : years)
        if (const QString problem = CalendarRepository::saveProblem(year); !problem.isEmpty())
            return Outcome::refusedByRule(problem);
    WriteTransaction tx(m_db);
    if (!CalendarRepository(m_db).importYears(tx, years) || !tx.commit())
        return Outcome::failed(tx.error());
    return Outcome::done();
}

Outcome CalendarOperations::resetYear(int year)
{
    if (auto o = check(); !o)
        return o;
    CalendarRepository repository(m_db);
    if (!repository.storedYears().contains(year))
        return Outcome::refusedByRule(
            tr("This data file has no calendar of its own for %1: there is nothing to reset.").arg(year));
    WriteTransaction tx(m_db);
    if (!repository.resetYear(tx, year) || !tx.commit())
        return Outcome::failed(tx.error());
    return Outcome::done();
}

Outcome CalendarOperations::exportYears(const QString& path, const QList<WorkCalendar::Year>& years)
{
    if (auto o = m_actor.check(Access::Permission::View); !o)
        return o;
    if (years.isEmpty())
        return Outcome::refusedByRule(tr("There is no calendar year to export."));
    QString error;
    if (!CalendarRepository(m_db).exportFile(path, years, &error))
        return Outcome::failed(error);
    return Outcome::done();
}
