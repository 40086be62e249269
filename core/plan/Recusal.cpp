#include "Recusal.h"

#include "Database.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

FieldErrors RecusalRequest::problems(QDate drawnOn, QDate today) const
{
    FieldErrors errors;
    if (!appliedOn.isValid())
        errors.append({QStringLiteral("appliedOn"), Recusals::tr("Enter the date of the application.")});
    else if (drawnOn.isValid() && appliedOn < drawnOn)
        errors.append({QStringLiteral("appliedOn"),
                       Recusals::tr("The application (%1) cannot be before the draw (%2).")
                           .arg(appliedOn.toString(Qt::ISODate), drawnOn.toString(Qt::ISODate))});
    else if (appliedOn > today)
        errors.append({QStringLiteral("appliedOn"),
                       Recusals::tr("The application date %1 is in the future.").arg(appliedOn.toString(Qt::ISODate))});
    const QString r = reason.trimmed();
    if (r.isEmpty())
        errors.append({QStringLiteral("reason"), Recusals::tr("Enter the reason the party gave.")});
    else if (r.size() > 200 || !Validators::isOneLine(r))
        errors.append(
            {QStringLiteral("reason"), Recusals::tr("The reason must be one line of at most 200 characters.")});
    const QString by = decidedBy.trimmed();
    if (by.isEmpty())
        errors.append({QStringLiteral("decidedBy"), Recusals::tr("Enter who decided on the application.")});
    else if (by.size() > 40 || !Validators::isOneLine(by))
        errors.append(
            {QStringLiteral("decidedBy"), Recusals::tr("Who decided must be one line of at most 40 characters.")});
    if (!decidedOn.isValid())
        errors.append({QStringLiteral("decidedOn"), Recusals::tr("Enter the date of the decision.")});
    else if (appliedOn.isValid() && decidedOn < appliedOn)
        errors.append({QStringLiteral("decidedOn"),
                       Recusals::tr("The decision (%1) cannot be before the application (%2).")
                           .arg(decidedOn.toString(Qt::ISODate), appliedOn.toString(Qt::ISODate))});
    else if (decidedOn > today)
        errors.append({QStringLiteral("decidedOn"),
                       Recusals::tr("The decision date %1 is in the future.").arg(decidedOn.toString(Qt::ISODate))});
    return errors;
}

QJsonObject RecusalRequest::toJson() const
{
    return QJsonObject {{QStringLiteral("entity"), entity},
                        {QStringLiteral("inspector"), inspector},
                        {QStringLiteral("appliedOn"), appliedOn.toString(Qt::ISODate)},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("granted"), granted},
                        {QStringLiteral("decidedBy"), decidedBy},
                        {QStringLiteral("decidedOn"), decidedOn.toString(Qt::ISODate)},
                        {QStringLiteral("in"), replacement}};
}

QList<RecusalRequest> Recusals::ofAttempt(Database& db, qint64 attemptId)
{
    QList<RecusalRequest> list;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, entity, inspector, applied_on, reason, granted, decided_by, decided_on, "
                             "replacement, recorded_at, recorded_by FROM recusal_request WHERE attempt_id = ? ORDER "
                             "BY id"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return list;
    while (q.next()) {
        RecusalRequest r;
        r.id = q.value(0).toLongLong();
        r.attemptId = attemptId;
        r.entity = q.value(1).toString();
        r.inspector = q.value(2).toString();
        r.appliedOn = dateFromSql(q.value(3));
        r.reason = q.value(4).toString();
        r.granted = q.value(5).toBool();
        r.decidedBy = q.value(6).toString();
        r.decidedOn = dateFromSql(q.value(7));
        r.replacement = q.value(8).toString();
        r.recordedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        r.recordedBy = q.value(10).toString();
        list << r;
    }
    return list;
}

bool Recusals::insert(WriteTransaction& tx, Database& db, const QString& planCode, int attemptNumber,
                      RecusalRequest& request)
{
    if (!tx.ok())
        return false;
    request.reason = request.reason.trimmed();
    request.decidedBy = request.decidedBy.trimmed();
    const QString now = tx.utcNow();
    QSqlQuery& q = tx.prepare(
        QStringLiteral("INSERT INTO recusal_request (attempt_id, entity, inspector, applied_on, reason, granted, "
                       "decided_by, decided_on, replacement, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"));
    q.addBindValue(request.attemptId);
    q.addBindValue(request.entity);
    q.addBindValue(request.inspector);
    q.addBindValue(sqlDate(request.appliedOn));
    q.addBindValue(request.reason);
    q.addBindValue(request.granted ? 1 : 0);
    q.addBindValue(request.decidedBy);
    q.addBindValue(sqlDate(request.decidedOn));
    q.addBindValue(sqlText(request.replacement));
    q.addBindValue(now);
    q.addBindValue(db.currentUser());
    if (!tx.exec(q))
        return false;
    request.id = q.lastInsertId().toLongLong();
    request.recordedAt = QDateTime::fromString(now, Qt::ISODate);
    request.recordedBy = db.currentUser();
    QJsonObject after = request.toJson();
    after.insert(QStringLiteral("attempt"), attemptNumber);
    return tx.recordChange(QStringLiteral("recusal"), QStringLiteral("plan"), planCode, {}, after);
}

QString Recusals::substitutionReason(const RecusalRequest& request)
{
    return QStringLiteral("被检查人申请回避：") + request.reason.trimmed();
}

QString Recusals::decisionText(bool granted)
{
    return granted ? tr("Granted") : tr("Refused");
}
