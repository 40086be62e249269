#include "Overview.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "FieldError.h"
#include "InspectionApproval.h"
#include "InspectionItem.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Plan.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace {

using Severity = OverviewRow::Severity;

QString pairKey(const QString& entity, const QString& item)
{
    return entity + QLatin1Char('\n') + item;
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// Visits per entity with two decimals, e.g. "0.50".
QString rateText(qint64 visits, qint64 entities)
{
    return QLocale().toString(entities > 0 ? double(visits) / double(entities) : 0.0, 'f', 2);
}

bool handedIn(const QString& state)
{
    return state == QLatin1String("submitted") || state == QLatin1String("reviewed")
        || state == QLatin1String("published");
}

} // namespace

Overview::Overview(Database& db, const QDate& today)
    : m_db(db)
    , m_today(today)
{ }

QList<Overview::Section> Overview::sections()
{
    return {Section::ApprovalsDue,      Section::LateResults,        Section::PublicationDue,
            Section::OverdueRectifications, Section::ItemsNotDrawn,   Section::DrawsBelowMinimum,
            Section::BlacklistFrequency, Section::RegistryHealth};
}

QString Overview::sectionTitle(Section section)
{
    switch (section) {
    case Section::ApprovalsDue:
        return tr("Inspections awaiting approval");
    case Section::LateResults:
        return tr("Results not yet handed in");
    case Section::PublicationDue:
        return tr("Plans due for publication");
    case Section::OverdueRectifications:
        return tr("Rectifications past their deadline");
    case Section::ItemsNotDrawn:
        return tr("Items not yet drawn this half year");
    case Section::DrawsBelowMinimum:
        return tr("Draws below the minimum ratio");
    case Section::BlacklistFrequency:
        return tr("Blacklisted entities inspected more often");
    case Section::RegistryHealth:
        return tr("Registry health");
    }
    return {};
}

QList<OverviewRow> Overview::rows(Section section) const
{
    switch (section) {
    case Section::ApprovalsDue:
        return approvalsDue();
    case Section::LateResults:
        return lateResults();
    case Section::PublicationDue:
        return publicationsDue();
    case Section::OverdueRectifications:
        return overdueRectifications();
    case Section::ItemsNotDrawn:
        return itemsNotDrawn();
    case Section::DrawsBelowMinimum:
        return drawsBelowMinimum();
    case Section::BlacklistFrequency:
        return blacklistFrequency();
    case Section::RegistryHealth:
        return registryHealth();
    }
    return {};
}

std::pair<QDate, QDate> Overview::suggestedPlanPeriod() const
{
    const QDate halfTo = halfYear(m_today).second;
    if (m_today < halfTo && !itemsNotDrawn().isEmpty())
        return {m_today.addDays(1), halfTo};
    const QDate next = m_today.addMonths(1);
    return {QDate(next.year(), next.month(), 1), QDate(next.year(), next.month(), next.daysInMonth())};
}

std::pair<QDate, QDate> Overview::halfYear(const QDate& date)
{
    if (date.month() <= 6)
        return {QDate(date.year(), 1, 1), QDate(date.year(), 6, 30)};
    return {QDate(date.year(), 7, 1), QDate(date.year(), 12, 31)};
}

int Overview::workingDaysBetween(const WorkCalendar& calendar, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    const bool forward = from < to;
    const QDate low = forward ? from : to;
    const QDate high = forward ? to : from;
    int n = 0;
    for (QDate d = low.addDays(1); d <= high; d = d.addDays(1))
        n += calendar.isWorkingDay(d) ? 1 : 0;
    return forward ? n : -n;
}

int Overview::settingDays(const QString& key, int fallback) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    bool ok = false;
    const int days = q.value(0).toString().trimmed().toInt(&ok);
    return ok && days >= 0 ? days : fallback;
}

int Overview::lateYellowDays() const
{
    return settingDays(lateYellowDaysKey(), DefaultLateYellowDays);
}

int Overview::lateRedDays() const
{
    return std::max(settingDays(lateRedDaysKey(), DefaultLateRedDays), lateYellowDays());
}

