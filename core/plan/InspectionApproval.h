// 行政检查审批 (issue 14 item 3; 《行政检查文书基本格式文本》's 行政检查审批表): before a plan's inspections start, a
// leader approves them — the items, the entities and the teams the draw gave. The clerk records the approval from
// the signed form: who approved (name and post), on which day, and the opinion. It belongs to the standing draw
// attempt: a void makes it lapse with the attempt, and the new draw is approved again. Stored once, never changed
// (table inspection_approval, data version 10). Without it no result of the plan is recorded
// (ResultRepository::create), and no inspection day lies before it (ResultVersion::problems).
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

class Database;
class WriteTransaction;

struct InspectionApproval
{
    qint64 id = 0;
    qint64 attemptId = 0; // the draw attempt whose result is approved
    QString approver; // 审批人, e.g. 王立新
    QString post; // 职务, e.g. 副局长
    QDate approvedOn; // 审批日期, the day on the signed form
    QString opinion; // 审批意见, e.g. 同意按计划开展检查。
    QDateTime recordedAt; // UTC, when the clerk recorded it
    QString recordedBy;

    // The fields as the clerk entered them: approver and post one line of at most 40 characters each, the opinion
    // at most 500 characters, the date on or after the day of the draw and not after today. Keys: approver, post,
    // approvedOn, opinion.
    FieldErrors problems(QDate drawnOn, QDate today) const;
    QJsonObject toJson() const;
};

class InspectionApprovals final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionApprovals)

public:
    // The approval of a draw attempt, if one was recorded.
    static std::optional<InspectionApproval> ofAttempt(Database& db, qint64 attemptId);
    // The approval of the plan's standing draw, if any.
    static std::optional<InspectionApproval> ofPlan(Database& db, qint64 planId);
    // Stores it in the transaction with its audit entry (object "inspection", the plan's code); sets id,
    // recordedAt and recordedBy. The caller checked the plan's rules (PlanRules, PlanAction::Approve).
    static bool insert(WriteTransaction& tx, Database& db, const QString& planCode, InspectionApproval& approval);

    // The opinion a new approval starts with.
    static QString defaultOpinion();
    // The refusal of a result while the plan's inspection is not approved.
    static QString notApprovedText(const QString& planCode);
    // One line for the clerk and the documents: "王立新（副局长）2026年2月28日批准：同意按计划开展检查。"
    static QString describe(const InspectionApproval& approval);
};
