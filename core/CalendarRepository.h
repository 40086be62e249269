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
    // Drops the office's version of a year, so the shipped one (if any) applies again; audited.
    bool resetYear(WriteTransaction& tx, int year);

    // The calendar shipped with the program, without any database: what `deadline` uses with no data file.
    static WorkCalendar shipped(QStringList* problems = nullptr);
    // Reads a calendar file the clerk wants to import (JSON: one year or a list of years); nothing is stored.
    static std::optional<QList<WorkCalendar::Year>> readFile(const QString& path, QStringList* problems);

    static QString settingKey(int year);

private:
    std::optional<WorkCalendar::Year> storedYear(int year, QStringList* problems) const;

    Database& m_db;
};
