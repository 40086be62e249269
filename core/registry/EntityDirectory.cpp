#include "EntityDirectory.h"

#include "Database.h"

#include <QSqlQuery>

EntityDirectory::EntityDirectory(Database& db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT e.code, e.credit_code, e.name, e.category, e.township_id, t.name FROM entity e "
                          "LEFT JOIN township t ON t.id = e.township_id"));
    while (q.next()) {
        EntityFacts f;
        f.code = q.value(0).toString();
        f.creditCode = q.value(1).toString();
        f.name = q.value(2).toString();
        f.category = q.value(3).toString();
        f.townshipId = q.value(4).toLongLong();
        f.township = q.value(5).toString();
        // The draw id (DrawPreparation::findEntity): the credit code when there is one, else the registry code.
        m_byDrawId.insert(f.creditCode.isEmpty() ? f.code : f.creditCode, f);
    }
}

const EntityFacts* EntityDirectory::find(const QString& drawId) const
{
    const auto it = m_byDrawId.constFind(drawId);
    return it == m_byDrawId.cend() ? nullptr : &*it;
}

QString EntityDirectory::name(const QString& drawId) const
{
    const EntityFacts* f = find(drawId);
    return f ? f->name : drawId;
}
