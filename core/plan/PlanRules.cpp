#include "PlanRules.h"

const QList<PlanActionRule>& PlanRules::table()
{
    using A = PlanAction;
    using P = Access::Permission;
    using S = PlanStatus;
    static const QList<PlanActionRule> rules = {
        {A::Edit, P::ManagePlans, {S::Draft, S::Frozen}},
        {A::Delete, P::ManagePlans, {S::Draft}},
        {A::Freeze, P::ManagePlans, {S::Draft}},
        {A::Seed, P::Draw, {S::Frozen}},
        {A::Draw, P::Draw, {S::Frozen}},
        {A::Void, P::Draw, {S::Frozen, S::Drawn}},
        {A::Substitute, P::Draw, {S::Drawn, S::Inspecting}},
        {A::PublishPackage, P::PublishResults, {S::Drawn, S::Inspecting, S::Completed}},
        {A::Approve, P::ManagePlans, {S::Drawn}},
    };
    return rules;
}

QList<PlanAction> PlanRules::actions()
{
    QList<PlanAction> list;
    for (const PlanActionRule& r : table())
        list << r.action;
    return list;
}

Access::Permission PlanRules::permission(PlanAction action)
{
    for (const PlanActionRule& r : table())
        if (r.action == action)
            return r.permission;
    Q_UNREACHABLE();
}

QString PlanRules::actionName(PlanAction action)
{
    switch (action) {
    case PlanAction::Edit:
        return tr("change the plan");
    case PlanAction::Delete:
        return tr("delete the plan");
    case PlanAction::Freeze:
        return tr("freeze the plan");
    case PlanAction::Seed:
        return tr("enter a seed");
    case PlanAction::Draw:
        return tr("carry out the draw");
    case PlanAction::Void:
        return tr("void the draw");
    case PlanAction::Substitute:
        return tr("substitute an inspector");
    case PlanAction::PublishPackage:
        return tr("publish the plan (website package)");
    case PlanAction::Approve:
        return tr("record the approval of the inspections");
    }
    return {};
}

Outcome PlanRules::check(const Actor& actor, PlanAction action, const PlanFacts& plan)
{
    if (const Outcome role = actor.check(permission(action)); !role)
        return role;
    const PlanActionRule* rule = nullptr;
    for (const PlanActionRule& r : table())
        if (r.action == action)
            rule = &r;
    const QString status = PlanStatuses::label(plan.status);
    if (!rule->statuses.contains(plan.status)) {
        switch (action) {
        case PlanAction::Void:
            if (plan.status == PlanStatus::Inspecting || plan.status == PlanStatus::Completed)
                return Outcome::refusedByRule(
                    tr("The plan is %1: results have been recorded, so its draw can no longer be voided. A wrong "
                       "result is corrected with a new version; a member who cannot attend is substituted.")
                        .arg(status));
            break;
        case PlanAction::Approve:
            if (plan.status == PlanStatus::Inspecting || plan.status == PlanStatus::Completed)
                return Outcome::refusedByRule(
                    tr("The plan is %1: its inspections have started, so an approval is no longer recorded.")
                        .arg(status));
            break;
        case PlanAction::Substitute:
            if (plan.status == PlanStatus::Completed)
                return Outcome::refusedByRule(
                    tr("The plan is %1: every result is published, so no team changes any more.").arg(status));
            break;
        default:
            break;
        }
        QStringList allowedIn;
        for (PlanStatus s : rule->statuses)
            allowedIn << PlanStatuses::label(s);
        return Outcome::refusedByRule(tr("The plan is %1: one can %2 only while it is %3.")
                                          .arg(status, actionName(action), allowedIn.join(tr(" or "))));
    }
    switch (action) {
    case PlanAction::Seed:
        if (plan.seedPending)
            return Outcome::refusedByRule(tr("A seed is already stored and waits for its draw: carry out the draw, or "
                                             "void that attempt first."));
        if (plan.drawRefused)
            return Outcome::refusedByRule(tr("The last attempt was refused by the draw: void it (with the reason) "
                                             "before a new seed."));
        break;
    case PlanAction::Draw:
        if (!plan.seedPending)
            return Outcome::refusedByRule(tr("There is no seed waiting for its draw: the witnesses' seed comes first."));
        break;
    case PlanAction::Void:
        if (!plan.seedPending && !plan.hasStandingResult && !plan.drawRefused)
            return Outcome::refusedByRule(tr("There is no draw attempt to void."));
        break;
    case PlanAction::Substitute:
    case PlanAction::PublishPackage:
        if (!plan.hasStandingResult)
            return Outcome::refusedByRule(tr("The plan has no standing draw result."));
        break;
    case PlanAction::Approve:
        if (!plan.hasStandingResult)
            return Outcome::refusedByRule(tr("The plan has no standing draw result."));
        if (plan.approved)
            return Outcome::refusedByRule(
                tr("The inspections of this draw are already approved; an approval is recorded once."));
        break;
    case PlanAction::Edit:
    case PlanAction::Delete:
    case PlanAction::Freeze:
        break;
    }
    return Outcome::done();
}

Outcome PlanRules::checkSubstitution(const Actor& actor, const PlanFacts& plan, const VisitFacts& visit)
{
    if (const Outcome o = check(actor, PlanAction::Substitute, plan); !o)
        return o;
    if (!visit.publishedItem.isEmpty())
        return Outcome::refusedByRule(
            tr("The result of visit No. %1 (%2) for item %3 is published: the team that inspected never changes. "
               "If the members present were recorded wrongly, correct the result with a new version.")
                .arg(visit.number)
                .arg(visit.entityName, visit.publishedItem));
    if (!visit.submittedItem.isEmpty())
        return Outcome::refusedByRule(
            tr("The result of visit No. %1 (%2) for item %3 has been submitted for review: the team can no longer "
               "change. If the members present were different, have the result returned and edit it, or correct it "
               "with a new version after it is published.")
                .arg(visit.number)
                .arg(visit.entityName, visit.submittedItem));
    return Outcome::done();
}

QList<PlanAction> PlanRules::allowed(const Actor& actor, const PlanFacts& plan)
{
    QList<PlanAction> list;
    for (const PlanActionRule& r : table())
        if (check(actor, r.action, plan))
            list << r.action;
    return list;
}
