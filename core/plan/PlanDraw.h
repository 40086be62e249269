// The draw ceremony of a plan, step by step, each step one audited transaction: freeze the request, store the
// seed the witnesses rolled, compute and store the result, void an attempt with a reason, substitute an inspector
// who cannot attend; and the published record of the draw (draw-spec §6). Nothing stored here is ever changed.
#pragma once

#include "DrawEngine.h"
#include "DrawPreparation.h"
#include "DrawRequest.h"
#include "PlanVisit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <functional>
#include <optional>

class Database;
class WriteTransaction;

// A stored substitution with the user who recorded it.
struct RecordedSubstitution
{
    DrawSubstitution substitution;
    QString by;
};

// One draw attempt: the seed (stored first), then its outcome (a result, or the engine's refusal), and a void.
struct DrawAttempt
{
    qint64 id = 0;
    qint64 planId = 0;
    int number = 0; // 1, 2 … within the plan
    QString seed;
    QList<SeedPart> seedParts;
    QDateTime seededAt;
    QString seededBy;

    bool computed = false; // an outcome is stored
    std::optional<DrawResult> result; // when the draw succeeded
    QString failure; // when the engine refused (e.g. no team possible for an entity)
    QDateTime drawnAt;
    QString drawnBy;

    bool voided = false;
    QString voidReason;
    QDateTime voidedAt;
    QString voidedBy;
    QString voidConfirmedBy; // the second user who confirmed the void; empty for voids before data version 7

    QList<RecordedSubstitution> substitutions; // in the order they were made

    bool isStanding() const { return !voided; }
    bool hasResult() const { return result.has_value(); }
};

// A public number the seed will include, named when the plan is frozen (docs/seed-parts.md): the source (e.g.
// 中国福利彩票“双色球”) and the date of its draw, after the day of freezing, so that nobody knows it then.
struct PublicSeedSource
{
    QString name;
    QDate date;
    bool operator==(const PublicSeedSource& other) const = default;
};

// The frozen request of a plan: the request without its seed, its hash, and what was left out and why.
struct FrozenRequest
{
    qint64 planId = 0;
    DrawRequest request;
    QString hash; // DrawJson::frozenRequestHash, printed on the pre-draw sheet
    QList<EntityNote> entityNotes;
    QList<InspectorNote> inspectorNotes;
    QDateTime frozenAt;
    QString frozenBy;
    std::optional<PublicSeedSource> publicSource; // named at freezing, if any
    // Item code → the version of the item at freezing (data version 12; empty for plans frozen before, whose items
    // had no checklists). The plan's checklists are these versions' (PlanChecklist).
    QHash<QString, int> itemVersions;
};

class PlanDraw final
{
    Q_DECLARE_TR_FUNCTIONS(PlanDraw)

public:
    static constexpr int MinSeedDigits = DrawJson::MinSeedDigits;

    explicit PlanDraw(Database& db);

    // The clock the ceremony's times are read from (freeze, seed, draw, void, substitution): the system's unless
    // told. The demo uses it to hold its finished plan's draw before the plan's visits, and tests to draw on a
    // known day; the audit entries keep the real time.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Builds the request (DrawPreparation) and stores it with its hash and notes; the plan becomes frozen and its
    // scope can no longer change. Refuses a plan that is not a draft or has a blocking problem (all are listed).
    // With a public source, every seed of the plan must end with that source's number (publicSourceProblem).
    bool freeze(qint64 planId, QString* error, const std::optional<PublicSeedSource>& publicSource = std::nullopt);
    // What is wrong with a public source named at freezing on `today`, or empty: a name (at most 60 characters,
    // one line) and a draw date after today.
    static QString publicSourceProblem(const PublicSeedSource& source, const QDate& today);
    // The digits of a public number as typed (e.g. 双色球 "03 09 14 22 27 31 + 08"): spaces, +, commas, 、 and -
    // between the numbers are dropped, anything else but 0–9 is refused (`problem` says what). Balls keep their
    // leading zeros, in the order the source publishes them.
    static QString publicDigits(const QString& typed, QString* problem);
    // The sentence for a seed that cannot be completed yet because the public number is not drawn before `date`.
    // Empty when the source is drawn on or before `today`.
    static QString publicNumberNotYetText(const PublicSeedSource& source, const QDate& today);
    std::optional<FrozenRequest> frozenRequest(qint64 planId) const;

