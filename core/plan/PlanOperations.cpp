#include "PlanOperations.h"

#include "Database.h"
#include "InspectionApproval.h"
#include "Plan.h"
#include "PlanRepository.h"
#include "UserRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

PlanOperations::PlanOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

PlanDraw PlanOperations::planDraw() const
{
    PlanDraw draw(m_db);
    if (m_clock)
        draw.setClock(m_clock);
    return draw;
}

Outcome PlanOperations::refusedOrFailed(const QString& message) const
{
    // PlanDraw and the repository say why in a sentence; whether a rule or the file refused, the clerk reads it.
    return Outcome::refusedByRule(message);
}

std::optional<PlanFacts> PlanOperations::facts(qint64 planId) const
{
    const auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return std::nullopt;
    PlanFacts facts;
    facts.status = PlanStatuses::fromKey(plan->status).value_or(PlanStatus::Draft);
    if (const auto current = PlanDraw(m_db).currentAttempt(planId)) {
        facts.seedPending = !current->computed;
        facts.drawRefused = current->computed && !current->result;
        facts.hasStandingResult = current->result.has_value();
        facts.approved = InspectionApprovals::ofAttempt(m_db, current->id).has_value();
    }
    return facts;
}

QList<PlanAction> PlanOperations::allowed(qint64 planId) const
{
    const auto f = facts(planId);
    return f ? PlanRules::allowed(m_actor, *f) : QList<PlanAction>();
}

Outcome PlanOperations::check(PlanAction action, qint64 planId) const
{
    const auto f = facts(planId);
    if (!f)
        return Outcome::refusedByRule(tr("The plan no longer exists."));
    return PlanRules::check(m_actor, action, *f);
}

Outcome PlanOperations::create(Plan& plan)
{
    if (const Outcome o = m_actor.check(PlanRules::permission(PlanAction::Edit)); !o)
        return o;
    WriteTransaction tx(m_db);
    if (!PlanRepository(m_db).insert(tx, plan) || !tx.commit())
        return refusedOrFailed(tx.error());
    return Outcome::done();
}

Outcome PlanOperations::save(const Plan& plan)
{
    if (const Outcome o = check(PlanAction::Edit, plan.id); !o)
        return o;
    WriteTransaction tx(m_db);
    if (!PlanRepository(m_db).update(tx, plan) || !tx.commit())
        return refusedOrFailed(tx.error());
    return Outcome::done();
}

Outcome PlanOperations::remove(qint64 planId)
{
    if (const Outcome o = check(PlanAction::Delete, planId); !o)
        return o;
    WriteTransaction tx(m_db);
    if (!PlanRepository(m_db).remove(tx, planId) || !tx.commit())
        return refusedOrFailed(tx.error());
    return Outcome::done();
}

Outcome PlanOperations::freeze(qint64 planId, const std::optional<PublicSeedSource>& publicSource)
{
    if (const Outcome o = check(PlanAction::Freeze, planId); !o)
        return o;
    QString error;
    if (!planDraw().freeze(planId, &error, publicSource))
        return refusedOrFailed(error);
    return Outcome::done();
}

Outcome PlanOperations::addSeed(qint64 planId, const QList<SeedPart>& parts, std::optional<DrawAttempt>* attempt)
{
    if (const Outcome o = check(PlanAction::Seed, planId); !o)
        return o;
    QString error;
    const auto added = planDraw().addSeed(planId, parts, &error);
    if (!added)
        return refusedOrFailed(error);
    if (attempt)
        *attempt = added;
    return Outcome::done();
}

Outcome PlanOperations::draw(qint64 planId, std::optional<DrawResult>* result)
{
    if (const Outcome o = check(PlanAction::Draw, planId); !o)
        return o;
    PlanDraw ceremony = planDraw();
    const auto current = ceremony.currentAttempt(planId);
    if (!current)
        return Outcome::refusedByRule(tr("There is no seed waiting for its draw: the witnesses' seed comes first."));
    QString error;
    const auto drawn = ceremony.draw(current->id, &error);
    if (!drawn)
        return refusedOrFailed(error);
    if (result)
        *result = drawn;
    return Outcome::done();
}

