#include "CreditArchive.h"

#include "BlacklistRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "ExportFile.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "ResultRepository.h"
#include "TableWriter.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int kindRank(const QString& kind)
{
    static const QStringList order {QStringLiteral("drawn"),         QStringLiteral("visit"),
                                    QStringLiteral("result"),        QStringLiteral("follow_up"),
                                    QStringLiteral("blacklist_add"), QStringLiteral("blacklist_remove")};
    return int(order.indexOf(kind));
}

QHash<QString, QString> codeNames(Database& db, const QString& sql)
{
    QHash<QString, QString> names;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    return names;
}

QString joinNames(const QStringList& codes, const QHash<QString, QString>& names)
{
    QStringList list;
    for (const QString& code : codes)
        list << names.value(code, code);
    return list.join(QStringLiteral("、"));
}

QString versionText(const ResultVersion& v, const QString& item, const QHash<QString, QString>& people)
{
    QString text = QStringLiteral("%1：第 %2 版（%3）")
                       .arg(item)
                       .arg(v.version)
                       .arg(Vocabulary::resultStates().chinese(v.state));
    text += QStringLiteral("，检查日期 %1").arg(dateText(v.inspectedFrom));
    if (v.inspectedTo != v.inspectedFrom)
        text += QStringLiteral(" 至 %1").arg(dateText(v.inspectedTo));
    text += QStringLiteral("；检查结果：") + v.categoriesText();
    text += QStringLiteral("；后续处置：") + Vocabulary::followUpMeasures().chinese(v.followUp);
    if (!v.caseNumber.isEmpty())
        text += QStringLiteral("（立案号 %1）").arg(v.caseNumber);
    if (v.rectifyBy.isValid())
        text += QStringLiteral("（整改期限 %1）").arg(dateText(v.rectifyBy));
    if (!v.findings.trimmed().isEmpty())
        text += QStringLiteral("；发现问题：") + v.findings.trimmed();
    text += QStringLiteral("；到场人员：") + joinNames(v.members, people);
    if (v.version > 1)
        text += QStringLiteral("；更正原因：") + v.correctionReason;
    return text;
}

} // namespace

QString ArchiveEvent::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("drawn"))
        return QStringLiteral("抽中");
    if (kind == QLatin1String("visit"))
        return QStringLiteral("实地检查");
    if (kind == QLatin1String("result"))
        return QStringLiteral("检查结果");
    if (kind == QLatin1String("follow_up"))
        return QStringLiteral("整改回访");
    if (kind == QLatin1String("blacklist_add"))
        return QStringLiteral("列入黑名单");
    if (kind == QLatin1String("blacklist_remove"))
        return QStringLiteral("移出黑名单");
    return kind;
}

CreditArchive::CreditArchive(Database& db)
    : m_db(db)
{ }

QList<ArchiveEvent> CreditArchive::events(qint64 entityId) const
{
    struct Sorted
    {
        ArchiveEvent event;
        int sequence;
    };
    QList<Sorted> list;
    const auto add = [&list](QDate date, const QString& kind, const QString& text, const QString& plan) {
        list.append({{date, kind, text, plan}, int(list.size())});
    };

    const auto entity = EntityRepository(m_db).find(entityId);
    if (!entity)
        return {};
    QStringList ids {entity->code};
    if (!entity->creditCode.isEmpty())
        ids << entity->creditCode;
    const QHash<QString, QString> people = codeNames(m_db, QStringLiteral("SELECT code, name FROM inspector"));
    const QHash<QString, QString> items = codeNames(m_db, QStringLiteral("SELECT code, name FROM inspection_item"));
    const auto itemText = [&items](const QString& code) {
        return items.contains(code) ? QStringLiteral("%1 %2").arg(code, items.value(code)) : code;
    };

    PlanDraw draws(m_db);
    PlanRepository plans(m_db);
    ResultRepository results(m_db);
    for (const PlanVisit& visit : draws.standingVisits()) {
        if (!ids.contains(visit.entity))
            continue;
        const auto plan = plans.find(visit.planId);
        const auto attempt = draws.currentAttempt(visit.planId);
        const QDate drawnOn
            = attempt && attempt->drawnAt.isValid() ? attempt->drawnAt.toLocalTime().date() : visit.periodFrom;
        QStringList itemList;
        for (const QString& code : visit.items)
            itemList << itemText(code);
        add(drawnOn, QStringLiteral("drawn"),
            QStringLiteral("被抽查计划《%1》抽中；检查期间 %2 至 %3；抽查事项：%4；检查组：%5")
                .arg(plan ? plan->title : visit.planCode, dateText(visit.periodFrom), dateText(visit.periodTo),
                     itemList.join(QStringLiteral("、")), joinNames(visit.members, people)),
            visit.planCode);

        QDate visitFrom;
        QDate visitTo;
        QStringList present;
        for (const ResultRow& row : results.planResults(visit.planId)) {
            if (row.entity != visit.entity || !row.hasResult())
                continue;
            const QList<ResultVersion> versions = results.history(row.resultId);
            for (const ResultVersion& v : versions) {
                const QDate on = v.version == 1 ? v.inspectedTo : v.createdAt.toLocalTime().date();
                add(on, QStringLiteral("result"), versionText(v, itemText(row.itemCode), people), visit.planCode);
            }
            const ResultVersion& latest = versions.last();
            if (!visitFrom.isValid() || latest.inspectedFrom < visitFrom)
                visitFrom = latest.inspectedFrom;
            if (!visitTo.isValid() || latest.inspectedTo > visitTo)
                visitTo = latest.inspectedTo;
            for (const QString& m : latest.members) {
                if (!present.contains(m))
                    present << m;
            }
            for (const FollowUpVisit& f : results.followUps(row.resultId)) {
                QString text = QStringLiteral("%1：%2；回访人员：%3")
                                   .arg(itemText(row.itemCode), Vocabulary::followUpOutcomes().chinese(f.outcome),
                                        joinNames(f.inspectors, people));
                if (!f.notes.trimmed().isEmpty())
                    text += QStringLiteral("；") + f.notes.trimmed();
                add(f.visitedOn, QStringLiteral("follow_up"), text, visit.planCode);
            }
        }
        if (visitFrom.isValid()) {
            const QString period = visitTo.isValid() && visitTo != visitFrom
                ? QStringLiteral("%1 至 %2").arg(dateText(visitFrom), dateText(visitTo))
                : dateText(visitFrom);
            add(visitFrom, QStringLiteral("visit"),
                QStringLiteral("实地检查 %1；到场人员：%2").arg(period, joinNames(present, people)), visit.planCode);
        }
    }

    for (const BlacklistEntry& e : BlacklistRepository(m_db).history(entityId)) {
        QString text
            = (e.isAddition() ? QStringLiteral("列入黑名单，原因：") : QStringLiteral("移出黑名单，原因：")) + e.reason;
        if (!e.legalBasis.isEmpty())
            text += QStringLiteral("；依据：") + e.legalBasis;
        if (!e.document.isEmpty())
            text += QStringLiteral("；文书编号：") + e.document;
        if (e.isAddition() && e.effectiveTo.isValid())
            text += QStringLiteral("；期限至 ") + dateText(e.effectiveTo);
        add(e.effectiveFrom,
            e.action == QLatin1String("add") ? QStringLiteral("blacklist_add") : QStringLiteral("blacklist_remove"),
            text, {});
    }

    std::stable_sort(list.begin(), list.end(), [](const Sorted& a, const Sorted& b) {
        if (a.event.date != b.event.date)
            return a.event.date < b.event.date;
        if (a.event.kind != b.event.kind)
            return kindRank(a.event.kind) < kindRank(b.event.kind);
        return a.sequence < b.sequence;
    });
    QList<ArchiveEvent> events;
    events.reserve(list.size());
    for (const Sorted& s : list)
        events << s.event;
    return events;
}

