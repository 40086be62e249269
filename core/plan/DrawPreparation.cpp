#include "DrawPreparation.h"

#include "ConflictRepository.h"
#include "Database.h"
#include "DrawEngine.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
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

PreparedDraw DrawPreparation::prepare(Database& db, const Plan& plan)
{
    PreparedDraw out;
    PoolSummary& sum = out.summary;
    DrawRequest& request = out.request;
    QList<PlanProblem> blocking;
    QList<PlanProblem> warnings;
    const auto block = [&blocking](const QString& field, const QString& message) {
        blocking.append({true, field, message});
    };
    const auto warn = [&warnings](const QString& field, const QString& message) {
        warnings.append({false, field, message});
    };

    const QDate from = plan.periodFrom;
    const QDate to = plan.periodTo;
    const bool period = from.isValid() && to.isValid() && from <= to;
    request.plan = plan.code.trimmed();
    request.teams = {plan.teamSize, plan.minCertified, plan.backupFactor, plan.maxTeamsPerInspector};

    // What the standing draws of the other plans say about each entity.
    QHash<QString, QList<PastVisit>> visits;
    for (const PlanVisit& v : PlanDraw(db).standingVisits(plan.id))
        visits[v.entity].append({v.planCode, v.periodFrom, v.periodTo, v.members});

    QList<Entity> active;
    for (const Entity& e : EntityRepository(db).list({}, QStringLiteral("code")))
        if (e.isActive())
            active.append(e);
    QHash<qint64, QString> townships;
    for (const Township& t : TownshipRepository(db).list(true))
        townships.insert(t.id, t.name);

    // Over-inspection guard: the latest visit that is too recent, per entity.
    const QDate guardSince = plan.guardMonths > 0 && from.isValid() ? from.addMonths(-plan.guardMonths) : QDate();
    const auto recentVisit = [&](const Entity& e) -> std::optional<PastVisit> {
        if (!guardSince.isValid())
            return std::nullopt;
        std::optional<PastVisit> latest;
        for (const PastVisit& v : visitsOf(visits, e))
            if (v.periodTo >= guardSince && (!latest || v.periodTo > latest->periodTo))
                latest = v;
        return latest;
    };

    ItemRepository itemRepository(db);
    QMap<QString, qsizetype> noteIndex; // entity draw id → index in out.entityNotes
    QList<QHash<QString, int>> poolSizes;
    Plan checked = plan; // judged with the items as the item list has them now, not as the caller copied them
    QSet<QString> union_;
    QHash<QString, const Entity*> entityById;
    for (const Entity& e : active)
        entityById.insert(e.drawId(), &e);
    int selectedTotal = 0;

    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const PlanItemScope& scope = plan.items[i];
        const QString itemField = QStringLiteral("items.%1").arg(i);
        poolSizes.append(QHash<QString, int>());
        const auto item = itemRepository.find(scope.itemId);
        if (item) {
            checked.items[i].itemCode = item->code;
            checked.items[i].itemName = item->name;
            checked.items[i].itemMinRatioBp = item->minRatioBp;
            checked.items[i].itemCategories = item->categories;
        }
        if (!item) {
            if (scope.itemId > 0)
                block(itemField, tr("The item chosen as no. %1 no longer exists.").arg(i + 1));
            continue;
        }
        if (period && !(item->isInForceOn(from) && item->isInForceOn(to)))
            block(itemField, tr("%1: the item is not in force for the whole inspection period.").arg(item->code));

        QStringList categories = item->categories;
        const PlanConditions& c = scope.conditions;
        if (scope.directed && !c.categories.isEmpty()) {
            categories.erase(std::remove_if(categories.begin(), categories.end(),
                                            [&c](const QString& k) { return !c.categories.contains(k); }),
                             categories.end());
        }
        QHash<QString, QStringList> ids;
        QHash<QString, int> guarded;
        for (const Entity& e : active) {
            if (!categories.contains(e.category))
                continue;
            if (!item->ownerships.isEmpty() && !item->ownerships.contains(e.ownership))
                continue;
            const bool blacklisted = blacklistedDuring(e, from, to);
            if (scope.directed) {
                if (!c.ownerships.isEmpty() && !c.ownerships.contains(e.ownership))
                    continue;
                if (!c.townshipIds.isEmpty() && !c.townshipIds.contains(e.townshipId))
                    continue;
                if (!c.tags.isEmpty() && !anyTag(e, c.tags))
                    continue;
                if (c.blacklistedOnly && !blacklisted)
                    continue;
                if (c.notInspectedSince.isValid()) {
                    const QList<PastVisit> past = visitsOf(visits, e);
                    if (std::any_of(past.begin(), past.end(),
                                    [&c](const PastVisit& v) { return v.periodTo >= c.notInspectedSince; }))
                        continue;
                }
            }
            const QString stratum = blacklisted ? QStringLiteral("blacklist")
                                                : (scope.useRiskStrata ? e.riskClass : QStringLiteral("normal"));
            if (!blacklisted) {
                if (const auto recent = recentVisit(e)) {
                    guarded[stratum] += 1;
                    auto it = noteIndex.find(e.drawId());
                    if (it == noteIndex.end()) {
                        it = noteIndex.insert(e.drawId(), out.entityNotes.size());
                        out.entityNotes.append({e.drawId(),
                                                e.code,
                                                e.name,
                                                {},
                                                QStringLiteral("guard"),
                                                recent->planCode,
                                                recent->periodTo});
                    }
                    out.entityNotes[it.value()].items << item->code;
                    continue;
                }
            }
            ids[stratum] << e.drawId();
        }

        DrawItem drawItem {item->code, {}};
        ItemCount count {item->id, item->code, item->name, scope.conditionsInWords(townships), {}};
        for (const PlanStratum& s : scope.strata) {
            DrawStratum stratum {s.name, s.ratioBp, s.count, ids.value(s.name)};
            const int selected = int(DrawEngine::sampleSize(stratum));
            count.strata.append({s.name, int(stratum.ids.size()), s.ratioBp, s.count, selected, guarded.value(s.name)});
            poolSizes[i].insert(s.name, int(stratum.ids.size()));
            for (const QString& id : std::as_const(stratum.ids))
                union_.insert(id);
            drawItem.strata.append(stratum);
        }
        if (count.pool() == 0)
            warn(itemField, tr("%1: the pool is empty; nothing will be drawn for this item.").arg(item->code));
        sum.visitsMin = std::max(sum.visitsMin, count.selected());
        selectedTotal += count.selected();
        sum.items.append(count);
        request.items.append(drawItem);
    }
    sum.visitsMax = std::min(selectedTotal, int(union_.size()));

    for (const FieldError& e : checked.problems(poolSizes)) {
        const QString message = e.field.startsWith(QLatin1String("items."))
            ? e.message
            : Plan::fieldLabel(e.field) + QStringLiteral(": ") + e.message;
        block(e.field, message);
    }

    // Inspectors, in registry code order.
    QHash<QString, bool> certified;
    for (const Inspector& x : InspectorRepository(db).list()) {
        if (!x.isAvailable()) {
            out.inspectorNotes.append({x.code, x.name, QStringLiteral("not_on_duty"), x.status, {}, {}});
            ++sum.inspectorsLeftOut;
            continue;
        }
        const bool isCertified = period && x.isCertifiedOn(from) && x.isCertifiedOn(to);
        if (!isCertified && !x.certNo.trimmed().isEmpty())
            out.inspectorNotes.append({x.code, x.name, QStringLiteral("uncertified"), {}, x.certFrom, x.certTo});
        request.inspectors.append({x.code, isCertified});
        certified.insert(x.code, isCertified);
        ++sum.inspectorsEligible;
        if (isCertified)
            ++sum.certifiedEligible;
    }

    // Exclusions: one per inspector and entity, with every reason.
    QMap<std::pair<QString, QString>, QStringList> excluded; // (entity, inspector) → reasons
    QHash<qint64, QString> drawIdOf;
    for (const Entity& e : active)
        drawIdOf.insert(e.id, e.drawId());
    for (const Conflict& conflict : ConflictRepository(db).inForce(from, to)) {
        const QString entity = drawIdOf.value(conflict.entityId);
        if (!union_.contains(entity) || !certified.contains(conflict.inspectorCode))
            continue;
        excluded[{entity, conflict.inspectorCode}]
            << QStringLiteral("conflict: ") + Vocabulary::conflictReasons().chinese(conflict.reason);
    }
    if (plan.rotation && from.isValid()) {
        for (const QString& entity : std::as_const(union_)) {
            const Entity* e = entityById.value(entity);
            if (!e)
                continue;
            std::optional<PastVisit> previous;
            for (const PastVisit& v : visitsOf(visits, *e)) {
                if (v.periodFrom.isValid() && v.periodFrom >= from)
                    continue;
                if (!previous
                    || std::pair(v.periodTo, v.periodFrom) > std::pair(previous->periodTo, previous->periodFrom))
                    previous = v;
            }
            if (!previous)
                continue;
            for (const QString& member : std::as_const(previous->members))
                if (certified.contains(member))
                    excluded[{entity, member}] << QStringLiteral("rotation: ") + previous->planCode;
        }
    }
    QHash<QString, QSet<QString>> excludedFor;
    for (auto it = excluded.cbegin(); it != excluded.cend(); ++it) {
        request.exclusions.append({it.key().second, it.key().first, it.value().join(QStringLiteral("; "))});
        excludedFor[it.key().first].insert(it.key().second);
    }
    std::sort(request.exclusions.begin(), request.exclusions.end(), [](const DrawExclusion& a, const DrawExclusion& b) {
        return std::pair(a.inspector, a.entity) < std::pair(b.inspector, b.entity);
    });

    // What the teams need, against who may serve.
    const int m = plan.teamSize;
    const int c = plan.minCertified;
    const int k = plan.maxTeamsPerInspector;
    sum.seats = sum.visitsMax * m;
    sum.inspectorsNeeded = sum.visitsMax * m * plan.backupFactor;
    sum.inspectorsMinimum = k > 0 ? std::max(m, divideUp(sum.seats, k)) : m;
    sum.certifiedMinimum = k > 0 ? std::max(c, divideUp(qint64(sum.visitsMax) * c, k)) : c;
    if (sum.inspectorsEligible < m)
        block(QStringLiteral("inspectors"),
              tr("Not enough inspectors on duty: a team needs %1, and %2 are available.")
                  .arg(m)
                  .arg(sum.inspectorsEligible));
    if (sum.certifiedEligible < c)
        block(QStringLiteral("inspectors"),
              tr("Not enough certified inspectors: each team needs at least %1 with a certificate valid for the whole "
                 "period, and %2 have one.")
                  .arg(c)
                  .arg(sum.certifiedEligible));
    if (k > 0 && sum.inspectorsEligible >= m && sum.inspectorsEligible < sum.inspectorsMinimum)
        block(QStringLiteral("maxTeamsPerInspector"),
              tr("Not enough inspectors for up to %1 visits with at most %2 teams each: %3 are needed, %4 are "
                 "available.")
                  .arg(sum.visitsMax)
                  .arg(k)
                  .arg(sum.inspectorsMinimum)
                  .arg(sum.inspectorsEligible));
    if (k > 0 && sum.certifiedEligible >= c && sum.certifiedEligible < sum.certifiedMinimum)
        block(QStringLiteral("maxTeamsPerInspector"),
              tr("Not enough certified inspectors for up to %1 visits with at most %2 teams each: %3 are needed, %4 "
                 "are available.")
                  .arg(sum.visitsMax)
                  .arg(k)
                  .arg(sum.certifiedMinimum)
                  .arg(sum.certifiedEligible));
    if (sum.inspectorsEligible >= m && sum.inspectorsEligible < m * plan.backupFactor)
        warn(QStringLiteral("backupFactor"),
             tr("Each team is drawn with its backups, %1 inspectors in all; only %2 are available, so the teams get "
                "fewer backups.")
                 .arg(m * plan.backupFactor)
                 .arg(sum.inspectorsEligible));
    if (sum.inspectorsEligible >= m && sum.certifiedEligible >= c) {
        int fewBackups = 0;
        QStringList entities(union_.cbegin(), union_.cend());
        entities.sort();
        for (const QString& entity : std::as_const(entities)) {
            const QSet<QString> out = excludedFor.value(entity);
            int left = sum.inspectorsEligible - int(out.size());
            int certifiedLeft = sum.certifiedEligible;
            for (const QString& x : out)
                if (certified.value(x))
                    --certifiedLeft;
            const Entity* e = entityById.value(entity);
            const QString name = e ? e->name : entity;
            if (left < m || certifiedLeft < c)
                block(QStringLiteral("entities"),
                      tr("%1: after the exclusions only %2 inspectors (%3 certified) may inspect it; a team needs %4 "
                         "(%5 certified).")
                          .arg(name)
                          .arg(left)
                          .arg(certifiedLeft)
                          .arg(m)
                          .arg(c));
            else if (left < m * plan.backupFactor && sum.inspectorsEligible >= m * plan.backupFactor)
                ++fewBackups;
        }
        if (fewBackups > 0)
            warn(QStringLiteral("entities"),
                 tr("For %n entities the exclusions leave fewer inspectors than a team with its backups needs.", "",
                    fewBackups));
    }
    if (!plan.items.isEmpty() && union_.isEmpty())
        block(QStringLiteral("items"), tr("Every pool is empty: there is nothing to draw."));
    if (blocking.isEmpty()) {
        const QString problem = DrawJson::requestProblem(request, DrawJson::Seed::Absent);
        if (!problem.isEmpty())
            block(QStringLiteral("request"), problem);
    }
    sum.problems = blocking + warnings;
    return out;
}
