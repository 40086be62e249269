#include "ResultRepository.h"

#include "PlanStatus.h"
#include "ResultState.h"

#include "Database.h"
#include "InspectionApproval.h"
#include "InspectorRepository.h"
#include "PlanChecklist.h"
#include "PlanRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace {

const QString kVersionColumns = QStringLiteral(
    "v.id, v.result_id, v.version, v.correction_reason, v.inspected_from, v.inspected_to, v.members, v.categories, "
    "v.findings, v.follow_up, v.case_number, v.rectify_by, v.remarks, v.state, v.review_comment, v.reviewed_by, "
    "v.reviewed_at, v.published_at, v.created_at, v.created_by, v.updated_at, v.check_points");

QStringList listFromJson(const QString& text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array)
        list << v.toString();
    return list;
}

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QDateTime timeFromSql(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

ResultVersion versionFromQuery(const QSqlQuery& q, int at = 0)
{
    ResultVersion v;
    v.id = q.value(at + 0).toLongLong();
    v.resultId = q.value(at + 1).toLongLong();
    v.version = q.value(at + 2).toInt();
    v.correctionReason = q.value(at + 3).toString();
    v.inspectedFrom = dateFromSql(q.value(at + 4));
    v.inspectedTo = dateFromSql(q.value(at + 5));
    v.members = listFromJson(q.value(at + 6).toString());
    v.categories = listFromJson(q.value(at + 7).toString());
    v.findings = q.value(at + 8).toString();
    v.followUp = q.value(at + 9).toString();
    v.caseNumber = q.value(at + 10).toString();
    v.rectifyBy = dateFromSql(q.value(at + 11));
    v.remarks = q.value(at + 12).toString();
    v.state = q.value(at + 13).toString();
    v.reviewComment = q.value(at + 14).toString();
    v.reviewedBy = q.value(at + 15).toString();
    v.reviewedAt = timeFromSql(q.value(at + 16));
    v.publishedAt = timeFromSql(q.value(at + 17));
    v.createdAt = timeFromSql(q.value(at + 18));
    v.createdBy = q.value(at + 19).toString();
    v.updatedAt = timeFromSql(q.value(at + 20));
    v.checkPoints = ResultVersion::checkPointsFromStorage(q.value(at + 21).toString());
    return v;
}

FollowUpVisit followUpFromQuery(const QSqlQuery& q)
{
    FollowUpVisit f;
    f.id = q.value(0).toLongLong();
    f.resultId = q.value(1).toLongLong();
    f.visitedOn = dateFromSql(q.value(2));
    f.inspectors = listFromJson(q.value(3).toString());
    f.outcome = q.value(4).toString();
    f.notes = q.value(5).toString();
    f.recordedAt = timeFromSql(q.value(6));
    f.recordedBy = q.value(7).toString();
    return f;
}

Attachment attachmentFromQuery(const QSqlQuery& q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.resultId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.storedPath = q.value(3).toString();
    a.sha256 = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.description = q.value(6).toString();
    a.addedAt = timeFromSql(q.value(7));
    a.addedBy = q.value(8).toString();
    return a;
}

// SHA-256 of a file in lower-case hex, or empty when it cannot be read.
QString fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QString firstProblem(const FieldErrors& errors)
{
    return ResultVersion::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message;
}

QString auditId(const QString& planCode, const QString& entity, const QString& itemCode)
{
    return planCode + QLatin1Char('|') + entity + QLatin1Char('|') + itemCode;
}

// Every row of a result's table (versions, follow-ups, attachments), in the order the SQL gives.
template<typename T>
QList<T> rowsOfResult(const QSqlDatabase& db, const QString& sql, qint64 resultId, T (*fromQuery)(const QSqlQuery&))
{
    QList<T> list;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(resultId);
    if (q.exec()) {
        while (q.next())
            list << fromQuery(q);
    }
    return list;
}

} // namespace

ResultRepository::ResultRepository(Database& db)
    : m_db(db)
{ }

