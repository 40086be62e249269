// Where the working-day calendar comes from: the years shipped with the program (resources/calendar/), overridden
// by the years the office edited or imported, which are kept in the `setting` table under "calendar/<year>".
#pragma once

#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;
class WriteTransaction;

class CalendarRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    // What saving one year would do to the calendar in effect, for the clerk to read before an import.
    struct YearChange
    {
        int year = 0;
        std::optional<WorkCalendar::Year> before; // the year in effect now (stored or shipped); none: a new year
        bool beforeStored = false; // the year in effect now is the office's own version
        WorkCalendar::Year after;
        QStringList differences; // one sentence per day added, removed or renamed, and a changed source

        bool isNew() const { return !before.has_value(); }
        bool isUnchanged() const { return before.has_value() && differences.isEmpty(); }
    };

    explicit CalendarRepository(Database& db);

    // The shipped years, each replaced by the office's own version where one is stored. A stored year that can no
    // longer be read is left out (the shipped one, if any, stays) and said in *problems.
    WorkCalendar load(QStringList* problems = nullptr) const;
    // Every year the calendar covers, shipped or stored, in order.
    QList<int> years() const;
    // The years the office has its own version of.
    QList<int> storedYears() const;

    // Stores the office's version of a year (after checking it), with its audit entry: the year as it was in
    // effect before (stored or shipped) and as it is now. Saving what is already in effect writes nothing.
    bool saveYear(WriteTransaction& tx, const WorkCalendar::Year& year);
    // Why saveYear refuses the year (a date twice, a day without a name …), in one sentence; empty when it may be
    // saved.
    static QString saveProblem(const WorkCalendar::Year& year);
    // Drops the office's version of a year, so the shipped one (if any) applies again; audited.
    bool resetYear(WriteTransaction& tx, int year);
    // Whether the program ships a version of the year (what resetYear goes back to).
    static bool isShipped(int year);

    // What saving each of these years would change, in the order given.
    QList<YearChange> changes(const QList<WorkCalendar::Year>& years) const;
    // Saves every year (saveYear each, unchanged ones write nothing) in the caller's transaction.
    bool importYears(WriteTransaction& tx, const QList<WorkCalendar::Year>& years);
    // The differences between two versions of a year, one sentence each (days in date order).
    static QStringList differences(const std::optional<WorkCalendar::Year>& before, const WorkCalendar::Year& after);

    // The calendar shipped with the program, without any database: what `deadline` uses with no data file.
    static WorkCalendar shipped(QStringList* problems = nullptr);
    // Reads a calendar file the clerk wants to import (JSON: one year or a list of years); nothing is stored.
    // A syntax error is named by line and column, an unknown field by its name and year (a misspelt "holidays"
    // would otherwise import a year without holidays).
    static std::optional<QList<WorkCalendar::Year>> readFile(const QString& path, QStringList* problems);
    // Exports years in the format readFile reads (one year: an object; several: a list), replacing the file
    // whole; the export is an audit entry with the file's SHA-256 (ExportFile).
    bool exportFile(const QString& path, const QList<WorkCalendar::Year>& years, QString* error);

    static QString settingKey(int year);

private:
    std::optional<WorkCalendar::Year> storedYear(int year, QStringList* problems) const;

    Database& m_db;
};
