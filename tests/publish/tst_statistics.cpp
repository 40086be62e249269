// Statistics per item and half year (pool, drawn, share), per category and per township: the numbers a clerk
// checks against the policy's 5 % and half-year rules, their .xlsx export and the published page's bar charts.
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PublicationSupport.h"
#include "PublishedResults.h"
#include "Statistics.h"
#include "TableReader.h"
#include "Vocabulary.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace PlanFixture;
using namespace PublicationSupport;

class TestStatistics final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    InspectionItem m_item1;
    InspectionItem m_item2;

    Plan drawnPlan(const QList<InspectionItem>& items, QDate from, QDate to, const QString& digits)
    {
        Plan p = inserted(*m_db, plan(items, false, from, to));
        PlanDraw draw(*m_db);
        // The ceremony the day before the period, so that the results are dated after the draw.
        draw.setClock([from] { return QDateTime(from.addDays(-1), QTime(9, 30)); });
        QString error;
        if (!draw.freeze(p.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(digits)}, &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        PlanFixture::approve(*m_db, p.code, attempt->id, from.addDays(-1));
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        const qint64 town1 = r.township(QStringLiteral("昌黎镇"));
        const qint64 town2 = r.township(QStringLiteral("靖安镇"));
        m_item1 = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        m_item2 = r.item(QStringLiteral("JY-02"), {QStringLiteral("kindergarten")}, 1000);
        r.entities(30, QStringLiteral("昌黎镇小学"), {.township = town1});
        r.entities(10, QStringLiteral("靖安镇小学"), {.township = town2});
        r.entities(20, QStringLiteral("幼儿园"), {.category = QStringLiteral("kindergarten"), .township = town1});
        r.inspectors(10);
    }

    void cleanup() { m_db.reset(); }

    void halfYears_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("1 January") << QDate(2026, 1, 1) << "2026年上半年";
        QTest::newRow("30 June") << QDate(2026, 6, 30) << "2026年上半年";
        QTest::newRow("1 July") << QDate(2026, 7, 1) << "2026年下半年";
        QTest::newRow("31 December") << QDate(2025, 12, 31) << "2025年下半年";
    }

    void halfYears()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        const HalfYear h = Statistics::halfYearOf(date);
        QCOMPARE(h.text(), text);
        QVERIFY(h.contains(date) && h.contains(h.first()) && h.contains(h.last()));
        QVERIFY(!h.contains(h.first().addDays(-1)) && !h.contains(h.last().addDays(1)));
    }

    void poolDrawnAndSharePerItemAndHalfYear()
    {
        drawnPlan({m_item1, m_item2}, QDate(2026, 3, 1), QDate(2026, 3, 31), QStringLiteral("11112222333344445555"));
        drawnPlan({m_item1}, QDate(2026, 5, 1), QDate(2026, 5, 31), QStringLiteral("99998888777766665555"));
        drawnPlan({m_item1}, QDate(2026, 9, 1), QDate(2026, 9, 30), QStringLiteral("12121212343434345656"));
        // A plan frozen but not drawn counts nowhere.
        Plan frozen = inserted(*m_db, plan({m_item2}, false, QDate(2026, 4, 1), QDate(2026, 4, 30)));
        QString error;
        QVERIFY(PlanDraw(*m_db).freeze(frozen.id, &error));

        QCOMPARE(Statistics::halfYears(*m_db), (QList<HalfYear> {{2026, 2}, {2026, 1}}));
        const StatisticsReport first = Statistics::compute(*m_db, HalfYear {2026, 1}, false);
        QCOMPARE(first.items.size(), 2);
        const ItemStatistics& a = first.items.at(0);
        QCOMPARE(a.itemCode, QStringLiteral("JY-01"));
        QCOMPARE(a.itemName, QStringLiteral("检查事项 JY-01"));
        QCOMPARE(a.draws, 2);
        QCOMPARE(a.pool, 80); // 40 primary schools, twice
        QCOMPARE(a.drawn, 4); // 5 % of 40 = 2, twice
        QCOMPARE(a.ratioBp(), 500);
        const ItemStatistics& b = first.items.at(1);
        QCOMPARE(b.itemCode, QStringLiteral("JY-02"));
        QCOMPARE(b.draws, 1);
        QCOMPARE(b.pool, 20);
        QCOMPARE(b.drawn, 2); // the item's 10 %
        QCOMPARE(b.ratioBp(), 1000);
        QCOMPARE(a.visitsDone + a.problems + a.rectified, 0);

        // Per township: every visit of the half year's draws where its entity is.
        int visits = 0;
        for (const GroupStatistics& t : first.townships) {
            QVERIFY(t.group == QStringLiteral("昌黎镇") || t.group == QStringLiteral("靖安镇"));
            visits += t.visits;
        }
        QCOMPARE(visits, 6);
        // … and per entity category, in the vocabulary's order, only the categories drawn.
        visits = 0;
        QStringList categories;
        for (const GroupStatistics& c : first.entityCategories) {
            categories << c.group;
            visits += c.visits;
        }
        QCOMPARE(visits, 6);
        QVERIFY(!categories.isEmpty());
        QVERIFY(categories == QStringList {QStringLiteral("primary")}
                || categories == QStringList {QStringLiteral("kindergarten")}
                || categories == (QStringList {QStringLiteral("kindergarten"), QStringLiteral("primary")}));
        QCOMPARE(Statistics::entityCategoryRows(first).size(), categories.size());
        // Every category listed, none counted yet.
        QCOMPARE(first.categories.size(), Vocabulary::resultCategories().keys().size());

        const StatisticsReport all = Statistics::compute(*m_db, std::nullopt, false);
        QCOMPARE(all.items.size(), 3);
        QCOMPARE(all.items.at(2).half, (HalfYear {2026, 2}));
        QCOMPARE(Statistics::itemRows(all).at(2),
                 (QStringList {QStringLiteral("2026年下半年"), QStringLiteral("JY-01"), QStringLiteral("检查事项 JY-01"),
                               QStringLiteral("1"), QStringLiteral("40"), QStringLiteral("2"), QStringLiteral("5%"),
                               QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    }

    void resultsCountPerItemCategoryAndTownship()
    {
        const Plan p = drawnPlan({m_item1, m_item2}, QDate(2026, 3, 1), QDate(2026, 3, 31),
                                 QStringLiteral("11112222333344445555"));
        QMap<QString, QStringList> byItem;
        const auto current = PlanDraw(*m_db).currentAttempt(p.id);
        for (const DrawTeam& team : current->result->teams)
            byItem[team.items.first()] << team.entity;
        QCOMPARE(byItem.value(QStringLiteral("JY-01")).size(), 2);
        QCOMPARE(byItem.value(QStringLiteral("JY-02")).size(), 2);
        const QDate on(2026, 3, 10);
        PublishedResults::record(*m_db, p.id, byItem[QStringLiteral("JY-01")].at(0), QStringLiteral("JY-01"),
                              {.inspected = on});
        const qint64 rectified = PublishedResults::record(
            *m_db, p.id, byItem[QStringLiteral("JY-01")].at(1), QStringLiteral("JY-01"),
            {.categories = {QStringLiteral("ordered_rectify")}, .followUp = QStringLiteral("rectify"), .inspected = on});
        PublishedResults::followUp(*m_db, rectified, QStringLiteral("partly"), QDate(2026, 4, 1));
        PublishedResults::followUp(*m_db, rectified, QStringLiteral("rectified"), QDate(2026, 4, 20));
        PublishedResults::record(*m_db, p.id, byItem[QStringLiteral("JY-02")].at(0), QStringLiteral("JY-02"),
                              {.categories = {QStringLiteral("unreachable")}, .followUp = QStringLiteral("routine"),
                               .inspected = on, .publish = false});
        const qint64 partly = PublishedResults::record(
            *m_db, p.id, byItem[QStringLiteral("JY-02")].at(1), QStringLiteral("JY-02"),
            {.categories = {QStringLiteral("other_rules")}, .followUp = QStringLiteral("notify"), .inspected = on});
        PublishedResults::followUp(*m_db, partly, QStringLiteral("partly"), QDate(2026, 4, 1));

        const StatisticsReport all = Statistics::compute(*m_db, HalfYear {2026, 1}, false);
        QCOMPARE(all.items.size(), 2);
        QCOMPARE(all.items.at(0).visitsDone, 2);
        QCOMPARE(all.items.at(0).problems, 1);
        QCOMPARE(all.items.at(0).rectified, 1); // the latest follow-up says rectified
        QCOMPARE(all.items.at(1).visitsDone, 2);
        QCOMPARE(all.items.at(1).problems, 1); // 无法联系 is no problem found
        QCOMPARE(all.items.at(1).rectified, 0);
        QHash<QString, int> categories;
        for (const CategoryStatistics& c : all.categories)
            categories.insert(c.category, c.results);
        QCOMPARE(categories.value(QStringLiteral("no_problem")), 1);
        QCOMPARE(categories.value(QStringLiteral("ordered_rectify")), 1);
        QCOMPARE(categories.value(QStringLiteral("unreachable")), 1);
        QCOMPARE(categories.value(QStringLiteral("other_rules")), 1);
        // Both groupings count every result once: done, problems, rectified.
        for (const QList<GroupStatistics>& groups : {all.townships, all.entityCategories}) {
            std::array<int, 3> sums {};
            for (const GroupStatistics& g : groups)
                sums = {sums[0] + g.visitsDone, sums[1] + g.problems, sums[2] + g.rectified};
            QCOMPARE(sums, (std::array<int, 3> {4, 2, 1}));
        }

        // What the website may show: published results only.
        const StatisticsReport published = Statistics::compute(*m_db, HalfYear {2026, 1}, true);
        QCOMPARE(published.items.at(1).visitsDone, 1);
        for (const CategoryStatistics& c : published.categories)
            if (c.category == QLatin1String("unreachable"))
                QCOMPARE(c.results, 0);
    }

    void theExportIsReadBack()
    {
        drawnPlan({m_item1, m_item2}, QDate(2026, 3, 1), QDate(2026, 3, 31), QStringLiteral("11112222333344445555"));
        const StatisticsReport report = Statistics::compute(*m_db, HalfYear {2026, 1}, false);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("统计.xlsx"));
        QString error;
        QVERIFY2(Statistics::exportXlsx(report, path, &error), qPrintable(error));
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.value(0), Statistics::itemHeaders());
        QCOMPARE(table->rows.value(1), Statistics::itemRows(report).at(0));
        QCOMPARE(table->rows.value(2), Statistics::itemRows(report).at(1));
        QCOMPARE(table->cell(4, 0), QStringLiteral("检查结果类别"));
        QCOMPARE(table->cell(5, 0), QStringLiteral("未发现问题"));
        QCOMPARE(table->cell(5, 1), QStringLiteral("0"));
    }

    void thePageHasItsTablesAndBarCharts()
    {
        drawnPlan({m_item1, m_item2}, QDate(2026, 3, 1), QDate(2026, 3, 31), QStringLiteral("11112222333344445555"));
        const QString html = Statistics::page(*m_db, Statistics::compute(*m_db, HalfYear {2026, 1}, true));
        QCOMPARE(wellFormedProblem(html), QString());
        QCOMPARE(html.count(QStringLiteral("<svg ")), 4);
        QVERIFY(html.contains(QStringLiteral("5% 最低比例")));
        const QString text = visibleText(html);
        for (const QString& expected : {QStringLiteral("2026年上半年"), QStringLiteral("检查事项 JY-02"),
                                        QStringLiteral("10%"), QStringLiteral("昌黎镇"), QStringLiteral("已公示的结果")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void barChartsEscapeTheirLabels()
    {
        const QString svg = Statistics::barChartSvg(QStringLiteral("A&B"), {QStringLiteral("<x>"), QStringLiteral("y")},
                                                    {2, 4}, {QStringLiteral("2"), QStringLiteral("4")}, 3,
                                                    QStringLiteral("floor"));
        QCOMPARE(wellFormedProblem(svg), QString());
        QVERIFY(svg.contains(QStringLiteral("&lt;x&gt;")) && svg.contains(QStringLiteral("A&amp;B")));
        QCOMPARE(svg.count(QStringLiteral("<rect ")), 2);
        // The longest bar fills the width, the other half of it.
        QVERIFY(svg.contains(QStringLiteral("width=\"380.0\"")) && svg.contains(QStringLiteral("width=\"190.0\"")));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
