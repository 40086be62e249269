// The read side the registry repositories share: a filtered, sorted page of rows and the count behind it. Each
// repository supplies its SELECT, its WHERE clause with bound values, and how a row becomes a record.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace RegistryQuery {

// " ORDER BY a ASC, b ASC, <tieBreaker> ASC": `columns` may name several, separated by ", ".
QString orderBy(const QString& columns, const QString& tieBreaker, Qt::SortOrder order);
// " LIMIT n OFFSET m"; limit < 0 means all rows.
QString page(int offset, int limit);
// The first column of the first row of a count query, 0 when it fails.
int count(const QSqlDatabase& db, const QString& sql, const QVariantList& binds);

// Every row of `sql`, read with `fromQuery`.
template<class Record, class FromQuery>
QList<Record> rows(const QSqlDatabase& db, const QString& sql, const QVariantList& binds, FromQuery fromQuery)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<Record> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

} // namespace RegistryQuery
