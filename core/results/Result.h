// The result of one visit for one item (检查结果, R8) as the clerk records it, version by version, with the rules a
// version must meet before it is stored; and the follow-up visits and attached files that belong to a result.
#pragma once

#include "Checklist.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// One version of a result. Version 1 is the first record; each correction of a published version is a new version
// with a reason, and the old one stays. A version is edited only while it is entered or returned.
struct ResultVersion
{
    Q_DECLARE_TR_FUNCTIONS(ResultVersion)

public:
    qint64 id = 0; // result_version.id
    qint64 resultId = 0;
    int version = 1;
    QString correctionReason; // required from version 2 on
    QDate inspectedFrom;
    QDate inspectedTo;
    QStringList members; // inspector codes of the team members actually present
    QStringList categories; // keys of Vocabulary::resultCategories(); several may apply
    QString findings;
    QString followUp = QStringLiteral("none"); // Vocabulary::followUpMeasures()
    QString caseNumber; // 立案查处: the case number
    QDate rectifyBy; // 责令限期整改: the deadline
    QString remarks;
    // The conclusion per check point, in the points' order; empty for a result recorded without them (every result
    // before data version 12, and items without a checklist).
    QList<PointConclusion> checkPoints;
    QString state = QStringLiteral("entered"); // Vocabulary::resultStates()
    QString reviewComment; // the reason given when it was returned
    QString reviewedBy;
    QDateTime reviewedAt;
    QDateTime publishedAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;

    // The team and who of it is certified on the inspection dates, against which members are checked.
    struct Team
    {
        QStringList members; // the standing team of the visit, after substitutions
        QStringList certified; // those of them holding a certificate valid on every inspection date
    };

    // What the inspection dates are checked against: the day of the plan's standing draw, the plan's period and
    // today. An invalid date is not checked.
    struct DateLimits
    {
        QDate drawnOn; // the local date of the standing draw
        QDate periodFrom;
        QDate periodTo;
        QDate today = QDate::currentDate();
        QDate approvedOn {}; // the day its inspections were approved (InspectionApproval); none before data version 10
    };

    // The policy's team on site (§4): at least two present, and at least one certified.
    static constexpr int MinMembersPresent = 2;
    static constexpr int MinCertifiedPresent = 1;

    // Every rule of the clerk's form: dates given and in order; at least one category, all known, 未发现问题 alone;
    // findings when a problem was found; a known follow-up measure, none for 未发现问题 and 责令限期整改 for
    // 发现问题已责令整改; a case number for 立案查处; a deadline after the inspection for 责令限期整改; present
    // members from the team, at least two, at least one certified; a reason for a correction. Fields as fields().
    FieldErrors problems(const Team& team) const;
    // The same, and the dates against the plan: neither date after today (a result records a visit that took
    // place) nor before the draw (nobody knew whom to visit before it). Fields as fields().
    FieldErrors problems(const Team& team, const DateLimits& limits) const;
    // What may be right but deserves a second look: a date outside the plan's period (a visit may slip). Saving is
    // allowed; the form shows it.
    FieldErrors warnings(const DateLimits& limits) const;

    static constexpr int MaxPointNote = 500;
    // The conclusions against the plan's checklist of the item (field "checkPoints"): none at all, or one for each
    // point, each with a known outcome and a note of at most MaxPointNote characters; a 不符合 point leaves no room
    // for 未发现问题, and needs the findings written (findingsFrom gives the default text). Conclusions for an item
    // without a checklist are refused.
    FieldErrors checkPointProblems(const QList<CheckPoint>& checklist) const;
    bool hasNonconformingPoint() const;
    // The findings the 不符合 points say, one a line: "第3项 办学许可证是否在有效期内：不符合。许可证已过期". Empty
    // when none.
    QString findingsFrom(const QList<CheckPoint>& checklist) const;
    static QString checkPointsToStorage(const QList<PointConclusion>& points);
    static QList<PointConclusion> checkPointsFromStorage(const QString& text);

    // The state as a type is ResultStates::fromKey(state) (ResultState.h); these two ask it.
    bool isEditable() const;
    bool isPublished() const;
    // A category other than 未发现问题 that says a problem was found (not 无法联系 / 已停办 / 未开展, which say
    // that nothing could be inspected).
    bool foundProblem() const;
    static bool isProblemCategory(const QString& key);

    // The categories and the follow-up in Chinese, for printouts and the archive: "未发现问题", "a；b".
    QString categoriesText() const;

    QJsonObject toJson() const; // the recorded fields, as the audit entries hold them
    static QString fieldLabel(const QString& field);
    static QStringList fields();
};

// A follow-up visit (整改回访) after a rectification order: who went, when, and what they found. Append-only.
struct FollowUpVisit
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpVisit)

public:
    qint64 id = 0;
    qint64 resultId = 0;
    QDate visitedOn;
    QStringList inspectors; // inspector codes
    QString outcome; // Vocabulary::followUpOutcomes()
    QString notes;
    QDateTime recordedAt;
    QString recordedBy;

    // A date, at least one inspector, a known outcome. (That the date is not before the inspection and the
    // inspectors are in the registry is checked by the repository, which knows them.)
    FieldErrors problems() const;
    QJsonObject toJson() const;
    static QString fieldLabel(const QString& field);
};

// A file attached to a result (photo, record of the inspection), copied beside the database with its SHA-256.
struct Attachment
{
    qint64 id = 0;
    qint64 resultId = 0;
    QString fileName; // the original name
    QString storedPath; // relative to the attachment folder: "<result id>/<sha256 prefix>-<original name>"
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0;
    QString description;
    QDateTime addedAt;
    QString addedBy;

    QJsonObject toJson() const;
};

// Whether an attachment's stored file may be handed to the system to open (ResultRepository::opening). Only a file
// that lies inside the attachments folder (its canonical path: no "..", no link out), still has the SHA-256 recorded
// when it was attached, and is not of a type the system would run (AttachmentOpening::runs) is opened; a program or
// script is shown in its folder instead, where the clerk sees what it is.
struct AttachmentOpening
{
    enum class Verdict { Open, ShowFolder, Refused };
    Verdict verdict = Verdict::Refused;
    QString path; // the canonical path of the file (Open, ShowFolder)
    QString folder; // the folder that holds it (ShowFolder)
    QString message; // why it is not opened (ShowFolder, Refused)

    // True for a name the system would run or that could run code when opened (.exe, .bat, .js, .lnk, .html, …),
    // judged as Windows does: by the last suffix, after trailing dots and spaces.
    static bool runs(const QString& fileName);
    static const QStringList& runningSuffixes();
};

// An attachment whose stored file is gone or no longer has the recorded hash.
struct AttachmentProblem
{
    Attachment attachment;
    QString absolutePath;
    bool missing = false; // false: the file is there but its content changed
    QString actualSha256;
};
