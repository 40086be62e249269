// What the entity search index (entity_search, Schema version 6) can say about a search text: the FTS5 MATCH
// expression that keeps every entity whose name, registry code or credit code may contain the text as the
// registry's filter reads it (LIKE '%text%': % and _ are LIKE's wildcards, ASCII letters match either case).
// The index only narrows the rows: EntityRepository still applies the LIKE to what it keeps, so the matches and
// their order are exactly those of a plain scan.
// The index holds the entities up to a mark (Schema::entitySearchMark): the search keeps the entities the index
// names and every entity above the mark, so it never depends on the index being up to date. No trigger keeps the
// index (FTS5 writes its pending terms at every statement: a trigger made each single INSERT of an import ten times
// dearer); EntityRepository keeps the text of the entities up to the mark in the same transaction as its change,
// a new entity is above the mark and needs nothing, and catchUp() indexes the new entities in one statement.
#pragma once

#include <QString>

class Database;
class QSqlDatabase;
class WriteTransaction;

namespace EntitySearch {

struct Narrowing
{
    enum class Kind {
        None, // the index cannot narrow this text (every row is read)
        Match, // the entities matching `expression` (a superset of the matches)
        Nothing // no entity can match
    };
    Kind kind = Kind::None;
    QString expression;
    // The mark (Match and Nothing): the entities above it are candidates too, the index does not know them yet.
    qint64 indexedThrough = 0;
};

// A piece of 3 characters or more between the wildcards: the entities holding all its trigrams (at most 24 of
// them). Otherwise the longest piece of 1 or 2 characters: the entities holding one of the trigrams that begin with
// it (read from entity_search_terms; at most 200 of them, else None). None for a text of wildcards only.
Narrowing narrowing(const QSqlDatabase& db, const QString& text);

// The mark: every entity with id <= it has its current text in the index.
qint64 indexedThrough(const QSqlDatabase& db);

// Keeping the index, for EntityRepository, in the transaction of the change. forget() takes the entity's text as
// stored now out of the index (before its name, registry code or credit code change, or it is deleted), index()
// puts its text as stored now in (after the change); both do nothing for an entity above the mark.
bool forget(WriteTransaction& tx, qint64 entityId);
bool index(WriteTransaction& tx, qint64 entityId);
// After an entity was deleted: the mark comes down to the last entity, so that the next new entity (SQLite gives it
// the id after the highest, which may be the deleted one's) is above the mark.
bool entityDeleted(WriteTransaction& tx);

// Indexes every entity above the mark in one statement and moves the mark to the last entity; nothing when no
// entity is above it. No audit entry: the index is derived from the entities. In the caller's transaction, or in one
// of its own (false with *error set when it could not be written; the search is then still right, only slower).
bool catchUp(WriteTransaction& tx);
bool catchUp(Database& db, QString* error = nullptr);

// Empties the index and indexes every entity again, in one transaction: for a data file whose entities were changed
// outside the program (an UPDATE typed into the file leaves the index naming the entity by its old text, so the
// search would miss it by the new one; RegistryCheck reports such changes).
bool rebuild(Database& db, QString* error = nullptr);

} // namespace EntitySearch
