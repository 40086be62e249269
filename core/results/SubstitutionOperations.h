// 递补: a member of a visit's team who cannot attend is replaced by the rule of the draw (draw-spec §5). The
// permission and the plan's status are PlanRules'; beyond them, a visit's team is fixed once a result of that visit
// was submitted, and never changes after one was published (the members recorded as present must stay the team's).
// Here because that rule needs the visit's results.
#pragma once

#include "Actor.h"
#include "FieldError.h"
#include "Outcome.h"
#include "PlanDraw.h"
#include "PlanRules.h"

#include <QCoreApplication>
#include <optional>

class Database;
struct RecusalRequest;

class SubstitutionOperations final
{
    Q_DECLARE_TR_FUNCTIONS(SubstitutionOperations)

public:
    SubstitutionOperations(Database& db, Actor actor);
    void setClock(PlanDraw::Clock clock) { m_clock = std::move(clock); }

    // The visit's number, entity name and results, for PlanRules::checkSubstitution; nullopt when the plan has no
    // standing draw or no visit for `entity` (a draw id).
    std::optional<VisitFacts> visitFacts(qint64 planId, const QString& entity) const;
    // May the team of the visit for `entity` change now?
    Outcome check(qint64 planId, const QString& entity) const;
    // Member `outCode` of the visit for `entity` cannot attend: the spec's rule picks the replacement
    // (*substitution gets it), stored with the reason and its audit entry.
    Outcome substitute(qint64 planId, const QString& entity, const QString& outCode, const QString& reason,
                       std::optional<DrawSubstitution>* substitution = nullptr);

    // What is wrong with an application for recusal on this plan: the member must be on the visit's team now
    // (key inspector), then RecusalRequest::problems against the day of the draw and today.
    FieldErrors recusalProblems(qint64 planId, const RecusalRequest& request) const;
    // 被检查人申请回避 (Recusal.h): records the application and its decision on the visit of request.entity, while
    // the visit's team may still change (check()). Granted, member request.inspector is replaced by the draw's rule
    // in the same transaction (*substitution gets it; request.replacement names who came in).
    Outcome recordRecusal(qint64 planId, RecusalRequest& request,
                          std::optional<DrawSubstitution>* substitution = nullptr);

private:
    Database& m_db;
    Actor m_actor;
    PlanDraw::Clock m_clock;
};
