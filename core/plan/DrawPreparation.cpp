#include "DrawPreparation.h"

#include "ConflictRepository.h"
#include "Database.h"
#include "DrawEngine.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "PlanRepository.h"
#include "PlanVisit.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace {

// One visit of an entity in the standing draw of another plan, and the team that made it.
struct PastVisit
{
    QString planCode;
    QDate periodFrom;
    QDate periodTo;
    QStringList members; // after substitutions
};

bool blacklistedDuring(const Entity& e, QDate from, QDate to)
{
    if (!e.blacklisted)
        return false;
    if (e.blacklistFrom.isValid() && to.isValid() && e.blacklistFrom > to)
        return false;
    if (e.blacklistTo.isValid() && from.isValid() && e.blacklistTo < from)
        return false;
    return true;
}

bool anyTag(const Entity& e, const QStringList& tags)
{
    for (const QString& tag : tags)
        if (e.tags.contains(tag.trimmed()))
            return true;
    return false;
}

// The visits of an entity: under its draw id, or under its registry code when it got a credit code later.
QList<PastVisit> visitsOf(const QHash<QString, QList<PastVisit>>& visits, const Entity& e)
{
    QList<PastVisit> list = visits.value(e.drawId());
    if (e.drawId() != e.code)
        list += visits.value(e.code);
    return list;
}

int divideUp(qint64 a, qint64 b)
{
    return b <= 0 ? 0 : int((a + b - 1) / b);
}

} // namespace

// --- notes ----------------------------------------------------------------------------------------------------

QString EntityNote::inWords() const
{
    if (reason == QLatin1String("guard"))
        return tr("%1: drawn in %2 (period until %3)")
            .arg(Vocabulary::drawLeftOutReasons().label(reason), plan, until.toString(Qt::ISODate));
    return Vocabulary::drawLeftOutReasons().label(reason);
}

QJsonObject EntityNote::toJson() const
{
    return {
        {QStringLiteral("entity"), entity},
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("items"), QJsonArray::fromStringList(items)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("until"), until.toString(Qt::ISODate)},
    };
}

EntityNote EntityNote::fromJson(const QJsonObject& o)
{
    EntityNote n;
    n.entity = o.value(QStringLiteral("entity")).toString();
    n.code = o.value(QStringLiteral("code")).toString();
    n.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray())
        n.items << v.toString();
    n.reason = o.value(QStringLiteral("reason")).toString();
    n.plan = o.value(QStringLiteral("plan")).toString();
    n.until = QDate::fromString(o.value(QStringLiteral("until")).toString(), Qt::ISODate);
    return n;
}

QString InspectorNote::inWords() const
{
    const QString word = Vocabulary::drawLeftOutReasons().label(reason);
    if (reason == QLatin1String("not_on_duty"))
        return tr("%1 (%2)").arg(word, Vocabulary::inspectorStatuses().label(status));
    if (reason == QLatin1String("uncertified") && (certFrom.isValid() || certTo.isValid()))
        return tr("%1: certificate valid %2 to %3")
            .arg(word, certFrom.isValid() ? certFrom.toString(Qt::ISODate) : tr("(open)"),
                 certTo.isValid() ? certTo.toString(Qt::ISODate) : tr("(open)"));
    return word;
}

QJsonObject InspectorNote::toJson() const
{
    QJsonObject o {
        {QStringLiteral("inspector"), inspector}, {QStringLiteral("name"), name}, {QStringLiteral("reason"), reason}};
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    if (certFrom.isValid())
        o.insert(QStringLiteral("certFrom"), certFrom.toString(Qt::ISODate));
    if (certTo.isValid())
        o.insert(QStringLiteral("certTo"), certTo.toString(Qt::ISODate));
    return o;
}

