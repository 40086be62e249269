// Results for the publication tests, recorded through ResultRepository as the clerk and the reviewer would:
// entered, submitted, reviewed and published, corrected by a new version, followed up by a visit.
#pragma once

#include "Database.h"
#include "ResultRepository.h"
#include "WriteTransaction.h"

#include <QtGlobal>

namespace PublishedResults {

struct Spec
{
    QStringList categories {QStringLiteral("no_problem")};
    QString followUp = QStringLiteral("none");
    QString findings {};
    QString caseNumber {};
    QString remarks {};
    QDate inspected = QDate(2026, 4, 10);
    bool publish = true;
};

inline void commit(bool ok, WriteTransaction& tx, const char* what)
{
    if (!ok || !tx.commit())
        qFatal("%s failed: %s", what, qPrintable(tx.error()));
}

inline ResultVersion versionFor(const Spec& spec, const QStringList& team)
{
    ResultVersion v;
    v.inspectedFrom = spec.inspected;
    v.inspectedTo = spec.inspected.addDays(1);
    v.members = team;
    v.categories = spec.categories;
    v.followUp = spec.followUp;
    v.findings = spec.findings.isEmpty() && spec.categories != QStringList {QStringLiteral("no_problem")}
        ? QStringLiteral("消防通道堵塞")
        : spec.findings;
    v.caseNumber = spec.caseNumber;
    if (spec.followUp == QLatin1String("rectify"))
        v.rectifyBy = spec.inspected.addDays(30);
    v.remarks = spec.remarks;
    return v;
}

inline void submitReviewPublish(Database& db, qint64 resultId, bool publish)
{
    ResultRepository results(db);
    {
        WriteTransaction tx(db);
        commit(results.submit(tx, resultId) && results.review(tx, resultId), tx, "review");
    }
    if (publish) {
        WriteTransaction tx(db);
        commit(results.publish(tx, resultId), tx, "publish");
    }
}

// Records the result of one visit × item of the plan's standing draw (the whole team present) and takes it
// through review to publication (unless spec.publish is false). Returns the result id.
inline qint64 record(Database& db, qint64 planId, const QString& entity, const QString& item, const Spec& spec = {})
{
    ResultRepository results(db);
    QStringList team;
    for (const PlanVisit& visit : results.visits(planId))
        if (visit.entity == entity)
            team = visit.members;
    ResultVersion v = versionFor(spec, team);
    {
        WriteTransaction tx(db);
        commit(results.create(tx, planId, entity, item, v), tx, "result");
    }
    submitReviewPublish(db, v.resultId, spec.publish);
    return v.resultId;
}

// A correction of a published result: a new version with a reason, reviewed and published.
inline void correct(Database& db, qint64 resultId, const QString& reason, const Spec& spec)
{
    ResultRepository results(db);
    const auto latest = results.latestVersion(resultId);
    ResultVersion v = versionFor(spec, latest->members);
    v.resultId = resultId;
    v.correctionReason = reason;
    {
        WriteTransaction tx(db);
        commit(results.correct(tx, v), tx, "correction");
    }
    submitReviewPublish(db, resultId, spec.publish);
}

inline void followUp(Database& db, qint64 resultId, const QString& outcome, QDate on = QDate(2026, 5, 20))
{
    ResultRepository results(db);
    FollowUpVisit visit;
    visit.resultId = resultId;
    visit.visitedOn = on;
    visit.inspectors = results.latestVersion(resultId)->members;
    visit.outcome = outcome;
    WriteTransaction tx(db);
    commit(results.addFollowUp(tx, visit), tx, "follow-up");
}

} // namespace PublishedResults