QStringList CreditArchive::tableHeaders()
{
    return {QStringLiteral("日期"), QStringLiteral("类别"), QStringLiteral("内容"), QStringLiteral("抽查计划")};
}

std::optional<DrawDocument> CreditArchive::document(qint64 entityId, QString* error) const
{
    const auto entity = EntityRepository(m_db).find(entityId);
    if (!entity) {
        if (error)
            *error = tr("The entity no longer exists.");
        return std::nullopt;
    }
    const QList<ArchiveEvent> list = events(entityId);
    QString rows;
    for (const ArchiveEvent& e : list) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(dateText(e.date), ArchiveEvent::kindLabel(e.kind).toHtmlEscaped(), e.text.toHtmlEscaped(),
                         e.planCode.toHtmlEscaped());
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td colspan=\"4\">暂无记录</td></tr>\n");
    QString blacklist = QStringLiteral("否");
    if (entity->blacklisted) {
        blacklist = QStringLiteral("是（%1起").arg(dateText(entity->blacklistFrom));
        if (entity->blacklistTo.isValid())
            blacklist += QStringLiteral("，至%1").arg(dateText(entity->blacklistTo));
        blacklist += QStringLiteral("；%1）").arg(entity->blacklistReason);
    }
    QHash<QString, QString> values = DrawDocuments::commonValues(m_db);
    values.insert(QHash<QString, QString> {
        {QStringLiteral("entityName"), entity->name.toHtmlEscaped()},
        {QStringLiteral("creditCode"), entity->creditCode.toHtmlEscaped()},
        {QStringLiteral("registryCode"), entity->code.toHtmlEscaped()},
        {QStringLiteral("category"), Vocabulary::categories().chinese(entity->category).toHtmlEscaped()},
        {QStringLiteral("township"), entity->townshipName.toHtmlEscaped()},
        {QStringLiteral("address"), entity->address.toHtmlEscaped()},
        {QStringLiteral("riskClass"), Vocabulary::riskClasses().chinese(entity->riskClass).toHtmlEscaped()},
        {QStringLiteral("blacklist"), blacklist.toHtmlEscaped()},
        {QStringLiteral("eventCount"), QString::number(list.size())},
        {QStringLiteral("eventRows"), rows},
        {QStringLiteral("printedOn"), dateText(QDate::currentDate())},
    });
    DrawDocument doc;
    doc.title = QStringLiteral("诚信档案 %1").arg(entity->name);
    doc.html = DrawDocuments::fill(DrawDocuments::templateText(QStringLiteral("credit-archive.html")), values);
    doc.footer = QStringLiteral("诚信档案 · %1 · %2").arg(entity->name, entity->drawId());
    return doc;
}

bool CreditArchive::exportTo(qint64 entityId, const QString& path, QString* error) const
{
    const auto entity = EntityRepository(m_db).find(entityId);
    if (!entity) {
        if (error)
            *error = tr("The entity no longer exists.");
        return false;
    }
    QList<QStringList> rows;
    for (const ArchiveEvent& e : events(entityId))
        rows << QStringList {dateText(e.date), ArchiveEvent::kindLabel(e.kind), e.text, e.planCode};
    if (!TableWriter::write(path, QStringLiteral("诚信档案"), tableHeaders(), rows, error, {12, 12, 90, 24}))
        return false;
    return ExportFile::record(
        m_db, path, {{QStringLiteral("creditArchive"), entity->code}, {QStringLiteral("rows"), int(rows.size())}},
        error);
}