InspectorNote InspectorNote::fromJson(const QJsonObject& o)
{
    InspectorNote n;
    n.inspector = o.value(QStringLiteral("inspector")).toString();
    n.name = o.value(QStringLiteral("name")).toString();
    n.reason = o.value(QStringLiteral("reason")).toString();
    n.status = o.value(QStringLiteral("status")).toString();
    n.certFrom = QDate::fromString(o.value(QStringLiteral("certFrom")).toString(), Qt::ISODate);
    n.certTo = QDate::fromString(o.value(QStringLiteral("certTo")).toString(), Qt::ISODate);
    return n;
}

QJsonArray DrawPreparation::toJson(const QList<EntityNote>& notes)
{
    QJsonArray array;
    for (const EntityNote& n : notes)
        array.append(n.toJson());
    return array;
}

QJsonArray DrawPreparation::toJson(const QList<InspectorNote>& notes)
{
    QJsonArray array;
    for (const InspectorNote& n : notes)
        array.append(n.toJson());
    return array;
}

QList<EntityNote> DrawPreparation::entityNotesFromJson(const QJsonArray& array)
{
    QList<EntityNote> notes;
    for (const QJsonValue& v : array)
        notes.append(EntityNote::fromJson(v.toObject()));
    return notes;
}

QList<InspectorNote> DrawPreparation::inspectorNotesFromJson(const QJsonArray& array)
{
    QList<InspectorNote> notes;
    for (const QJsonValue& v : array)
        notes.append(InspectorNote::fromJson(v.toObject()));
    return notes;
}

// --- counts ---------------------------------------------------------------------------------------------------

int ItemCount::pool() const
{
    int n = 0;
    for (const StratumCount& s : strata)
        n += s.pool;
    return n;
}

int ItemCount::selected() const
{
    int n = 0;
    for (const StratumCount& s : strata)
        n += s.selected;
    return n;
}

bool PoolSummary::canFreeze() const
{
    return std::none_of(problems.begin(), problems.end(), [](const PlanProblem& p) { return p.blocking; });
}

QStringList PoolSummary::blockingMessages() const
{
    QStringList list;
    for (const PlanProblem& p : problems)
        if (p.blocking)
            list << p.message;
    return list;
}

QStringList PoolSummary::warnings() const
{
    QStringList list;
    for (const PlanProblem& p : problems)
        if (!p.blocking)
            list << p.message;
    return list;
}

// --- preparation ----------------------------------------------------------------------------------------------

std::optional<Entity> DrawPreparation::findEntity(Database& db, const QString& drawId)
{
    EntityRepository entities(db);
    if (auto e = entities.findByCreditCode(drawId))
        return e;
    auto e = entities.findByCode(drawId);
    if (e && e->creditCode.isEmpty())
        return e;
    return std::nullopt;
}

namespace {

// One preparation of a plan's draw, phase by phase: what the other plans' draws say about each entity, the pools of
// each item, the inspectors, the exclusions, and whether the teams can be made.
class Preparation final
{
public:
    Preparation(Database& db, const Plan& plan)
        : m_db(db)
        , m_plan(plan)
        , m_from(plan.periodFrom)
        , m_to(plan.periodTo)
        , m_period(m_from.isValid() && m_to.isValid() && m_from <= m_to)
    { }

    PreparedDraw run()
    {
        m_out.request.plan = m_plan.code.trimmed();
        m_out.request.teams = {m_plan.teamSize, m_plan.minCertified, m_plan.backupFactor, m_plan.maxTeamsPerInspector};
        readRegistries();
        drawPools();
        readInspectors();
        findExclusions();
        checkTeams();
        if (!m_plan.items.isEmpty() && m_drawable.isEmpty())
            block(QStringLiteral("items"), DrawPreparation::tr("Every pool is empty: there is nothing to draw."));
        if (m_blocking.isEmpty()) {
            const QString problem = DrawJson::requestProblem(m_out.request, DrawJson::Seed::Absent);
            if (!problem.isEmpty())
                block(QStringLiteral("request"), problem);
        }
        m_out.summary.problems = m_blocking + m_warnings;
        return std::move(m_out);
    }

private:
    void block(const QString& field, const QString& message) { m_blocking.append({true, field, message}); }
    void warn(const QString& field, const QString& message) { m_warnings.append({false, field, message}); }

