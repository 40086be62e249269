// Reads and writes the results of a plan's visits (R8): one result per visit × item, its versions through review
// (录入 → 待审核 → 已审核 | 退回 → 已公示), corrections as new versions, follow-up visits and attached files. Writes
// take the caller's WriteTransaction and record their audit entry there; the plan's status follows the results.
#pragma once

#include "PlanDraw.h"
#include "Result.h"
#include "ResultState.h"

#include <QCoreApplication>
#include <optional>

class Database;
class WriteTransaction;

// One visit × item of a plan's standing draw with its result, if any.
struct ResultRow
{
    qint64 resultId = 0; // 0: no result recorded yet
    qint64 planId = 0;
    QString planCode;
    QString entity; // draw id
    QString itemCode;
    QStringList team; // the standing team after substitutions
    std::optional<ResultVersion> latest; // the newest version
    std::optional<ResultVersion> published; // the newest published version (what the website shows)

    bool hasResult() const { return resultId > 0; }
};

class ResultRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ResultRepository)

public:
    explicit ResultRepository(Database& db);

    // --- Writing the result of a visit ---
    // Records version 1 of the result for (plan, entity, item): only for a visit of the plan's standing draw and an
    // item of that visit, only once, and only when the version passes ResultVersion::problems(). Sets the ids. The
    // first result of a drawn plan makes it 'inspecting'.
    bool create(WriteTransaction& tx, qint64 planId, const QString& entity, const QString& itemCode,
                ResultVersion& version);
    // Saves the recorded fields of the latest version (version.resultId); only while it is entered or returned.
    bool update(WriteTransaction& tx, const ResultVersion& version);
    // entered | returned → submitted.
    bool submit(WriteTransaction& tx, qint64 resultId);
    // submitted → reviewed (by the current user).
    bool review(WriteTransaction& tx, qint64 resultId);
    // submitted → returned, with the reviewer's comment (required).
    bool returnForRework(WriteTransaction& tx, qint64 resultId, const QString& comment);
    // reviewed → published (published_at set). When every visit × item of the plan has a published result, an
    // inspecting plan becomes 'completed'.
    bool publish(WriteTransaction& tx, qint64 resultId);
    // A published result is corrected by a new version (number + 1, state entered, the reason required), which goes
    // through the same states; the published version stays as it is. Sets the new version's ids.
    bool correct(WriteTransaction& tx, ResultVersion& version);

    // --- Follow-up visits and attachments (append-only) ---
    // Needs a date not before the inspection and inspectors of the registry. Sets the id.
    bool addFollowUp(WriteTransaction& tx, FollowUpVisit& visit);
    // Copies the file into attachmentFolder()/<result id>/<sha256 prefix>-<original name> (first to a temporary
    // name, then renamed) and records its name, path, SHA-256 and size. If the transaction does not commit, the
    // copied file is removed again. Needs a database in a file.
    std::optional<Attachment> addAttachment(WriteTransaction& tx, qint64 resultId, const QString& sourceFile,
                                            const QString& description);
    // "<database file>.files" beside the database; empty for a database in memory.
    QString attachmentFolder() const;
    QString absolutePath(const Attachment& attachment) const;
    std::optional<Attachment> attachment(qint64 id) const;
    // Whether the attachment's file may be opened now: checked afresh each time (see AttachmentOpening).
    AttachmentOpening opening(const Attachment& attachment) const;
    // The attachments (of one result, or all with 0) whose file is missing or whose hash differs.
    QList<AttachmentProblem> checkAttachments(qint64 resultId = 0) const;

    // --- Reading ---
    // Every visit × item of the plan's standing draw, in the draw's visit order and the visit's item order, with
    // the latest and the latest published version of its result; rows without a result are the visits still to
    // be recorded. Empty when the plan has no standing draw.
    QList<ResultRow> planResults(qint64 planId) const;
    // The rows of planResults() that have a published version.
    QList<ResultRow> publishedResults(qint64 planId) const;
    std::optional<ResultRow> find(qint64 resultId) const;
    // Every version of a result, oldest first.
    QList<ResultVersion> history(qint64 resultId) const;
    std::optional<ResultVersion> latestVersion(qint64 resultId) const;
    QList<FollowUpVisit> followUps(qint64 resultId) const;
    QList<Attachment> attachments(qint64 resultId) const;

    // The visits of the plan's standing draw with their teams after substitutions.
    QList<PlanVisit> visits(qint64 planId) const;
    // The team of a visit for ResultVersion::problems(): members, and those certified (Inspector::isCertifiedOn) on
    // every inspection date — a date not given is replaced by the day of the draw, else today
    // (Inspector::certificateDate). The result dialog marks （持证） from it too.
    ResultVersion::Team teamFor(const PlanVisit& visit, QDate from, QDate to) const;
    // What the plan's inspection dates are checked against: the local day of its standing draw, its period, today.
    ResultVersion::DateLimits dateLimits(qint64 planId) const;
    // Why no result of the plan may be recorded now (its inspections are not approved); empty when they may.
    QString approvalProblem(qint64 planId) const;

private:
    bool checkVersion(WriteTransaction& tx, qint64 planId, const QString& entity, const QString& itemCode,
                      const ResultVersion& version);
    bool insertVersion(WriteTransaction& tx, ResultVersion& version);
    // Moves the latest version as ResultStates::transition(resultAction) says; `action` names the audit entry.
    bool changeState(WriteTransaction& tx, qint64 resultId, const QString& action, ResultAction resultAction,
                     const QString& comment = {});
    bool advancePlan(WriteTransaction& tx, qint64 planId);
    QString describe(const ResultRow& row) const;

    Database& m_db;
};