// --- Reading ----------------------------------------------------------------------------------------------------

QList<PlanVisit> ResultRepository::visits(qint64 planId) const
{
    QList<PlanVisit> list;
    const auto plan = PlanRepository(m_db).find(planId);
    const auto attempt = PlanDraw(m_db).currentAttempt(planId);
    if (!plan || !attempt || !attempt->result)
        return list;
    for (const DrawTeam& team : attempt->result->teams) {
        PlanVisit visit {planId, plan->code, plan->periodFrom, plan->periodTo, team.entity, team.items, team.members};
        for (const RecordedSubstitution& s : attempt->substitutions) {
            if (s.substitution.entity != team.entity)
                continue;
            const qsizetype at = visit.members.indexOf(s.substitution.out);
            if (at >= 0)
                visit.members[at] = s.substitution.in;
        }
        list << visit;
    }
    return list;
}

ResultVersion::Team ResultRepository::teamFor(const PlanVisit& visit, QDate from, QDate to) const
{
    ResultVersion::Team team;
    team.members = visit.members;
    // A missing date is its field's error; the certificate is then judged on the day of the draw, else today.
    QDate drawn;
    if (!from.isValid() || !to.isValid())
        drawn = dateLimits(visit.planId).drawnOn;
    const QDate today = QDate::currentDate();
    const QDate first = Inspector::certificateDate(from, drawn, today);
    const QDate last = Inspector::certificateDate(to, drawn, today);
    InspectorRepository inspectors(m_db);
    for (const QString& code : visit.members) {
        const auto x = inspectors.findByCode(code);
        // Validity is one span of days: valid on the first and the last inspection day is valid on every one.
        if (x && x->isCertifiedOn(first) && x->isCertifiedOn(last))
            team.certified << code;
    }
    return team;
}

QString ResultRepository::approvalProblem(qint64 planId) const
{
    const auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return tr("The plan no longer exists.");
    // 检查中 and 已完成 plans have a result, so they were approved (or started before data version 10, when no
    // approval was asked for).
    if (PlanStatuses::fromKey(plan->status) == PlanStatus::Drawn && !InspectionApprovals::ofPlan(m_db, planId))
        return InspectionApprovals::notApprovedText(plan->code);
    return {};
}

ResultVersion::DateLimits ResultRepository::dateLimits(qint64 planId) const
{
    ResultVersion::DateLimits limits;
    if (const auto plan = PlanRepository(m_db).find(planId)) {
        limits.periodFrom = plan->periodFrom;
        limits.periodTo = plan->periodTo;
    }
    const auto attempt = PlanDraw(m_db).currentAttempt(planId);
    if (attempt && attempt->drawnAt.isValid())
        limits.drawnOn = attempt->drawnAt.toLocalTime().date();
    if (attempt)
        if (const auto approval = InspectionApprovals::ofAttempt(m_db, attempt->id))
            limits.approvedOn = approval->approvedOn;
    return limits;
}

QList<ResultRow> ResultRepository::planResults(qint64 planId) const
{
    QList<ResultRow> rows;
    const QList<PlanVisit> list = visits(planId);
    if (list.isEmpty())
        return rows;
    QHash<QString, qsizetype> index; // entity|item → row
    for (const PlanVisit& visit : list) {
        for (const QString& item : visit.items) {
            index.insert(visit.entity + QLatin1Char('|') + item, rows.size());
            rows.append({0, planId, visit.planCode, visit.entity, item, visit.members, std::nullopt, std::nullopt});
        }
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.entity, r.item_code, ") + kVersionColumns
              + QStringLiteral(" FROM result r JOIN result_version v ON v.result_id = r.id WHERE r.plan_id = ? "
                               "ORDER BY r.id, v.version"));
    q.addBindValue(planId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
        if (it == index.constEnd())
            continue;
        ResultRow& row = rows[it.value()];
        const ResultVersion v = versionFromQuery(q, 2);
        row.resultId = v.resultId;
        row.latest = v;
        if (v.isPublished())
            row.published = v;
    }
    return rows;
}

