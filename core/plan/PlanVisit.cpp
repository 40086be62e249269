#include "PlanVisit.h"

#include "Database.h"
#include "DrawRequest.h"
#include "FieldError.h"

#include <QHash>
#include <QSqlQuery>

QList<PlanVisit> PlanVisit::standing(Database& db, qint64 exceptPlanId)
{
    QList<PlanVisit> visits;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.code, p.period_from, p.period_to, a.id, r.result_json FROM plan p "
                             "JOIN draw_attempt a ON a.plan_id = p.id JOIN draw_result r ON r.attempt_id = a.id "
                             "WHERE p.id <> ? AND r.result_json IS NOT NULL "
                             "AND NOT EXISTS (SELECT 1 FROM draw_void v WHERE v.attempt_id = a.id) ORDER BY p.code"));
    q.addBindValue(exceptPlanId);
    if (!q.exec())
        return visits;
    while (q.next()) {
        const auto result = DrawJson::readResult(q.value(5).toString().toUtf8(), nullptr);
        if (!result)
            continue;
        QHash<QString, qsizetype> index;
        for (const DrawTeam& team : result->teams) {
            index.insert(team.entity, visits.size());
            visits.append({q.value(0).toLongLong(), q.value(1).toString(), dateFromSql(q.value(2)),
                           dateFromSql(q.value(3)), team.entity, team.items, team.members});
        }
        QSqlQuery s(db.sql());
        s.prepare(QStringLiteral(
            "SELECT entity, out_inspector, in_inspector FROM draw_substitution WHERE attempt_id = ? ORDER BY id"));
        s.addBindValue(q.value(4));
        if (!s.exec())
            continue;
        while (s.next()) {
            const auto it = index.constFind(s.value(0).toString());
            if (it == index.constEnd())
                continue;
            QStringList& members = visits[it.value()].members;
            const qsizetype at = members.indexOf(s.value(1).toString());
            if (at >= 0)
                members[at] = s.value(2).toString();
        }
    }
    return visits;
}
