#include "SubstitutionOperations.h"

#include "DrawPreparation.h"
#include "PlanOperations.h"
#include "PlanRepository.h"
#include "Recusal.h"
#include "ResultRepository.h"
#include "ResultState.h"
#include "WriteTransaction.h"

SubstitutionOperations::SubstitutionOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

std::optional<VisitFacts> SubstitutionOperations::visitFacts(qint64 planId, const QString& entity) const
{
    const auto current = PlanDraw(m_db).currentAttempt(planId);
    if (!current || !current->result)
        return std::nullopt;
    VisitFacts facts;
    const QList<DrawTeam>& teams = current->result->teams;
    for (qsizetype i = 0; i < teams.size(); ++i)
        if (teams.at(i).entity == entity)
            facts.number = int(i + 1);
    if (facts.number == 0)
        return std::nullopt;
    const auto e = DrawPreparation::findEntity(m_db, entity);
    facts.entityName = e ? e->name : entity;
    for (const ResultRow& row : ResultRepository(m_db).planResults(planId)) {
        if (row.entity != entity)
            continue;
        if (row.published && facts.publishedItem.isEmpty())
            facts.publishedItem = row.itemCode;
        const ResultState state = row.latest ? ResultStates::fromKey(row.latest->state) : ResultState::None;
        if ((state == ResultState::Submitted || state == ResultState::Reviewed) && facts.submittedItem.isEmpty())
            facts.submittedItem = row.itemCode;
    }
    return facts;
}

Outcome SubstitutionOperations::check(qint64 planId, const QString& entity) const
{
    const auto plan = PlanOperations(m_db, m_actor).facts(planId);
    if (!plan)
        return Outcome::refusedByRule(tr("The plan no longer exists."));
    if (const Outcome o = PlanRules::check(m_actor, PlanAction::Substitute, *plan); !o)
        return o;
    const auto visit = visitFacts(planId, entity);
    if (!visit)
        return Outcome::refusedByRule(tr("The standing draw has no visit of %1.").arg(entity));
    return PlanRules::checkSubstitution(m_actor, *plan, *visit);
}

Outcome SubstitutionOperations::substitute(qint64 planId, const QString& entity, const QString& outCode,
                                           const QString& reason, std::optional<DrawSubstitution>* substitution)
{
    if (const Outcome o = check(planId, entity); !o)
        return o;
    PlanDraw draw(m_db);
    if (m_clock)
        draw.setClock(m_clock);
    const auto current = draw.currentAttempt(planId);
    QString error;
    const auto done = draw.substitute(current->id, entity, outCode, reason, &error);
    if (!done)
        return Outcome::refusedByRule(error);
    if (substitution)
        *substitution = done;
    return Outcome::done();
}

FieldErrors SubstitutionOperations::recusalProblems(qint64 planId, const RecusalRequest& request) const
{
    const auto current = PlanDraw(m_db).currentAttempt(planId);
    const QDate drawnOn = current && current->drawnAt.isValid() ? current->drawnAt.toLocalTime().date() : QDate();
    const QDate today = m_clock ? m_clock().toLocalTime().date() : QDate::currentDate();
    FieldErrors errors = request.problems(drawnOn, today);
    if (current) {
        const auto team = PlanDraw(m_db).teamNow(current->id, request.entity, nullptr);
        if (!team || !team->members.contains(request.inspector))
            errors.prepend({QStringLiteral("inspector"),
                            tr("%1 is not a member of this visit's team now.").arg(request.inspector)});
    }
    return errors;
}

Outcome SubstitutionOperations::recordRecusal(qint64 planId, RecusalRequest& request,
                                              std::optional<DrawSubstitution>* substitution)
{
    // The visit's team may still change (role, status, its results): a decision on it is recorded only then.
    if (const Outcome o = check(planId, request.entity); !o)
        return o;
    if (const FieldErrors errors = recusalProblems(planId, request); !errors.isEmpty())
        return Outcome::refusedByRule(errors.first().message);
    PlanDraw draw(m_db);
    if (m_clock)
        draw.setClock(m_clock);
    const auto current = draw.currentAttempt(planId);
    const auto plan = PlanRepository(m_db).find(planId);
    if (!current || !plan)
        return Outcome::refusedByRule(tr("The plan has no standing draw."));
    request.attemptId = current->id;
    if (!request.granted) {
        request.replacement.clear();
        WriteTransaction tx(m_db);
        if (!Recusals::insert(tx, m_db, plan->code, current->number, request) || !tx.commit())
            return Outcome::refusedByRule(tx.error());
        return Outcome::done();
    }
    QString error;
    const auto done
        = draw.substitute(current->id, request.entity, request.inspector, Recusals::substitutionReason(request), &error,
                          [&](WriteTransaction& tx, const DrawSubstitution& s) {
                              request.replacement = s.in;
                              return Recusals::insert(tx, m_db, plan->code, current->number, request);
                          });
    if (!done)
        return Outcome::refusedByRule(error);
    if (substitution)
        *substitution = done;
    return Outcome::done();
}