QList<ResultRow> ResultRepository::publishedResults(qint64 planId) const
{
    QList<ResultRow> rows;
    for (const ResultRow& row : planResults(planId)) {
        if (row.published)
            rows << row;
    }
    return rows;
}

std::optional<ResultRow> ResultRepository::find(qint64 resultId) const
{
    // One result's rows only: every operation on a result starts here, and reading the whole plan would make
    // recording n results cost n².
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT r.plan_id, p.code, r.entity, r.item_code FROM result r "
                             "JOIN plan p ON p.id = r.plan_id WHERE r.id = ?"));
    q.addBindValue(resultId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ResultRow row {resultId,
                   q.value(0).toLongLong(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   {},
                   std::nullopt,
                   std::nullopt};
    for (const ResultVersion& v : history(resultId)) {
        row.latest = v;
        if (v.isPublished())
            row.published = v;
    }
    for (const PlanVisit& visit : visits(row.planId)) {
        if (visit.entity == row.entity) {
            row.team = visit.members;
            break;
        }
    }
    return row;
}

QList<ResultVersion> ResultRepository::history(qint64 resultId) const
{
    return rowsOfResult<ResultVersion>(
        m_db.sql(),
        QStringLiteral("SELECT ") + kVersionColumns
            + QStringLiteral(" FROM result_version v WHERE v.result_id = ? ORDER BY v.version"),
        resultId, [](const QSqlQuery& q) { return versionFromQuery(q); });
}

std::optional<ResultVersion> ResultRepository::latestVersion(qint64 resultId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kVersionColumns
              + QStringLiteral(" FROM result_version v WHERE v.result_id = ? ORDER BY v.version DESC LIMIT 1"));
    q.addBindValue(resultId);
    if (q.exec() && q.next())
        return versionFromQuery(q);
    return std::nullopt;
}

QList<FollowUpVisit> ResultRepository::followUps(qint64 resultId) const
{
    return rowsOfResult<FollowUpVisit>(
        m_db.sql(),
        QStringLiteral("SELECT id, result_id, visited_on, inspectors, outcome, notes, recorded_at, recorded_by "
                       "FROM result_follow_up WHERE result_id = ? ORDER BY visited_on, id"),
        resultId, followUpFromQuery);
}

QList<Attachment> ResultRepository::attachments(qint64 resultId) const
{
    return rowsOfResult<Attachment>(
        m_db.sql(),
        QStringLiteral("SELECT id, result_id, file_name, stored_path, sha256, size, description, added_at, "
                       "added_by FROM result_attachment WHERE result_id = ? ORDER BY id"),
        resultId, attachmentFromQuery);
}

QString ResultRepository::describe(const ResultRow& row) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name FROM entity WHERE credit_code = ? OR code = ? LIMIT 1"));
    q.addBindValue(row.entity);
    q.addBindValue(row.entity);
    const QString name = q.exec() && q.next() ? q.value(0).toString() : row.entity;
    return tr("The result of %1 for item %2").arg(name, row.itemCode);
}

// --- Writing ----------------------------------------------------------------------------------------------------

bool ResultRepository::checkVersion(WriteTransaction& tx, qint64 planId, const QString& entity, const QString& itemCode,
                                    const ResultVersion& version)
{
    const QList<PlanVisit> list = visits(planId);
    const auto visit = std::find_if(list.cbegin(), list.cend(), [&](const PlanVisit& v) { return v.entity == entity; });
    if (visit == list.cend())
        return tx.fail(list.isEmpty() ? tr("The plan has no standing draw, so it has no visits to record results for.")
                                      : tr("%1 is not a visit of the plan's standing draw.").arg(entity));
    if (!visit->items.contains(itemCode))
        return tx.fail(tr("Item %1 is not inspected in the visit to %2.").arg(itemCode, entity));
    const FieldErrors errors
        = version.problems(teamFor(*visit, version.inspectedFrom, version.inspectedTo), dateLimits(planId))
        + version.checkPointProblems(PlanChecklist::of(m_db, planId, itemCode));
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    return true;
}

