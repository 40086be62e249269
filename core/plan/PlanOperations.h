// Every change to a plan and its draw, as the acting user asks for it: the permission first (Access), then the
// plan's status and rules (PlanRules), then the domain's own checks, and the write in one audited transaction. The
// window and the command line call these and nothing below them; they also ask here what the user may do now.
#pragma once

#include "Actor.h"
#include "FieldError.h"
#include "Outcome.h"
#include "PlanDraw.h"
#include "PlanRules.h"

#include <QCoreApplication>
#include <optional>

class Database;
struct InspectionApproval;
struct Plan;

class PlanOperations final
{
    Q_DECLARE_TR_FUNCTIONS(PlanOperations)

public:
    PlanOperations(Database& db, Actor actor);

    // The ceremony's clock (PlanDraw::setClock): the demo and tests draw on a known day.
    void setClock(PlanDraw::Clock clock) { m_clock = std::move(clock); }

    // --- Asking ---
    // The plan's status and the facts its rules need; nullopt for an unknown plan.
    std::optional<PlanFacts> facts(qint64 planId) const;
    // What the user may do with the plan now (enables the window's buttons).
    QList<PlanAction> allowed(qint64 planId) const;
    // The plan-level check (role, status, facts). A substitution's check also needs the visit's results:
    // SubstitutionOperations (core/results) asks that.
    Outcome check(PlanAction action, qint64 planId) const;

    // --- Acting ---
    // A new draft (PlanRepository::insert): sets plan.id and its code when it had none.
    Outcome create(Plan& plan);
    // Saves the fields the plan's status still allows to change (PlanRepository::update).
    Outcome save(const Plan& plan);
    // Deletes a draft.
    Outcome remove(qint64 planId);
    // Freezes the request (PlanDraw::freeze).
    Outcome freeze(qint64 planId, const std::optional<PublicSeedSource>& publicSource = std::nullopt);
    // Stores the seed of a new attempt (PlanDraw::addSeed); *attempt gets it.
    Outcome addSeed(qint64 planId, const QList<SeedPart>& parts, std::optional<DrawAttempt>* attempt = nullptr);
    // Computes the attempt waiting for its draw (PlanDraw::draw); *result gets it.
    Outcome draw(qint64 planId, std::optional<DrawResult>* result = nullptr);
    // Voids the attempt that is not voided, with a reason; only before any result of it is recorded (the first
    // result makes the plan 检查中). Four eyes: a second user confirms it with their password — not the acting user,
    // an active user whose role may confirm a void (Access::ConfirmVoid: 审核员, 管理员). The password is checked as
    // a login is (UserRepository::confirm: a wrong one counts towards the lock); the reason and the plan's state
    // are checked first, so a void refused anyway costs no attempt. Both names are on the record (draw_void,
    // the audit entry, the draw sheet). Each refusal says which of these is wrong.
    Outcome voidDraw(qint64 planId, const QString& reason, const QString& confirmingUser,
                     const QString& confirmingPassword);
    // voidDraw's refusal when the confirming user's password is empty (PlanDraw::noConfirmationText when the user
    // is missing).
    static QString noConfirmingPasswordText(const QString& confirmingUser);
    // What is wrong with the approval's fields for this plan (InspectionApproval::problems against the day of its
    // standing draw and today), so that the window can say so before it asks for a confirmation.
    FieldErrors approvalProblems(qint64 planId, const InspectionApproval& approval) const;
    // Records the approval of the standing draw's inspections (InspectionApproval.h): only while the plan is
    // 已抽取 and not yet approved; the fields as InspectionApproval::problems says (the first problem is the
    // refusal). Sets approval's ids.
    Outcome approve(qint64 planId, InspectionApproval& approval);
    // The draw id of visit `number` (第 n 家, from 1) of the standing draw; empty when there is none.
    QString visitEntity(qint64 planId, int number) const;

private:
    PlanDraw planDraw() const;
    Outcome refusedOrFailed(const QString& message) const;

    Database& m_db;
    Actor m_actor;
    PlanDraw::Clock m_clock;
};