    // What the standing draws of the other plans say about each entity; the active entities; the townships.
    void readRegistries()
    {
        for (const PlanVisit& v : PlanVisit::standing(m_db, m_plan.id))
            m_visits[v.entity].append({v.planCode, v.periodFrom, v.periodTo, v.members});
        for (const Entity& e : EntityRepository(m_db).list({}, QStringLiteral("code")))
            if (e.isActive())
                m_active.append(e);
        for (const Township& t : TownshipRepository(m_db).list(true))
            m_townships.insert(t.id, t.name);
        for (const Entity& e : std::as_const(m_active))
            m_entityById.insert(e.drawId(), &e);
        // Over-inspection guard: visits whose period ends on or after this day are too recent.
        if (m_plan.guardMonths > 0 && m_from.isValid())
            m_guardSince = m_from.addMonths(-m_plan.guardMonths);
    }

    // The latest visit of an entity that is too recent for the over-inspection guard.
    std::optional<PastVisit> recentVisit(const Entity& e) const
    {
        if (!m_guardSince.isValid())
            return std::nullopt;
        std::optional<PastVisit> latest;
        for (const PastVisit& v : visitsOf(m_visits, e))
            if (v.periodTo >= m_guardSince && (!latest || v.periodTo > latest->periodTo))
                latest = v;
        return latest;
    }

    // The pools of every item, their counts, and the plan's problems judged with the pool sizes.
    void drawPools()
    {
        ItemRepository items(m_db);
        QList<QHash<QString, int>> poolSizes;
        Plan checked = m_plan; // judged with the items as the item list has them now, not as the caller copied them
        int selectedTotal = 0;
        PoolSummary& sum = m_out.summary;
        for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
            const PlanItemScope& scope = m_plan.items[i];
            const QString itemField = QStringLiteral("items.%1").arg(i);
            poolSizes.append(QHash<QString, int>());
            const auto item = items.find(scope.itemId);
            if (!item) {
                if (scope.itemId > 0)
                    block(itemField, DrawPreparation::tr("The item chosen as no. %1 no longer exists.").arg(i + 1));
                continue;
            }
            checked.items[i].itemCode = item->code;
            checked.items[i].itemName = item->name;
            checked.items[i].itemMinRatioBp = item->minRatioBp;
            checked.items[i].itemCategories = item->categories;
            checked.items[i].itemObjectKinds = item->objectKindsText();
            if (m_period && !(item->isInForceOn(m_from) && item->isInForceOn(m_to)))
                block(itemField,
                      DrawPreparation::tr("%1: the item is not in force for the whole inspection period.")
                          .arg(item->code));

            QHash<QString, int> guarded;
            const QHash<QString, QStringList> ids = poolIds(*item, scope, &guarded);
            DrawItem drawItem {item->code, {}};
            ItemCount count {item->id, item->code, item->name, scope.conditionsInWords(m_townships), {}};
            for (const PlanStratum& s : scope.strata) {
                DrawStratum stratum {s.name, s.ratioBp, s.count, ids.value(s.name)};
                const int selected = int(DrawEngine::sampleSize(stratum));
                count.strata.append(
                    {s.name, int(stratum.ids.size()), s.ratioBp, s.count, selected, guarded.value(s.name)});
                poolSizes[i].insert(s.name, int(stratum.ids.size()));
                for (const QString& id : std::as_const(stratum.ids))
                    m_drawable.insert(id);
                drawItem.strata.append(stratum);
            }
            if (count.pool() == 0)
                warn(
                    itemField,
                    DrawPreparation::tr("%1: the pool is empty; nothing will be drawn for this item.").arg(item->code));
            sum.visitsMin = std::max(sum.visitsMin, count.selected());
            selectedTotal += count.selected();
            sum.items.append(count);
            m_out.request.items.append(drawItem);
        }
        sum.visitsMax = std::min(selectedTotal, int(m_drawable.size()));

