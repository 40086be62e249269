#include "SubstitutionOperations.h"

#include "DrawPreparation.h"
#include "PlanOperations.h"
#include "ResultRepository.h"
#include "ResultState.h"

SubstitutionOperations::SubstitutionOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

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