FieldErrors PlanOperations::approvalProblems(qint64 planId, const InspectionApproval& approval) const
{
    const auto current = PlanDraw(m_db).currentAttempt(planId);
    const QDate drawnOn = current && current->drawnAt.isValid() ? current->drawnAt.toLocalTime().date() : QDate();
    const QDate today = m_clock ? m_clock().toLocalTime().date() : QDate::currentDate();
    return approval.problems(drawnOn, today);
}

Outcome PlanOperations::approve(qint64 planId, InspectionApproval& approval)
{
    if (const Outcome o = check(PlanAction::Approve, planId); !o)
        return o;
    const auto plan = PlanRepository(m_db).find(planId);
    const auto current = PlanDraw(m_db).currentAttempt(planId);
    if (!plan || !current || !current->result)
        return Outcome::refusedByRule(tr("The plan has no standing draw result."));
    approval.attemptId = current->id;
    const FieldErrors errors = approvalProblems(planId, approval);
    if (!errors.isEmpty())
        return Outcome::refusedByRule(errors.first().message);
    WriteTransaction tx(m_db);
    if (!InspectionApprovals::insert(tx, m_db, plan->code, approval) || !tx.commit())
        return refusedOrFailed(tx.error());
    return Outcome::done();
}

QString PlanOperations::noConfirmingPasswordText(const QString& confirmingUser)
{
    return tr("Enter the password of %1, who confirms the void.").arg(confirmingUser);
}

Outcome PlanOperations::voidDraw(qint64 planId, const QString& reason, const QString& confirmingUser,
                                 const QString& confirmingPassword)
{
    if (const Outcome o = check(PlanAction::Void, planId); !o)
        return o;
    PlanDraw ceremony = planDraw();
    const auto current = ceremony.currentAttempt(planId);
    if (!current)
        return Outcome::refusedByRule(tr("There is no draw attempt to void."));
    if (reason.trimmed().isEmpty())
        return Outcome::refusedByRule(PlanDraw::noVoidReasonText());

    // Four eyes: who confirms, then their password.
    const QString name = confirmingUser.trimmed();
    if (name.isEmpty())
        return Outcome::refusedByRule(PlanDraw::noConfirmationText());
    if (name == m_actor.user)
        return Outcome::refusedByRule(tr("You cannot confirm your own void: a second user, a reviewer (审核员) or an "
                                         "administrator (管理员), enters their user name and password."));
    UserRepository users(m_db);
    const auto confirmer = users.find(name);
    if (!confirmer)
        return Outcome::refusedByRule(UserRepository::unknownUserText(name));
    if (!confirmer->active)
        return Outcome::refusedByRule(UserRepository::inactiveUserText(name));
    if (!Access::allows(confirmer->role, Access::Permission::ConfirmVoid))
        return Outcome::refusedByRule(
            tr("%1 has the role %2 and may not confirm a void: a reviewer (审核员) or an administrator (管理员) "
               "confirms it.")
                .arg(name, Vocabulary::userRoles().label(confirmer->role)));
    if (confirmingPassword.isEmpty())
        return Outcome::refusedByRule(noConfirmingPasswordText(name));
    const auto plan = PlanRepository(m_db).find(planId);
    QString error;
    const QJsonObject purpose {{QStringLiteral("for"), QStringLiteral("void")},
                               {QStringLiteral("plan"), plan ? plan->code : QString::number(planId)},
                               {QStringLiteral("attempt"), current->number}};
    if (!users.confirm(name, confirmingPassword, purpose, &error))
        return Outcome::refusedByRule(error);

    if (!ceremony.voidAttempt(current->id, reason, confirmer->name, &error))
        return refusedOrFailed(error);
    return Outcome::done();
}

QString PlanOperations::visitEntity(qint64 planId, int number) const
{
    const auto current = PlanDraw(m_db).currentAttempt(planId);
    if (!current || !current->result || number < 1 || number > current->result->teams.size())
        return {};
    return current->result->teams.at(number - 1).entity;
}
