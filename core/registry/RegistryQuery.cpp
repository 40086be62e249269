#include "RegistryQuery.h"

#include <QStringList>

QString RegistryQuery::orderBy(const QString& columns, const QString& tieBreaker, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString& column : columns.split(QStringLiteral(", ")))
        terms << column + direction;
    terms << tieBreaker + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

QString RegistryQuery::page(int offset, int limit)
{
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
}

int RegistryQuery::count(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}
