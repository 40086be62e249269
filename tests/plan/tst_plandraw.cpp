#include "DemoData.h"
#include "DrawEngine.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Schema.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;

namespace {

const QString kWang = QStringLiteral("王建国");
const QString kLi = QStringLiteral("李华");

QList<SeedPart> witnessSeed()
{
    return {SeedPart::fromWitness(kWang, QStringLiteral("9482199351")),
            SeedPart::fromWitness(kLi, QStringLiteral("8190937865"))};
}

QStringList auditActions(Database& db, const QString& planCode)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE object_type = 'plan' AND object_id = ? ORDER BY seq"));
    q.addBindValue(planCode);
    q.exec();
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    return actions;
}

bool sameResult(const DrawResult& a, const DrawResult& b)
{
    return DrawJson::write(a) == DrawJson::write(b);
}

} // namespace

class TestPlanDraw : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    InspectionItem m_schools;
    QList<Entity> m_primary;
    Plan m_plan; // JY-01 of April 2026, witnesses 王建国 and 李华, a draft

    Plan frozenPlan()
    {
        QString error;
        if (!PlanDraw(*m_db).freeze(m_plan.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        return *PlanRepository(*m_db).find(m_plan.id);
    }

    DrawAttempt drawnAttempt()
    {
        frozenPlan();
        PlanDraw draw(*m_db);
        QString error;
        const auto attempt = draw.addSeed(m_plan.id, witnessSeed(), &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        return *draw.attempt(attempt->id);
    }

    // The stored request with a seed: what anyone recomputes from the published record.
    DrawRequest requestWithSeed(const QString& seed)
    {
        DrawRequest request = PlanDraw(*m_db).frozenRequest(m_plan.id)->request;
        request.seed = seed;
        return request;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        m_schools = r.item(QStringLiteral("JY-01"), {QStringLiteral("kindergarten"), QStringLiteral("primary")});
        m_primary = r.entities(40, QStringLiteral("昌黎县小学"));
        r.entities(3, QStringLiteral("昌黎县幼儿园"),
                   {.category = QStringLiteral("kindergarten"), .risk = QStringLiteral("C")});
        r.entity(
            {.name = QStringLiteral("黑名单幼儿园"), .category = QStringLiteral("kindergarten"), .blacklisted = true});
        r.inspectors(6);
        r.inspectors(2, false, 7);
        Plan p = plan({m_schools});
        p.witnesses = {{kWang, QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")},
                       {kLi, QStringLiteral("media"), QStringLiteral("昌黎电视台")}};
        m_plan = inserted(*m_db, p);
    }

    void cleanup() { m_db.reset(); }

    void freezeStoresTheRequestAndItsHash()
    {
        const PreparedDraw prepared = DrawPreparation::prepare(*m_db, m_plan);
        const Plan frozen = frozenPlan();
        QCOMPARE(frozen.status, QStringLiteral("frozen"));
        const auto stored = PlanDraw(*m_db).frozenRequest(m_plan.id);
        QVERIFY(stored);
        QCOMPARE(DrawJson::write(stored->request), DrawJson::write(prepared.request));
        QVERIFY(stored->request.seed.isEmpty());
        QCOMPARE(stored->hash, DrawJson::frozenRequestHash(prepared.request));
        QCOMPARE(stored->hash.size(), 64);
        QCOMPARE(stored->frozenBy, QStringLiteral("张三"));
        QVERIFY(stored->frozenAt.isValid());
        QCOMPARE(stored->inspectorNotes.size(), 0);
        QCOMPARE(auditActions(*m_db, m_plan.code),
                 (QStringList {QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("freeze")}));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'freeze'")) && q.next());
        QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("requestHash")),
                 stored->hash);

        QString error;
        QVERIFY(!PlanDraw(*m_db).freeze(m_plan.id, &error));
        QCOMPARE(error, QStringLiteral("The plan 昌教抽查〔2026〕1号 is already frozen."));
    }

    // The published record names entities and inspectors by their codes: once frozen, those codes stay.
    void codesNamedInAFrozenRequestCannotChange()
    {
        frozenPlan();
        EntityRepository entities(*m_db);
        Entity school = *entities.find(m_primary.first().id);
        {
            WriteTransaction tx(*m_db);
            Entity changed = school;
            changed.creditCode.clear();
            QVERIFY(!entities.update(tx, changed));
            QVERIFY2(tx.error().contains(QStringLiteral("frozen draw request")), qPrintable(tx.error()));
        }
        {
            WriteTransaction tx(*m_db);
            Entity renamed = school;
            renamed.name += QStringLiteral("（新校区）");
            QVERIFY2(entities.update(tx, renamed) && tx.commit(), qPrintable(tx.error()));
        }
        InspectorRepository inspectors(*m_db);
        Inspector first = inspectors.list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, 1).first();
        {
            WriteTransaction tx(*m_db);
            first.code = QStringLiteral("ZF-999");
            QVERIFY(!inspectors.update(tx, first));
            QVERIFY2(tx.error().contains(QStringLiteral("frozen draw request")), qPrintable(tx.error()));
        }
        ItemRepository items(*m_db);
        InspectionItem item = *items.find(m_plan.items.first().itemId);
        {
            WriteTransaction tx(*m_db);
            InspectionItem recoded = item;
            recoded.code = QStringLiteral("JY-99");
            QVERIFY(!items.update(tx, recoded));
            QVERIFY2(tx.error().contains(QStringLiteral("frozen draw request")), qPrintable(tx.error()));
        }
        WriteTransaction tx(*m_db);
        item.content += QStringLiteral("（补充）");
        QVERIFY2(items.update(tx, item) && tx.commit(), qPrintable(tx.error()));
    }

    void freezeRefusesAPlanWithProblems()
    {
        Plan p = m_plan;
        p.items[0].strata[0].ratioBp = 300;
        p.section.clear();
        {
            WriteTransaction tx(*m_db);
            QVERIFY(PlanRepository(*m_db).update(tx, p));
            QVERIFY(tx.commit());
        }
        QString error;
        QVERIFY(!PlanDraw(*m_db).freeze(m_plan.id, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The plan 昌教抽查〔2026〕1号 cannot be frozen yet:\n")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("JY-01: The ratio of")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Initiating section:")), qPrintable(error));
        QCOMPARE(rowCount(*m_db, QStringLiteral("plan_request")), 0);
        QCOMPARE(PlanRepository(*m_db).find(m_plan.id)->status, QStringLiteral("draft"));
    }

    void seedProblems_data()
    {
        QTest::addColumn<QList<SeedPart>>("parts");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing") << QList<SeedPart> {} << QStringLiteral("There are no seed digits yet");
        QTest::newRow("19 digits") << QList<SeedPart> {SeedPart::fromWitness(kWang, QStringLiteral("1234567890")),
                                                       SeedPart::fromSystem(QStringLiteral("123456789"))}
                                   << QStringLiteral("The seed has 19 digits; at least 20 are needed.");
        QTest::newRow("a letter") << QList<SeedPart> {SeedPart::fromWitness(kWang,
                                                                            QStringLiteral("12345678901234567890x"))}
                                  << QStringLiteral("The digits rolled by 王建国 may only be 0 to 9 (found x).");
        QTest::newRow("full-width digit")
            << QList<SeedPart> {SeedPart::fromSystem(QStringLiteral("1234567890１234567890"))}
            << QStringLiteral("The computer's digits may only be 0 to 9 (found １).");
        QTest::newRow("unknown witness")
            << QList<SeedPart> {SeedPart::fromWitness(QStringLiteral("赵六"), QStringLiteral("12345678901234567890"))}
            << QStringLiteral("赵六 is not among the plan's witnesses; add the witness first.");
        QTest::newRow("witness without name")
            << QList<SeedPart> {SeedPart::fromWitness(QString(), QStringLiteral("12345678901234567890"))}
            << QStringLiteral("Say which witness rolled the digits 12345678901234567890.");
        QTest::newRow("empty part") << QList<SeedPart> {SeedPart::fromWitness(kLi, QString()),
                                                        SeedPart::fromSystem(QStringLiteral("12345678901234567890"))}
                                    << QStringLiteral("The digits rolled by 李华 are missing.");
        QTest::newRow("unknown source") << QList<SeedPart> {{QStringLiteral("coin"), {}, QStringLiteral("1")}}
                                        << QStringLiteral("Unknown source of seed digits: coin.");
        QTest::newRow("two witnesses") << witnessSeed() << QString();
        QTest::newRow("witness and computer")
            << QList<SeedPart> {SeedPart::fromWitness(kWang, QStringLiteral("123")),
                                SeedPart::fromSystem(QStringLiteral("45678901234567890"))}
            << QString();
    }

    void seedProblems()
    {
        QFETCH(QList<SeedPart>, parts);
        QFETCH(QString, problem);
        const QString found = PlanDraw::seedProblem(parts, m_plan.witnesses);
        if (problem.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.startsWith(problem), qPrintable(found));
    }

    void systemDigitsAreDecimal()
    {
        const QString a = PlanDraw::systemDigits(40);
        const QString b = PlanDraw::systemDigits(40);
        QCOMPARE(a.size(), 40);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{40}$")).match(a).hasMatch());
        QVERIFY(a != b); // equal only with probability 10^-40
        QCOMPARE(PlanDraw::systemDigits(0), QString());
    }

    void seedNeedsAFrozenPlan()
    {
        QString error;
        QVERIFY(!PlanDraw(*m_db).addSeed(m_plan.id, witnessSeed(), &error));
        QCOMPARE(error,
                 QStringLiteral("Freeze the plan 昌教抽查〔2026〕1号 before the seed is rolled: the pools are fixed "
                                "first."));
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_attempt")), 0);
    }

    void freezeSeedDraw()
    {
        frozenPlan();
        PlanDraw draw(*m_db);
        QString error;
        const QList<SeedPart> parts {SeedPart::fromWitness(kWang, QStringLiteral("9482199351")),
                                     SeedPart::fromWitness(kLi, QStringLiteral("8190937865")),
                                     SeedPart::fromSystem(QStringLiteral("0042"))};
        const auto attempt = draw.addSeed(m_plan.id, parts, &error);
        QVERIFY2(attempt, qPrintable(error));
        QCOMPARE(attempt->number, 1);
        QCOMPARE(attempt->seed, QStringLiteral("948219935181909378650042"));
        QCOMPARE(attempt->seedParts, parts);
        QCOMPARE(attempt->seededBy, QStringLiteral("张三"));
        QVERIFY(!attempt->computed);
        // The seed is stored before anything is computed.
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_attempt")), 1);
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_result")), 0);
        QCOMPARE(PlanRepository(*m_db).find(m_plan.id)->status, QStringLiteral("frozen"));

        const auto result = draw.draw(attempt->id, &error);
        QVERIFY2(result, qPrintable(error));
        const auto expected = DrawEngine::draw(requestWithSeed(attempt->seed), &error);
        QVERIFY2(expected, qPrintable(error));
        QVERIFY(sameResult(*result, *expected));
        QVERIFY(sameResult(*draw.attempt(attempt->id)->result, *expected));
        QCOMPARE(PlanRepository(*m_db).find(m_plan.id)->status, QStringLiteral("drawn"));
        QCOMPARE(result->teams.size(), 4); // 2 of 40 class B, 1 of 3 class C, 1 blacklisted
        QCOMPARE(auditActions(*m_db, m_plan.code).mid(3),
                 (QStringList {QStringLiteral("seed"), QStringLiteral("status"), QStringLiteral("draw")}));

        // Drawing again gives the stored result and stores nothing.
        const auto again = draw.draw(attempt->id, &error);
        QVERIFY(again && sameResult(*again, *expected));
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_result")), 1);
    }

    void aSecondSeedNeedsAVoid()
    {
        const DrawAttempt first = drawnAttempt();
        PlanDraw draw(*m_db);
        QString error;
        QVERIFY(!draw.addSeed(m_plan.id, {SeedPart::fromSystem(PlanDraw::systemDigits(20))}, &error));
        QCOMPARE(error,
                 QStringLiteral("The plan 昌教抽查〔2026〕1号 is already drawn; void its draw with a reason before a "
                                "new seed."));
        QVERIFY(!draw.voidAttempt(first.id, QStringLiteral("  "), QStringLiteral("李审核"), &error));
        QCOMPARE(error,
                 QStringLiteral("Say why the draw is voided: the reason stays on the record and on every "
                                "printout."));
        QVERIFY2(draw.voidAttempt(first.id, QStringLiteral("见证人未到场"), QStringLiteral("李审核"), &error),
                 qPrintable(error));
        QCOMPARE(PlanRepository(*m_db).find(m_plan.id)->status, QStringLiteral("frozen"));
        QVERIFY(!draw.voidAttempt(first.id, QStringLiteral("再次作废"), QStringLiteral("李审核"), &error));
        QCOMPARE(error, QStringLiteral("Attempt 1 is already voided (见证人未到场)."));

        const auto second
            = draw.addSeed(m_plan.id, {SeedPart::fromSystem(QStringLiteral("27182818284590452353"))}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->number, 2);
        QVERIFY2(draw.draw(second->id, &error), qPrintable(error));

        const QList<DrawAttempt> attempts = draw.attempts(m_plan.id);
        QCOMPARE(attempts.size(), 2);
        QVERIFY(attempts[0].voided);
        QCOMPARE(attempts[0].voidReason, QStringLiteral("见证人未到场"));
        QCOMPARE(attempts[0].voidedBy, QStringLiteral("张三"));
        QVERIFY(attempts[0].result); // the voided result stays on the record
        QVERIFY(!attempts[1].voided);
        QCOMPARE(draw.currentAttempt(m_plan.id)->id, second->id);

        const auto record = draw.publishedRecord(m_plan.id, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->request.seed, QStringLiteral("27182818284590452353"));
        QCOMPARE(record->voided.size(), 1);
        QCOMPARE(record->voided[0].seed, first.seed);
        QCOMPARE(record->voided[0].reason, QStringLiteral("见证人未到场"));
        QCOMPARE(QDateTime::fromString(record->voided[0].at, Qt::ISODate), attempts[0].voidedAt);
        QString difference;
        QVERIFY2(DrawEngine::verify(*record, &difference), qPrintable(difference));
        QCOMPARE(auditActions(*m_db, m_plan.code).count(QStringLiteral("void")), 1);
    }

    void aSeedWithoutResultIsDrawnOrVoidedFirst()
    {
        frozenPlan();
        PlanDraw draw(*m_db);
        QString error;
        const auto pending = draw.addSeed(m_plan.id, witnessSeed(), &error);
        QVERIFY2(pending, qPrintable(error));
        QVERIFY(!draw.addSeed(m_plan.id, {SeedPart::fromSystem(PlanDraw::systemDigits(20))}, &error));
        QCOMPARE(error,
                 QStringLiteral("Attempt 1 (seed 94821993518190937865) has its seed but no result yet; draw "
                                "it, or void it with a reason, before a new seed."));
        // Recovering after a crash: the stored seed is drawn, with the same result as ever.
        QCOMPARE(draw.currentAttempt(m_plan.id)->id, pending->id);
        const auto result = draw.draw(pending->id, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(sameResult(*result, *DrawEngine::draw(requestWithSeed(pending->seed), &error)));
    }

    void aRefusedDrawIsStoredAndMustBeVoided()
    {
        // Two visits, two certified members each, every inspector on one team at most, and ZF-001 must not
        // inspect one of them: the draw fails for the seeds that give ZF-001 to neither team.
        Registry r(*m_db);
        const InspectionItem item = r.item(QStringLiteral("JY-09"), {QStringLiteral("training")});
        const QList<Entity> pair = r.entities(2, QStringLiteral("培训机构"), {.category = QStringLiteral("training")});
        {
            QSqlQuery q(m_db->sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET status = 'retired' WHERE code > 'ZF-004'")));
        }
        r.conflict(*InspectorRepository(*m_db).findByCode(QStringLiteral("ZF-001")), pair[0]);
        Plan p = plan({item});
        p.minCertified = 2;
        p.maxTeamsPerInspector = 1;
        for (PlanStratum& s : p.items[0].strata)
            s.ratioBp = 10000;
        p = inserted(*m_db, p);
        PlanDraw draw(*m_db);
        QString error;
        QVERIFY2(draw.freeze(p.id, &error), qPrintable(error));
        DrawRequest request = draw.frozenRequest(p.id)->request;
        QString failing;
        QString working;
        for (int i = 0; i < 200 && (failing.isEmpty() || working.isEmpty()); ++i) {
            request.seed = QStringLiteral("%1").arg(i, 20, 10, QLatin1Char('0'));
            (DrawEngine::draw(request, nullptr) ? working : failing) = request.seed;
        }
        QVERIFY(!failing.isEmpty() && !working.isEmpty());
        request.seed = failing;
        QString engineError;
        QVERIFY(!DrawEngine::draw(request, &engineError));

        const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(failing)}, &error);
        QVERIFY2(attempt, qPrintable(error));
        QVERIFY(!draw.draw(attempt->id, &error));
        QCOMPARE(error, engineError);
        const DrawAttempt stored = *draw.attempt(attempt->id);
        QVERIFY(stored.computed);
        QVERIFY(!stored.result);
        QCOMPARE(stored.failure, engineError);
        QCOMPARE(PlanRepository(*m_db).find(p.id)->status, QStringLiteral("frozen"));
        QVERIFY(!draw.addSeed(p.id, {SeedPart::fromSystem(working)}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Attempt 1 (seed")), qPrintable(error));
        QVERIFY(!draw.publishedRecord(p.id, &error));

        QVERIFY2(draw.voidAttempt(attempt->id, QStringLiteral("检查组无法组成"), QStringLiteral("李审核"), &error),
                 qPrintable(error));
        const auto second = draw.addSeed(p.id, {SeedPart::fromSystem(working)}, &error);
        QVERIFY2(second && draw.draw(second->id, &error), qPrintable(error));
        const auto record = draw.publishedRecord(p.id, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->voided.size(), 1);
        QCOMPARE(record->voided[0].seed, failing);
        QString difference;
        QVERIFY2(DrawEngine::verify(*record, &difference), qPrintable(difference));
    }

    void substitutionFollowsTheRule()
    {
        const DrawAttempt attempt = drawnAttempt();
        PlanDraw draw(*m_db);
        const DrawTeam team = attempt.result->teams.first();
        QString error;
        QVERIFY(!draw.substitute(attempt.id, team.entity, QStringLiteral("ZF-099"), QStringLiteral("出差"), &error));
        QVERIFY2(error.contains(QStringLiteral("is not a member of the team")), qPrintable(error));
        QVERIFY(!draw.substitute(attempt.id, team.entity, team.members[0], QStringLiteral(" "), &error));

        // Three members in turn cannot attend: two backups, then the next of the draw order.
        for (int round = 0; round < 3; ++round) {
            auto record = draw.publishedRecord(m_plan.id, &error);
            QVERIFY2(record, qPrintable(error));
            const QString out = draw.teamNow(attempt.id, team.entity, &error)->members.first();
            DrawRecord expectedRecord = *record;
            const auto expected = DrawEngine::substitute(expectedRecord, team.entity, out, QStringLiteral("出差"),
                                                         QDateTime::currentDateTime(), &error);
            QVERIFY2(expected, qPrintable(error));
            const auto made = draw.substitute(attempt.id, team.entity, out, QStringLiteral("出差"), &error);
            QVERIFY2(made, qPrintable(error));
            QCOMPARE(made->out, out);
            QCOMPARE(made->in, expected->in);
            QCOMPARE(made->reason, QStringLiteral("出差"));
            QVERIFY(QDateTime::fromString(made->at, Qt::ISODate).isValid());
        }
        const DrawTeamState now = *draw.teamNow(attempt.id, team.entity, &error);
        QCOMPARE(now.struckOut.size(), 3);
        QCOMPARE(now.members.size(), 2);
        const DrawAttempt stored = *draw.attempt(attempt.id);
        QCOMPARE(stored.substitutions.size(), 3);
        QCOMPARE(stored.substitutions[0].by, QStringLiteral("张三"));
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_substitution")), 3);
        QCOMPARE(auditActions(*m_db, m_plan.code).count(QStringLiteral("substitute")), 3);

        const auto record = draw.publishedRecord(m_plan.id, &error);
        QCOMPARE(record->substitutions.size(), 3);
        QString difference;
        QVERIFY2(DrawEngine::verify(*record, &difference), qPrintable(difference));
        const auto json = draw.publishedRecordJson(m_plan.id, &error);
        QVERIFY(json);
        const auto read = DrawJson::readRecord(*json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(DrawEngine::verify(*read, &difference), qPrintable(difference));
        QCOMPARE(DrawJson::write(*read), *json);
    }

    void substitutionOnlyWhileTheDrawStands()
    {
        const DrawAttempt attempt = drawnAttempt();
        PlanDraw draw(*m_db);
        const DrawTeam team = attempt.result->teams.first();
        QString error;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(PlanRepository(*m_db).setStatus(tx, m_plan.id, QStringLiteral("inspecting")));
            QVERIFY(tx.commit());
        }
        QVERIFY2(draw.substitute(attempt.id, team.entity, team.members[0], QStringLiteral("病假"), &error),
                 qPrintable(error));
        QVERIFY(!draw.voidAttempt(attempt.id, QStringLiteral("重新抽取"), QStringLiteral("李审核"), &error));
        QCOMPARE(error,
                 QStringLiteral("The inspections of plan 昌教抽查〔2026〕1号 have begun; its draw can no longer be "
                                "voided."));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(PlanRepository(*m_db).setStatus(tx, m_plan.id, QStringLiteral("completed")));
            QVERIFY(tx.commit());
        }
        QVERIFY(!draw.substitute(attempt.id, team.entity, team.members[1], QStringLiteral("病假"), &error));
        QVERIFY2(error.contains(QStringLiteral("before the inspections are completed")), qPrintable(error));
    }

    void aVoidedAttemptHasNoTeams()
    {
        const DrawAttempt attempt = drawnAttempt();
        PlanDraw draw(*m_db);
        QString error;
        QVERIFY(draw.voidAttempt(attempt.id, QStringLiteral("摇号设备故障"), QStringLiteral("李审核"), &error));
        const DrawTeam team = attempt.result->teams.first();
        QVERIFY(!draw.substitute(attempt.id, team.entity, team.members[0], QStringLiteral("出差"), &error));
        QCOMPARE(error, QStringLiteral("Attempt 1 was voided; its teams no longer stand."));
        QVERIFY(!draw.draw(attempt.id, &error));
        QVERIFY(!draw.publishedRecord(m_plan.id, &error));
        QCOMPARE(error, QStringLiteral("The plan 昌教抽查〔2026〕1号 has no standing draw yet."));
    }

    void standingVisitsFollowTheSubstitutions()
    {
        const DrawAttempt attempt = drawnAttempt();
        PlanDraw draw(*m_db);
        const DrawTeam team = attempt.result->teams.first();
        QString error;
        const auto substitution
            = draw.substitute(attempt.id, team.entity, team.members[0], QStringLiteral("出差"), &error);
        QVERIFY2(substitution, qPrintable(error));
        const QList<PlanVisit> visits = draw.standingVisits();
        QCOMPARE(visits.size(), attempt.result->teams.size());
        QCOMPARE(visits[0].planCode, m_plan.code);
        QCOMPARE(visits[0].periodTo, QDate(2026, 4, 30));
        QCOMPARE(visits[0].entity, team.entity);
        QCOMPARE(visits[0].items, team.items);
        QCOMPARE(visits[0].members, (QStringList {substitution->in, team.members[1]}));
        QCOMPARE(visits[1].members, attempt.result->teams[1].members);
        QVERIFY(draw.standingVisits(m_plan.id).isEmpty());
        QVERIFY(draw.voidAttempt(attempt.id, QStringLiteral("重新抽取"), QStringLiteral("李审核"), &error));
        QVERIFY(draw.standingVisits().isEmpty());
    }

    void theDemoOfficeDraws()
    {
        auto db = openDatabase();
        QString error;
        QVERIFY2(DemoData::fill(*db, &error), qPrintable(error));
        ItemRepository items(*db);
        Plan p = plan({*items.findByCode(QStringLiteral("JY-01")), *items.findByCode(QStringLiteral("JY-02")),
                       *items.findByCode(QStringLiteral("JY-03"))});
        p.witnesses = {{kWang, QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
        p = inserted(*db, p);
        const PreparedDraw prepared = DrawPreparation::prepare(*db, p);
        QVERIFY2(prepared.summary.canFreeze(), qPrintable(prepared.summary.blockingMessages().join(QLatin1Char('\n'))));
        QVERIFY(prepared.summary.visitsMax > prepared.summary.visitsMin); // JY-01 and JY-03 share kindergartens
        bool onLeave = false;
        for (const InspectorNote& note : prepared.inspectorNotes)
            onLeave = onLeave || (note.inspector == QLatin1String("ZF-002") && note.isLeftOut());
        QVERIFY(onLeave);
        const auto conflict
            = std::find_if(prepared.request.exclusions.begin(), prepared.request.exclusions.end(),
                           [](const DrawExclusion& e) { return e.inspector == QLatin1String("ZF-005"); });
        QVERIFY(conflict != prepared.request.exclusions.end());
        QCOMPARE(conflict->entity, QStringLiteral("52130322645257129G"));
        QCOMPARE(conflict->reason, QStringLiteral("conflict: 亲属关系"));

        PlanDraw draw(*db);
        QVERIFY2(draw.freeze(p.id, &error), qPrintable(error));
        const auto attempt
            = draw.addSeed(p.id, {SeedPart::fromWitness(kWang, QStringLiteral("94821993518190937865"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        const auto record = draw.publishedRecord(p.id, &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY(record->result.teams.size() >= prepared.summary.visitsMin);
        QVERIFY(record->result.teams.size() <= prepared.summary.visitsMax);
        QString difference;
        QVERIFY2(DrawEngine::verify(*record, &difference), qPrintable(difference));
    }

    void theDrawRecordIsAppendOnly_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString& table : Schema::appendOnlyTables())
            QTest::newRow(qPrintable(table)) << table;
    }

    void theDrawRecordIsAppendOnly()
    {
        QFETCH(QString, table);
        const DrawAttempt attempt = drawnAttempt();
        QString error;
        QVERIFY(PlanDraw(*m_db).substitute(attempt.id, attempt.result->teams.first().entity,
                                           attempt.result->teams.first().members.first(), QStringLiteral("出差"),
                                           &error));
        QVERIFY(PlanDraw(*m_db).voidAttempt(attempt.id, QStringLiteral("测试"), QStringLiteral("李审核"), &error));
        const int before = rowCount(*m_db, table);
        QCOMPARE(before, 1);
        const QString column = table == QLatin1String("plan_request") ? QStringLiteral("request_hash")
            : table == QLatin1String("draw_attempt")                  ? QStringLiteral("seed")
            : table == QLatin1String("draw_result")                   ? QStringLiteral("drawn_by")
            : table == QLatin1String("draw_void")                     ? QStringLiteral("reason")
                                                                      : QStringLiteral("in_inspector");
        QSqlQuery update(m_db->sql());
        QVERIFY(!update.exec(QStringLiteral("UPDATE %1 SET %2 = '12345678901234567890'").arg(table, column)));
        QVERIFY2(update.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(update.lastError().text()));
        QSqlQuery remove(m_db->sql());
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM %1").arg(table)));
        QVERIFY2(remove.lastError().text().contains(QStringLiteral("is append-only")),
                 qPrintable(remove.lastError().text()));
        QCOMPARE(rowCount(*m_db, table), before);
    }

    void recordCommandWritesThePublishedRecord()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("数据.sqlite"));
        QByteArray expected;
        QString code;
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            Registry r(*db);
            const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
            r.entities(30, QStringLiteral("小学"));
            r.inspectors(5);
            const Plan p = inserted(*db, plan({item}));
            code = p.code;
            PlanDraw draw(*db);
            QVERIFY2(draw.freeze(p.id, &error), qPrintable(error));
            const auto attempt
                = draw.addSeed(p.id, {SeedPart::fromSystem(QStringLiteral("94821993518190937865"))}, &error);
            QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
            expected = *draw.publishedRecordJson(p.id, &error);
        }
        const QString out = dir.filePath(QStringLiteral("公开记录.json"));
        auto run = TestSupport::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("record"), code, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
        run = TestSupport::runCli({QStringLiteral("verify"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QString page = dir.filePath(QStringLiteral("核验.html"));
        run = TestSupport::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("record"), code, QStringLiteral("-o"), page});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray pageBytes = html.readAll();
        QVERIFY(pageBytes.startsWith("<!DOCTYPE html>") || pageBytes.startsWith("<!doctype html>"));
        QVERIFY(pageBytes.contains("94821993518190937865"));
        {
            // Both files written are exports on the record, with the plan and the file's SHA-256.
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery query(db->sql());
            QVERIFY(query.exec(QStringLiteral("SELECT object_id, new_values FROM audit_log WHERE action = 'export' "
                                              "ORDER BY seq")));
            QStringList files;
            while (query.next()) {
                files << query.value(0).toString();
                QVERIFY(query.value(1).toString().contains(code));
            }
            QCOMPARE(files, (QStringList {QStringLiteral("公开记录.json"), QStringLiteral("核验.html")}));
        }
        run = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("record"), code});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.toUtf8(), expected);
        run = TestSupport::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("record"), QStringLiteral("昌教抽查〔2026〕9号")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("昌教抽查〔2026〕9号")), qPrintable(run.err));
        run = TestSupport::runCli({QStringLiteral("--db"), path, QStringLiteral("record")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanDraw)
#include "tst_plandraw.moc"