const QList<Overview::StandingDraw>& Overview::standingDraws() const
{
    if (m_draws)
        return *m_draws;
    m_draws.emplace();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.code, p.title, p.status, p.period_from, p.period_to, r.result_json FROM plan p "
        "JOIN draw_attempt a ON a.plan_id = p.id JOIN draw_result r ON r.attempt_id = a.id "
        "WHERE p.status IN ('drawn', 'inspecting', 'completed') AND r.result_json IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM draw_void v WHERE v.attempt_id = a.id) ORDER BY p.period_to, p.code"));
    if (!q.exec())
        return *m_draws;
    while (q.next()) {
        auto result = DrawJson::readResult(q.value(6).toString().toUtf8(), nullptr);
        if (!result)
            continue;
        m_draws->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         dateFromSql(q.value(4)), dateFromSql(q.value(5)), std::move(*result)});
    }
    return *m_draws;
}

QHash<QString, Overview::ResultState> Overview::resultStates(qint64 planId) const
{
    QHash<QString, ResultState> states;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.entity, r.item_code, v.state, p.first_published, p.last_published FROM result r "
        "JOIN result_version v ON v.result_id = r.id "
        "LEFT JOIN (SELECT result_id, min(published_at) AS first_published, max(published_at) AS last_published "
        "FROM result_version WHERE state = 'published' GROUP BY result_id) p ON p.result_id = r.id "
        "AND v.version = (SELECT max(version) FROM result_version m WHERE m.result_id = r.id) WHERE r.plan_id = ?"));
    q.addBindValue(planId);
    if (!q.exec())
        return states;
    while (q.next())
        states.insert(pairKey(q.value(0).toString(), q.value(1).toString()),
                      {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return states;
}

QString Overview::lastPackageTime(qint64 planId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT max(published_at) FROM publication WHERE plan_id = ? AND kind = 'package'"));
    q.addBindValue(planId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void Overview::loadEntities(const QStringList& drawIds) const
{
    QStringList wanted;
    QSet<QString> seen;
    for (const QString& id : drawIds) {
        if (!m_entities.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            wanted << id;
        }
    }
    // The draw id is the credit code, or the registry code of an entity that had none when it was drawn. A plan
    // has thousands of visits: they are looked up a few hundred per statement.
    constexpr qsizetype batch = 500;
    for (const QString& column : {QStringLiteral("credit_code"), QStringLiteral("code")}) {
        QStringList missing;
        for (qsizetype from = 0; from < wanted.size(); from += batch) {
            const QStringList part = wanted.mid(from, batch);
            QStringList marks(part.size(), QStringLiteral("?"));
            QSqlQuery q(m_db.sql());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT %1, id, name, category, blacklisted, status FROM entity WHERE %1 IN (%2)")
                          .arg(column, marks.join(QLatin1Char(','))));
            for (const QString& id : part)
                q.addBindValue(id);
            if (!q.exec())
                continue;
            while (q.next())
                m_entities.insert(q.value(0).toString(),
                                  EntityInfo {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toBool(), q.value(5).toString() == QLatin1String("normal")});
        }
        for (const QString& id : std::as_const(wanted))
            if (!m_entities.contains(id))
                missing << id;
        wanted = missing;
    }
    for (const QString& id : std::as_const(wanted))
        m_entities.insert(id, std::nullopt);
}

std::optional<Overview::EntityInfo> Overview::entityByDrawId(const QString& drawId) const
{
    loadEntities({drawId});
    return m_entities.value(drawId);
}

QList<OverviewRow> Overview::approvalsDue() const
{
    QList<OverviewRow> rows;
    for (const StandingDraw& draw : standingDraws()) {
        if (draw.status != QLatin1String("drawn") || InspectionApprovals::ofPlan(m_db, draw.planId))
            continue;
        OverviewRow row;
        row.days = draw.periodFrom.isValid() ? int(m_today.daysTo(draw.periodFrom)) : 0;
        row.severity = row.days <= 0 ? Severity::Red : Severity::Yellow;
        row.subject = draw.code;
        row.text = row.days <= 0
            ? tr("%1: the inspection period began on %2, and the inspections are not approved yet; print the "
                 "approval form and record the approval")
                  .arg(draw.title, dateText(draw.periodFrom))
            : tr("%1: drawn; print the approval form and record the approval before the inspections begin on %2")
                  .arg(draw.title, dateText(draw.periodFrom));
        row.date = draw.periodFrom;
        row.count = int(draw.result.teams.size());
        row.page = QStringLiteral("plans");
        row.id = draw.planId;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OverviewRow& a, const OverviewRow& b) { return a.days < b.days; });
    return rows;
}

QList<OverviewRow> Overview::lateResults() const
{
    QList<OverviewRow> rows;
    const int yellow = lateYellowDays();
    const int red = lateRedDays();
    for (const StandingDraw& draw : standingDraws()) {
        if (draw.status != QLatin1String("drawn") && draw.status != QLatin1String("inspecting"))
            continue;
        if (!draw.periodTo.isValid())
            continue;
        const int late = int(draw.periodTo.daysTo(m_today));
        if (late <= yellow)
            continue;
        const QHash<QString, ResultState> states = resultStates(draw.planId);
        int pairs = 0;
        int missing = 0;
        QSet<QString> visitsMissing;
        for (const DrawTeam& team : draw.result.teams) {
            for (const QString& item : team.items) {
                ++pairs;
                const auto it = states.constFind(pairKey(team.entity, item));
                if (it == states.constEnd() || !handedIn(it->latestState)) {
                    ++missing;
                    visitsMissing.insert(team.entity);
                }
            }
        }
        if (missing == 0)
            continue;
        OverviewRow row;
        row.severity = late > red ? Severity::Red : Severity::Yellow;
        row.subject = draw.code;
        row.text = tr("%1: %2 of %3 results not handed in (%4 visits), %5 days after the inspection period ended "
                      "on %6")
                       .arg(draw.title, QString::number(missing), QString::number(pairs),
                            QString::number(visitsMissing.size()), QString::number(late), dateText(draw.periodTo));
        row.date = draw.periodTo;
        row.days = late;
        row.count = missing;
        row.page = QStringLiteral("plans");
        row.id = draw.planId;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OverviewRow& a, const OverviewRow& b) { return a.days > b.days; });
    return rows;
}

