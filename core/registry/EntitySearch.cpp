#include "EntitySearch.h"

#include "Database.h"
#include "Schema.h"
#include "WriteTransaction.h"

#include <QChar>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

constexpr int kMaxTrigrams = 24;
constexpr int kMaxPrefixTerms = 200;

// An FTS5 string: in double quotes, a double quote doubled.
QString quoted(const QString& term)
{
    QString q = term;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The pieces of text between LIKE's wildcards, in characters (code points, as SQLite counts them).
QList<QList<char32_t>> piecesOf(const QString& text)
{
    QList<QList<char32_t>> pieces(1);
    for (const char32_t c : text.toUcs4()) {
        if (c == U'%' || c == U'_')
            pieces.append(QList<char32_t>());
        else
            pieces.last().append(c);
    }
    return pieces;
}

QString fromCodePoints(const QList<char32_t>& points, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(points.constData() + from, count);
}

// The piece as the trigram tokenizer stores it (case folded), or empty when we cannot be sure how it folds: ASCII
// letters are lower-cased, and any other character must have no case at all.
QString folded(const QList<char32_t>& piece)
{
    QList<char32_t> out;
    for (const char32_t c : piece) {
        if (c >= U'A' && c <= U'Z') {
            out.append(c - U'A' + U'a');
        } else if (c < 0x80
                   || (QChar::toLower(c) == c && QChar::toUpper(c) == c && QChar::toTitleCase(c) == c
                       && QChar::toCaseFolded(c) == c)) {
            out.append(c);
        } else {
            return {};
        }
    }
    return fromCodePoints(out, 0, out.size());
}

} // namespace

EntitySearch::Narrowing EntitySearch::narrowing(const QSqlDatabase& db, const QString& text)
{
    const QList<QList<char32_t>> pieces = piecesOf(text);
    QStringList trigrams;
    for (const QList<char32_t>& piece : pieces) {
        for (qsizetype i = 0; i + 3 <= piece.size() && trigrams.size() < kMaxTrigrams; ++i) {
            const QString term = quoted(fromCodePoints(piece, i, 3));
            if (!trigrams.contains(term))
                trigrams << term;
        }
    }
    if (!trigrams.isEmpty())
        return {Narrowing::Kind::Match, trigrams.join(QStringLiteral(" AND ")), indexedThrough(db)};

    // Only pieces of 1 or 2 characters: every such piece of a field begins one of its trigrams (Schema version 6).
    const QList<char32_t>* longest = nullptr;
    for (const QList<char32_t>& piece : pieces)
        if (!longest || piece.size() > longest->size())
            longest = &piece;
    const QString prefix = longest ? folded(*longest) : QString();
    if (prefix.isEmpty())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT term FROM entity_search_terms WHERE term >= ? AND term < ? LIMIT ?"));
    q.addBindValue(prefix);
    q.addBindValue(prefix + QString::fromUcs4(U"\U0010FFFF", 1));
    q.addBindValue(kMaxPrefixTerms + 1);
    if (!q.exec())
        return {};
    QStringList terms;
    while (q.next())
        terms << quoted(q.value(0).toString());
    if (terms.size() > kMaxPrefixTerms)
        return {};
    if (terms.isEmpty())
        return {Narrowing::Kind::Nothing, {}, indexedThrough(db)};
    return {Narrowing::Kind::Match, terms.join(QStringLiteral(" OR ")), indexedThrough(db)};
}

qint64 EntitySearch::indexedThrough(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT ") + Schema::entitySearchMark()) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool EntitySearch::forget(WriteTransaction& tx, qint64 entityId)
{
    // The 'delete' of a contentless index must name the text exactly as it was indexed: it is read from the row.
    QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO entity_search(entity_search, rowid, text) SELECT 'delete', "
                                             "e.id, %1 FROM entity e WHERE e.id = ? AND e.id <= %2")
                                  .arg(Schema::entitySearchText(QStringLiteral("e")), Schema::entitySearchMark()));
    q.addBindValue(entityId);
    return tx.exec(q);
}

bool EntitySearch::index(WriteTransaction& tx, qint64 entityId)
{
    QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO entity_search(rowid, text) SELECT e.id, %1 FROM entity e "
                                             "WHERE e.id = ? AND e.id <= %2")
                                  .arg(Schema::entitySearchText(QStringLiteral("e")), Schema::entitySearchMark()));
    q.addBindValue(entityId);
    return tx.exec(q);
}

bool EntitySearch::entityDeleted(WriteTransaction& tx)
{
    QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE entity_search_state SET indexed_through = "
                                             "(SELECT ifnull(max(id), 0) FROM entity) WHERE indexed_through > "
                                             "(SELECT ifnull(max(id), 0) FROM entity)"));
    return tx.exec(q);
}

bool EntitySearch::catchUp(WriteTransaction& tx)
{
    if (!tx.ok())
        return false;
    QSqlQuery& behind = tx.prepare(Schema::entitySearchIsBehind());
    if (!tx.exec(behind))
        return false;
    const bool isBehind = behind.next() && behind.value(0).toBool();
    behind.finish();
    if (!isBehind)
        return true;
    for (const QString& statement : Schema::entitySearchCatchUp())
        if (!tx.exec(tx.prepare(statement)))
            return false;
    return true;
}

bool EntitySearch::catchUp(Database& db, QString* error)
{
    WriteTransaction tx(db);
    if (catchUp(tx) && tx.commit())
        return true;
    if (error)
        *error = tx.error();
    return false;
}

bool EntitySearch::rebuild(Database& db, QString* error)
{
    WriteTransaction tx(db);
    for (const QString& statement : {QStringLiteral("INSERT INTO entity_search(entity_search) VALUES ('delete-all')"),
                                     QStringLiteral("DELETE FROM entity_search_state"),
                                     QStringLiteral("INSERT INTO entity_search_state (indexed_through) VALUES (0)")})
        if (!tx.exec(tx.prepare(statement)))
            break;
    if (catchUp(tx) && tx.commit())
        return true;
    if (error)
        *error = tx.error();
    return false;
}