bool ResultRepository::insertVersion(WriteTransaction& tx, ResultVersion& v)
{
    const QString now = tx.utcNow();
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO result_version (result_id, version, correction_reason, inspected_from, inspected_to, members, "
        "categories, findings, follow_up, case_number, rectify_by, remarks, state, created_at, created_by, "
        "updated_at, check_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'entered', ?, ?, ?, ?)"));
    q.addBindValue(v.resultId);
    q.addBindValue(v.version);
    q.addBindValue(sqlText(v.correctionReason.trimmed()));
    q.addBindValue(sqlDate(v.inspectedFrom));
    q.addBindValue(sqlDate(v.inspectedTo));
    q.addBindValue(jsonList(v.members));
    q.addBindValue(jsonList(v.categories));
    q.addBindValue(sqlText(v.findings));
    q.addBindValue(v.followUp);
    q.addBindValue(sqlText(v.caseNumber.trimmed()));
    q.addBindValue(sqlDate(v.rectifyBy));
    q.addBindValue(sqlText(v.remarks));
    q.addBindValue(now);
    q.addBindValue(m_db.currentUser());
    q.addBindValue(now);
    q.addBindValue(sqlText(ResultVersion::checkPointsToStorage(v.checkPoints)));
    if (!tx.exec(q))
        return false;
    v.id = q.lastInsertId().toLongLong();
    v.state = ResultStates::key(ResultState::Entered);
    v.createdBy = m_db.currentUser();
    v.createdAt = v.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    return true;
}

bool ResultRepository::create(WriteTransaction& tx, qint64 planId, const QString& entity, const QString& itemCode,
                              ResultVersion& version)
{
    if (!tx.ok())
        return false;
    const auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return tx.fail(tr("The plan no longer exists."));
    if (const QString refusal = approvalProblem(planId); !refusal.isEmpty())
        return tx.fail(refusal);
    version.version = 1;
    if (!checkVersion(tx, planId, entity, itemCode, version))
        return false;
    QSqlQuery& exists
        = tx.prepare(QStringLiteral("SELECT id FROM result WHERE plan_id = ? AND entity = ? AND item_code = ?"));
    exists.addBindValue(planId);
    exists.addBindValue(entity);
    exists.addBindValue(itemCode);
    if (!tx.exec(exists))
        return false;
    if (exists.next())
        return tx.fail(
            tr("A result is already recorded for %1, item %2; edit it or record a correction.").arg(entity, itemCode));
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO result (plan_id, entity, item_code, created_at, created_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(entity);
    q.addBindValue(itemCode);
    q.addBindValue(tx.utcNow());
    q.addBindValue(m_db.currentUser());
    if (!tx.exec(q))
        return false;
    version.resultId = q.lastInsertId().toLongLong();
    if (!insertVersion(tx, version))
        return false;
    if (!tx.recordChange(QStringLiteral("create"), QStringLiteral("result"), auditId(plan->code, entity, itemCode), {},
                         version.toJson()))
        return false;
    return advancePlan(tx, planId);
}

bool ResultRepository::update(WriteTransaction& tx, const ResultVersion& version)
{
    if (!tx.ok())
        return false;
    const auto row = find(version.resultId);
    if (!row || !row->latest)
        return tx.fail(tr("The result no longer exists."));
    const ResultVersion& before = *row->latest;
    if (version.id != 0 && version.id != before.id)
        return tx.fail(tr("Only the latest version of a result can be edited."));
    if (!before.isEditable())
        return tx.fail(tr("%1 is %2 and can no longer be edited: only an entered or returned result can be.")
                           .arg(describe(*row), Vocabulary::resultStates().label(before.state)));
    ResultVersion after = version;
    after.id = before.id;
    after.version = before.version;
    after.state = before.state;
    after.reviewComment = before.reviewComment;
    if (!checkVersion(tx, row->planId, row->entity, row->itemCode, after))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "UPDATE result_version SET correction_reason = ?, inspected_from = ?, inspected_to = ?, members = ?, "
        "categories = ?, findings = ?, follow_up = ?, case_number = ?, rectify_by = ?, remarks = ?, updated_at = ?, "
        "check_points = ? WHERE id = ?"));
    q.addBindValue(sqlText(before.version > 1 ? after.correctionReason.trimmed() : QString()));
    q.addBindValue(sqlDate(after.inspectedFrom));
    q.addBindValue(sqlDate(after.inspectedTo));
    q.addBindValue(jsonList(after.members));
    q.addBindValue(jsonList(after.categories));
    q.addBindValue(sqlText(after.findings));
    q.addBindValue(after.followUp);
    q.addBindValue(sqlText(after.caseNumber.trimmed()));
    q.addBindValue(sqlDate(after.rectifyBy));
    q.addBindValue(sqlText(after.remarks));
    q.addBindValue(tx.utcNow());
    q.addBindValue(sqlText(ResultVersion::checkPointsToStorage(after.checkPoints)));
    q.addBindValue(before.id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("result"),
                           auditId(row->planCode, row->entity, row->itemCode), before.toJson(), after.toJson());
}