QList<OverviewRow> Overview::publicationsDue() const
{
    QList<OverviewRow> rows;
    if (standingDraws().isEmpty())
        return rows;
    QStringList calendarProblems;
    const WorkCalendar calendar = CalendarRepository(m_db).load(&calendarProblems);
    for (const StandingDraw& draw : standingDraws()) {
        if (!draw.periodTo.isValid())
            continue;
        const QHash<QString, ResultState> states = resultStates(draw.planId);
        QList<const ResultState*> published; // every pair's, when all are published
        int pairs = 0;
        int unpublished = 0;
        for (const DrawTeam& team : draw.result.teams) {
            for (const QString& item : team.items) {
                ++pairs;
                const auto it = states.constFind(pairKey(team.entity, item));
                if (it == states.constEnd() || !it->everPublished())
                    ++unpublished;
                else
                    published.append(&it.value());
            }
        }
        if (pairs == 0)
            continue;
        OverviewRow row;
        row.subject = draw.code;
        row.count = unpublished;
        row.page = QStringLiteral("plans");
        row.id = draw.planId;
        QString lastPackage;
        if (unpublished == 0) {
            // Every result is published in the program; the website has them once a package holds the latest.
            lastPackage = lastPackageTime(draw.planId);
            int notInPackage = 0;
            int corrected = 0;
            QString lastCorrection;
            for (const ResultState* state : std::as_const(published)) {
                if (lastPackage.isEmpty() || state->firstPublished > lastPackage)
                    ++notInPackage;
                else if (state->lastPublished > lastPackage) {
                    ++corrected;
                    lastCorrection = std::max(lastCorrection, state->lastPublished);
                }
            }
            if (notInPackage == 0 && corrected == 0)
                continue;
            if (notInPackage == 0) {
                const QDate published = QDateTime::fromString(lastCorrection, Qt::ISODate).toLocalTime().date();
                row.severity = Severity::Yellow;
                row.date = published;
                row.count = corrected;
                row.text = tr("%1: the website package is out of date: %2 corrected results were published after "
                              "it, the last on %3; generate it again")
                               .arg(draw.title, QString::number(corrected), dateText(published));
                rows.append(row);
                continue;
            }
            row.count = notInPackage;
        }
        QStringList warnings;
        const QDate deadline = calendar.publicationDeadline(draw.periodTo, &warnings);
        row.date = deadline;
        QString when;
        if (m_today > deadline) {
            row.severity = Severity::Red;
            row.days = -workingDaysBetween(calendar, deadline, m_today);
            when = tr("the deadline %1 has passed: overdue by %2 working days").arg(dateText(deadline)).arg(-row.days);
        } else {
            row.days = workingDaysBetween(calendar, m_today, deadline);
            row.severity = draw.periodTo < m_today ? Severity::Yellow : Severity::Ok;
            when = row.days == 0 ? tr("publish by today (%1)").arg(dateText(deadline))
                                 : tr("publish by %1, %2 working days left").arg(dateText(deadline)).arg(row.days);
        }
        if (!warnings.isEmpty() && row.severity == Severity::Ok)
            row.severity = Severity::Yellow;
        if (unpublished > 0)
            row.text = tr("%1: %2 of %3 results not yet published; %4")
                           .arg(draw.title, QString::number(unpublished), QString::number(pairs), when);
        else if (lastPackage.isEmpty())
            row.text = tr("%1: all %2 results published, the website package not yet generated; %3")
                           .arg(draw.title, QString::number(pairs), when);
        else
            row.text = tr("%1: all %2 results published, %3 of them after the last website package; %4")
                           .arg(draw.title, QString::number(pairs), QString::number(row.count), when);
        // Each warning a sentence of its own (a space ran them together in Chinese: "还有29个工作日 2027年的…").
        for (const QString& warning : std::as_const(warnings))
            row.text = tr("%1. %2", "a sentence, then a warning").arg(row.text, warning);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OverviewRow& a, const OverviewRow& b) { return a.date < b.date; });
    return rows;
}

