#include "FrozenRequests.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

// The request and the notes are stored as JSON text: an id stands there as a quoted string.
bool named(Database& db, const QString& notesColumn, const QString& id)
{
    if (id.isEmpty())
        return false;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM plan_request WHERE instr(request_json, ?) > 0 OR instr(%1, ?) > 0 LIMIT 1")
                  .arg(notesColumn));
    const QString quoted = QLatin1Char('"') + id + QLatin1Char('"');
    q.addBindValue(quoted);
    q.addBindValue(quoted);
    return q.exec() && q.next();
}

} // namespace

bool FrozenRequests::namesEntity(Database& db, const QString& drawId)
{
    return named(db, QStringLiteral("entity_notes"), drawId);
}

bool FrozenRequests::namesInspector(Database& db, const QString& code)
{
    return named(db, QStringLiteral("inspector_notes"), code);
}

bool FrozenRequests::namesItem(Database& db, qint64 itemId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM plan_item i JOIN plan_request r ON r.plan_id = i.plan_id "
                             "WHERE i.item_id = ? LIMIT 1"));
    q.addBindValue(itemId);
    return q.exec() && q.next();
}
