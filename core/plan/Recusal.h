// 被检查人申请回避 (issue 14 item 5; 行政处罚法 and the 2025 行政检查文书: the inspected party may ask that an
// inspector step aside): the application on a visit — against which member, on which day, why — and the decision
// (准予 or 不予, by whom, on which day). A granted one replaces the member by the draw's rule (递补, draw-spec §5)
// in the same transaction, the application as the substitution's reason, so it shows on the draw sheet, the record
// and the published record. Stored once, never changed (table recusal_request, data version 11).
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;
class WriteTransaction;

struct RecusalRequest
{
    qint64 id = 0;
    qint64 attemptId = 0;
    QString entity; // the visit's entity (its draw id)
    QString inspector; // the member asked to step aside (inspector code)
    QDate appliedOn; // 申请日期
    QString reason; // 申请理由
    bool granted = false; // 准予回避 / 不予回避
    QString decidedBy; // who decided (e.g. 王立新（副局长）)
    QDate decidedOn;
    QString replacement; // the member who came in when granted (递补), else empty
    QDateTime recordedAt;
    QString recordedBy;

    // The fields: the application day on or after the draw and not after today, a reason of at most 200
    // characters, who decided (one line, at most 40), the decision day on or after the application and not after
    // today. Keys: appliedOn, reason, decidedBy, decidedOn.
    FieldErrors problems(QDate drawnOn, QDate today) const;
    QJsonObject toJson() const;
};

class Recusals final
{
    Q_DECLARE_TR_FUNCTIONS(Recusals)

public:
    // Every application of the attempt, in the order they were recorded.
    static QList<RecusalRequest> ofAttempt(Database& db, qint64 attemptId);
    // Stores it with its audit entry ("recusal" on the plan); sets id, recordedAt, recordedBy.
    static bool insert(WriteTransaction& tx, Database& db, const QString& planCode, int attemptNumber,
                       RecusalRequest& request);
    // The reason a granted application gives its substitution: "被检查人申请回避：<reason>".
    static QString substitutionReason(const RecusalRequest& request);
    // 准予回避 / 不予回避 in the interface language.
    static QString decisionText(bool granted);
};