QList<OverviewRow> Overview::overdueRectifications() const
{
    QList<OverviewRow> rows;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.plan_id, p.code, r.entity, r.item_code, v.rectify_by FROM result r JOIN plan p ON p.id = r.plan_id "
        "JOIN result_version v ON v.result_id = r.id "
        "AND v.version = (SELECT max(version) FROM result_version m WHERE m.result_id = r.id) "
        "WHERE v.follow_up = 'rectify' AND v.rectify_by IS NOT NULL AND v.rectify_by < ? "
        "AND NOT EXISTS (SELECT 1 FROM result_follow_up f WHERE f.result_id = r.id AND f.outcome = 'rectified' "
        "AND f.visited_on >= v.inspected_from) ORDER BY v.rectify_by, p.code, r.entity, r.item_code"));
    q.addBindValue(sqlDate(m_today));
    if (!q.exec())
        return rows;
    ItemRepository items(m_db);
    QHash<QString, QString> itemNames;
    while (q.next()) {
        const QString drawId = q.value(2).toString();
        const QString itemCode = q.value(3).toString();
        if (!itemNames.contains(itemCode)) {
            const auto item = items.findByCode(itemCode);
            itemNames.insert(itemCode, item ? item->name : itemCode);
        }
        const auto entity = entityByDrawId(drawId);
        OverviewRow row;
        row.severity = Severity::Red;
        row.subject = entity ? entity->name : drawId;
        row.date = dateFromSql(q.value(4));
        row.days = int(row.date.daysTo(m_today));
        row.count = 1;
        row.text
            = tr("%1, %2: rectification was due on %3, %4 days ago, and no follow-up visit found it rectified")
                  .arg(q.value(1).toString(), itemNames.value(itemCode), dateText(row.date), QString::number(row.days));
        row.page = QStringLiteral("plans");
        row.id = q.value(0).toLongLong();
        rows.append(row);
    }
    return rows;
}

