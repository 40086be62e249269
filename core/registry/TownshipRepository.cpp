#include "TownshipRepository.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {
QJsonObject toJson(const Township& t)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("kind"), t.kind},
            {QStringLiteral("sortOrder"), t.sortOrder},
            {QStringLiteral("active"), t.active}};
}
} // namespace

TownshipRepository::TownshipRepository(Database& db)
    : m_db(db)
{
}

QList<Township> TownshipRepository::list(bool includeInactive) const
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT id, name, kind, sort_order, active FROM township %1 ORDER BY sort_order, id")
               .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    QList<Township> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toBool()});
    return list;
}

qint64 TownshipRepository::idForName(const QString& name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM township WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool TownshipRepository::insert(WriteTransaction& tx, Township& township)
{
    township.name = township.name.trimmed();
    if (township.name.isEmpty())
        return tx.fail(tr("A township needs a name."));
    QSqlQuery& q = tx.prepare(
        QStringLiteral("INSERT INTO township (name, kind, sort_order, active) VALUES (?, ?, ?, ?)"));
    q.addBindValue(township.name);
    q.addBindValue(township.kind);
    q.addBindValue(township.sortOrder);
    q.addBindValue(township.active ? 1 : 0);
    if (!tx.exec(q))
        return false;
    township.id = q.lastInsertId().toLongLong();
    return tx.recordChange(QStringLiteral("create"), QStringLiteral("township"), QString::number(township.id), {},
                           toJson(township));
}

bool TownshipRepository::update(WriteTransaction& tx, const Township& township)
{
    const QList<Township> all = list(true);
    Township before;
    for (const Township& t : all)
        if (t.id == township.id)
            before = t;
    if (before.id == 0)
        return tx.fail(tr("The township no longer exists."));
    QSqlQuery& q = tx.prepare(
        QStringLiteral("UPDATE township SET name = ?, kind = ?, sort_order = ?, active = ? WHERE id = ?"));
    q.addBindValue(township.name.trimmed());
    q.addBindValue(township.kind);
    q.addBindValue(township.sortOrder);
    q.addBindValue(township.active ? 1 : 0);
    q.addBindValue(township.id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("township"), QString::number(township.id),
                           toJson(before), toJson(township));
}

qint64 TownshipRepository::ensure(WriteTransaction& tx, const QString& name)
{
    if (const qint64 id = idForName(name))
        return id;
    Township township;
    township.name = name;
    township.sortOrder = 1000;
    return insert(tx, township) ? township.id : 0;
}
