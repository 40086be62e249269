// The 现场检查笔录 (issue 14 item 4), read back as text: blank for the pen with every element the 2025 format asks
// for (time and place lines, the party, the team with certificate numbers, the lines for showing certificates and
// telling the rights, each item's checklist with a box per conclusion, findings, signatures), and filled in from a
// recorded result (dates, members present, the conclusions ticked, notes, findings).
#include "Database.h"
#include "ResultDocuments.h"
#include "ResultFixture.h"
#include "ResultOperations.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const QList<CheckPoint> kChecklist {
    {QStringLiteral("办学许可证"), QStringLiteral("在有效期内"),
     QStringLiteral("《中华人民共和国民办教育促进法》第十八条")},
    {QStringLiteral("收费公示"), QStringLiteral("在显著位置公示"), {}},
};

QString text(const QString& html)
{
    QString t = html;
    t.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return t;
}

} // namespace

class TestResultDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aBlankRecordHasEveryElement()
    {
        ResultFixture::DrawnPlan f(true, kChecklist);
        ResultRow row;
        for (const ResultRow& r : f.rows())
            if (r.itemCode == QLatin1String("JY-01"))
                row = r;
        QString error;
        const auto doc = DrawDocuments::onSiteRecord(*f.db, f.plan.id, row.entity, {}, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString t = text(doc->html);
        for (const QString& element :
             {QStringLiteral("现场检查笔录"), QStringLiteral("检查时间"),
              QStringLiteral("＿＿＿＿年＿＿月＿＿日＿＿时＿＿分至＿＿时＿＿分"), QStringLiteral("检查地点"),
              QStringLiteral("被检查人"), QStringLiteral("负责人"), QStringLiteral("检查人员"),
              QStringLiteral("记录人"), QStringLiteral("☐ 执法人员已向被检查人出示执法证件"),
              QStringLiteral("有权申请回避"), QStringLiteral("陈述、申辩的权利"),
              QStringLiteral("检查依据：《中华人民共和国民办教育促进法》第四十一条"), QStringLiteral("JY-01"),
              QStringLiteral("办学许可证"), QStringLiteral("在有效期内"),
              QStringLiteral("《中华人民共和国民办教育促进法》第十八条"), QStringLiteral("检查情况"),
              QStringLiteral("检查人员（签名）"), QStringLiteral("被检查人或其代表（签名）")})
            QVERIFY2(t.contains(element), qPrintable(element));
        // A box for each conclusion of each point, none ticked; the item without a checklist says so.
        QCOMPARE(t.count(QStringLiteral("☐符合　☐不符合　☐不适用")),
                 kChecklist.size() * (row.itemCode == "JY-01" ? 1 : 0));
        QVERIFY(!t.contains(QStringLiteral("☑")));
        // Every member by name with a certificate number, and the header row repeats on each page (thead).
        QVERIFY(t.contains(QStringLiteral("执法证号")));
        QVERIFY(doc->html.contains(QStringLiteral("<thead>")));
        // Every visit, one per page.
        const auto all = DrawDocuments::onSiteRecord(*f.db, f.plan.id, QString(), {}, &error);
        QVERIFY(all);
        QList<PlanVisit> visits = ResultRepository(*f.db).visits(f.plan.id);
        QCOMPARE(all->html.count(QStringLiteral("page-break-before")), visits.size() - 1);
        QVERIFY(!DrawDocuments::onSiteRecord(*f.db, f.plan.id, QStringLiteral("nobody"), {}, &error));
    }

    void aFilledRecordShowsWhatTheResultSays()
    {
        ResultFixture::DrawnPlan f(true, kChecklist);
        ResultRow row;
        for (const ResultRow& r : f.rows())
            if (r.itemCode == QLatin1String("JY-01"))
                row = r;
        ResultVersion v = ResultFixture::DrawnPlan::cleanVersion(row);
        v.members = row.team.mid(0, 2);
        v.categories = {QStringLiteral("ordered_rectify")};
        v.followUp = QStringLiteral("rectify");
        v.rectifyBy = QDate(2026, 5, 10);
        v.checkPoints
            = {{1, QStringLiteral("conform"), {}}, {2, QStringLiteral("nonconform"), QStringLiteral("未公示")}};
        v.findings = v.findingsFrom(kChecklist);
        const Outcome o = ResultOperations(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")})
                              .record(f.plan.id, row.entity, row.itemCode, v);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QString error;
        const auto doc = ResultDocuments::filledOnSiteRecord(*f.db, f.plan.id, row.entity, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString t = text(doc->html);
        QVERIFY(t.contains(QStringLiteral("2026年4月10日")));
        QVERIFY(t.contains(QStringLiteral("☑符合　☐不符合　☐不适用")));
        QVERIFY(t.contains(QStringLiteral("☐符合　☑不符合　☐不适用")));
        QVERIFY(t.contains(QStringLiteral("未公示")));
        QVERIFY(t.contains(v.findings.section(QLatin1Char(' '), 0, 0)));
        if (row.team.size() > 2)
            QVERIFY(t.contains(QStringLiteral("（未到场）")));
        else
            QVERIFY(!t.contains(QStringLiteral("（未到场）")));
        // The facts are keyed by visit and item.
        QVERIFY(
            ResultDocuments::onSiteFacts(*f.db, f.plan.id).contains(DrawDocuments::factsKey(row.entity, row.itemCode)));
    }
};

QTEST_GUILESS_MAIN(TestResultDocuments)
#include "tst_resultdocuments.moc"