QList<OverviewRow> Overview::itemsNotDrawn() const
{
    QList<OverviewRow> rows;
    const auto [from, to] = halfYear(m_today);
    QSet<qint64> drawn;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT pi.item_id FROM plan_item pi JOIN plan p ON p.id = pi.plan_id "
        "WHERE p.status IN ('drawn', 'inspecting', 'completed') AND p.period_from <= ? AND p.period_to >= ? "
        "AND EXISTS (SELECT 1 FROM draw_attempt a JOIN draw_result r ON r.attempt_id = a.id WHERE a.plan_id = p.id "
        "AND r.result_json IS NOT NULL AND NOT EXISTS (SELECT 1 FROM draw_void v WHERE v.attempt_id = a.id))"));
    q.addBindValue(sqlDate(to));
    q.addBindValue(sqlDate(from));
    if (q.exec()) {
        while (q.next())
            drawn.insert(q.value(0).toLongLong());
    }
    const int left = int(m_today.daysTo(to));
    for (const InspectionItem& item : ItemRepository(m_db).inForceOn(m_today)) {
        if (drawn.contains(item.id))
            continue;
        OverviewRow row;
        row.severity = left < HalfYearUrgentDays ? Severity::Red : Severity::Yellow;
        row.subject = item.code;
        row.text = tr("%1: not drawn in the half year %2 – %3 (%4 days left); the policy asks for a draw of each "
                      "item at least once every half year")
                       .arg(item.name, dateText(from), dateText(to), QString::number(left));
        row.date = to;
        row.days = left;
        row.page = QStringLiteral("items");
        row.id = item.id;
        rows.append(row);
    }
    return rows;
}

QList<OverviewRow> Overview::drawsBelowMinimum() const
{
    QList<OverviewRow> rows;
    const auto [from, to] = halfYear(m_today);

    // The directed flag of each plan's items, for the draws of the half year.
    QHash<qint64, QHash<QString, bool>> directed; // plan id → item code → directed
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT pi.plan_id, i.code, pi.directed FROM plan_item pi "
                                 "JOIN inspection_item i ON i.id = pi.item_id JOIN plan p ON p.id = pi.plan_id "
                                 "WHERE p.period_from <= ? AND p.period_to >= ?"));
        q.addBindValue(sqlDate(to));
        q.addBindValue(sqlDate(from));
        if (q.exec()) {
            while (q.next())
                directed[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toBool());
        }
    }

    QMap<QString, QSet<QString>> drawnByItem; // item code → distinct entities drawn, in code order
    QHash<QString, int> undirectedPool; // item code → largest frozen undirected pool
    for (const StandingDraw& draw : standingDraws()) {
        if (!draw.periodFrom.isValid() || !draw.periodTo.isValid() || draw.periodFrom > to || draw.periodTo < from)
            continue;
        QStringList undirectedItems;
        for (const DrawItemResult& item : draw.result.items) {
            QSet<QString>& set = drawnByItem[item.code];
            for (const DrawStratumResult& stratum : item.strata)
                for (const QString& id : stratum.selected)
                    set.insert(id);
            if (!directed.value(draw.planId).value(item.code, true))
                undirectedItems << item.code;
        }
        if (undirectedItems.isEmpty())
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT request_json FROM plan_request WHERE plan_id = ?"));
        q.addBindValue(draw.planId);
        if (!q.exec() || !q.next())
            continue;
        // Only the sizes of the id lists are needed: the request was checked when it was frozen (DrawJson), and
        // an entity is in one stratum of an item (draw-spec §1), so a plain parse counts its pool (a fraction of
        // the full reading's time on a pool of 100,000).
        const QJsonArray requestItems
            = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QLatin1String("items")).toArray();
        for (const QJsonValue& value : requestItems) {
            const QJsonObject item = value.toObject();
            const QString code = item.value(QLatin1String("code")).toString();
            if (!undirectedItems.contains(code))
                continue;
            int pool = 0;
            for (const QJsonValue& stratum : item.value(QLatin1String("strata")).toArray())
                pool += int(stratum.toObject().value(QLatin1String("ids")).toArray().size());
            undirectedPool[code] = std::max(undirectedPool.value(code), pool);
        }
    }

    ItemRepository items(m_db);
    for (auto it = drawnByItem.cbegin(); it != drawnByItem.cend(); ++it) {
        const auto item = items.findByCode(it.key());
        if (!item)
            continue;
        int pool = undirectedPool.value(item->code, -1);
        if (pool < 0) {
            // Drawn only with conditions: the whole scope is the entities in operation of the item's categories
            // (and ownerships, when the item names some).
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT count(*) FROM entity WHERE status = 'normal' AND category = ? AND (? = '' "
                                     "OR (',' || ? || ',') LIKE ('%,' || ownership || ',%'))"));
            const QVariant ownerships = sqlText(item->ownerships.join(QLatin1Char(',')));
            pool = 0;
            for (const QString& category : item->categories) {
                q.bindValue(0, category);
                q.bindValue(1, ownerships);
                q.bindValue(2, ownerships);
                if (q.exec() && q.next())
                    pool += q.value(0).toInt();
            }
        }
        const int drawn = int(it.value().size());
        if (pool <= 0 || qint64(drawn) * 10000 >= qint64(item->minRatioBp) * pool)
            continue;
        OverviewRow row;
        row.severity = Severity::Red;
        row.subject = item->code;
        row.text = tr("%1: %2 of %3 entities drawn this half year (%4), below the minimum of %5")
                       .arg(item->name, QString::number(drawn), QString::number(pool),
                            PlanItemScope::percentText(int(qint64(drawn) * 10000 / pool)),
                            PlanItemScope::percentText(item->minRatioBp));
        row.date = to;
        row.count = drawn;
        row.days = pool;
        row.page = QStringLiteral("items");
        row.id = item->id;
        rows.append(row);
    }
    return rows;
}

