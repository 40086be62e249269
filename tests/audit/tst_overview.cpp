#include "DrawPreparation.h"
#include "Overview.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Publication.h"
#include "PublicationKeySupport.h"
#include "ResultRepository.h"
#include "Vocabulary.h"
#include "WorkCalendar.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;
using Severity = OverviewRow::Severity;

Q_DECLARE_METATYPE(OverviewRow::Severity)

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const OverviewRow* rowFor(const QList<OverviewRow>& rows, const QString& subject)
{
    for (const OverviewRow& row : rows)
        if (row.subject == subject)
            return &row;
    return nullptr;
}

void setSetting(Database& db, const QString& key, const QString& value)
{
    WriteTransaction tx(db);
    QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    check(tx.exec(q), tx, "setting");
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    InspectionItem m_schools; // JY-01: primary schools
    InspectionItem m_kindergartens; // JY-02: kindergartens
    QList<Entity> m_primary;

    // A plan of the given period over the items, frozen and drawn (status drawn) and its inspections approved the
    // day before the period unless `approve` is false, adjusted before it is saved.
    Plan drawnPlan(const QList<InspectionItem>& items, QDate from, QDate to,
                   const std::function<void(Plan&)>& adjust = {}, bool approve = true)
    {
        Plan p = plan(items, true, from, to);
        if (adjust)
            adjust(p);
        p = inserted(*m_db, p);
        PlanDraw draw(*m_db);
        // The ceremony the day before the period, so that the results are dated after the draw.
        draw.setClock([from] { return QDateTime(from.addDays(-1), QTime(9, 30)); });
        QString error;
        if (!draw.freeze(p.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(QStringLiteral("31415926535897932384"))}, &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        if (approve)
            PlanFixture::approve(*m_db, p.code, attempt->id, from.addDays(-1));
        return *PlanRepository(*m_db).find(p.id);
    }

    void setStatus(qint64 planId, const QString& status)
    {
        WriteTransaction tx(*m_db);
        check(PlanRepository(*m_db).setStatus(tx, planId, status), tx, "status");
    }

    int visitCount(qint64 planId) { return int(PlanDraw(*m_db).currentAttempt(planId)->result->teams.size()); }

    // A result of a visit × item as the team records it on 2026-10-08: nothing found, or an order to rectify by.
    static ResultVersion version(const ResultRow& row, QDate rectifyBy = {})
    {
        ResultVersion v;
        v.inspectedFrom = d(2026, 10, 8);
        v.inspectedTo = d(2026, 10, 8);
        v.members = row.team;
        if (rectifyBy.isValid()) {
            v.categories = {QStringLiteral("ordered_rectify")};
            v.findings = QStringLiteral("消防通道堵塞");
            v.followUp = QStringLiteral("rectify");
            v.rectifyBy = rectifyBy;
        } else {
            v.categories = {QStringLiteral("no_problem")};
        }
        return v;
    }

    // Runs one write of the result repository in its own transaction; stops the test when it does not commit.
    template<typename Write> void write(Write&& writeIn)
    {
        WriteTransaction tx(*m_db);
        ResultRepository results(*m_db);
        if (!writeIn(tx, results) || !tx.commit())
            qFatal("result write: %s", qPrintable(tx.error()));
    }

    qint64 record(qint64 planId, const ResultRow& row, QDate rectifyBy = {})
    {
        ResultVersion v = version(row, rectifyBy);
        write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.create(tx, planId, row.entity, row.itemCode, v);
        });
        return v.resultId;
    }

    void publish(qint64 resultId)
    {
        write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.submit(tx, resultId) && results.review(tx, resultId) && results.publish(tx, resultId);
        });
    }

    void followUp(qint64 resultId, QDate on, const QString& outcome, const QStringList& inspectors)
    {
        FollowUpVisit visit;
        visit.resultId = resultId;
        visit.visitedOn = on;
        visit.inspectors = inspectors;
        visit.outcome = outcome;
        write([&](WriteTransaction& tx, ResultRepository& results) { return results.addFollowUp(tx, visit); });
    }

    // Writes the plan's website package (the 公示… button) into a new folder of dir.
    void generatePackage(const Plan& p, const QTemporaryDir& dir, const QString& name)
    {
        QString error;
        if (!Publication::writePackage(*m_db, p.id, dir.filePath(name), *PublicationKeySupport::unlockedKey(*m_db),
                                       nullptr, &error))
            qFatal("package: %s", qPrintable(error));
    }

    // Records every result of the plan and publishes all but the first; their ids in the plan's order.
    QList<qint64> recordAllPublishAllButFirst(qint64 planId, const QList<ResultRow>& pairs)
    {
        QList<qint64> ids;
        for (const ResultRow& row : pairs)
            ids << record(planId, row);
        for (qint64 id : ids.mid(1))
            publish(id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        m_schools = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        m_kindergartens = r.item(QStringLiteral("JY-02"), {QStringLiteral("kindergarten")});
        m_primary = r.entities(60, QStringLiteral("昌黎县第小学"));
        r.entities(20, QStringLiteral("昌黎县幼儿园"), {.category = QStringLiteral("kindergarten")});
        r.inspectors(8);
    }

    void cleanup() { m_db.reset(); }

    void halfYears()
    {
        QCOMPARE(Overview::halfYear(d(2026, 6, 30)), std::pair(d(2026, 1, 1), d(2026, 6, 30)));
        QCOMPARE(Overview::halfYear(d(2026, 7, 1)), std::pair(d(2026, 7, 1), d(2026, 12, 31)));
        QCOMPARE(Overview::halfYear(d(2026, 1, 1)), std::pair(d(2026, 1, 1), d(2026, 6, 30)));
        QCOMPARE(Overview::halfYear(d(2026, 12, 31)), std::pair(d(2026, 7, 1), d(2026, 12, 31)));
    }

    void nothingToDoOnAnEmptyDatabase()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY(db);
        const Overview overview(*db, d(2026, 5, 1));
        for (Overview::Section section : Overview::sections()) {
            QVERIFY(!Overview::sectionTitle(section).isEmpty());
            QVERIFY2(overview.rows(section).isEmpty(), qPrintable(Overview::sectionTitle(section)));
        }
    }

    void publicationDeadlineAcrossNationalDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<int>("days");
        // The period ends Wed 2026-09-30; 国庆 10/1–10/7 off, Sat 10/10 worked: the deadline is Tue 10/20.
        QTest::newRow("period still running") << d(2026, 9, 29) << Severity::Ok << 11;
        QTest::newRow("last day of the period") << d(2026, 9, 30) << Severity::Ok << 10;
        QTest::newRow("during 国庆") << d(2026, 10, 3) << Severity::Yellow << 10;
        QTest::newRow("Sat 10/10 is worked") << d(2026, 10, 10) << Severity::Yellow << 7;
        QTest::newRow("the day before") << d(2026, 10, 19) << Severity::Yellow << 1;
        QTest::newRow("the deadline itself") << d(2026, 10, 20) << Severity::Yellow << 0;
        QTest::newRow("one day late") << d(2026, 10, 21) << Severity::Red << -1;
        QTest::newRow("a week late") << d(2026, 10, 26) << Severity::Red << -4;
    }

    void publicationDeadlineAcrossNationalDay()
    {
        QFETCH(QDate, today);
        QFETCH(Severity, severity);
        QFETCH(int, days);
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<OverviewRow> rows = Overview(*m_db, today).publicationsDue();
        QCOMPARE(rows.size(), 1);
        const OverviewRow& row = rows.first();
        QCOMPARE(row.subject, p.code);
        QCOMPARE(row.date, d(2026, 10, 20));
        QCOMPARE(row.severity, severity);
        QCOMPARE(row.days, days);
        QCOMPARE(row.count, visitCount(p.id)); // one item: one result per visit, none published
        QCOMPARE(row.page, QStringLiteral("plans"));
        QCOMPARE(row.id, p.id);
        QVERIFY(row.text.contains(QStringLiteral("2026-10-20")));
        QCOMPARE(row.text.contains(QStringLiteral("overdue")), severity == Severity::Red);
    }

    void publicationDueForEveryStatusAfterTheDraw()
    {
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        for (const QString& status : {QStringLiteral("inspecting"), QStringLiteral("completed")}) {
            setStatus(p.id, status);
            const QList<OverviewRow> rows = Overview(*m_db, d(2026, 10, 21)).publicationsDue();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().severity, Severity::Red);
        }
        // A plan not yet drawn has nothing to publish.
        inserted(*m_db, plan({m_schools}, true, d(2026, 8, 1), d(2026, 8, 31)));
        QCOMPARE(Overview(*m_db, d(2026, 10, 21)).publicationsDue().size(), 1);
    }

    void publicationDeadlineInAYearWithoutCalendar()
    {
        // Ten working days after Fri 2026-12-25 run into 2027, for which no calendar is shipped.
        const Plan p = drawnPlan({m_schools}, d(2026, 12, 1), d(2026, 12, 25));
        const QList<OverviewRow> rows = Overview(*m_db, d(2026, 12, 10)).publicationsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().severity, Severity::Yellow); // not yet due, but the clerk must add 2027
        QVERIFY(rows.first().text.contains(WorkCalendar::missingYearWarning(2027)));
        QVERIFY(rows.first().text.contains(Overview::tr("%1. %2", "a sentence, then a warning")
                                               .arg(QString(), WorkCalendar::missingYearWarning(2027))));
        QCOMPARE(rows.first().date, WorkCalendar().publicationDeadline(d(2026, 12, 25), nullptr));
        // A plan whose deadline falls within 2026 gives no warning.
        const Plan earlier = drawnPlan({m_kindergartens}, d(2026, 11, 1), d(2026, 11, 30));
        const QList<OverviewRow> both = Overview(*m_db, d(2026, 11, 2)).publicationsDue();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first().subject, earlier.code);
        QCOMPARE(both.first().severity, Severity::Ok);
        QVERIFY(!both.first().text.contains(QStringLiteral("2027")));
    }

    void itemsNotDrawnAtTheHalfYearBoundary_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("notDrawn");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<int>("daysLeft");
        // JY-01 is drawn in a plan of June 2026; JY-02 never.
        QTest::newRow("5/31: 30 days left")
            << d(2026, 5, 31) << QStringList {QStringLiteral("JY-02")} << Severity::Yellow << 30;
        QTest::newRow("6/1: 29 days left")
            << d(2026, 6, 1) << QStringList {QStringLiteral("JY-02")} << Severity::Red << 29;
        QTest::newRow("6/30: last day") << d(2026, 6, 30) << QStringList {QStringLiteral("JY-02")} << Severity::Red
                                        << 0;
        QTest::newRow("7/1: a new half year")
            << d(2026, 7, 1) << QStringList {QStringLiteral("JY-01"), QStringLiteral("JY-02")} << Severity::Yellow
            << 183;
    }

    void itemsNotDrawnAtTheHalfYearBoundary()
    {
        QFETCH(QDate, today);
        QFETCH(QStringList, notDrawn);
        QFETCH(Severity, severity);
        QFETCH(int, daysLeft);
        drawnPlan({m_schools}, d(2026, 6, 1), d(2026, 6, 30));
        // A draft of the other item does not count: only a standing draw does.
        inserted(*m_db, plan({m_kindergartens}, true, d(2026, 6, 1), d(2026, 6, 30)));
        const QList<OverviewRow> rows = Overview(*m_db, today).itemsNotDrawn();
        QStringList subjects;
        for (const OverviewRow& row : rows) {
            subjects << row.subject;
            QCOMPARE(row.severity, severity);
            QCOMPARE(row.days, daysLeft);
            QCOMPARE(row.page, QStringLiteral("items"));
        }
        QCOMPARE(subjects, notDrawn);
        QCOMPARE(rowFor(rows, QStringLiteral("JY-02"))->id, m_kindergartens.id);
    }

    void aPlanAcrossTheBoundaryCountsForBothHalves()
    {
        drawnPlan({m_schools, m_kindergartens}, d(2026, 6, 20), d(2026, 7, 10));
        QVERIFY(Overview(*m_db, d(2026, 6, 1)).itemsNotDrawn().isEmpty());
        QVERIFY(Overview(*m_db, d(2026, 12, 31)).itemsNotDrawn().isEmpty());
        QCOMPARE(Overview(*m_db, d(2027, 1, 1)).itemsNotDrawn().size(), 2);
    }

    // A new plan is offered the rest of the half year while an item is not drawn in it (the clerk saw 2027-01 offered
    // while the overview warned about the second half of 2026), else the next month.
    void aNewPlanIsOfferedTheHalfYearThatIsDue()
    {
        QCOMPARE(Overview(*m_db, d(2026, 12, 7)).suggestedPlanPeriod(), std::pair(d(2026, 12, 8), d(2026, 12, 31)));
        drawnPlan({m_schools, m_kindergartens}, d(2026, 11, 1), d(2026, 11, 30));
        QCOMPARE(Overview(*m_db, d(2026, 12, 7)).suggestedPlanPeriod(), std::pair(d(2027, 1, 1), d(2027, 1, 31)));
        // On the half year's last day there is no rest to offer; a new half year is due again.
        QCOMPARE(Overview(*m_db, d(2027, 6, 30)).suggestedPlanPeriod(), std::pair(d(2027, 7, 1), d(2027, 7, 31)));
        QCOMPARE(Overview(*m_db, d(2027, 1, 5)).suggestedPlanPeriod(), std::pair(d(2027, 1, 6), d(2027, 6, 30)));
    }

    void itemsOutOfForceAreNotAsked()
    {
        WriteTransaction tx(*m_db);
        InspectionItem item = m_kindergartens;
        item.effectiveTo = d(2026, 3, 31);
        check(ItemRepository(*m_db).update(tx, item), tx, "item");
        const QList<OverviewRow> april = Overview(*m_db, d(2026, 4, 1)).itemsNotDrawn();
        QCOMPARE(april.size(), 1);
        QCOMPARE(april.first().subject, QStringLiteral("JY-01"));
        QCOMPARE(Overview(*m_db, d(2026, 3, 31)).itemsNotDrawn().size(), 2);
    }

    void aDirectedDrawAloneIsBelowTheMinimum()
    {
        // Two schools tagged 寄宿 are the whole directed pool; at most 2 of the item's 62 schools are drawn.
        Registry r(*m_db);
        r.entities(2, QStringLiteral("寄宿小学"), {.tags = {QStringLiteral("寄宿")}});
        const Plan directed = drawnPlan({m_schools}, d(2026, 3, 1), d(2026, 3, 31), [](Plan& p) {
            p.items[0].directed = true;
            p.items[0].conditions.tags = {QStringLiteral("寄宿")};
        });
        const int drawn = visitCount(directed.id);
        QVERIFY(drawn >= 1 && drawn <= 2);

        const QList<OverviewRow> rows = Overview(*m_db, d(2026, 4, 15)).drawsBelowMinimum();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().subject, QStringLiteral("JY-01"));
        QCOMPARE(rows.first().severity, Severity::Red);
        QCOMPARE(rows.first().count, drawn);
        QCOMPARE(rows.first().days, 62); // the pool: every school in operation
        QCOMPARE(rows.first().id, m_schools.id);
        QVERIFY(rows.first().text.contains(QStringLiteral("5%")));

        // The next half year starts afresh; the old draw is not judged there.
        QVERIFY(Overview(*m_db, d(2026, 7, 1)).drawsBelowMinimum().isEmpty());

        // An undirected draw of the item in the same half year brings it to the minimum.
        drawnPlan({m_schools}, d(2026, 5, 1), d(2026, 5, 31));
        QVERIFY(Overview(*m_db, d(2026, 5, 15)).drawsBelowMinimum().isEmpty());
    }

    void aRaisedMinimumIsJudgedAgainstTheFrozenPool()
    {
        // An undirected draw at the item's minimum meets it; raising the minimum afterwards makes it fall short.
        const Plan p = drawnPlan({m_schools}, d(2026, 3, 1), d(2026, 3, 31));
        QVERIFY(Overview(*m_db, d(2026, 4, 1)).drawsBelowMinimum().isEmpty());
        WriteTransaction tx(*m_db);
        InspectionItem item = m_schools;
        item.minRatioBp = 5000;
        check(ItemRepository(*m_db).update(tx, item), tx, "item");
        const QList<OverviewRow> rows = Overview(*m_db, d(2026, 4, 1)).drawsBelowMinimum();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().days, 60); // the frozen pool
        QCOMPARE(rows.first().count, visitCount(p.id));
        QVERIFY(rows.first().text.contains(QStringLiteral("50%")));
    }

    void blacklistInspectedMoreOften()
    {
        Registry r(*m_db);
        r.entities(2, QStringLiteral("黑名单小学"), {.blacklisted = true});
        // No draws at all: 0 visits per blacklisted school is not higher than 0 per other school.
        QList<OverviewRow> rows = Overview(*m_db, d(2026, 4, 1)).blacklistFrequency();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().severity, Severity::Yellow);
        QCOMPARE(rows.first().subject, Vocabulary::categories().label(QStringLiteral("primary")));
        QCOMPARE(rows.first().page, QStringLiteral("entities"));
        QCOMPARE(rows.first().filter, QStringLiteral("blacklisted"));
        QCOMPARE(rows.first().count, 2);

        // A directed draw of the blacklist only: now they are visited more often than the others.
        drawnPlan({m_schools}, d(2026, 3, 1), d(2026, 3, 31), [](Plan& p) {
            p.items[0].directed = true;
            p.items[0].conditions.blacklistedOnly = true;
        });
        rows = Overview(*m_db, d(2026, 4, 1)).blacklistFrequency();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().severity, Severity::Ok);
        QVERIFY(rows.first().text.contains(QStringLiteral("0.00 per other entity (60)")));

        // Twelve months later that draw has left the window.
        QCOMPARE(Overview(*m_db, d(2027, 3, 31)).blacklistFrequency().first().severity, Severity::Ok);
        QCOMPARE(Overview(*m_db, d(2027, 4, 1)).blacklistFrequency().first().severity, Severity::Yellow);
    }

    void blacklistNotHigherWhenEverySchoolIsDrawn()
    {
        Registry r(*m_db);
        r.entities(2, QStringLiteral("黑名单小学"), {.blacklisted = true});
        // An undirected draw of every school (100 %) visits the others as often: not higher.
        drawnPlan({m_schools}, d(2026, 5, 1), d(2026, 5, 31), [](Plan& p) {
            for (PlanStratum& s : p.items[0].strata)
                s.ratioBp = 10000;
        });
        const QList<OverviewRow> rows = Overview(*m_db, d(2026, 6, 1)).blacklistFrequency();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().severity, Severity::Yellow);
        QVERIFY(rows.first().text.contains(QStringLiteral("1.00 visits per blacklisted entity (2 entities), 1.00 per "
                                                          "other entity (60)")));
    }

    void noBlacklistNothingToCompare()
    {
        drawnPlan({m_schools}, d(2026, 3, 1), d(2026, 3, 31));
        QVERIFY(Overview(*m_db, d(2026, 4, 1)).blacklistFrequency().isEmpty());
    }

    void lateResultsAroundTheThresholds_data()
    {
        QTest::addColumn<QString>("yellowDays"); // the settings; empty = not set
        QTest::addColumn<QString>("redDays");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("severity"); // -1 = no row
        // The period ends 2026-09-30; by default yellow after 5 days, red after 10.
        QTest::newRow("5 days: not yet") << QString() << QString() << d(2026, 10, 5) << -1;
        QTest::newRow("6 days: yellow") << QString() << QString() << d(2026, 10, 6) << int(Severity::Yellow);
        QTest::newRow("10 days: yellow") << QString() << QString() << d(2026, 10, 10) << int(Severity::Yellow);
        QTest::newRow("11 days: red") << QString() << QString() << d(2026, 10, 11) << int(Severity::Red);
        QTest::newRow("settings 2/3, 2 days") << QStringLiteral("2") << QStringLiteral("3") << d(2026, 10, 2) << -1;
        QTest::newRow("settings 2/3, 3 days")
            << QStringLiteral("2") << QStringLiteral("3") << d(2026, 10, 3) << int(Severity::Yellow);
        QTest::newRow("settings 2/3, 4 days")
            << QStringLiteral("2") << QStringLiteral("3") << d(2026, 10, 4) << int(Severity::Red);
        QTest::newRow("unreadable settings: defaults")
            << QStringLiteral("五") << QStringLiteral("-1") << d(2026, 10, 6) << int(Severity::Yellow);
    }

    void lateResultsAroundTheThresholds()
    {
        QFETCH(QString, yellowDays);
        QFETCH(QString, redDays);
        QFETCH(QDate, today);
        QFETCH(int, severity);
        if (!yellowDays.isEmpty())
            setSetting(*m_db, Overview::lateYellowDaysKey(), yellowDays);
        if (!redDays.isEmpty())
            setSetting(*m_db, Overview::lateRedDaysKey(), redDays);
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<OverviewRow> rows = Overview(*m_db, today).lateResults();
        if (severity < 0) {
            QVERIFY(rows.isEmpty());
            return;
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(int(rows.first().severity), severity);
        QCOMPARE(rows.first().subject, p.code);
        QCOMPARE(rows.first().days, int(d(2026, 9, 30).daysTo(today)));
        QCOMPARE(rows.first().count, visitCount(p.id));
        QCOMPARE(rows.first().id, p.id);
        QCOMPARE(rows.first().page, QStringLiteral("plans"));
    }

    // A drawn plan without its approval is listed, yellow before its period and red once it has begun; approved, it
    // is not.
    void approvalsDueListsDrawnPlansWithoutApproval()
    {
        const Plan waiting = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30), {}, false);
        drawnPlan({m_kindergartens}, d(2026, 9, 1), d(2026, 9, 30));
        QList<OverviewRow> rows = Overview(*m_db, d(2026, 8, 25)).approvalsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().subject, waiting.code);
        QCOMPARE(rows.first().severity, Severity::Yellow);
        QCOMPARE(rows.first().days, 7);
        QCOMPARE(rows.first().page, QStringLiteral("plans"));
        QCOMPARE(rows.first().id, waiting.id);
        rows = Overview(*m_db, d(2026, 9, 2)).approvalsDue();
        QCOMPARE(rows.first().severity, Severity::Red);
        QCOMPARE(rows.first().days, -1);
        PlanFixture::approve(*m_db, waiting.code, PlanDraw(*m_db).currentAttempt(waiting.id)->id, d(2026, 9, 2));
        QVERIFY(Overview(*m_db, d(2026, 9, 2)).approvalsDue().isEmpty());
    }

    void lateResultsCountWhatIsNotHandedIn()
    {
        const Plan p = drawnPlan({m_schools, m_kindergartens}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<ResultRow> pairs = ResultRepository(*m_db).planResults(p.id);
        QVERIFY(pairs.size() >= 4);
        const QDate today = d(2026, 10, 12);
        auto missing = [&] {
            const QList<OverviewRow> rows = Overview(*m_db, today).lateResults();
            return rows.isEmpty() ? 0 : rows.first().count;
        };
        QCOMPARE(missing(), int(pairs.size()));

        // Entered only: the clerk has not handed it in yet. The plan is now being inspected, and still late.
        const qint64 first = record(p.id, pairs.at(0));
        QCOMPARE(PlanRepository(*m_db).find(p.id)->status, QStringLiteral("inspecting"));
        QCOMPARE(missing(), int(pairs.size()));
        // Submitted: handed in. Returned: to be done again.
        write([&](WriteTransaction& tx, ResultRepository& results) { return results.submit(tx, first); });
        QCOMPARE(missing(), int(pairs.size()) - 1);
        write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.returnForRework(tx, first, QStringLiteral("检查人员签名不全"));
        });
        QCOMPARE(missing(), int(pairs.size()));
        write([&](WriteTransaction& tx, ResultRepository& results) { return results.submit(tx, first); });
        const qint64 second = record(p.id, pairs.at(1));
        write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.submit(tx, second) && results.review(tx, second);
        });
        QCOMPARE(missing(), int(pairs.size()) - 2);
        QVERIFY(Overview(*m_db, today)
                    .lateResults()
                    .first()
                    .text.contains(QStringLiteral("%1 of %2 results").arg(pairs.size() - 2).arg(pairs.size())));

        // Everything handed in: nothing late.
        for (const ResultRow& row : pairs.mid(2)) {
            const qint64 id = record(p.id, row);
            write([&](WriteTransaction& tx, ResultRepository& results) { return results.submit(tx, id); });
        }
        QVERIFY(Overview(*m_db, today).lateResults().isEmpty());
    }

    void aPlanLeavesThePublicationListOnceItsPackageHoldsEveryResult()
    {
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<ResultRow> pairs = ResultRepository(*m_db).planResults(p.id);
        const QDate today = d(2026, 10, 21);
        QTemporaryDir dir;
        const QList<qint64> ids = recordAllPublishAllButFirst(p.id, pairs);
        QList<OverviewRow> rows = Overview(*m_db, today).publicationsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().count, 1);
        QCOMPARE(rows.first().severity, Severity::Red);

        // Every result published: still due until the website package is generated.
        publish(ids.first());
        QCOMPARE(PlanRepository(*m_db).find(p.id)->status, QStringLiteral("completed"));
        rows = Overview(*m_db, today).publicationsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().subject, p.code);
        QCOMPARE(rows.first().count, pairs.size());
        QCOMPARE(rows.first().date, d(2026, 10, 20));
        QCOMPARE(rows.first().severity, Severity::Red);
        QCOMPARE(rows.first().days, -1);
        QVERIFY2(rows.first().text.contains(QStringLiteral("all %1 results published, the website package not yet "
                                                           "generated; the deadline 2026-10-20 has passed")
                                                .arg(pairs.size())),
                 qPrintable(rows.first().text));

        generatePackage(p, dir, QStringLiteral("网页包"));
        QVERIFY(Overview(*m_db, today).publicationsDue().isEmpty());

        // A correction under way does not put the plan back on the list.
        ResultVersion correction = version(pairs.first());
        correction.resultId = ids.first();
        correction.correctionReason = QStringLiteral("检查日期录入有误");
        write([&](WriteTransaction& tx, ResultRepository& results) { return results.correct(tx, correction); });
        QVERIFY(Overview(*m_db, today).publicationsDue().isEmpty());
        QVERIFY(Overview(*m_db, today).lateResults().isEmpty()); // a completed plan has nothing late

        // Once it is published (a second later, as a clerk would: times are to the second), the package on the
        // website is out of date.
        QTest::qWait(1100);
        publish(ids.first());
        rows = Overview(*m_db, today).publicationsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().count, 1);
        QCOMPARE(rows.first().severity, Severity::Yellow);
        QCOMPARE(rows.first().date, QDate::currentDate()); // the day the correction was published
        QVERIFY2(rows.first().text.contains(QStringLiteral("the website package is out of date: 1 corrected results")),
                 qPrintable(rows.first().text));
        generatePackage(p, dir, QStringLiteral("更正后"));
        QVERIFY(Overview(*m_db, today).publicationsDue().isEmpty());
    }

    void aPackageOfSomeResultsLeavesThePlanDue()
    {
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<ResultRow> pairs = ResultRepository(*m_db).planResults(p.id);
        const QDate today = d(2026, 10, 19);
        QTemporaryDir dir;
        const QList<qint64> ids = recordAllPublishAllButFirst(p.id, pairs);
        generatePackage(p, dir, QStringLiteral("部分"));
        QList<OverviewRow> rows = Overview(*m_db, today).publicationsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().count, 1); // not published

        // The last result is published after the package: it is not on the website, the deadline still counts.
        QTest::qWait(1100);
        publish(ids.first());
        rows = Overview(*m_db, today).publicationsDue();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().count, 1); // not in the package
        QCOMPARE(rows.first().severity, Severity::Yellow);
        QCOMPARE(rows.first().date, d(2026, 10, 20));
        QCOMPARE(rows.first().days, 1);
        QVERIFY2(rows.first().text.contains(QStringLiteral("all %1 results published, 1 of them after the last "
                                                           "website package; publish by 2026-10-20")
                                                .arg(pairs.size())),
                 qPrintable(rows.first().text));
        generatePackage(p, dir, QStringLiteral("全部"));
        QVERIFY(Overview(*m_db, today).publicationsDue().isEmpty());
    }

    void rectificationsPastTheirDeadline()
    {
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<ResultRow> pairs = ResultRepository(*m_db).planResults(p.id);
        const qint64 ordered = record(p.id, pairs.at(0), d(2026, 10, 15));
        record(p.id, pairs.at(1)); // nothing found: nothing to rectify
        const auto entity = DrawPreparation::findEntity(*m_db, pairs.at(0).entity);
        QVERIFY(entity);

        QVERIFY(Overview(*m_db, d(2026, 10, 15)).overdueRectifications().isEmpty()); // due today, not yet past
        const QList<OverviewRow> rows = Overview(*m_db, d(2026, 10, 16)).overdueRectifications();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().severity, Severity::Red);
        QCOMPARE(rows.first().subject, entity->name);
        QCOMPARE(rows.first().date, d(2026, 10, 15));
        QCOMPARE(rows.first().days, 1);
        QCOMPARE(rows.first().page, QStringLiteral("plans"));
        QCOMPARE(rows.first().id, p.id);
        QVERIFY(rows.first().text.contains(p.code));
        QVERIFY(rows.first().text.contains(m_schools.name));

        // A follow-up that found it partly rectified leaves it overdue; one that found it rectified closes it.
        followUp(ordered, d(2026, 10, 16), QStringLiteral("partly"), pairs.at(0).team);
        QCOMPARE(Overview(*m_db, d(2026, 10, 20)).overdueRectifications().size(), 1);
        QCOMPARE(Overview(*m_db, d(2026, 10, 20)).overdueRectifications().first().days, 5);
        followUp(ordered, d(2026, 10, 19), QStringLiteral("rectified"), pairs.at(0).team);
        QVERIFY(Overview(*m_db, d(2026, 10, 20)).overdueRectifications().isEmpty());
    }

    void aCorrectionWithoutRectificationIsNotOverdue()
    {
        const Plan p = drawnPlan({m_schools}, d(2026, 9, 1), d(2026, 9, 30));
        const QList<ResultRow> pairs = ResultRepository(*m_db).planResults(p.id);
        const qint64 ordered = record(p.id, pairs.at(0), d(2026, 10, 15));
        publish(ordered);
        QCOMPARE(Overview(*m_db, d(2026, 11, 1)).overdueRectifications().size(), 1);
        // The published order was a mistake: the correction finds nothing to rectify, and it is the latest version.
        ResultVersion correction = version(pairs.at(0));
        correction.resultId = ordered;
        correction.correctionReason = QStringLiteral("误将他校问题录入");
        write([&](WriteTransaction& tx, ResultRepository& results) { return results.correct(tx, correction); });
        QVERIFY(Overview(*m_db, d(2026, 11, 1)).overdueRectifications().isEmpty());
    }

    void aDirectedOnlyDrawCountsTheItemsOwnershipScope()
    {
        // An item for private schools only: its whole scope is the 11 private schools, not all 71.
        Registry r(*m_db);
        r.entities(10, QStringLiteral("民办小学"), {.ownership = QStringLiteral("private")});
        r.entity({.name = QStringLiteral("寄宿民办小学"),
                  .ownership = QStringLiteral("private"),
                  .tags = {QStringLiteral("寄宿")}});
        InspectionItem privateSchools = r.item(QStringLiteral("JY-03"), {QStringLiteral("primary")});
        privateSchools.ownerships = {QStringLiteral("private")};
        {
            WriteTransaction tx(*m_db);
            check(ItemRepository(*m_db).update(tx, privateSchools), tx, "item");
        }
        privateSchools = *ItemRepository(*m_db).find(privateSchools.id);
        drawnPlan({privateSchools}, d(2026, 3, 1), d(2026, 3, 31), [](Plan& p) {
            p.items[0].directed = true;
            p.items[0].conditions.tags = {QStringLiteral("寄宿")};
        });
        // 1 of 11 is 9.09 %: not below 5 % (of all 71 schools it would have been).
        QVERIFY(Overview(*m_db, d(2026, 4, 1)).drawsBelowMinimum().isEmpty());
        privateSchools.minRatioBp = 1000;
        {
            WriteTransaction tx(*m_db);
            check(ItemRepository(*m_db).update(tx, privateSchools), tx, "item");
        }
        const QList<OverviewRow> rows = Overview(*m_db, d(2026, 4, 1)).drawsBelowMinimum();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().days, 11);
        QCOMPARE(rows.first().count, 1);
    }

    void registryHealth()
    {
        const QDate today = d(2026, 5, 10);
        Registry r(*m_db);
        const Inspector expired = r.inspector({.code = QStringLiteral("ZF-101"), .certTo = today.addDays(-1)});
        const Inspector endsToday = r.inspector({.code = QStringLiteral("ZF-102"), .certTo = today});
        const Inspector in60 = r.inspector({.code = QStringLiteral("ZF-103"), .certTo = today.addDays(60)});
        r.inspector({.code = QStringLiteral("ZF-104"), .certTo = today.addDays(61)});
        r.inspector(
            {.code = QStringLiteral("ZF-105"), .status = QStringLiteral("retired"), .certTo = today.addDays(-30)});
        const Inspector uncertified = r.inspector({.code = QStringLiteral("ZF-106"), .certified = false});
        const Entity noCode = r.entity({.name = QStringLiteral("无代码幼儿园"), .withCreditCode = false});
        r.entity({.name = QStringLiteral("已注销无代码"), .status = QStringLiteral("closed"), .withCreditCode = false});

        const QList<OverviewRow> rows = Overview(*m_db, today).registryHealth();
        QCOMPARE(rows.size(), 5);
        const OverviewRow* row = rowFor(rows, expired.name);
        QVERIFY(row);
        QCOMPARE(row->severity, Severity::Red);
        QCOMPARE(row->id, expired.id);
        QCOMPARE(row->page, QStringLiteral("inspectors"));
        QVERIFY(row->text.contains(QStringLiteral("expired")));
        QCOMPARE(rowFor(rows, endsToday.name)->severity, Severity::Yellow); // valid through its last day
        QCOMPARE(rowFor(rows, endsToday.name)->days, 0);
        QCOMPARE(rowFor(rows, in60.name)->severity, Severity::Yellow);
        QCOMPARE(rowFor(rows, in60.name)->days, 60);

        row = rowFor(rows, QStringLiteral("Entities"));
        QVERIFY(row);
        QCOMPARE(row->severity, Severity::Yellow);
        QCOMPARE(row->count, 1); // the closed one is not counted
        QCOMPARE(row->id, noCode.id);
        QCOMPARE(row->page, QStringLiteral("entities"));

        row = rowFor(rows, QStringLiteral("Inspectors"));
        QVERIFY(row);
        QCOMPARE(row->severity, Severity::Ok);
        QCOMPARE(row->count, 1);
        QCOMPARE(row->id, uncertified.id);
        QVERIFY(row->text.contains(uncertified.name));
    }

    // Certificates are judged by Inspector::isCertifiedOn on the overview's day: the clerk's expired certificate
    // is red and never counted as certified, one not valid yet counts as none, a valid one is not mentioned; and
    // with the rows the overview gives, every inspector on duty the inspector page lists as not certified today
    // is accounted for.
    void registryHealthJudgesCertificatesOnTheDay()
    {
        const QDate today = d(2026, 5, 10);
        Registry r(*m_db);
        const Inspector expired = r.inspector({.code = QStringLiteral("ZF-201"), .certTo = d(2025, 3, 3)});
        const Inspector notYet = r.inspector({.code = QStringLiteral("ZF-202"), .certFrom = today.addDays(10)});
        const Inspector none = r.inspector({.code = QStringLiteral("ZF-203"), .certified = false});
        const Inspector valid = r.inspector({.code = QStringLiteral("ZF-204"), .certFrom = d(2025, 3, 4)});
        QVERIFY(!expired.isCertifiedOn(today) && !notYet.isCertifiedOn(today) && valid.isCertifiedOn(today));

        const QList<OverviewRow> rows = Overview(*m_db, today).registryHealth();
        const OverviewRow* row = rowFor(rows, expired.name);
        QVERIFY(row);
        QCOMPARE(row->severity, Severity::Red);
        QVERIFY(!rowFor(rows, valid.name));
        QVERIFY(!rowFor(rows, notYet.name));
        row = rowFor(rows, QStringLiteral("Inspectors"));
        QVERIFY(row);
        QCOMPARE(row->count, 2);
        QVERIFY(row->text.contains(notYet.name));
        QVERIFY(row->text.contains(none.name));
        QVERIFY(!row->text.contains(expired.name));
        QVERIFY(!row->text.contains(valid.name));

        int listed = row->count;
        for (const OverviewRow& x : rows)
            listed += x.severity == Severity::Red && x.page == QLatin1String("inspectors") ? 1 : 0;
        InspectorFilter notCertified;
        notCertified.status = QStringLiteral("on_duty");
        notCertified.certified = 0;
        notCertified.certifiedOn = today;
        QCOMPARE(InspectorRepository(*m_db).count(notCertified), listed);
    }
};

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
