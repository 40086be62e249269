// Changing the working-day calendar (工作日历) as the acting user asks for it: a year's holidays and make-up working
// days, the import of a calendar file and the reset of a year to the shipped notice. The permission ChangeSettings
// first, then the calendar's rules (CalendarRepository::saveProblem: a date twice, a day without a name, a weekday
// as a make-up working day …), and the write in one audited transaction. Reading and exporting need only View.
#pragma once

#include "Actor.h"
#include "CalendarRepository.h"
#include "Outcome.h"
#include "WorkCalendar.h"

#include <QCoreApplication>

class Database;

class CalendarOperations final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarOperations)

public:
    CalendarOperations(Database& db, Actor actor);

    // --- Asking ---
    // The calendar in effect (CalendarRepository::load).
    WorkCalendar calendar(QStringList* problems = nullptr) const;
    // The years this data file has its own version of (the ones a reset changes).
    QList<int> storedYears() const;
    // What saving these years would change (for the confirmation before an import).
    QList<CalendarRepository::YearChange> changes(const QList<WorkCalendar::Year>& years) const;
    // May the user change the calendar? (Enables the menu entry and the dialog's buttons.)
    Outcome check() const;

    // --- Acting ---
    // Stores the office's version of a year; saving what is in effect already writes nothing.
    Outcome saveYear(const WorkCalendar::Year& year);
    // Saves every year of an imported file in one transaction; refused whole when one year is refused.
    Outcome importYears(const QList<WorkCalendar::Year>& years);
    // Drops the office's version of a year: the shipped one (if any) applies again. Refused for a year the data
    // file has no version of its own of.
    Outcome resetYear(int year);
    // Writes the years to a calendar file (an audit entry names it); every role may.
    Outcome exportYears(const QString& path, const QList<WorkCalendar::Year>& years);

private:
    Database& m_db;
    Actor m_actor;
};
