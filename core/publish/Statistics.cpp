#include "Statistics.h"

#include "DrawDocuments.h"
#include "EntityDirectory.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PublicPage.h"
#include "ResultRepository.h"
#include "Settings.h"
#include "TableWriter.h"
#include "Vocabulary.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <array>
#include <functional>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString& label, const QString& html, bool number = false)
{
    return QStringLiteral("<td%1 data-label=\"%2\">%3</td>")
        .arg(number ? QStringLiteral(" class=\"num\"") : QString(), esc(label), html);
}

QString tableHtml(const QStringList& headers, const QList<QStringList>& rows, int firstNumberColumn)
{
    QString html = QStringLiteral("<div class=\"scroll\">\n<table class=\"cards\">\n<thead><tr>");
    for (qsizetype c = 0; c < headers.size(); ++c)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(c >= firstNumberColumn ? QStringLiteral(" class=\"num\"") : QString(), esc(headers.at(c)));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < headers.size(); ++c)
            html += cell(headers.at(c), esc(row.value(c)), c >= firstNumberColumn);
        html += QStringLiteral("</tr>\n");
    }
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td class=\"empty\" colspan=\"%1\">暂无数据。</td></tr>\n").arg(headers.size());
    return html + QStringLiteral("</tbody>\n</table>\n</div>");
}

QStringList categoryHeaders()
{
    return {QStringLiteral("检查结果类别"), QStringLiteral("结果数")};
}

QList<QStringList> categoryRows(const StatisticsReport& report)
{
    QList<QStringList> rows;
    for (const CategoryStatistics& c : report.categories)
        rows << QStringList {Vocabulary::resultCategories().chinese(c.category), QString::number(c.results)};
    return rows;
}

QList<QStringList> groupRows(const QList<GroupStatistics>& groups, const std::function<QString(const QString&)>& name)
{
    QList<QStringList> rows;
    for (const GroupStatistics& g : groups)
        rows << QStringList {name(g.group), QString::number(g.visits), QString::number(g.visitsDone),
                             QString::number(g.problems), QString::number(g.rectified)};
    return rows;
}

QString townshipName(const QString& township)
{
    return township.isEmpty() ? QStringLiteral("未填乡镇") : township;
}

QString categoryName(const QString& category)
{
    return Vocabulary::categories().chinese(category);
}

// A chart of the visits per group, the problems beside each.
QString groupChart(const QString& title, const QList<GroupStatistics>& groups,
                   const std::function<QString(const QString&)>& name)
{
    QStringList labels, texts;
    QList<double> values;
    for (const GroupStatistics& g : groups) {
        labels << name(g.group);
        values << g.visits;
        texts << QStringLiteral("%1 家次，问题 %2").arg(g.visits).arg(g.problems);
    }
    return labels.isEmpty() ? QString() : Statistics::barChartSvg(title, labels, values, texts);
}

} // namespace

QStringList Statistics::townshipHeaders()
{
    return {QStringLiteral("乡镇"), QStringLiteral("抽中家次"), QStringLiteral("已检查"), QStringLiteral("发现问题"),
            QStringLiteral("已整改")};
}

QList<QStringList> Statistics::townshipRows(const StatisticsReport& report)
{
    return groupRows(report.townships, townshipName);
}

QStringList Statistics::entityCategoryHeaders()
{
    QStringList headers = townshipHeaders();
    headers[0] = QStringLiteral("学校类别");
    return headers;
}

QList<QStringList> Statistics::entityCategoryRows(const StatisticsReport& report)
{
    return groupRows(report.entityCategories, categoryName);
}

QString HalfYear::text() const
{
    return QStringLiteral("%1年%2").arg(year).arg(half == 1 ? QStringLiteral("上半年") : QStringLiteral("下半年"));
}

QList<HalfYear> Statistics::halfYears(Database& db)
{
    QList<HalfYear> halves;
    PlanDraw draw(db);
    for (const PlanVisit& visit : draw.standingVisits())
        if (visit.periodFrom.isValid() && !halves.contains(HalfYear::of(visit.periodFrom)))
            halves << HalfYear::of(visit.periodFrom);
    std::sort(halves.begin(), halves.end(), std::greater<>());
    return halves;
}

