// The working-day calendar, the same the 工作日历 dialog edits:
// - `calendar`: one line per year: year, tab, holidays, tab, make-up working days, tab, "shipped" or "edited" (the
//   office's own version in this data file); problems of a stored year go to err.
// - `calendar import FILE.json [--dry-run]`: reads FILE (a year or a list of years), prints what changes per year,
//   then saves every year in one audited transaction (--dry-run: nothing is written). A bad file writes nothing
//   (exit 1).
// - `calendar export YEAR [-o FILE.json]`: the year in effect as JSON, to FILE or to the standard output; exit 1
//   when the year has no calendar.
// A usage error of any of them shows the usage of all three.
#pragma once

#include "Command.h"

class CalendarCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    CalendarCommand();
    QString usage() const override;
    int run(Session& session, const QCommandLineParser& parser) override;

    // The usage of the three calendar commands.
    static QString familyUsage();
};

class CalendarImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarImportCommand)

public:
    CalendarImportCommand();
    QString usage() const override { return CalendarCommand::familyUsage(); }
    int run(Session& session, const QCommandLineParser& parser) override;
};

class CalendarExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExportCommand)

public:
    CalendarExportCommand();
    QString usage() const override { return CalendarCommand::familyUsage(); }
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
