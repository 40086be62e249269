// The command line's `plans` (one plan a line: code, tab, title, tab, status in Chinese) and `publish PLAN_CODE
// --out DIR` (the plan's website package, Publication::writePackage). Script-friendly, exit codes 0 / 1 / 2.
#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// args are the words after `plans` (none allowed). Returns 0, or 2 for a usage error.
int runPlansCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err);
// args are the words after `publish`: PLAN_CODE --out DIR (also --out=DIR). Prints each file written with its
// SHA-256. Returns 0, 1 for a data problem (an unknown plan, no standing draw, a folder in the way: nothing is
// written then), 2 for a usage error.
int runPublishCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err);