bool ResultRepository::changeState(WriteTransaction& tx, qint64 resultId, const QString& action,
                                   ResultAction resultAction, const QString& comment)
{
    if (!tx.ok())
        return false;
    const auto row = find(resultId);
    if (!row || !row->latest)
        return tx.fail(tr("The result no longer exists."));
    const ResultVersion& before = *row->latest;
    const Vocabulary& states = Vocabulary::resultStates();
    // The states come from the one transition table (ResultStates).
    const ResultTransition& transition = ResultStates::transition(resultAction);
    const ResultState beforeState = ResultStates::fromKey(before.state);
    const ResultState toState = ResultStates::after(resultAction, beforeState);
    const QString to = ResultStates::key(toState);
    if (!transition.from.contains(beforeState)) {
        const QString what = describe(*row);
        const QString state = states.label(before.state);
        if (action == QLatin1String("submit"))
            return tx.fail(tr("%1 is %2 and cannot be submitted for review: only an entered or returned result can "
                              "be.")
                               .arg(what, state));
        if (action == QLatin1String("review"))
            return tx.fail(
                tr("%1 is %2 and cannot be approved: only a result awaiting review can be.").arg(what, state));
        if (action == QLatin1String("return"))
            return tx.fail(
                tr("%1 is %2 and cannot be returned: only a result awaiting review can be.").arg(what, state));
        return tx.fail(tr("%1 is %2 and cannot be published: only a reviewed result can be.").arg(what, state));
    }
    const QString now = tx.utcNow();
    const bool reviewing = toState == ResultState::Reviewed || toState == ResultState::Returned;
    QSqlQuery& q = tx.prepare(
        QStringLiteral("UPDATE result_version SET state = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?, "
                       "published_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(to);
    q.addBindValue(sqlText(toState == ResultState::Returned ? comment.trimmed() : before.reviewComment));
    q.addBindValue(sqlText(reviewing ? m_db.currentUser() : before.reviewedBy));
    q.addBindValue(reviewing ? QVariant(now)
                             : (before.reviewedAt.isValid() ? QVariant(before.reviewedAt.toUTC().toString(Qt::ISODate))
                                                            : QVariant()));
    q.addBindValue(toState == ResultState::Published ? QVariant(now) : QVariant());
    q.addBindValue(now);
    q.addBindValue(before.id);
    if (!tx.exec(q))
        return false;
    QJsonObject after {{QStringLiteral("version"), before.version}, {QStringLiteral("state"), to}};
    if (toState == ResultState::Returned)
        after.insert(QStringLiteral("reviewComment"), comment.trimmed());
    if (!tx.recordChange(action, QStringLiteral("result"), auditId(row->planCode, row->entity, row->itemCode),
                         {{QStringLiteral("version"), before.version}, {QStringLiteral("state"), before.state}}, after))
        return false;
    return toState == ResultState::Published ? advancePlan(tx, row->planId) : true;
}

bool ResultRepository::submit(WriteTransaction& tx, qint64 resultId)
{
    return changeState(tx, resultId, QStringLiteral("submit"), ResultAction::Submit);
}

bool ResultRepository::review(WriteTransaction& tx, qint64 resultId)
{
    return changeState(tx, resultId, QStringLiteral("review"), ResultAction::Approve);
}

bool ResultRepository::returnForRework(WriteTransaction& tx, qint64 resultId, const QString& comment)
{
    if (comment.trimmed().isEmpty())
        return tx.fail(tr("Say why the result is returned, so that the clerk knows what to change."));
    return changeState(tx, resultId, QStringLiteral("return"), ResultAction::Return, comment);
}

bool ResultRepository::publish(WriteTransaction& tx, qint64 resultId)
{
    return changeState(tx, resultId, QStringLiteral("publish"), ResultAction::Publish);
}

bool ResultRepository::correct(WriteTransaction& tx, ResultVersion& version)
{
    if (!tx.ok())
        return false;
    const auto row = find(version.resultId);
    if (!row || !row->latest)
        return tx.fail(tr("The result no longer exists."));
    const ResultVersion& before = *row->latest;
    if (!before.isPublished())
        return tx.fail(tr("%1 is %2: only a published result is corrected by a new version; until then it is "
                          "edited or reviewed as it is.")
                           .arg(describe(*row), Vocabulary::resultStates().label(before.state)));
    version.version = before.version + 1;
    if (!checkVersion(tx, row->planId, row->entity, row->itemCode, version))
        return false;
    if (!insertVersion(tx, version))
        return false;
    return tx.recordChange(QStringLiteral("correct"), QStringLiteral("result"),
                           auditId(row->planCode, row->entity, row->itemCode), before.toJson(), version.toJson());
}

bool ResultRepository::advancePlan(WriteTransaction& tx, qint64 planId)
{
    PlanRepository plans(m_db);
    const auto plan = plans.find(planId);
    if (!plan)
        return tx.fail(tr("The plan no longer exists."));
    const auto status = PlanStatuses::fromKey(plan->status);
    if (status == PlanStatus::Drawn && !plans.setStatus(tx, planId, PlanStatuses::key(PlanStatus::Inspecting)))
        return false;
    if (status == PlanStatus::Completed)
        return true;
    // Completed when every visit × item has a published version: count, rather than read every result.
    qsizetype expected = 0;
    QSet<QString> pairs;
    for (const PlanVisit& visit : visits(planId))
        for (const QString& item : visit.items)
            pairs.insert(visit.entity + QLatin1Char('|') + item);
    expected = pairs.size();
    QSqlQuery& q = tx.prepare(
        QStringLiteral("SELECT r.entity, r.item_code FROM result r WHERE r.plan_id = ? AND EXISTS "
                       "(SELECT 1 FROM result_version v WHERE v.result_id = r.id AND v.state = 'published')"));
    q.addBindValue(planId);
    if (!tx.exec(q))
        return false;
    qsizetype published = 0;
    while (q.next())
        published += pairs.contains(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString()) ? 1 : 0;
    q.finish();
    if (expected > 0 && published == expected)
        return plans.setStatus(tx, planId, PlanStatuses::key(PlanStatus::Completed));
    return true;
}

// --- Follow-up visits and attachments -----------------------------------------------------------------------------

bool ResultRepository::addFollowUp(WriteTransaction& tx, FollowUpVisit& visit)
{
    if (!tx.ok())
        return false;
    const auto row = find(visit.resultId);
    if (!row || !row->latest)
        return tx.fail(tr("The result no longer exists."));
    const FieldErrors errors = visit.problems();
    if (!errors.isEmpty())
        return tx.fail(FollowUpVisit::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message);
    if (row->latest->inspectedTo.isValid() && visit.visitedOn < row->latest->inspectedTo)
        return tx.fail(tr("The follow-up visit (%1) cannot be before the inspection (%2).")
                           .arg(visit.visitedOn.toString(Qt::ISODate), row->latest->inspectedTo.toString(Qt::ISODate)));
    InspectorRepository inspectors(m_db);
    for (const QString& code : visit.inspectors) {
        if (!inspectors.findByCode(code))
            return tx.fail(tr("There is no inspector %1 in the registry.").arg(code));
    }
    const QString now = tx.utcNow();
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO result_follow_up (result_id, visited_on, inspectors, outcome, notes, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(visit.resultId);
    q.addBindValue(sqlDate(visit.visitedOn));
    q.addBindValue(jsonList(visit.inspectors));
    q.addBindValue(visit.outcome);
    q.addBindValue(sqlText(visit.notes));
    q.addBindValue(now);
    q.addBindValue(m_db.currentUser());
    if (!tx.exec(q))
        return false;
    visit.id = q.lastInsertId().toLongLong();
    visit.recordedAt = QDateTime::fromString(now, Qt::ISODate);
    visit.recordedBy = m_db.currentUser();
    return tx.recordChange(QStringLiteral("follow_up"), QStringLiteral("result"),
                           auditId(row->planCode, row->entity, row->itemCode), {}, visit.toJson());
}

QString ResultRepository::attachmentFolder() const
{
    const QString path = m_db.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return {};
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".files"));
}

QString ResultRepository::absolutePath(const Attachment& attachment) const
{
    const QString folder = attachmentFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(attachment.storedPath);
}

std::optional<Attachment> ResultRepository::attachment(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, result_id, file_name, stored_path, sha256, size, description, added_at, "
                             "added_by FROM result_attachment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return attachmentFromQuery(q);
}

AttachmentOpening ResultRepository::opening(const Attachment& attachment) const
{
    AttachmentOpening o;
    const QString name = attachment.fileName;
    const QString folder = QFileInfo(attachmentFolder()).canonicalFilePath();
    const QString path = QFileInfo(absolutePath(attachment)).canonicalFilePath(); // empty when it does not exist
    if (folder.isEmpty() || path.isEmpty() || !QFileInfo(path).isFile()) {
        o.message = tr("The attached file %1 is no longer beside the data file.").arg(name);
        return o;
    }
    if (!path.startsWith(folder + QLatin1Char('/'))) {
        o.message = tr("The attached file %1 is recorded outside the attachments folder %2; it is not opened.")
                        .arg(name, QDir::toNativeSeparators(folder));
        return o;
    }
    if (fileSha256(path) != attachment.sha256) {
        o.message = tr("The attached file %1 was changed after it was attached (its SHA-256 differs); it is not "
                       "opened. Use Check files to see which files changed.")
                        .arg(name);
        return o;
    }
    o.path = path;
    if (AttachmentOpening::runs(name) || AttachmentOpening::runs(path)) {
        o.verdict = AttachmentOpening::Verdict::ShowFolder;
        o.folder = QFileInfo(path).absolutePath();
        o.message = tr("%1 is a program or a script, or could run one: it is not opened from here. Open its folder "
                       "to see the file.")
                        .arg(name);
        return o;
    }
    o.verdict = AttachmentOpening::Verdict::Open;
    return o;
}

std::optional<Attachment> ResultRepository::addAttachment(WriteTransaction& tx, qint64 resultId,
                                                          const QString& sourceFile, const QString& description)
{
    const auto fail = [&tx](const QString& message) -> std::optional<Attachment> {
        tx.fail(message);
        return std::nullopt;
    };
    if (!tx.ok())
        return std::nullopt;
    const auto row = find(resultId);
    if (!row || !row->latest)
        return fail(tr("The result no longer exists."));
    const QString folder = attachmentFolder();
    if (folder.isEmpty())
        return fail(tr("Files can be attached only when the data is kept in a file."));
    const QFileInfo source(sourceFile);
    QFile in(sourceFile);
    if (!source.isFile() || !in.open(QIODevice::ReadOnly))
        return fail(tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(sourceFile)));
    const QString relativeDir = QString::number(resultId);
    QDir dir(folder);
    if (!dir.mkpath(relativeDir) || !dir.cd(relativeDir))
        return fail(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.filePath(relativeDir))));

    // Copy to a temporary name while hashing; the final name needs the hash.
    const QString temporary = dir.filePath(QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128));
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(temporary)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray buffer;
    bool copied = true;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFile::NoError) {
            copied = false;
            break;
        }
        hash.addData(buffer);
        size += buffer.size();
        if (out.write(buffer) != buffer.size()) {
            copied = false;
            break;
        }
    }
    copied = copied && out.flush();
    out.close();
    if (!copied) {
        QFile::remove(temporary);
        return fail(tr("The file %1 could not be copied beside the data file.").arg(source.fileName()));
    }

    Attachment a;
    a.resultId = resultId;
    a.fileName = source.fileName();
    a.sha256 = QString::fromLatin1(hash.result().toHex());
    a.size = size;
    a.description = description.trimmed();
    a.storedPath = relativeDir + QLatin1Char('/') + a.sha256.left(16) + QLatin1Char('-') + a.fileName;

    QSqlQuery& exists
        = tx.prepare(QStringLiteral("SELECT 1 FROM result_attachment WHERE result_id = ? AND stored_path = ?"));
    exists.addBindValue(resultId);
    exists.addBindValue(a.storedPath);
    if (!tx.exec(exists)) {
        QFile::remove(temporary);
        return std::nullopt;
    }
    if (exists.next()) {
        QFile::remove(temporary);
        return fail(tr("%1 is already attached to this result.").arg(a.fileName));
    }
    const QString target = dir.filePath(a.sha256.left(16) + QLatin1Char('-') + a.fileName);
    QFile::remove(target); // a copy left by a transaction that did not commit
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return fail(tr("The file %1 could not be stored beside the data file.").arg(a.fileName));
    }
    tx.onRollback([target] { QFile::remove(target); });

    const QString now = tx.utcNow();
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO result_attachment (result_id, file_name, stored_path, sha256, size, description, added_at, "
        "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(resultId);
    q.addBindValue(a.fileName);
    q.addBindValue(a.storedPath);
    q.addBindValue(a.sha256);
    q.addBindValue(a.size);
    q.addBindValue(sqlText(a.description));
    q.addBindValue(now);
    q.addBindValue(m_db.currentUser());
    if (!tx.exec(q))
        return std::nullopt;
    a.id = q.lastInsertId().toLongLong();
    a.addedAt = QDateTime::fromString(now, Qt::ISODate);
    a.addedBy = m_db.currentUser();
    if (!tx.recordChange(QStringLiteral("attach"), QStringLiteral("result"),
                         auditId(row->planCode, row->entity, row->itemCode), {}, a.toJson()))
        return std::nullopt;
    return a;
}

QList<AttachmentProblem> ResultRepository::checkAttachments(qint64 resultId) const
{
    QList<AttachmentProblem> problems;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, result_id, file_name, stored_path, sha256, size, description, added_at, "
                             "added_by FROM result_attachment WHERE ? = 0 OR result_id = ? ORDER BY id"));
    q.addBindValue(resultId);
    q.addBindValue(resultId);
    if (!q.exec())
        return problems;
    while (q.next()) {
        const Attachment a = attachmentFromQuery(q);
        const QString path = absolutePath(a);
        if (!QFileInfo(path).isFile()) {
            problems.append({a, path, true, {}});
            continue;
        }
        const QString actual = fileSha256(path);
        if (actual != a.sha256)
            problems.append({a, path, false, actual});
    }
    return problems;
}
