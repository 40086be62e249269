// What the entity search index (entity_search, Schema version 6) can say about a search text: the FTS5 MATCH
// expression that keeps every entity whose name, registry code or credit code may contain the text as the
// registry's filter reads it (LIKE '%text%': % and _ are LIKE's wildcards, ASCII letters match either case).
// The index only narrows the rows: EntityRepository still applies the LIKE to what it keeps, so the matches and
// their order are exactly those of a plain scan.
#pragma once

#include <QString>

class QSqlDatabase;

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
};

// A piece of 3 characters or more between the wildcards: the entities holding all its trigrams (at most 24 of
// them). Otherwise the longest piece of 1 or 2 characters: the entities holding one of the trigrams that begin with
// it (read from entity_search_terms; at most 200 of them, else None). None for a text of wildcards only.
Narrowing narrowing(const QSqlDatabase& db, const QString& text);

} // namespace EntitySearch