StatisticsReport Statistics::compute(Database& db, std::optional<HalfYear> half, bool publishedOnly)
{
    StatisticsReport report;
    report.half = half;
    report.publishedOnly = publishedOnly;
    const EntityDirectory entities(db);
    PlanDraw draw(db);

    // Item statistics by (half year, item code); the plans counted, with their half year.
    QMap<std::pair<HalfYear, QString>, ItemStatistics> items;
    QHash<qint64, HalfYear> planHalf;
    QMap<QString, GroupStatistics> townships;
    QHash<QString, GroupStatistics> categories;
    // The two groups an entity counts in.
    const auto groupsOf = [&](const QString& entity) {
        const EntityFacts* facts = entities.find(entity);
        const QString township = facts ? facts->township : QString();
        const QString category = facts ? facts->category : QString();
        GroupStatistics& t = townships[township];
        t.group = township;
        GroupStatistics& c = categories[category];
        c.group = category;
        return std::array<GroupStatistics*, 2> {&t, &c};
    };
    for (const Plan& plan : PlanRepository(db).list()) {
        if (!plan.periodFrom.isValid() || (half && !half->contains(plan.periodFrom)))
            continue;
        const auto current = draw.currentAttempt(plan.id);
        const auto frozen = current && current->result ? draw.frozenRequest(plan.id) : std::nullopt;
        if (!frozen)
            continue;
        const HalfYear h = HalfYear::of(plan.periodFrom);
        planHalf.insert(plan.id, h);
        for (const DrawItem& item : frozen->request.items) {
            ItemStatistics& s = items[{h, item.code}];
            s.half = h;
            s.itemCode = item.code;
            for (const PlanItemScope& scope : plan.items)
                if (scope.itemCode == item.code)
                    s.itemName = scope.itemName;
            ++s.draws;
            for (const DrawStratum& stratum : item.strata)
                s.pool += int(stratum.ids.size());
        }
        for (const DrawItemResult& item : current->result->items) {
            ItemStatistics& s = items[{h, item.code}];
            for (const DrawStratumResult& stratum : item.strata)
                s.drawn += int(stratum.selected.size());
        }
        for (const DrawTeam& team : current->result->teams)
            for (GroupStatistics* g : groupsOf(team.entity))
                ++g->visits;
    }

    QHash<QString, int> categoryCounts;
    ResultRepository results(db);
    for (auto h = planHalf.cbegin(); h != planHalf.cend(); ++h) {
        for (const ResultRow& row : results.planResults(h.key())) {
            const std::optional<ResultVersion>& version = publishedOnly ? row.published : row.latest;
            if (!version)
                continue;
            const bool problem = version->foundProblem();
            bool rectified = false;
            if (problem) {
                // The latest follow-up visit says where the rectification stands.
                std::optional<FollowUpVisit> last;
                for (const FollowUpVisit& visit : results.followUps(row.resultId))
                    if (!last || visit.visitedOn >= last->visitedOn)
                        last = visit;
                rectified = last && last->outcome == QLatin1String("rectified");
            }
            ItemStatistics& s = items[{h.value(), row.itemCode}];
            ++s.visitsDone;
            s.problems += problem ? 1 : 0;
            s.rectified += rectified ? 1 : 0;
            for (const QString& c : version->categories)
                ++categoryCounts[c];
            for (GroupStatistics* g : groupsOf(row.entity)) {
                ++g->visitsDone;
                g->problems += problem ? 1 : 0;
                g->rectified += rectified ? 1 : 0;
            }
        }
    }

    report.items = items.values();
    for (const QString& key : Vocabulary::resultCategories().keys())
        report.categories << CategoryStatistics {key, categoryCounts.value(key)};
    for (const GroupStatistics& t : std::as_const(townships))
        if (!t.group.isEmpty())
            report.townships << t;
    if (townships.contains(QString()))
        report.townships << townships.value(QString());
    for (const QString& key : Vocabulary::categories().keys())
        if (categories.contains(key))
            report.entityCategories << categories.value(key);
    return report;
}

QStringList Statistics::itemHeaders()
{
    return {QStringLiteral("半年度"),   QStringLiteral("事项编号"),   QStringLiteral("抽查事项"),
            QStringLiteral("抽取次数"), QStringLiteral("名录库数量"), QStringLiteral("抽取数量"),
            QStringLiteral("抽取比例"), QStringLiteral("已检查"),     QStringLiteral("发现问题"),
            QStringLiteral("已整改")};
}

QList<QStringList> Statistics::itemRows(const StatisticsReport& report)
{
    QList<QStringList> rows;
    for (const ItemStatistics& s : report.items)
        rows << QStringList {s.half.text(),
                             s.itemCode,
                             s.itemName,
                             QString::number(s.draws),
                             QString::number(s.pool),
                             QString::number(s.drawn),
                             PlanItemScope::percentText(s.ratioBp()),
                             QString::number(s.visitsDone),
                             QString::number(s.problems),
                             QString::number(s.rectified)};
    return rows;
}

bool Statistics::exportXlsx(const StatisticsReport& report, const QString& path, QString* error)
{
    QList<QStringList> rows = itemRows(report);
    rows << QStringList() << categoryHeaders() << categoryRows(report);
    rows << QStringList() << townshipHeaders() << townshipRows(report);
    rows << QStringList() << entityCategoryHeaders() << entityCategoryRows(report);
    return TableWriter::writeXlsx(path, QStringLiteral("抽查统计"), itemHeaders(), rows, error);
}

