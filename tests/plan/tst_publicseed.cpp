// A public number in the seed (issue 19 item 6, docs/seed-parts.md): named with its draw date when the plan is
// frozen, entered after that date as the seed's last part, and listed with its source in the published record,
// which `verify` checks against the seed. shuangsui-draw/1 itself is unchanged: the draw reads only the seed.
#include "DrawEngine.h"
#include "PlanDraw.h"
#include "PlanFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace PlanFixture;

namespace {

const QString kWang = QStringLiteral("王建国");
const QString kLottery = QStringLiteral("中国福利彩票“双色球”");
const QDate kFreezeDay(2026, 12, 7);
const QDate kLotteryDay(2026, 12, 8);

SeedPart lotteryPart(const QString& digits = QStringLiteral("03091422273108"))
{
    return SeedPart::fromPublic(kLottery, kLotteryDay.toString(Qt::ISODate), digits);
}

} // namespace

class TestPublicSeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    Plan m_plan;

    PlanDraw drawOn(const QDate& day)
    {
        PlanDraw draw(*m_db);
        draw.setClock([day] { return QDateTime(day, QTime(10, 0)); });
        return draw;
    }

    void freezeNamingTheLottery()
    {
        QString error;
        QVERIFY2(drawOn(kFreezeDay).freeze(m_plan.id, &error, PublicSeedSource {kLottery, kLotteryDay}),
                 qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        const InspectionItem schools = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        r.entities(30, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
        Plan p = plan({schools});
        p.witnesses = {{kWang, QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
        m_plan = inserted(*m_db, p);
    }

    void cleanup() { m_db.reset(); }

    void theFreezeKeepsTheNamedSource()
    {
        freezeNamingTheLottery();
        const auto frozen = PlanDraw(*m_db).frozenRequest(m_plan.id);
        QVERIFY(frozen && frozen->publicSource);
        QCOMPARE(frozen->publicSource->name, kLottery);
        QCOMPARE(frozen->publicSource->date, kLotteryDay);
        // The freeze's audit entry names it too: the chain pins what was announced before the seed.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'freeze'")) && q.next());
        const QJsonObject values = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(values.value(QStringLiteral("publicSource")).toObject().value(QStringLiteral("name")).toString(),
                 kLottery);
        QCOMPARE(values.value(QStringLiteral("publicSource")).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-12-08"));
        // The request and its hash are those of a plan frozen without a source: the draw does not know it.
        QVERIFY(frozen->request.seed.isEmpty());
    }

    void aSourceKnownAtTheFreezeIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("drawn today") << kLottery << kFreezeDay << QStringLiteral("choose a date after 2026-12-07");
        QTest::newRow("drawn before") << kLottery << kFreezeDay.addDays(-3)
                                      << QStringLiteral("choose a date after 2026-12-07");
        QTest::newRow("no name") << QStringLiteral("  ") << kLotteryDay << QStringLiteral("Name the public source");
        QTest::newRow("two lines") << QStringLiteral("双色球\n第2026140期") << kLotteryDay
                                   << QStringLiteral("one line of at most 60 characters");
        QTest::newRow("no date") << kLottery << QDate() << QStringLiteral("Give the date");
    }

    void aSourceKnownAtTheFreezeIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QDate, date);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!drawOn(kFreezeDay).freeze(m_plan.id, &error, PublicSeedSource {name, date}));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(PlanRepository(*m_db).find(m_plan.id)->status, QStringLiteral("draft"));
        QVERIFY(!PlanDraw(*m_db).frozenRequest(m_plan.id));
    }

    void theSeedWaitsForTheDrawDay()
    {
        freezeNamingTheLottery();
        QString error;
        const QList<SeedPart> parts {SeedPart::fromWitness(kWang, QStringLiteral("9482199351")), lotteryPart()};
        QVERIFY(!drawOn(kFreezeDay).addSeed(m_plan.id, parts, &error));
        QVERIFY2(error.contains(QStringLiteral("drawn on 2026-12-08")), qPrintable(error));
        QVERIFY(PlanDraw(*m_db).attempts(m_plan.id).isEmpty());
        const auto attempt = drawOn(kLotteryDay).addSeed(m_plan.id, parts, &error);
        QVERIFY2(attempt, qPrintable(error));
        QCOMPARE(attempt->seed, QStringLiteral("948219935103091422273108"));
        QCOMPARE(attempt->seedParts, parts);
    }

    void theSeedMustEndWithTheNamedNumber_data()
    {
        QTest::addColumn<QList<SeedPart>>("parts");
        QTest::addColumn<QString>("message");
        const SeedPart dice = SeedPart::fromWitness(kWang, QStringLiteral("94821993518190937865"));
        QTest::newRow("left out") << QList<SeedPart> {dice} << QStringLiteral("it is the seed's last part");
        QTest::newRow("not last") << QList<SeedPart> {lotteryPart(), dice} << QStringLiteral("comes last");
        QTest::newRow("another date") << QList<SeedPart> {dice,
                                                          SeedPart::fromPublic(kLottery, QStringLiteral("2026-12-10"),
                                                                               QStringLiteral("01020304050607"))}
                                      << QStringLiteral("not that of");
        QTest::newRow("another source") << QList<SeedPart> {dice,
                                                            SeedPart::fromPublic(QStringLiteral("体彩大乐透"),
                                                                                 QStringLiteral("2026-12-08"),
                                                                                 QStringLiteral("01020304050607"))}
                                        << QStringLiteral("not that of");
        QTest::newRow("empty") << QList<SeedPart> {dice, lotteryPart(QString())} << QStringLiteral("is missing");
        QTest::newRow("a letter") << QList<SeedPart> {dice, lotteryPart(QStringLiteral("0309O4"))}
                                  << QStringLiteral("only hold the digits 0 to 9");
        QTest::newRow("too short in all")
            << QList<SeedPart> {SeedPart::fromWitness(kWang, QStringLiteral("12")), lotteryPart()}
            << QStringLiteral("at least 20");
    }

    void theSeedMustEndWithTheNamedNumber()
    {
        QFETCH(QList<SeedPart>, parts);
        QFETCH(QString, message);
        freezeNamingTheLottery();
        QString error;
        QVERIFY(!drawOn(kLotteryDay).addSeed(m_plan.id, parts, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(PlanDraw(*m_db).attempts(m_plan.id).isEmpty());
    }

    void aPlanWithoutASourceTakesNoPublicPart()
    {
        QString error;
        QVERIFY(drawOn(kFreezeDay).freeze(m_plan.id, &error));
        QVERIFY(!PlanDraw(*m_db).frozenRequest(m_plan.id)->publicSource);
        const QList<SeedPart> parts {SeedPart::fromWitness(kWang, QStringLiteral("9482199351")), lotteryPart()};
        QVERIFY(!drawOn(kLotteryDay).addSeed(m_plan.id, parts, &error));
        QVERIFY2(error.contains(QStringLiteral("named no public number")), qPrintable(error));
    }

    void publicDigitsAreTakenAsPublished_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("refused");
        QTest::newRow("双色球 with +") << QStringLiteral("03 09 14 22 27 31 + 08") << QStringLiteral("03091422273108")
                                       << false;
        QTest::newRow("commas") << QStringLiteral("03,09，14、22-27 31") << QStringLiteral("030914222731") << false;
        QTest::newRow("full-width digit") << QStringLiteral("03 ０9") << QString() << true;
        QTest::newRow("a letter") << QStringLiteral("03 O9") << QString() << true;
    }

    void publicDigitsAreTakenAsPublished()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QFETCH(bool, refused);
        QString problem;
        QCOMPARE(PlanDraw::publicDigits(typed, &problem), digits);
        QCOMPARE(!problem.isEmpty(), refused);
    }

    void theRecordListsThePartsAndVerify()
    {
        freezeNamingTheLottery();
        PlanDraw draw = drawOn(kLotteryDay);
        QString error;
        const QList<SeedPart> parts {SeedPart::fromWitness(kWang, QStringLiteral("9482199351")), lotteryPart()};
        const auto attempt = draw.addSeed(m_plan.id, parts, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        const auto json = draw.publishedRecordJson(m_plan.id, &error);
        QVERIFY2(json, qPrintable(error));
        QVERIFY(json->contains("\"seedParts\""));
        const auto record = DrawJson::readRecord(*json, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->seedParts, parts);
        QCOMPARE(DrawJson::seedPartsProblem(*record), QString());
        // The draw of the record is the draw of its seed alone: the parts change nothing in it.
        const auto recomputed = DrawEngine::draw(record->request, &error);
        QVERIFY2(recomputed, qPrintable(error));
        QCOMPARE(DrawJson::write(*recomputed), DrawJson::write(record->result));
        // Parts that do not make the seed are named.
        DrawRecord edited = *record;
        edited.seedParts.last().digits = QStringLiteral("03091422273109");
        QVERIFY(DrawJson::seedPartsProblem(edited).contains(QStringLiteral("not the record's seed")));
        // In words, for the sheets and the website.
        QCOMPARE(PlanDraw::describe(parts),
                 QStringLiteral("王建国 掷骰 9482199351；中国福利彩票“双色球” 2026年12月8日开奖号码 03091422273108"));
    }

    void aRecordWithoutPartsStillReads()
    {
        // Records published before seed parts have no "seedParts" key: the spec's test vector as a record.
        QFile requestFile(QStringLiteral(SHUANGSUI_DOCS_DIR "/draw-vector-1.request.json"));
        QFile resultFile(QStringLiteral(SHUANGSUI_DOCS_DIR "/draw-vector-1.result.json"));
        QVERIFY(requestFile.open(QIODevice::ReadOnly) && resultFile.open(QIODevice::ReadOnly));
        QString error;
        DrawRecord vector;
        vector.request = *DrawJson::readRequest(requestFile.readAll(), &error);
        vector.result = *DrawJson::readResult(resultFile.readAll(), &error);
        const QByteArray json = DrawJson::write(vector);
        QVERIFY(!json.contains("seedParts"));
        const auto record = DrawJson::readRecord(json, &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY(record->seedParts.isEmpty());
        QCOMPARE(DrawJson::seedPartsProblem(*record), QString());
        // A "seedParts" key that is not a list of objects with strings is named, as any other key.
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.insert(QStringLiteral("seedParts"), QJsonArray {QJsonObject {{QStringLiteral("source"), 7}}});
        QVERIFY(!DrawJson::readRecord(QJsonDocument(object).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("seedParts[0]")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPublicSeed)
#include "tst_publicseed.moc"
