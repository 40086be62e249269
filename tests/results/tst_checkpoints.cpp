// Results per check point (issue 14): a plan keeps the checklist it was frozen with, a result concludes every point
// or none, a 不符合 point cannot end as 未发现问题, and results without points stay valid.
#include "Database.h"
#include "ItemRepository.h"
#include "PlanChecklist.h"
#include "ResultFixture.h"
#include "ResultOperations.h"
#include "Vocabulary.h"

#include <QTest>

namespace {

const Actor kClerk {QStringLiteral("luru"), QStringLiteral("clerk")};

const QList<CheckPoint> kChecklist {
    {QStringLiteral("办学许可证"), QStringLiteral("在有效期内"),
     QStringLiteral("《中华人民共和国民办教育促进法》第十八条")},
    {QStringLiteral("收费公示"), QStringLiteral("在显著位置公示"),
     QStringLiteral("《中华人民共和国民办教育促进法》第三十八条")},
    {QStringLiteral("校车"), QStringLiteral("符合校车安全管理条例"), {}},
};

QList<PointConclusion> allConform()
{
    return {{1, QStringLiteral("conform"), {}},
            {2, QStringLiteral("conform"), {}},
            {3, QStringLiteral("not_applicable"), QStringLiteral("无校车")}};
}

ResultRow jy1Row(const ResultFixture::DrawnPlan& f)
{
    for (const ResultRow& row : f.rows())
        if (row.itemCode == QLatin1String("JY-01"))
            return row;
    qFatal("no JY-01 visit");
}

} // namespace

class TestCheckPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void thePlanKeepsTheChecklistItWasFrozenWith()
    {
        ResultFixture::DrawnPlan f(true, kChecklist);
        QCOMPARE(PlanChecklist::of(*f.db, f.plan.id, QStringLiteral("JY-01")), kChecklist);
        QVERIFY(PlanChecklist::of(*f.db, f.plan.id, QStringLiteral("JY-02")).isEmpty());
        // The item changes after the draw: a new version, which this plan does not see.
        InspectionItem item = *ItemRepository(*f.db).findByCode(QStringLiteral("JY-01"));
        item.checklist.append({QStringLiteral("安全管理"), QStringLiteral("有应急预案"), {}});
        {
            WriteTransaction tx(*f.db);
            QVERIFY(ItemRepository(*f.db).update(tx, item));
            QVERIFY(tx.commit());
        }
        QCOMPARE(ItemRepository(*f.db).findByCode(QStringLiteral("JY-01"))->checklist.size(), 4);
        QCOMPARE(PlanChecklist::of(*f.db, f.plan.id, QStringLiteral("JY-01")), kChecklist);
        // A result with four conclusions is refused: the plan's checklist has three points.
        const ResultRow row = jy1Row(f);
        ResultVersion v = ResultFixture::DrawnPlan::cleanVersion(row);
        v.checkPoints = allConform();
        v.checkPoints.append({4, QStringLiteral("conform"), {}});
        const Outcome refused = ResultOperations(*f.db, kClerk).record(f.plan.id, row.entity, row.itemCode, v);
        QCOMPARE(refused.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(refused.message().contains(
                     ResultVersion::tr("The checklist has points 1 to %1; there is no point %2.").arg(3).arg(4)),
                 qPrintable(refused.message()));
    }

    void aResultWithEveryPointIsStoredAndReadBack()
    {
        ResultFixture::DrawnPlan f(true, kChecklist);
        const ResultRow row = jy1Row(f);
        ResultVersion v = ResultFixture::DrawnPlan::cleanVersion(row);
        v.checkPoints = allConform();
        const Outcome outcome = ResultOperations(*f.db, kClerk).record(f.plan.id, row.entity, row.itemCode, v);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        const auto stored = ResultRepository(*f.db).find(v.resultId);
        QCOMPARE(stored->latest->checkPoints, allConform());
        QCOMPARE(ResultRepository(*f.db).history(v.resultId).first().checkPoints, allConform());
        QVERIFY(stored->latest->toJson().contains(QStringLiteral("checkPoints")));
    }

    void aResultWithoutPointsStaysValid()
    {
        // Results recorded before checklists, or on paper without the points, are accepted and read as before.
        ResultFixture::DrawnPlan f(true, kChecklist);
        const ResultRow row = jy1Row(f);
        ResultVersion v = ResultFixture::DrawnPlan::cleanVersion(row);
        QVERIFY(ResultOperations(*f.db, kClerk).record(f.plan.id, row.entity, row.itemCode, v).ok());
        QVERIFY(ResultRepository(*f.db).find(v.resultId)->latest->checkPoints.isEmpty());
        QVERIFY(!ResultRepository(*f.db).find(v.resultId)->latest->toJson().contains(QStringLiteral("checkPoints")));
    }

    void aNonconformingPointCannotEndAsNoProblem()
    {
        ResultFixture::DrawnPlan f(true, kChecklist);
        const ResultRow row = jy1Row(f);
        ResultVersion v = ResultFixture::DrawnPlan::cleanVersion(row);
        v.checkPoints = allConform();
        v.checkPoints[1] = {2, QStringLiteral("nonconform"), QStringLiteral("未公示收费标准")};
        const Outcome refused = ResultOperations(*f.db, kClerk).record(f.plan.id, row.entity, row.itemCode, v);
        QCOMPARE(refused.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(refused.message().contains(Vocabulary::resultCategories().label(QStringLiteral("no_problem"))),
                 qPrintable(refused.message()));
        QVERIFY(!ResultRepository(*f.db).find(v.resultId));
        // With a problem category and the findings the points give, it is recorded.
        v.categories = {QStringLiteral("ordered_rectify")};
        v.followUp = QStringLiteral("rectify");
        v.rectifyBy = v.inspectedTo.addDays(30);
        v.findings = v.findingsFrom(kChecklist);
        QCOMPARE(v.findings,
                 ResultVersion::tr("Point %1 %2: does not conform.").arg(2).arg(QStringLiteral("收费公示"))
                     + QStringLiteral(" 未公示收费标准"));
        const Outcome outcome = ResultOperations(*f.db, kClerk).record(f.plan.id, row.entity, row.itemCode, v);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    }

    void pointProblems_data()
    {
        QTest::addColumn<QList<PointConclusion>>("points");
        QTest::addColumn<QString>("expected");
        QList<PointConclusion> missing = allConform();
        missing.removeLast();
        QTest::newRow("a point left out")
            << missing
            << ResultVersion::tr("Point %1 (%2) has no conclusion: give one for every point of the checklist.")
                   .arg(3)
                   .arg(QStringLiteral("校车"));
        QList<PointConclusion> twice = allConform();
        twice[2].number = 2;
        QTest::newRow("a point twice") << twice << ResultVersion::tr("Point %1 has two conclusions.").arg(2);
        QList<PointConclusion> unknown = allConform();
        unknown[0].outcome = QStringLiteral("maybe");
        QTest::newRow("unknown outcome") << unknown
                                         << ResultVersion::tr("Point %1 (%2): choose %3.")
                                                .arg(1)
                                                .arg(QStringLiteral("办学许可证"),
                                                     Vocabulary::checkPointOutcomes().labels().join(
                                                         QStringLiteral("、")));
        QList<PointConclusion> longNote = allConform();
        longNote[0].note = QString(ResultVersion::MaxPointNote + 1, QLatin1Char('x'));
        QTest::newRow("long note") << longNote
                                   << ResultVersion::tr("Point %1: the note has at most %2 characters.")
                                          .arg(1)
                                          .arg(ResultVersion::MaxPointNote);
    }
    void pointProblems()
    {
        QFETCH(QList<PointConclusion>, points);
        QFETCH(QString, expected);
        ResultVersion v;
        v.categories = {QStringLiteral("no_problem")};
        v.checkPoints = points;
        const FieldErrors errors = v.checkPointProblems(kChecklist);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, QStringLiteral("checkPoints"));
        QCOMPARE(errors.first().message, expected);
        // None at all is no problem; points for an item without a checklist are.
        v.checkPoints.clear();
        QVERIFY(v.checkPointProblems(kChecklist).isEmpty());
        v.checkPoints = allConform();
        QCOMPARE(v.checkPointProblems({}).size(), 1);
    }

    void storageKeepsTheConclusions()
    {
        QList<PointConclusion> points = allConform();
        points[0].note = QStringLiteral("含\"引号\"\n两行");
        QCOMPARE(ResultVersion::checkPointsFromStorage(ResultVersion::checkPointsToStorage(points)), points);
        QCOMPARE(ResultVersion::checkPointsToStorage({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestCheckPoints)
#include "tst_checkpoints.moc"