QString Statistics::barChartSvg(const QString& title, const QStringList& labels, const QList<double>& values,
                                const QStringList& valueTexts, double marker, const QString& markerText)
{
    const int labelWidth = 190;
    const int barArea = 380;
    const int rowHeight = 26;
    const int top = 34;
    const int width = labelWidth + barArea + 170; // room for the value text after the longest bar
    const int height = top + int(labels.size()) * rowHeight + (marker > 0 ? 26 : 10);
    double maximum = marker;
    for (double v : values)
        maximum = std::max(maximum, v);
    if (maximum <= 0)
        maximum = 1;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"100%\" "
                                 "style=\"max-width:%1px\" role=\"img\" aria-label=\"%3\">\n")
                      .arg(width)
                      .arg(height)
                      .arg(esc(title));
    svg += QStringLiteral("<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"bold\">%1</text>\n").arg(esc(title));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int y = top + int(i) * rowHeight;
        const double w = values.value(i) / maximum * barArea;
        QString label = labels.at(i);
        if (label.size() > 13)
            label = label.left(12) + QStringLiteral("…");
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"13\" text-anchor=\"end\">%3</text>\n")
                   .arg(labelWidth - 8)
                   .arg(y + 16)
                   .arg(esc(label));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"#c0392b\"/>\n")
                   .arg(labelWidth)
                   .arg(y + 3)
                   .arg(QString::number(w, 'f', 1));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\">%3</text>\n")
                   .arg(QString::number(labelWidth + w + 5, 'f', 1))
                   .arg(y + 16)
                   .arg(esc(valueTexts.value(i)));
    }
    if (marker > 0) {
        const double x = labelWidth + marker / maximum * barArea;
        const int bottom = top + int(labels.size()) * rowHeight;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#1f5fa8\" stroke-width=\"1.5\" "
                              "stroke-dasharray=\"4 3\"/>\n")
                   .arg(QString::number(x, 'f', 1))
                   .arg(top)
                   .arg(bottom);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" fill=\"#1f5fa8\" text-anchor=\"middle\">%3"
                              "</text>\n")
                   .arg(QString::number(x, 'f', 1))
                   .arg(bottom + 16)
                   .arg(esc(markerText));
    }
    return svg + QStringLiteral("</svg>");
}

QString Statistics::page(Database& db, const StatisticsReport& report)
{
    QHash<QString, QString> v;
    const SettingsValues settings = Settings(db).load();
    v.insert(QStringLiteral("style"), PublicPage::style());
    v.insert(QStringLiteral("bureau"), esc(settings.bureauName));
    v.insert(QStringLiteral("period"), esc(report.half ? report.half->text() : QStringLiteral("全部年度")));
    v.insert(QStringLiteral("basis"),
             esc(report.publishedOnly ? QStringLiteral("检查结果按已公示的结果统计。")
                                      : QStringLiteral("检查结果按已录入的结果统计。")));
    v.insert(QStringLiteral("generatedAt"),
             esc(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    v.insert(QStringLiteral("signature"), PublicPage::signatureBlock(settings, QDate::currentDate()));
    v.insert(QStringLiteral("leadership"), PublicPage::leadershipBlock(settings));

    QStringList labels, texts;
    QList<double> values;
    for (const ItemStatistics& s : report.items) {
        labels << (report.half ? s.itemName : s.half.text() + QStringLiteral(" ") + s.itemName);
        values << s.ratioBp() / 100.0;
        texts << PlanItemScope::percentText(s.ratioBp());
    }
    v.insert(QStringLiteral("ratioChart"),
             labels.isEmpty() ? QString()
                              : barChartSvg(QStringLiteral("各事项抽取比例"), labels, values, texts, 5.0,
                                            QStringLiteral("5% 最低比例")));
    v.insert(QStringLiteral("itemTable"), tableHtml(itemHeaders(), itemRows(report), 3));

    labels.clear();
    texts.clear();
    values.clear();
    for (const CategoryStatistics& c : report.categories) {
        labels << Vocabulary::resultCategories().chinese(c.category);
        values << c.results;
        texts << QString::number(c.results);
    }
    v.insert(QStringLiteral("categoryChart"), barChartSvg(QStringLiteral("检查结果类别"), labels, values, texts));
    v.insert(QStringLiteral("categoryTable"), tableHtml(categoryHeaders(), categoryRows(report), 1));

    v.insert(QStringLiteral("townshipChart"),
             groupChart(QStringLiteral("各乡镇抽中家次"), report.townships, townshipName));
    v.insert(QStringLiteral("townshipTable"), tableHtml(townshipHeaders(), townshipRows(report), 1));
    v.insert(QStringLiteral("entityCategoryChart"),
             groupChart(QStringLiteral("各类学校抽中家次"), report.entityCategories, categoryName));
    v.insert(QStringLiteral("entityCategoryTable"), tableHtml(entityCategoryHeaders(), entityCategoryRows(report), 1));
    return DrawDocuments::fill(DrawDocuments::templateText(QStringLiteral("publish-statistics.html")), v);
}