QList<OverviewRow> Overview::blacklistFrequency() const
{
    QList<OverviewRow> rows;
    // Entities in operation per category, blacklisted and not.
    QMap<QString, std::pair<qint64, qint64>> entities; // category → (others, blacklisted)
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT category, blacklisted, count(*) FROM entity WHERE status = 'normal' "
                                   "GROUP BY category, blacklisted")))
            return rows;
        while (q.next()) {
            auto& counts = entities[q.value(0).toString()];
            (q.value(1).toBool() ? counts.second : counts.first) += q.value(2).toLongLong();
        }
    }
    QSet<QString> withBlacklist;
    for (auto it = entities.cbegin(); it != entities.cend(); ++it)
        if (it.value().second > 0)
            withBlacklist.insert(it.key());
    if (withBlacklist.isEmpty())
        return rows;

    const QDate windowFrom = m_today.addMonths(-12);
    QList<const StandingDraw*> inWindow;
    QStringList visited;
    for (const StandingDraw& draw : standingDraws()) {
        if (!draw.periodFrom.isValid() || !draw.periodTo.isValid() || draw.periodFrom > m_today
            || draw.periodTo < windowFrom)
            continue;
        inWindow << &draw;
        for (const DrawTeam& team : draw.result.teams)
            visited << team.entity;
    }
    loadEntities(visited);
    QHash<QString, std::pair<qint64, qint64>> visits; // category → (others, blacklisted)
    for (const StandingDraw* draw : std::as_const(inWindow)) {
        for (const DrawTeam& team : draw->result.teams) {
            const auto entity = entityByDrawId(team.entity);
            if (!entity || !entity->active || !withBlacklist.contains(entity->category))
                continue;
            auto& counts = visits[entity->category];
            (entity->blacklisted ? counts.second : counts.first) += 1;
        }
    }

    for (auto it = entities.cbegin(); it != entities.cend(); ++it) {
        const auto [others, blacklisted] = it.value();
        if (blacklisted == 0 || others == 0)
            continue;
        const auto [otherVisits, blacklistVisits] = visits.value(it.key());
        const bool higher = blacklistVisits * others > otherVisits * blacklisted;
        OverviewRow row;
        row.severity = higher ? Severity::Ok : Severity::Yellow;
        row.subject = Vocabulary::categories().label(it.key());
        const QString rates = tr("%1 visits per blacklisted entity (%2 entities), %3 per other entity (%4) in the "
                                 "12 months since %5")
                                  .arg(rateText(blacklistVisits, blacklisted), QString::number(blacklisted),
                                       rateText(otherVisits, others), QString::number(others), dateText(windowFrom));
        row.text = higher ? rates
                          : tr("%1: not higher, though the policy asks for a higher ratio and frequency for the "
                               "blacklist")
                                .arg(rates);
        row.date = windowFrom;
        row.count = int(blacklisted);
        row.page = QStringLiteral("entities");
        row.filter = QStringLiteral("blacklisted");
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OverviewRow& a, const OverviewRow& b) { return a.severity > b.severity; });
    return rows;
}