        for (const FieldError& e : checked.problems(poolSizes)) {
            const QString message = e.field.startsWith(QLatin1String("items."))
                ? e.message
                : Plan::fieldLabel(e.field) + QStringLiteral(": ") + e.message;
            block(e.field, message);
        }
    }

    // Whether an entity of the item's categories and ownerships is in the scope of a directed draw.
    bool meetsConditions(const Entity& e, const PlanConditions& c, bool blacklisted) const
    {
        if (!c.ownerships.isEmpty() && !c.ownerships.contains(e.ownership))
            return false;
        if (!c.townshipIds.isEmpty() && !c.townshipIds.contains(e.townshipId))
            return false;
        if (!c.tags.isEmpty() && !anyTag(e, c.tags))
            return false;
        if (c.blacklistedOnly && !blacklisted)
            return false;
        if (c.notInspectedSince.isValid()) {
            const QList<PastVisit> past = visitsOf(m_visits, e);
            if (std::any_of(past.begin(), past.end(),
                            [&c](const PastVisit& v) { return v.periodTo >= c.notInspectedSince; }))
                return false;
        }
        return true;
    }

    // The ids of the item's pool per stratum; those the guard leaves out are counted in *guarded and noted.
    QHash<QString, QStringList> poolIds(const InspectionItem& item, const PlanItemScope& scope,
                                        QHash<QString, int>* guarded)
    {
        QStringList categories = item.categories;
        const PlanConditions& c = scope.conditions;
        if (scope.directed && !c.categories.isEmpty()) {
            categories.erase(std::remove_if(categories.begin(), categories.end(),
                                            [&c](const QString& k) { return !c.categories.contains(k); }),
                             categories.end());
        }
        QHash<QString, QStringList> ids;
        for (const Entity& e : std::as_const(m_active)) {
            if (!categories.contains(e.category))
                continue;
            if (!item.ownerships.isEmpty() && !item.ownerships.contains(e.ownership))
                continue;
            const bool blacklisted = blacklistedDuring(e, m_from, m_to);
            if (scope.directed && !meetsConditions(e, c, blacklisted))
                continue;
            const QString stratum = blacklisted ? QStringLiteral("blacklist")
                                                : (scope.useRiskStrata ? e.riskClass : QStringLiteral("normal"));
            if (!blacklisted) {
                if (const auto recent = recentVisit(e)) {
                    (*guarded)[stratum] += 1;
                    noteGuarded(e, item.code, *recent);
                    continue;
                }
            }
            ids[stratum] << e.drawId();
        }
        return ids;
    }

    void noteGuarded(const Entity& e, const QString& itemCode, const PastVisit& recent)
    {
        auto it = m_noteIndex.find(e.drawId());
        if (it == m_noteIndex.end()) {
            it = m_noteIndex.insert(e.drawId(), m_out.entityNotes.size());
            m_out.entityNotes.append(
                {e.drawId(), e.code, e.name, {}, QStringLiteral("guard"), recent.planCode, recent.periodTo});
        }
        m_out.entityNotes[it.value()].items << itemCode;
    }

    // Inspectors, in registry code order.
    void readInspectors()
    {
        PoolSummary& sum = m_out.summary;
        for (const Inspector& x : InspectorRepository(m_db).list()) {
            if (!x.isAvailable()) {
                m_out.inspectorNotes.append({x.code, x.name, QStringLiteral("not_on_duty"), x.status, {}, {}});
                ++sum.inspectorsLeftOut;
                continue;
            }
            const bool isCertified = m_period && x.isCertifiedOn(m_from) && x.isCertifiedOn(m_to);
            if (!isCertified && !x.certNo.trimmed().isEmpty())
                m_out.inspectorNotes.append({x.code, x.name, QStringLiteral("uncertified"), {}, x.certFrom, x.certTo});
            m_out.request.inspectors.append({x.code, isCertified});
            m_certified.insert(x.code, isCertified);
            ++sum.inspectorsEligible;
            if (isCertified)
                ++sum.certifiedEligible;
        }
    }

