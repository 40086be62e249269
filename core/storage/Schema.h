// The SQL of every schema version, as ordered migration steps. Step N turns version N-1 into version N;
// Database::migrate runs them in one transaction. Never edit a released step: add a new one.
#pragma once

#include <QStringList>

namespace Schema {
QStringList migrationStatements(int step);
// The tables whose rows are never updated or deleted (the record of the draws); triggers enforce it.
QStringList appendOnlyTables();
// Version 3's append-only tables: follow-up visits, attachments, blacklist entries, publications. (result and
// result_version refuse DELETE, and a published result_version refuses UPDATE.) Version 4 makes audit_log
// append-only too and has result refuse UPDATE.
QStringList appendOnlyResultTables();
}
