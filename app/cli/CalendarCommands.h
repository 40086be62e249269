// The command line's `calendar` (the years of the working-day calendar), `calendar import FILE [--dry-run]` and
// `calendar export YEAR [-o FILE]`: the same calendar the 工作日历 dialog edits. Exit codes 0 / 1 / 2.
#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// args are the words after `calendar`.
// - none: one line per year: year, tab, holidays, tab, make-up working days, tab, "shipped" or "edited" (the
//   office's own version in this data file); problems of a stored year go to err.
// - import FILE [--dry-run]: reads FILE (a year or a list of years), prints what changes per year, then saves every
//   year in one audited transaction (--dry-run: nothing is written). A bad file writes nothing and returns 1.
// - export YEAR [-o FILE]: writes the year in effect as JSON to FILE (or to out); 1 when the year has no calendar.
// Returns 0, 1 for a data problem, 2 for a usage error. Who may import is checked before (CommandLine).
int runCalendarCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err);