    // What is wrong with these seed parts, or empty: each part has decimal digits only, a witness part names one
    // of the witnesses, and the seed they make meets DrawJson::seedProblem (at least 20 digits). When the plan
    // named a public source at freezing, the last part is that source's number (same name and date) and no other
    // part is public; without one, no part is public.
    static QString seedProblem(const QList<SeedPart>& parts, const QList<Witness>& witnesses,
                               const std::optional<PublicSeedSource>& publicSource = std::nullopt);
    // The parts in words, for the sheets and the published pages: 见证人王建国掷骰 9482199351；机选 …；
    // 中国福利彩票“双色球” 2026年12月8日开奖号码 0309142227310 8.
    static QString describe(const QList<SeedPart>& parts);
    // Where the seed will come from, for the pre-draw sheet: the witnesses' dice or 机选, then the public number
    // named at freezing, if any.
    static QString seedSourceText(const std::optional<PublicSeedSource>& publicSource);
    // The refusal of a void without a reason.
    static QString noVoidReasonText();
    // The refusal of a void that no second user confirmed (the four-eyes rule).
    static QString noConfirmationText();
    // The seed: every part's digits joined in order.
    static QString seedOf(const QList<SeedPart>& parts);
    // n decimal digits from the operating system's CSPRNG (QRandomGenerator::system()).
    static QString systemDigits(int n);
    // Why `seed` may not be the seed of a new attempt of the plan, or empty: a seed of an earlier attempt of the
    // same plan (voided or not) is never used again, since it gives the same draw from the same frozen request.
    QString seedReuseProblem(qint64 planId, const QString& seed) const;
    // The attempts of OTHER plans with this seed, as "plan code (attempt n)": allowed, since another frozen request
    // gives another draw, but flagged (the wizard shows it, the seed's audit entry keeps it).
    QStringList seedUsedElsewhere(qint64 planId, const QString& seed) const;
    // Stores a new attempt with its seed, before anything is computed. Refuses unless the plan is frozen and
    // every earlier attempt is voided (a seed without a result must be drawn or voided first), and refuses a
    // seed an earlier attempt of the plan had (seedReuseProblem).
    std::optional<DrawAttempt> addSeed(qint64 planId, const QList<SeedPart>& parts, QString* error);

    // Computes the attempt with DrawEngine from the stored request and seed and stores the outcome; the plan
    // becomes drawn. Deterministic: an attempt whose outcome was not stored (a crash after the seed) is computed
    // again; one already computed returns its stored result. When the engine refuses, the refusal is stored,
    // returned as the error, and the attempt must be voided before a new seed.
    std::optional<DrawResult> draw(qint64 attemptId, QString* error);
    // Voids an attempt with a reason (required) and the name of the second user who confirmed it (required; their
    // role and password are PlanOperations::voidDraw's to check); it stays on the record. A drawn plan returns to
    // frozen so that a new seed can be added. Refused once the inspections have begun.
    bool voidAttempt(qint64 attemptId, const QString& reason, const QString& confirmedBy, QString* error);
    // Member `outCode` of the team for `entity` (a draw id) cannot attend: the engine's rule (draw-spec §5)
    // picks the replacement, extending the backups with the next of the draw order when none is left.
    // `alongside` (if given) writes what belongs with the substitution in the same transaction (a granted recusal,
    // Recusal.h); when it fails, nothing is stored.
    std::optional<DrawSubstitution>
    substitute(qint64 attemptId, const QString& entity, const QString& outCode, const QString& reason, QString* error,
               const std::function<bool(WriteTransaction&, const DrawSubstitution&)>& alongside = {});

    std::optional<DrawAttempt> attempt(qint64 attemptId) const;
    // The attempt that is not voided (with or without its outcome), if any.
    std::optional<DrawAttempt> currentAttempt(qint64 planId) const;
    // Every attempt of the plan, voided ones included, by number.
    QList<DrawAttempt> attempts(qint64 planId) const;
    // The team of an entity in an attempt after its substitutions (members, backups, struck out, draw order O).
    std::optional<DrawTeamState> teamNow(qint64 attemptId, const QString& entity, QString* error) const;

    // The published record (draw-spec §6): the frozen request with the standing attempt's seed, its result and
    // substitutions, and every voided attempt (seed, time voided, reason). Needs a standing result.
    std::optional<DrawRecord> publishedRecord(qint64 planId, QString* error) const;
    std::optional<QByteArray> publishedRecordJson(qint64 planId, QString* error) const;
    // The visits of the standing draws of every plan other than exceptPlanId (0 = all), by plan code and visit.
    // Reads only the stored results and substitutions, not the (possibly large) requests.
    QList<PlanVisit> standingVisits(qint64 exceptPlanId = 0) const;

private:
    std::optional<DrawRecord> recordOf(const DrawAttempt& attempt, QString* error) const;
    QList<DrawAttempt> loadAttempts(const QString& where, qint64 id) const;
    QDateTime now() const;
    QString nowText() const;

    Database& m_db;
    Clock m_clock;
};