    // Exclusions: one per inspector and entity, with every reason (conflicts in force; with rotation, the team of
    // the entity's previous visit).
    void findExclusions()
    {
        QMap<std::pair<QString, QString>, QStringList> excluded; // (entity, inspector) → reasons
        QHash<qint64, QString> drawIdOf;
        for (const Entity& e : std::as_const(m_active))
            drawIdOf.insert(e.id, e.drawId());
        for (const Conflict& conflict : ConflictRepository(m_db).inForce(m_from, m_to)) {
            const QString entity = drawIdOf.value(conflict.entityId);
            if (!m_drawable.contains(entity) || !m_certified.contains(conflict.inspectorCode))
                continue;
            excluded[{entity, conflict.inspectorCode}]
                << QStringLiteral("conflict: ") + Vocabulary::conflictReasons().chinese(conflict.reason);
        }
        if (m_plan.rotation && m_from.isValid()) {
            for (const QString& entity : std::as_const(m_drawable)) {
                const Entity* e = m_entityById.value(entity);
                if (!e)
                    continue;
                const auto previous = previousVisit(*e);
                if (!previous)
                    continue;
                for (const QString& member : std::as_const(previous->members))
                    if (m_certified.contains(member))
                        excluded[{entity, member}] << QStringLiteral("rotation: ") + previous->planCode;
            }
        }
        DrawRequest& request = m_out.request;
        for (auto it = excluded.cbegin(); it != excluded.cend(); ++it) {
            request.exclusions.append({it.key().second, it.key().first, it.value().join(QStringLiteral("; "))});
            m_excludedFor[it.key().first].insert(it.key().second);
        }
        std::sort(request.exclusions.begin(), request.exclusions.end(),
                  [](const DrawExclusion& a, const DrawExclusion& b) {
                      return std::pair(a.inspector, a.entity) < std::pair(b.inspector, b.entity);
                  });
    }

    // The entity's visit in the latest plan starting before this one.
    std::optional<PastVisit> previousVisit(const Entity& e) const
    {
        std::optional<PastVisit> previous;
        for (const PastVisit& v : visitsOf(m_visits, e)) {
            if (v.periodFrom.isValid() && v.periodFrom >= m_from)
                continue;
            if (!previous || std::pair(v.periodTo, v.periodFrom) > std::pair(previous->periodTo, previous->periodFrom))
                previous = v;
        }
        return previous;
    }

    // What the teams need, against who may serve.
    void checkTeams()
    {
        PoolSummary& sum = m_out.summary;
        const int m = m_plan.teamSize;
        const int c = m_plan.minCertified;
        const int k = m_plan.maxTeamsPerInspector;
        sum.seats = sum.visitsMax * m;
        sum.inspectorsNeeded = sum.visitsMax * m * m_plan.backupFactor;
        sum.inspectorsMinimum = k > 0 ? std::max(m, divideUp(sum.seats, k)) : m;
        sum.certifiedMinimum = k > 0 ? std::max(c, divideUp(qint64(sum.visitsMax) * c, k)) : c;
        if (sum.inspectorsEligible < m)
            block(QStringLiteral("inspectors"),
                  DrawPreparation::tr("Not enough inspectors on duty: a team needs %1, and %2 are available.")
                      .arg(m)
                      .arg(sum.inspectorsEligible));
        if (sum.certifiedEligible < c)
            block(QStringLiteral("inspectors"),
                  DrawPreparation::tr("Not enough certified inspectors: each team needs at least %1 with a certificate "
                                      "valid for the whole period, and %2 have one.")
                      .arg(c)
                      .arg(sum.certifiedEligible));
        if (k > 0 && sum.inspectorsEligible >= m && sum.inspectorsEligible < sum.inspectorsMinimum)
            block(QStringLiteral("maxTeamsPerInspector"),
                  DrawPreparation::tr("Not enough inspectors for up to %1 visits with at most %2 teams each: %3 are "
                                      "needed, %4 are available.")
                      .arg(sum.visitsMax)
                      .arg(k)
                      .arg(sum.inspectorsMinimum)
                      .arg(sum.inspectorsEligible));
        if (k > 0 && sum.certifiedEligible >= c && sum.certifiedEligible < sum.certifiedMinimum)
            block(QStringLiteral("maxTeamsPerInspector"),
                  DrawPreparation::tr("Not enough certified inspectors for up to %1 visits with at most %2 teams each: "
                                      "%3 are needed, %4 are available.")
                      .arg(sum.visitsMax)
                      .arg(k)
                      .arg(sum.certifiedMinimum)
                      .arg(sum.certifiedEligible));
        if (sum.inspectorsEligible >= m && sum.inspectorsEligible < m * m_plan.backupFactor)
            warn(QStringLiteral("backupFactor"),
                 DrawPreparation::tr("Each team is drawn with its backups, %1 inspectors in all; only %2 are "
                                     "available, so the teams get fewer backups.")
                     .arg(m * m_plan.backupFactor)
                     .arg(sum.inspectorsEligible));
        if (sum.inspectorsEligible >= m && sum.certifiedEligible >= c)
            checkTeamsPerEntity();
    }

