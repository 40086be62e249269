#include "InspectionApproval.h"

#include "Database.h"
#include "DrawDocuments.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace {

const char* const kSelect = "SELECT id, attempt_id, approver, approver_post, approved_on, opinion, recorded_at, "
                            "recorded_by FROM inspection_approval ";

InspectionApproval fromQuery(const QSqlQuery& q)
{
    InspectionApproval a;
    a.id = q.value(0).toLongLong();
    a.attemptId = q.value(1).toLongLong();
    a.approver = q.value(2).toString();
    a.post = q.value(3).toString();
    a.approvedOn = dateFromSql(q.value(4));
    a.opinion = q.value(5).toString();
    a.recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.recordedBy = q.value(7).toString();
    return a;
}

} // namespace

FieldErrors InspectionApproval::problems(QDate drawnOn, QDate today) const
{
    FieldErrors errors;
    const auto line = [&](const QString& field, const QString& text, const QString& missing, const QString& tooLong) {
        const QString t = text.trimmed();
        if (t.isEmpty())
            errors.append({field, missing});
        else if (t.size() > 40 || !Validators::isOneLine(t))
            errors.append({field, tooLong});
    };
    line(QStringLiteral("approver"), approver, InspectionApprovals::tr("Enter the name of the leader who approved."),
         InspectionApprovals::tr("The approver's name must be one line of at most 40 characters."));
    line(QStringLiteral("post"), post, InspectionApprovals::tr("Enter the approver's post, e.g. 副局长."),
         InspectionApprovals::tr("The post must be one line of at most 40 characters."));
    if (!approvedOn.isValid())
        errors.append({QStringLiteral("approvedOn"), InspectionApprovals::tr("Enter the date of the approval.")});
    else if (drawnOn.isValid() && approvedOn < drawnOn)
        errors.append({QStringLiteral("approvedOn"),
                       InspectionApprovals::tr("The approval (%1) cannot be before the draw (%2): it approves the "
                                               "entities and teams the draw gave.")
                           .arg(approvedOn.toString(Qt::ISODate), drawnOn.toString(Qt::ISODate))});
    else if (approvedOn > today)
        errors.append({QStringLiteral("approvedOn"),
                       InspectionApprovals::tr("The approval date %1 is in the future: record an approval once it "
                                               "is signed.")
                           .arg(approvedOn.toString(Qt::ISODate))});
    const QString o = opinion.trimmed();
    if (o.isEmpty())
        errors.append({QStringLiteral("opinion"), InspectionApprovals::tr("Enter the approver's opinion.")});
    else if (o.size() > 500)
        errors.append(
            {QStringLiteral("opinion"), InspectionApprovals::tr("The opinion may be at most 500 characters.")});
    return errors;
}

QJsonObject InspectionApproval::toJson() const
{
    return QJsonObject {{QStringLiteral("approver"), approver},
                        {QStringLiteral("post"), post},
                        {QStringLiteral("approvedOn"), approvedOn.toString(Qt::ISODate)},
                        {QStringLiteral("opinion"), opinion}};
}

std::optional<InspectionApproval> InspectionApprovals::ofAttempt(Database& db, qint64 attemptId)
{
    QSqlQuery q(db.sql());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE attempt_id = ?"));
    q.addBindValue(attemptId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<InspectionApproval> InspectionApprovals::ofPlan(Database& db, qint64 planId)
{
    // The standing attempt is the last one that is not voided (PlanDraw::currentAttempt), read without its result.
    QSqlQuery q(db.sql());
    q.prepare(QLatin1String(kSelect)
              + QStringLiteral("WHERE attempt_id = (SELECT a.id FROM draw_attempt a WHERE a.plan_id = ? AND NOT "
                               "EXISTS (SELECT 1 FROM draw_void v WHERE v.attempt_id = a.id) ORDER BY a.number DESC "
                               "LIMIT 1)"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool InspectionApprovals::insert(WriteTransaction& tx, Database& db, const QString& planCode,
                                 InspectionApproval& approval)
{
    if (!tx.ok())
        return false;
    approval.approver = approval.approver.trimmed();
    approval.post = approval.post.trimmed();
    approval.opinion = approval.opinion.trimmed();
    const QString now = tx.utcNow();
    QSqlQuery& q = tx.prepare(
        QStringLiteral("INSERT INTO inspection_approval (attempt_id, approver, approver_post, approved_on, opinion, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(approval.attemptId);
    q.addBindValue(approval.approver);
    q.addBindValue(approval.post);
    q.addBindValue(sqlDate(approval.approvedOn));
    q.addBindValue(approval.opinion);
    q.addBindValue(now);
    q.addBindValue(db.currentUser());
    if (!tx.exec(q))
        return false;
    approval.id = q.lastInsertId().toLongLong();
    approval.recordedAt = QDateTime::fromString(now, Qt::ISODate);
    approval.recordedBy = db.currentUser();
    // The audit entry names the attempt by its number, as the draw's entries do.
    QSqlQuery& number = tx.prepare(QStringLiteral("SELECT number FROM draw_attempt WHERE id = ?"));
    number.addBindValue(approval.attemptId);
    if (!tx.exec(number) || !number.next())
        return tx.fail(tr("The draw attempt no longer exists."));
    QJsonObject after = approval.toJson();
    after.insert(QStringLiteral("attempt"), number.value(0).toInt());
    return tx.recordChange(QStringLiteral("approve"), QStringLiteral("inspection"), planCode, {}, after);
}

QString InspectionApprovals::defaultOpinion()
{
    return tr("Approved: carry out the inspections as planned.");
}

QString InspectionApprovals::notApprovedText(const QString& planCode)
{
    return tr("The inspections of plan %1 are not approved yet: record the approval (行政检查审批表) first; no "
              "result is recorded before it.")
        .arg(planCode);
}

QString InspectionApprovals::describe(const InspectionApproval& approval)
{
    return tr("%1 (%2) approved on %3: %4")
        .arg(approval.approver, approval.post, DrawDocuments::chineseDate(approval.approvedOn), approval.opinion);
}
