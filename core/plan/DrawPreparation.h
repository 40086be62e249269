// Builds a plan's draw request (without the seed) from the registries as they stand for the plan's period: the pool
// of each item and stratum, the inspectors, the exclusions, what was left out and why — and the live counts and
// problems the wizard shows before anything is frozen. Reads only; PlanDraw::freeze stores what it builds.
#pragma once

#include "DrawRequest.h"
#include "Entity.h"
#include "Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <optional>

class Database;

// An entity left out of the pools of some items, and why (stored with the frozen request, printed on the sheet).
struct EntityNote
{
    Q_DECLARE_TR_FUNCTIONS(EntityNote)

public:
    QString entity; // draw id
    QString code; // registry code
    QString name;
    QStringList items; // the codes of the items whose pools it left
    QString reason; // Vocabulary::drawLeftOutReasons(): "guard"
    QString plan; // the plan in which it was drawn for inspection
    QDate until; // the end of that plan's period

    // In the interface language, e.g. "Inspected recently: drawn in 昌教抽查〔2026〕1号 (period until 2026-03-31)".
    QString inWords() const;
    QJsonObject toJson() const;
    static EntityNote fromJson(const QJsonObject& object);
};

// An inspector of the registry who is not drawn as a certified member, and why: left out when not on duty, or
// drawn as not certified when the certificate is not valid on every day of the period.
struct InspectorNote
{
    Q_DECLARE_TR_FUNCTIONS(InspectorNote)

public:
    QString inspector; // registry code
    QString name;
    QString reason; // Vocabulary::drawLeftOutReasons(): "not_on_duty" or "uncertified"
    QString status; // Vocabulary::inspectorStatuses(), for not_on_duty
    QDate certFrom; // for uncertified: the certificate's validity, when there is a certificate number
    QDate certTo;

    bool isLeftOut() const { return reason == QLatin1String("not_on_duty"); }
    QString inWords() const;
    QJsonObject toJson() const;
    static InspectorNote fromJson(const QJsonObject& object);
};

// The live numbers of one stratum: its pool N, its share and the number k it selects (draw-spec §3).
struct StratumCount
{
    QString name;
    int pool = 0;
    std::optional<int> ratioBp;
    std::optional<int> count;
    int selected = 0;
    int leftOut = 0; // entities of the item's scope left out of this stratum by the over-inspection guard
};

struct ItemCount
{
    qint64 itemId = 0;
    QString itemCode;
    QString itemName;
    QString scopeInWords; // PlanItemScope::conditionsInWords
    QList<StratumCount> strata;

    int pool() const;
    int selected() const;
};

// A reason the plan cannot be frozen (blocking) or a warning the clerk should read, in the interface language.
struct PlanProblem
{
    bool blocking = true;
    QString field; // a Plan field, "items.<i>…", "inspectors" or "entities"
    QString message;
};

struct PoolSummary
{
    QList<ItemCount> items;
    // Visits are distinct entities (one entity drawn by several items is one visit): how many the draw will make
    // at least and at most, before the seed decides.
    int visitsMin = 0;
    int visitsMax = 0;
    int seats = 0; // visitsMax × team size
    int inspectorsNeeded = 0; // visitsMax × team size × backup factor: places drawn, members and backups
    int inspectorsMinimum = 0; // distinct inspectors the teams need at least: team size, or seats / max teams
    int certifiedMinimum = 0; // likewise for certified members
    int inspectorsEligible = 0; // on duty, in the request
    int certifiedEligible = 0; // of those, certified for the whole period
    int inspectorsLeftOut = 0; // not on duty
    QList<PlanProblem> problems; // blocking ones first

    bool canFreeze() const;
    QStringList blockingMessages() const;
    QStringList warnings() const;
};

struct PreparedDraw
{
    DrawRequest request; // seed empty
    QList<EntityNote> entityNotes;
    QList<InspectorNote> inspectorNotes;
    PoolSummary summary;
};

class DrawPreparation final
{
    Q_DECLARE_TR_FUNCTIONS(DrawPreparation)

public:
    // Pools: per item, the active entities (status 正常) of the item's categories, narrowed by the conditions of a
    // directed draw; an entity blacklisted during the period goes to the blacklist stratum, the others to their
    // risk class (or `normal`). With the guard on, an entity visited in the standing draw of another plan whose
    // period ended within guardMonths before this period starts (or later) leaves the other strata, with a note.
    // Ids (Entity::drawId) in registry code order. Inspectors: on duty, in registry code order; certified when the
    // certificate is valid on every day of the period. Exclusions: conflicts in force during the period, and with
    // rotation the members of the entity's team in its previous plan (the latest one starting before this one).
    // Always returns the summary; the request is usable when summary.canFreeze().
    static PreparedDraw prepare(Database& db, const Plan& plan);
    static PoolSummary summary(Database& db, const Plan& plan) { return prepare(db, plan).summary; }

    // The entity a draw id names: the credit code, or the registry code of an entity without one.
    static std::optional<Entity> findEntity(Database& db, const QString& drawId);

    static QJsonArray toJson(const QList<EntityNote>& notes);
    static QJsonArray toJson(const QList<InspectorNote>& notes);
    static QList<EntityNote> entityNotesFromJson(const QJsonArray& array);
    static QList<InspectorNote> inspectorNotesFromJson(const QJsonArray& array);
};