QList<OverviewRow> Overview::registryHealth() const
{
    QList<OverviewRow> rows;
    const QDate warnUntil = m_today.addDays(CertificateWarningDays);
    // Every inspector judged by Inspector::isCertifiedOn on today, as everywhere else 持证 is shown or counted.
    QStringList uncertified;
    qint64 firstUncertified = 0;
    for (const Inspector& x : InspectorRepository(m_db).list()) { // in registry code order
        const bool onDuty = x.status == QLatin1String("on_duty");
        if (!onDuty && x.status != QLatin1String("on_leave"))
            continue;
        const bool certified = x.isCertifiedOn(m_today);
        const bool expired = !x.certNo.trimmed().isEmpty() && x.certTo.isValid() && x.certTo < m_today;
        if (expired || (certified && x.certTo.isValid() && x.certTo <= warnUntil)) {
            OverviewRow row;
            row.date = x.certTo;
            row.subject = x.name;
            row.days = int(m_today.daysTo(row.date));
            if (expired) {
                row.severity = Severity::Red;
                row.text = tr("certificate %1 expired on %2").arg(x.certNo, dateText(row.date));
            } else {
                row.severity = Severity::Yellow;
                row.text = tr("certificate %1 expires on %2, in %3 days")
                               .arg(x.certNo, dateText(row.date), QString::number(row.days));
            }
            row.count = 1;
            row.page = QStringLiteral("inspectors");
            row.id = x.id;
            rows.append(row);
        } else if (!certified && onDuty) {
            if (uncertified.isEmpty())
                firstUncertified = x.id;
            uncertified << x.name;
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OverviewRow& a, const OverviewRow& b) { return a.date < b.date; });
    {
        // credit_code is UNIQUE, so its index finds the few without one among many.
        QSqlQuery q(m_db.sql());
        if (q.exec(
                QStringLiteral("SELECT count(*), min(id) FROM entity WHERE (credit_code IS NULL OR credit_code = '') "
                               "AND status = 'normal'"))
            && q.next() && q.value(0).toInt() > 0) {
            OverviewRow row;
            row.severity = Severity::Yellow;
            row.count = q.value(0).toInt();
            row.subject = tr("Entities");
            row.text = tr("%1 entities in operation have no unified social credit code; the credit platform's files "
                          "need it")
                           .arg(row.count);
            row.page = QStringLiteral("entities");
            row.id = row.count == 1 ? q.value(1).toLongLong() : 0;
            rows.append(row);
        }
    }
    if (!uncertified.isEmpty()) {
        OverviewRow row;
        row.severity = Severity::Ok;
        row.count = int(uncertified.size());
        row.subject = tr("Inspectors");
        constexpr int shown = 5;
        QString list = uncertified.mid(0, shown).join(QStringLiteral("、"));
        if (uncertified.size() > shown)
            list += QStringLiteral("…");
        row.text = tr("%1 inspectors on duty hold no certificate valid today (%2); they serve only beside a "
                      "certified member")
                       .arg(QString::number(row.count), list);
        row.page = QStringLiteral("inspectors");
        row.id = row.count == 1 ? firstUncertified : 0;
        row.filter = QStringLiteral("uncertified");
        rows.append(row);
    }
    return rows;
}
