// What may be done with a plan, by whom and when: one table of the plan's actions with the permission each needs
// (Access) and the statuses it is allowed in, and the rules beyond the status (a seed waits for its draw; a draw is
// voided only before any result; a visit's team is fixed once a result of it was submitted, and never changes
// after one was published). The window's buttons, the command line and PlanOperations all ask here.
#pragma once

#include "Access.h"
#include "Actor.h"
#include "Outcome.h"
#include "PlanStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

enum class PlanAction {
    Edit, // change the plan (a draft all of it; a frozen plan its witnesses)
    Delete, // a draft only
    Freeze, // store the request: the scope can no longer change
    Seed, // the witnesses' seed of a new attempt
    Draw, // compute the attempt
    Void, // void the standing attempt, with a reason
    Substitute, // 递补: a member who cannot attend
    PublishPackage, // write the website package (公示)
    Approve, // record the approval of the draw's inspections (行政检查审批), before the first result
};

// What is known about a plan beyond its status.
struct PlanFacts
{
    PlanStatus status = PlanStatus::Draft;
    bool seedPending = false; // an attempt that is not voided has its seed but no outcome yet
    bool drawRefused = false; // the attempt that is not voided was computed and the engine refused it
    bool hasStandingResult = false; // an attempt that is not voided has its result
    bool approved = false; // the standing attempt's inspections are approved (InspectionApproval)
};

// What is known about one visit when its team is to change (read by SubstitutionOperations, which knows results).
struct VisitFacts
{
    int number = 0; // 第 n 家, from 1
    QString entityName;
    QString submittedItem; // an item whose latest result is submitted or approved, if any
    QString publishedItem; // an item with a published version, if any
};

struct PlanActionRule
{
    PlanAction action;
    Access::Permission permission;
    QList<PlanStatus> statuses;
};

class PlanRules final
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)

public:
    static const QList<PlanActionRule>& table();
    static QList<PlanAction> actions();
    static Access::Permission permission(PlanAction action);
    static QString actionName(PlanAction action); // "void the draw"

    // May `actor` take `action` on a plan with these facts? The role first, then the status, then the rules.
    static Outcome check(const Actor& actor, PlanAction action, const PlanFacts& plan);
    // The same for a substitution on one visit: check(Substitute) and the visit's results (rule: a visit's team
    // cannot change once one of its results was submitted; a published one never).
    static Outcome checkSubstitution(const Actor& actor, const PlanFacts& plan, const VisitFacts& visit);
    // Every action check() allows, in table order.
    static QList<PlanAction> allowed(const Actor& actor, const PlanFacts& plan);
};