    // Each entity, after its exclusions, must keep enough inspectors (and certified ones) for a team.
    void checkTeamsPerEntity()
    {
        const PoolSummary& sum = m_out.summary;
        const int m = m_plan.teamSize;
        const int c = m_plan.minCertified;
        int fewBackups = 0;
        QStringList entities(m_drawable.cbegin(), m_drawable.cend());
        entities.sort();
        for (const QString& entity : std::as_const(entities)) {
            const QSet<QString> out = m_excludedFor.value(entity);
            int left = sum.inspectorsEligible - int(out.size());
            int certifiedLeft = sum.certifiedEligible;
            for (const QString& x : out)
                if (m_certified.value(x))
                    --certifiedLeft;
            const Entity* e = m_entityById.value(entity);
            const QString name = e ? e->name : entity;
            if (left < m || certifiedLeft < c)
                block(QStringLiteral("entities"),
                      DrawPreparation::tr("%1: after the exclusions only %2 inspectors (%3 certified) may inspect it; "
                                          "a team needs %4 (%5 certified).")
                          .arg(name)
                          .arg(left)
                          .arg(certifiedLeft)
                          .arg(m)
                          .arg(c));
            else if (left < m * m_plan.backupFactor && sum.inspectorsEligible >= m * m_plan.backupFactor)
                ++fewBackups;
        }
        if (fewBackups > 0)
            warn(QStringLiteral("entities"),
                 DrawPreparation::tr(
                     "For %n entities the exclusions leave fewer inspectors than a team with its backups needs.", "",
                     fewBackups));
    }

    Database& m_db;
    const Plan& m_plan;
    const QDate m_from;
    const QDate m_to;
    const bool m_period; // both dates valid, in order
    QDate m_guardSince; // invalid when the guard is off

    PreparedDraw m_out;
    QList<PlanProblem> m_blocking;
    QList<PlanProblem> m_warnings;

    QHash<QString, QList<PastVisit>> m_visits; // by draw id
    QList<Entity> m_active;
    QHash<qint64, QString> m_townships;
    QHash<QString, const Entity*> m_entityById; // into m_active
    QMap<QString, qsizetype> m_noteIndex; // entity draw id → index in m_out.entityNotes
    QSet<QString> m_drawable; // the ids in some pool
    QHash<QString, bool> m_certified; // the eligible inspectors
    QHash<QString, QSet<QString>> m_excludedFor; // entity → the inspectors excluded from its team
};

} // namespace

PreparedDraw DrawPreparation::prepare(Database& db, const Plan& plan)
{
    return Preparation(db, plan).run();
}
