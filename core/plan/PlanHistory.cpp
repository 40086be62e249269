#include "PlanHistory.h"

#include "Database.h"

#include <QSqlQuery>

QList<PlanHistoryEntry> PlanHistory::entries(Database& db, const QString& planCode)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT seq, at_local, user_name, action, old_values, new_values FROM audit_log "
                             "WHERE object_type = 'plan' AND object_id = ? ORDER BY seq"));
    q.addBindValue(planCode);
    QList<PlanHistoryEntry> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString()});
    return list;
}
