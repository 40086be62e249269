// The SQL of every schema version, as ordered migration steps. Step N turns version N-1 into version N;
// Database::migrate runs them in one transaction. Never edit a released step: add a new one. (Every data file is
// compared with these statements when it is opened, SchemaCheck.h: an edited step would refuse the files made
// before the edit. The one edit made so far is kept as an edition, below.)
#pragma once

#include <QStringList>

namespace Schema {
// The statements of step `step` as this program runs them (edition 0), or as an earlier build of the program ran
// them (edition 1 …): a released step was edited once without changing its meaning, and a data file made by such a
// build keeps the earlier text in sqlite_master through every later upgrade. SchemaCheck accepts a file whose
// schema matches any one edition; the migrations run edition 0.
QStringList migrationStatements(int step, int edition = 0);
// How many editions there are (see above; Schema.cpp says what each one changed).
int editions();
// The tables whose rows are never updated or deleted (the record of the draws); triggers enforce it.
QStringList appendOnlyTables();
// Version 3's append-only tables: follow-up visits, attachments, blacklist entries, publications. (result and
// result_version refuse DELETE, and a published result_version refuses UPDATE.) Version 4 makes audit_log
// append-only too and has result refuse UPDATE.
QStringList appendOnlyResultTables();

// The entity search index of data version 6 (entity_search; EntitySearch.h says how the program uses it). The text
// the index holds for the entity row named `row` (an alias of entity in the statement).
QString entitySearchText(const QString& row);
// The mark, as an SQL expression: the entities with id <= it have their current text in the index. (0 when the
// one-row table entity_search_state lost its row.)
QString entitySearchMark();
// A SELECT of one value, true when entities above the mark are not indexed yet (or the mark is missing).
QString entitySearchIsBehind();
// The statements, for one write transaction, that index every entity above the mark (one statement, which FTS5
// writes at once) and move the mark to the last entity. The mark never stays above the last entity: SQLite gives a
// new entity the id after the highest (entity.id is INTEGER PRIMARY KEY, without AUTOINCREMENT), which must be
// above the mark.
QStringList entitySearchCatchUp();
} // namespace Schema
