// Every change to the results of a plan's visits, as the acting user asks for it: the permission and the result's
// state first (ResultStates, one table), then the domain's rules (ResultVersion::problems: dates, the team on site
// with its certified member, the categories), and the write in one audited transaction. The window and the command
// line call these; they also ask here what the user may do with a result now.
#pragma once

#include "Actor.h"
#include "Outcome.h"
#include "ResultRepository.h"
#include "ResultState.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class Database;

class ResultOperations final
{
    Q_DECLARE_TR_FUNCTIONS(ResultOperations)

public:
    ResultOperations(Database& db, Actor actor);

    // --- Asking ---
    // The state of the row's latest version (None when nothing is recorded).
    static ResultState state(const ResultRow& row);
    // What the user may do with the row now, in ResultStates::actions() order.
    QList<ResultAction> allowed(const ResultRow& row) const;
    Outcome check(ResultAction action, const ResultRow& row) const;

    // --- Acting ---
    // Version 1 of the result of visit × item (ResultRepository::create); sets the ids. A version that breaks a
    // field rule is refused by rule with the repository's sentence naming the field (the dialog shows each field's
    // problem beside it from ResultVersion::problems before it saves).
    Outcome record(qint64 planId, const QString& entity, const QString& itemCode, ResultVersion& version);
    // Saves the latest version while it is entered or returned.
    Outcome update(ResultVersion& version);
    // A published result corrected by a new version with a reason; sets the new version's ids.
    Outcome correct(ResultVersion& version);
    Outcome submit(qint64 resultId);
    Outcome approve(qint64 resultId);
    Outcome returnForRework(qint64 resultId, const QString& comment);
    Outcome publish(qint64 resultId);
    // Submit, approve or publish many results in one transaction: every row its own audited step, all stored or,
    // on a refusal, an error or a cancel (progress returns false), none. Rows whose state does not allow the action
    // must have been left out by the caller (check()); one that does not is a refusal naming it.
    using Progress = std::function<bool(int done, int total)>;
    Outcome applyToAll(ResultAction action, const QList<qint64>& resultIds, const Progress& progress = {});
    // A follow-up visit (整改回访); sets its id.
    Outcome addFollowUp(FollowUpVisit& visit);
    // Attaches a copy of `file`; *attachment gets it.
    Outcome attach(qint64 resultId, const QString& file, const QString& description,
                   std::optional<Attachment>* attachment = nullptr);

private:
    Outcome checkResult(ResultAction action, qint64 resultId, std::optional<ResultRow>* row = nullptr) const;
    Outcome write(const std::function<bool(WriteTransaction&, ResultRepository&)>& body);

    Database& m_db;
    Actor m_actor;
};
