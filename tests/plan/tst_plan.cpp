#include "InspectionItem.h"
#include "Plan.h"

#include <QTest>

Q_DECLARE_METATYPE(QList<PlanStratum>)

namespace {

PlanStratum ratio(const char* name, int bp)
{
    return {QString::fromLatin1(name), bp, std::nullopt};
}

PlanStratum count(const char* name, int n)
{
    return {QString::fromLatin1(name), std::nullopt, n};
}

InspectionItem sampleItem(qint64 id, const QString& code, int minRatioBp = 500)
{
    InspectionItem item;
    item.id = id;
    item.code = code;
    item.name = QStringLiteral("民办学校办学行为检查");
    item.categories = {QStringLiteral("kindergarten"), QStringLiteral("primary"), QStringLiteral("junior")};
    item.minRatioBp = minRatioBp;
    return item;
}

Plan completePlan()
{
    Plan p;
    p.code = QStringLiteral("昌教抽查〔2026〕3号");
    p.title = QStringLiteral("2026年上半年民办学校办学行为检查");
    p.section = QStringLiteral("行政执法办公室");
    p.periodFrom = QDate(2026, 4, 1);
    p.periodTo = QDate(2026, 4, 30);
    p.items << PlanItemScope::forItem(sampleItem(1, QStringLiteral("JY-01")));
    return p;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    return fields;
}

QString messageFor(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultStrataFollowThePolicy()
    {
        const QList<PlanStratum> risk = PlanItemScope::defaultStrata(true, 500);
        QCOMPARE(risk,
                 (QList<PlanStratum> {ratio("A", 500), ratio("B", 500), ratio("C", 1000), ratio("D", 2000),
                                      ratio("blacklist", 5000)}));
        const QList<PlanStratum> plain = PlanItemScope::defaultStrata(false, 500);
        QCOMPARE(plain, (QList<PlanStratum> {ratio("normal", 500), ratio("blacklist", 5000)}));
        // An item asking for 10 % lifts every stratum below it, and the strata stay non-decreasing.
        const QList<PlanStratum> strict = PlanItemScope::defaultStrata(true, 1000);
        QCOMPARE(strict,
                 (QList<PlanStratum> {ratio("A", 1000), ratio("B", 1000), ratio("C", 1000), ratio("D", 2000),
                                      ratio("blacklist", 5000)}));
        QCOMPARE(PlanItemScope::defaultStrata(false, 1500).first(), ratio("normal", 1500));
        QVERIFY(PlanItemScope::stratumProblems(risk, true, 500).isEmpty());
        QVERIFY(PlanItemScope::stratumProblems(strict, true, 1000).isEmpty());
    }

    void forItemCopiesTheItem()
    {
        const PlanItemScope scope = PlanItemScope::forItem(sampleItem(7, QStringLiteral("JY-02"), 1000), false);
        QCOMPARE(scope.itemId, 7);
        QCOMPARE(scope.itemCode, QStringLiteral("JY-02"));
        QCOMPARE(scope.itemMinRatioBp, 1000);
        QVERIFY(!scope.directed);
        QVERIFY(!scope.useRiskStrata);
        QCOMPARE(scope.strata, (QList<PlanStratum> {ratio("normal", 1000), ratio("blacklist", 5000)}));
    }

    void stratumRules_data()
    {
        QTest::addColumn<QList<PlanStratum>>("strata");
        QTest::addColumn<bool>("risk");
        QTest::addColumn<int>("itemMin");
        QTest::addColumn<int>("pool"); // size of every stratum's pool, -1 = unknown
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");

        const auto risk = [](int a, int b, int c, int d, int bl) {
            return QList<PlanStratum> {ratio("A", a), ratio("B", b), ratio("C", c), ratio("D", d),
                                       ratio("blacklist", bl)};
        };
        QTest::newRow("defaults") << risk(500, 500, 1000, 2000, 5000) << true << 500 << -1 << QString() << QString();
        QTest::newRow("all equal at 5%") << risk(500, 500, 500, 500, 500) << true << 500 << -1 << QString()
                                         << QString();
        QTest::newRow("A below 5%") << risk(400, 500, 1000, 2000, 5000) << true << 500 << -1
                                    << QStringLiteral("strata.A") << QStringLiteral("at least 5%");
        QTest::newRow("A below the item's 10%")
            << risk(500, 1000, 1000, 2000, 5000) << true << 1000 << -1 << QStringLiteral("strata.A")
            << QStringLiteral("this item asks for at least 10%");
        QTest::newRow("C below B") << risk(500, 1000, 800, 2000, 5000) << true << 500 << -1
                                   << QStringLiteral("strata.C") << QStringLiteral("below the 10% of");
        QTest::newRow("blacklist below D") << risk(500, 500, 1000, 2000, 1500) << true << 500 << -1
                                           << QStringLiteral("strata.blacklist") << QStringLiteral("below the 20% of");
        QTest::newRow("above 100%") << risk(500, 500, 1000, 2000, 12000) << true << 500 << -1
                                    << QStringLiteral("strata.blacklist") << QStringLiteral("at most 100%");
        QTest::newRow("normal and blacklist equal")
            << QList<PlanStratum> {ratio("normal", 800), ratio("blacklist", 800)} << false << 500 << -1 << QString()
            << QString();
        QTest::newRow("blacklist below normal")
            << QList<PlanStratum> {ratio("normal", 800), ratio("blacklist", 600)} << false << 500 << -1
            << QStringLiteral("strata.blacklist") << QStringLiteral("below the 8% of");
        QTest::newRow("count reaching 5% of 100") << QList<PlanStratum> {count("normal", 5), ratio("blacklist", 5000)}
                                                  << false << 500 << 100 << QString() << QString();
        QTest::newRow("count below 5% of 100")
            << QList<PlanStratum> {count("normal", 4), ratio("blacklist", 5000)} << false << 500 << 100
            << QStringLiteral("strata.normal") << QStringLiteral("5% of its 100 entities is 5");
        QTest::newRow("count below the item's 10% of 41")
            << QList<PlanStratum> {count("normal", 4), ratio("blacklist", 5000)} << false << 1000 << 41
            << QStringLiteral("strata.normal") << QStringLiteral("10% of its 41 entities is 5");
        QTest::newRow("count of a small pool is at least 1")
            << QList<PlanStratum> {count("normal", 0), ratio("blacklist", 5000)} << false << 500 << 3
            << QStringLiteral("strata.normal") << QStringLiteral("is 1");
        QTest::newRow("count 0 of an empty pool") << QList<PlanStratum> {count("normal", 0), ratio("blacklist", 5000)}
                                                  << false << 500 << 0 << QString() << QString();
        QTest::newRow("count not judged without the pool")
            << QList<PlanStratum> {count("normal", 1), ratio("blacklist", 5000)} << false << 500 << -1 << QString()
            << QString();
        QTest::newRow("count of the blacklist below the normal ratio")
            << QList<PlanStratum> {ratio("normal", 2000), count("blacklist", 1)} << false << 500 << 20
            << QStringLiteral("strata.blacklist") << QStringLiteral("20% of its 20 entities is 4");
        QTest::newRow("both ratio and count")
            << QList<PlanStratum> {{QStringLiteral("normal"), 500, 3}, ratio("blacklist", 5000)} << false << 500 << -1
            << QStringLiteral("strata.normal") << QStringLiteral("either a ratio or a fixed number");
        QTest::newRow("neither ratio nor count")
            << QList<PlanStratum> {{QStringLiteral("normal"), std::nullopt, std::nullopt}, ratio("blacklist", 5000)}
            << false << 500 << -1 << QStringLiteral("strata.normal") << QStringLiteral("either a ratio or a fixed");
        QTest::newRow("strata out of order")
            << QList<PlanStratum> {ratio("blacklist", 5000), ratio("normal", 500)} << false << 500 << -1
            << QStringLiteral("strata") << QStringLiteral("in this order");
        QTest::newRow("normal stratum in a risk plan")
            << QList<PlanStratum> {ratio("normal", 500), ratio("blacklist", 5000)} << true << 500 << -1
            << QStringLiteral("strata") << QStringLiteral("in this order");
    }

    void stratumRules()
    {
        QFETCH(QList<PlanStratum>, strata);
        QFETCH(bool, risk);
        QFETCH(int, itemMin);
        QFETCH(int, pool);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QHash<QString, int> pools;
        if (pool >= 0)
            for (const PlanStratum& s : strata)
                pools.insert(s.name, pool);
        const FieldErrors errors = PlanItemScope::stratumProblems(strata, risk, itemMin, pools);
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QCOMPARE(fieldsOf(errors), QStringList {field});
        QVERIFY2(errors.first().message.contains(says), qPrintable(errors.first().message));
    }

    void minimumCountRoundsUp()
    {
        QCOMPARE(PlanItemScope::minimumCount(0, 500), 0);
        QCOMPARE(PlanItemScope::minimumCount(1, 500), 1);
        QCOMPARE(PlanItemScope::minimumCount(100, 500), 5);
        QCOMPARE(PlanItemScope::minimumCount(101, 500), 6);
        QCOMPARE(PlanItemScope::minimumCount(312, 500), 16);
    }

    void percentText()
    {
        QCOMPARE(PlanItemScope::percentText(500), QStringLiteral("5%"));
        QCOMPARE(PlanItemScope::percentText(1250), QStringLiteral("12.5%"));
        QCOMPARE(PlanItemScope::percentText(1205), QStringLiteral("12.05%"));
        QCOMPARE(PlanItemScope::percentText(10000), QStringLiteral("100%"));
    }

    void conditionsInWords()
    {
        PlanItemScope scope = PlanItemScope::forItem(sampleItem(1, QStringLiteral("JY-01")));
        const QHash<qint64, QString> townships {{1, QStringLiteral("昌黎镇")}, {2, QStringLiteral("靖安镇")}};
        QCOMPARE(scope.conditionsInWords(townships), QStringLiteral("不定向"));
        scope.directed = true;
        scope.conditions.ownerships = {QStringLiteral("private")};
        scope.conditions.categories = {QStringLiteral("kindergarten"), QStringLiteral("primary")};
        scope.conditions.townshipIds = {1, 2};
        scope.conditions.blacklistedOnly = true;
        QCOMPARE(scope.conditionsInWords(townships),
                 QStringLiteral("定向：民办；幼儿园、小学；昌黎镇、靖安镇；仅黑名单"));
        scope.conditions = {};
        scope.conditions.tags = {QStringLiteral("寄宿制"), QStringLiteral("普惠性")};
        scope.conditions.notInspectedSince = QDate(2025, 9, 1);
        QCOMPARE(scope.conditionsInWords(townships),
                 QStringLiteral("定向：标签：寄宿制、普惠性；自2025-09-01起未检查"));
    }

    void conditionsSurviveJson()
    {
        PlanConditions c;
        c.categories = {QStringLiteral("primary")};
        c.ownerships = {QStringLiteral("private")};
        c.townshipIds = {3, 9};
        c.tags = {QStringLiteral("寄宿制")};
        c.blacklistedOnly = true;
        c.notInspectedSince = QDate(2025, 10, 1);
        QCOMPARE(PlanConditions::fromJson(c.toJson()), c);
        QVERIFY(PlanConditions().isEmpty());
        QVERIFY(PlanConditions::fromJson(PlanConditions().toJson()).isEmpty());
    }

    void completePlanHasNoProblems()
    {
        const Plan p = completePlan();
        const FieldErrors errors = p.problems();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field + QStringLiteral(": ") + errors.value(0).message));
        QVERIFY(p.storageProblems().isEmpty());
    }

    void emptyPlanSaysWhatIsMissing()
    {
        const FieldErrors errors = Plan().problems();
        QCOMPARE(fieldsOf(errors),
                 (QStringList {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("section"),
                               QStringLiteral("items"), QStringLiteral("periodFrom"), QStringLiteral("periodTo")}));
        QCOMPARE(messageFor(errors, QStringLiteral("items")), QStringLiteral("Choose at least one item."));
        // An unfinished draft may still be saved, once it has a code.
        Plan draft;
        draft.code = QStringLiteral("昌教抽查〔2026〕1号");
        QVERIFY(draft.storageProblems().isEmpty());
    }

    void planRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("blocksSaving");
        QTest::newRow("team of one") << "teamSize=1"
                                     << "teamSize"
                                     << "at least 2 inspectors" << true;
        QTest::newRow("team of eleven") << "teamSize=11"
                                        << "teamSize"
                                        << "at most 10" << true;
        QTest::newRow("no certified member") << "minCertified=0"
                                             << "minCertified"
                                             << "At least 1 member" << true;
        QTest::newRow("more certified than members") << "minCertified=3"
                                                     << "minCertified"
                                                     << "cannot outnumber" << true;
        QTest::newRow("backup factor 1") << "backupFactor=1"
                                         << "backupFactor"
                                         << "at least 2" << true;
        QTest::newRow("backup factor 6") << "backupFactor=6"
                                         << "backupFactor"
                                         << "at most 5" << true;
        QTest::newRow("negative max teams") << "maxTeams=-1"
                                            << "maxTeamsPerInspector"
                                            << "cannot be negative" << true;
        QTest::newRow("guard of 40 months") << "guard=40"
                                            << "guardMonths"
                                            << "between 0 (off) and 36" << true;
        QTest::newRow("period reversed") << "period"
                                         << "periodTo"
                                         << "before its start" << true;
        QTest::newRow("no section") << "section"
                                    << "section"
                                    << "initiates the plan" << false;
        QTest::newRow("code with a line break") << "code"
                                                << "code"
                                                << "control character" << true;
        QTest::newRow("witness without name") << "witnessName"
                                              << "witnesses"
                                              << "Every witness has a name" << true;
        QTest::newRow("witness twice") << "witnessTwice"
                                       << "witnesses"
                                       << "listed twice" << true;
        QTest::newRow("witness role") << "witnessRole"
                                      << "witnesses"
                                      << "Choose the role" << true;
        QTest::newRow("item twice") << "itemTwice"
                                    << "items.1.itemId"
                                    << "JY-01: This item is chosen twice" << true;
        QTest::newRow("undirected with conditions") << "undirectedConditions"
                                                    << "items.0.directed"
                                                    << "An undirected draw has no conditions" << false;
        QTest::newRow("directed without conditions") << "directedEmpty"
                                                     << "items.0.conditions"
                                                     << "names at least one condition" << false;
        QTest::newRow("category outside the item") << "category"
                                                   << "items.0.conditions.categories"
                                                   << "not among the categories of this item" << false;
        QTest::newRow("stratum below 5%") << "stratum"
                                          << "items.0.strata.B"
                                          << "JY-01: The ratio of" << false;
    }

    void planRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QFETCH(bool, blocksSaving);
        Plan p = completePlan();
        if (change == QLatin1String("teamSize=1"))
            p.teamSize = 1;
        else if (change == QLatin1String("teamSize=11"))
            p.teamSize = 11;
        else if (change == QLatin1String("minCertified=0"))
            p.minCertified = 0;
        else if (change == QLatin1String("minCertified=3"))
            p.minCertified = 3;
        else if (change == QLatin1String("backupFactor=1"))
            p.backupFactor = 1;
        else if (change == QLatin1String("backupFactor=6"))
            p.backupFactor = 6;
        else if (change == QLatin1String("maxTeams=-1"))
            p.maxTeamsPerInspector = -1;
        else if (change == QLatin1String("guard=40"))
            p.guardMonths = 40;
        else if (change == QLatin1String("period"))
            p.periodTo = QDate(2026, 3, 31);
        else if (change == QLatin1String("section"))
            p.section = QStringLiteral("  ");
        else if (change == QLatin1String("code"))
            p.code = QStringLiteral("昌教抽查\n〔2026〕3号");
        else if (change == QLatin1String("witnessName"))
            p.witnesses = {{QStringLiteral(" "), QStringLiteral("npc_deputy"), {}}};
        else if (change == QLatin1String("witnessTwice"))
            p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), {}},
                           {QStringLiteral("王建国"), QStringLiteral("media"), {}}};
        else if (change == QLatin1String("witnessRole"))
            p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("mayor"), {}}};
        else if (change == QLatin1String("itemTwice"))
            p.items << p.items.first();
        else if (change == QLatin1String("undirectedConditions"))
            p.items[0].conditions.ownerships = {QStringLiteral("private")};
        else if (change == QLatin1String("directedEmpty"))
            p.items[0].directed = true;
        else if (change == QLatin1String("category")) {
            p.items[0].directed = true;
            p.items[0].conditions.categories = {QStringLiteral("training")};
        } else if (change == QLatin1String("stratum"))
            p.items[0].strata[1].ratioBp = 300;
        const FieldErrors errors = p.problems();
        QVERIFY2(fieldsOf(errors).contains(field), qPrintable(fieldsOf(errors).join(QLatin1Char(','))));
        QVERIFY2(messageFor(errors, field).contains(says), qPrintable(messageFor(errors, field)));
        QCOMPARE(fieldsOf(p.storageProblems()).contains(field), blocksSaving);
    }

    void fieldsLockAsThePlanAdvances()
    {
        QVERIFY(Plan::lockedFields(QStringLiteral("draft")).isEmpty());
        const QStringList frozen = Plan::lockedFields(QStringLiteral("frozen"));
        QVERIFY(frozen.contains(QStringLiteral("items")));
        QVERIFY(frozen.contains(QStringLiteral("periodFrom")));
        QVERIFY(frozen.contains(QStringLiteral("code")));
        QVERIFY(!frozen.contains(QStringLiteral("witnesses")));
        for (const char* status : {"drawn", "inspecting", "completed"})
            QCOMPARE(Plan::lockedFields(QString::fromLatin1(status)), Plan::fields());
        QCOMPARE(Plan::statusRank(QStringLiteral("draft")), 0);
        QCOMPARE(Plan::statusRank(QStringLiteral("completed")), 4);
        QCOMPARE(Plan::statusRank(QStringLiteral("published")), -1);
    }

    void changedFieldsIgnoreDisplayFields()
    {
        const Plan a = completePlan();
        Plan b = a;
        b.items[0].itemName = QStringLiteral("另一个名称");
        b.items[0].itemMinRatioBp = 1000;
        QVERIFY(Plan::changedFields(a, b).isEmpty());
        b.items[0].strata[0].ratioBp = 600;
        b.title = QStringLiteral("新标题");
        b.witnesses = {{QStringLiteral("李华"), QStringLiteral("media"), QStringLiteral("昌黎电视台")}};
        QCOMPARE(Plan::changedFields(a, b),
                 (QStringList {QStringLiteral("title"), QStringLiteral("items"), QStringLiteral("witnesses")}));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
