#include "DrawPreparation.h"
#include "PlanDraw.h"
#include "PlanFixture.h"

#include <QLocale>
#include <QTest>

using namespace PlanFixture;

namespace {

QStringList idsOf(const QList<Entity>& entities)
{
    QStringList ids;
    for (const Entity& e : entities)
        ids << e.drawId();
    return ids;
}

QStringList stratumIds(const DrawRequest& request, int item, const QString& name)
{
    for (const DrawStratum& s : request.items.value(item).strata)
        if (s.name == name)
            return s.ids;
    return {QStringLiteral("(no stratum %1)").arg(name)};
}

const StratumCount* countOf(const PoolSummary& summary, int item, const QString& name)
{
    for (const StratumCount& s : summary.items.at(item).strata)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool hasProblem(const PoolSummary& summary, bool blocking, const QString& text)
{
    return std::any_of(summary.problems.begin(), summary.problems.end(),
                       [&](const PlanProblem& p) { return p.blocking == blocking && p.message.contains(text); });
}

QString problems(const PoolSummary& summary)
{
    QStringList lines;
    for (const PlanProblem& p : summary.problems)
        lines << (p.blocking ? QStringLiteral("[block] ") : QStringLiteral("[warn] ")) + p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDrawPreparation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    qint64 m_changli = 0;
    qint64 m_jingan = 0;
    InspectionItem m_schools; // JY-01: kindergartens and primary schools
    InspectionItem m_training; // JY-02: training institutions, 10 %
    InspectionItem m_kindergartens; // JY-03: kindergartens
    QList<Entity> m_primary; // 20 public primary schools of 昌黎镇, class B
    Entity m_sunshine; // private kindergarten, 昌黎镇, class A
    Entity m_pinecone; // public kindergarten, 靖安镇, class C, tag 普惠性
    Entity m_rainbow; // private kindergarten, 靖安镇, class D, blacklisted
    Entity m_closed; // private kindergarten, suspended
    Entity m_formerlyListed; // private kindergarten, 靖安镇, class A, blacklisted until January 2026
    Entity m_noCode; // primary school without a credit code, class B
    Entity m_senior; // a senior middle school: in no pool
    QList<Inspector> m_staff; // ZF-001 … ZF-004, certified, on duty

    PreparedDraw prepare(const Plan& plan) { return DrawPreparation::prepare(*m_db, plan); }

    // A plan of January 2026 that draws every kindergarten for JY-03, drawn and standing.
    Plan drawnJanuaryPlan()
    {
        Plan p = plan({m_kindergartens}, true, QDate(2026, 1, 5), QDate(2026, 1, 20));
        for (PlanStratum& s : p.items[0].strata)
            s.ratioBp = 10000;
        p = inserted(*m_db, p);
        QString error;
        PlanDraw draw(*m_db);
        if (!draw.freeze(p.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(QStringLiteral("31415926535897932384"))}, &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        return *PlanRepository(*m_db).find(p.id);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        m_changli = r.township(QStringLiteral("昌黎镇"));
        m_jingan = r.township(QStringLiteral("靖安镇"));
        m_schools = r.item(QStringLiteral("JY-01"), {QStringLiteral("kindergarten"), QStringLiteral("primary")});
        m_training = r.item(QStringLiteral("JY-02"), {QStringLiteral("training")}, 1000);
        m_kindergartens = r.item(QStringLiteral("JY-03"), {QStringLiteral("kindergarten")});
        m_primary = r.entities(20, QStringLiteral("昌黎县城关小学"), {.township = m_changli});
        const QString kindergarten = QStringLiteral("kindergarten");
        const QString privately = QStringLiteral("private");
        m_sunshine = r.entity({QStringLiteral("阳光幼儿园"), kindergarten, privately, m_changli, QStringLiteral("A")});
        m_pinecone = r.entity({QStringLiteral("松果幼儿园"),
                               kindergarten,
                               QStringLiteral("public"),
                               m_jingan,
                               QStringLiteral("C"),
                               false,
                               {QStringLiteral("普惠性")}});
        m_rainbow
            = r.entity({QStringLiteral("彩虹幼儿园"), kindergarten, privately, m_jingan, QStringLiteral("D"), true});
        m_closed = r.entity({.name = QStringLiteral("停办幼儿园"),
                             .category = kindergarten,
                             .ownership = privately,
                             .status = QStringLiteral("suspended")});
        m_formerlyListed = r.entity({.name = QStringLiteral("曾列入黑名单幼儿园"),
                                     .category = kindergarten,
                                     .ownership = privately,
                                     .township = m_jingan,
                                     .risk = QStringLiteral("A"),
                                     .blacklisted = true,
                                     .blacklistFrom = QDate(2025, 2, 1),
                                     .blacklistTo = QDate(2026, 1, 31)});
        m_noCode = r.entity({.name = QStringLiteral("无代码小学"), .withCreditCode = false});
        m_senior = r.entity({QStringLiteral("昌黎县第一中学"), QStringLiteral("senior")});
        m_staff = r.inspectors(4);
    }

    void cleanup() { m_db.reset(); }

    void undirectedPoolWithRiskStrata()
    {
        Plan p = plan({m_schools});
        p.code = QStringLiteral("昌教抽查〔2026〕3号");
        const PreparedDraw prepared = prepare(p);
        const DrawRequest& r = prepared.request;
        QCOMPARE(r.plan, p.code);
        QCOMPARE(r.teams.size, 2);
        QCOMPARE(r.teams.minCertified, 1);
        QCOMPARE(r.teams.backupFactor, 2);
        QCOMPARE(r.teams.maxTeamsPerInspector, 0);
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items[0].code, QStringLiteral("JY-01"));
        QStringList names;
        for (const DrawStratum& s : r.items[0].strata)
            names << s.name;
        QCOMPARE(names,
                 (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                               QStringLiteral("blacklist")}));
        // The blacklisting that ended before the period no longer counts; a suspended entity is not drawn.
        QCOMPARE(stratumIds(r, 0, QStringLiteral("A")), idsOf({m_sunshine, m_formerlyListed}));
        QCOMPARE(stratumIds(r, 0, QStringLiteral("B")), idsOf(m_primary) + QStringList {m_noCode.code});
        QCOMPARE(stratumIds(r, 0, QStringLiteral("C")), idsOf({m_pinecone}));
        QCOMPARE(stratumIds(r, 0, QStringLiteral("D")), QStringList());
        QCOMPARE(stratumIds(r, 0, QStringLiteral("blacklist")), idsOf({m_rainbow}));
        QCOMPARE(r.items[0].strata[4].ratioBp, std::optional<int>(5000));
        QVERIFY(r.seed.isEmpty());
        QCOMPARE(DrawJson::requestProblem(r, DrawJson::Seed::Absent), QString());

        const PoolSummary& s = prepared.summary;
        QVERIFY2(s.canFreeze(), qPrintable(problems(s)));
        QCOMPARE(s.items[0].pool(), 25);
        QCOMPARE(countOf(s, 0, QStringLiteral("B"))->pool, 21);
        QCOMPARE(countOf(s, 0, QStringLiteral("B"))->selected, 2); // ceil(21 × 5 %)
        QCOMPARE(countOf(s, 0, QStringLiteral("D"))->selected, 0);
        QCOMPARE(s.items[0].selected(), 5);
        QCOMPARE(s.items[0].scopeInWords, QStringLiteral("不定向"));
        QCOMPARE(s.visitsMin, 5);
        QCOMPARE(s.visitsMax, 5);
        QCOMPARE(s.seats, 10);
        QCOMPARE(s.inspectorsNeeded, 20);
        QCOMPARE(s.inspectorsMinimum, 2);
        QCOMPARE(s.inspectorsEligible, 4);
        QCOMPARE(s.certifiedEligible, 4);
    }

    void withoutRiskStrataOneNormalStratum()
    {
        const PreparedDraw prepared = prepare(plan({m_schools}, false));
        QCOMPARE(prepared.request.items[0].strata.size(), 2);
        QCOMPARE(stratumIds(prepared.request, 0, QStringLiteral("normal")),
                 idsOf(m_primary + QList<Entity> {m_sunshine, m_pinecone, m_formerlyListed})
                     + QStringList {m_noCode.code});
        QCOMPARE(stratumIds(prepared.request, 0, QStringLiteral("blacklist")), idsOf({m_rainbow}));
        QCOMPARE(prepared.summary.items[0].selected(), 3); // ceil(24 × 5 %) + ceil(1 × 50 %)
    }

    // 民办学校办学行为检查 applies to private schools: public ones are never in its pool, directed or not.
    void theItemsOwnershipLimitsThePool()
    {
        InspectionItem privateOnly = m_schools;
        privateOnly.ownerships = {QStringLiteral("private")};
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(ItemRepository(*m_db).update(tx, privateOnly) && tx.commit(), qPrintable(tx.error()));
        }
        QCOMPARE(ItemRepository(*m_db).find(m_schools.id)->ownerships, QStringList {QStringLiteral("private")});
        const PreparedDraw prepared = prepare(plan({m_schools}, false));
        QStringList all;
        for (const DrawStratum& s : prepared.request.items[0].strata)
            all += s.ids;
        all.sort();
        QStringList expected = idsOf({m_sunshine, m_rainbow, m_formerlyListed});
        expected.sort();
        QCOMPARE(all, expected);
    }

    void directedConditionsNarrowThePool_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("pool");
        QTest::addColumn<QString>("words");
        QTest::newRow("private in 靖安镇")
            << "private-jingan" << QStringList {QStringLiteral("rainbow"), QStringLiteral("formerlyListed")}
            << QStringLiteral("定向：民办；靖安镇");
        QTest::newRow("blacklisted only")
            << "blacklisted" << QStringList {QStringLiteral("rainbow")} << QStringLiteral("定向：仅黑名单");
        QTest::newRow("tag") << "tag" << QStringList {QStringLiteral("pinecone")}
                             << QStringLiteral("定向：标签：普惠性");
        QTest::newRow("kindergartens only") << "category"
                                            << QStringList {QStringLiteral("sunshine"), QStringLiteral("pinecone"),
                                                            QStringLiteral("rainbow"), QStringLiteral("formerlyListed")}
                                            << QStringLiteral("定向：幼儿园");
    }

    void directedConditionsNarrowThePool()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, pool);
        QFETCH(QString, words);
        Plan p = plan({m_schools});
        PlanConditions& c = p.items[0].conditions;
        p.items[0].directed = true;
        if (condition == QLatin1String("private-jingan")) {
            c.ownerships = {QStringLiteral("private")};
            c.townshipIds = {m_jingan};
        } else if (condition == QLatin1String("blacklisted")) {
            c.blacklistedOnly = true;
        } else if (condition == QLatin1String("tag")) {
            c.tags = {QStringLiteral("普惠性")};
        } else {
            c.categories = {QStringLiteral("kindergarten")};
        }
        const QHash<QString, Entity> byName {{QStringLiteral("sunshine"), m_sunshine},
                                             {QStringLiteral("pinecone"), m_pinecone},
                                             {QStringLiteral("rainbow"), m_rainbow},
                                             {QStringLiteral("formerlyListed"), m_formerlyListed}};
        QStringList expected;
        for (const QString& name : pool)
            expected << byName.value(name).drawId();
        const PreparedDraw prepared = prepare(p);
        QStringList all;
        for (const DrawStratum& s : prepared.request.items[0].strata)
            all += s.ids;
        all.sort();
        expected.sort();
        QCOMPARE(all, expected);
        QCOMPARE(prepared.summary.items[0].scopeInWords, words);
    }

    void inspectorsAsOfThePeriod()
    {
        Registry r(*m_db);
        r.inspector({QStringLiteral("ZF-005"), true, QStringLiteral("on_leave")});
        r.inspector(
            {QStringLiteral("ZF-006"), true, QStringLiteral("on_duty"), QDate(2024, 4, 16), QDate(2026, 4, 15)});
        r.inspector({QStringLiteral("ZF-007"), false});
        r.inspector({QStringLiteral("ZF-008"), true, QStringLiteral("on_duty"), QDate(2026, 4, 1), QDate(2026, 4, 30)});
        r.inspector({QStringLiteral("ZF-009"), true, QStringLiteral("transferred")});
        const PreparedDraw prepared = prepare(plan({m_schools}));
        QStringList ids;
        QStringList certified;
        for (const DrawInspector& x : prepared.request.inspectors) {
            ids << x.id;
            if (x.certified)
                certified << x.id;
        }
        QCOMPARE(ids,
                 (QStringList {QStringLiteral("ZF-001"), QStringLiteral("ZF-002"), QStringLiteral("ZF-003"),
                               QStringLiteral("ZF-004"), QStringLiteral("ZF-006"), QStringLiteral("ZF-007"),
                               QStringLiteral("ZF-008")}));
        QCOMPARE(certified,
                 (QStringList {QStringLiteral("ZF-001"), QStringLiteral("ZF-002"), QStringLiteral("ZF-003"),
                               QStringLiteral("ZF-004"), QStringLiteral("ZF-008")}));
        QCOMPARE(prepared.inspectorNotes.size(), 3);
        QCOMPARE(prepared.inspectorNotes[0].inspector, QStringLiteral("ZF-005"));
        QVERIFY(prepared.inspectorNotes[0].isLeftOut());
        QCOMPARE(prepared.inspectorNotes[0].inWords(), QStringLiteral("Not on duty (On leave)"));
        QCOMPARE(prepared.inspectorNotes[1].inspector, QStringLiteral("ZF-006"));
        QVERIFY(!prepared.inspectorNotes[1].isLeftOut());
        QCOMPARE(
            prepared.inspectorNotes[1].inWords(),
            QStringLiteral("No valid certificate for the whole period: certificate valid 2024-04-16 to 2026-04-15"));
        QCOMPARE(prepared.inspectorNotes[2].inspector, QStringLiteral("ZF-009"));
        QCOMPARE(prepared.summary.inspectorsLeftOut, 2);
        QCOMPARE(prepared.summary.inspectorsEligible, 7);
        QCOMPARE(prepared.summary.certifiedEligible, 5);
    }

    void conflictsInForceBecomeExclusions()
    {
        Registry r(*m_db);
        r.conflict(m_staff[0], m_rainbow, QStringLiteral("relative"));
        r.conflict(m_staff[1], m_sunshine, QStringLiteral("former_employee"), QDate(2024, 1, 1), QDate(2026, 3, 31));
        r.conflict(m_staff[2], m_senior, QStringLiteral("financial"));
        r.conflict(m_staff[3], m_pinecone, QStringLiteral("financial"), QDate(2026, 4, 20));
        const PreparedDraw prepared = prepare(plan({m_schools}));
        const QList<DrawExclusion>& exclusions = prepared.request.exclusions;
        QCOMPARE(exclusions.size(), 2);
        QCOMPARE(exclusions[0].inspector, QStringLiteral("ZF-001"));
        QCOMPARE(exclusions[0].entity, m_rainbow.drawId());
        QCOMPARE(exclusions[0].reason, QStringLiteral("conflict: 亲属关系"));
        QCOMPARE(exclusions[1].inspector, QStringLiteral("ZF-004"));
        QCOMPARE(exclusions[1].entity, m_pinecone.drawId());
        QCOMPARE(exclusions[1].reason, QStringLiteral("conflict: 经济利益往来"));
    }

    void guardLeavesRecentlyInspectedEntitiesOut()
    {
        const Plan january = drawnJanuaryPlan();
        Plan april = plan({m_schools});
        april.guardMonths = 6;
        const PreparedDraw guarded = prepare(april);
        // The kindergartens drawn in January leave the risk strata; the blacklisted one stays.
        QCOMPARE(stratumIds(guarded.request, 0, QStringLiteral("A")), QStringList());
        QCOMPARE(stratumIds(guarded.request, 0, QStringLiteral("C")), QStringList());
        QCOMPARE(stratumIds(guarded.request, 0, QStringLiteral("blacklist")), idsOf({m_rainbow}));
        QCOMPARE(stratumIds(guarded.request, 0, QStringLiteral("B")).size(), 21);
        QCOMPARE(countOf(guarded.summary, 0, QStringLiteral("A"))->leftOut, 2);
        QCOMPARE(countOf(guarded.summary, 0, QStringLiteral("C"))->leftOut, 1);
        QCOMPARE(guarded.entityNotes.size(), 3);
        const EntityNote& note = guarded.entityNotes.first();
        QCOMPARE(note.entity, m_sunshine.drawId());
        QCOMPARE(note.name, m_sunshine.name);
        QCOMPARE(note.items, QStringList {QStringLiteral("JY-01")});
        QCOMPARE(note.reason, QStringLiteral("guard"));
        QCOMPARE(note.plan, january.code);
        QCOMPARE(note.until, QDate(2026, 1, 20));
        QCOMPARE(note.inWords(),
                 QStringLiteral("Inspected recently: drawn in 昌教抽查〔2026〕1号 (period until 2026-01-20)"));
        QCOMPARE(EntityNote::fromJson(note.toJson()).toJson(), note.toJson());

        // Two months before 1 April is after 20 January: nobody is left out.
        april.guardMonths = 2;
        QVERIFY(prepare(april).entityNotes.isEmpty());
        // A voided draw inspects nobody.
        april.guardMonths = 6;
        QString error;
        QVERIFY2(PlanDraw(*m_db).voidAttempt(PlanDraw(*m_db).currentAttempt(january.id)->id,
                                             QStringLiteral("投屏故障，见证人要求重新摇号"), QStringLiteral("李审核"),
                                             &error),
                 qPrintable(error));
        QVERIFY(prepare(april).entityNotes.isEmpty());
    }

    void notInspectedSinceUsesStandingDraws()
    {
        drawnJanuaryPlan();
        Plan april = plan({m_schools});
        april.items[0].directed = true;
        april.items[0].conditions.notInspectedSince = QDate(2026, 1, 1);
        PreparedDraw prepared = prepare(april);
        QCOMPARE(stratumIds(prepared.request, 0, QStringLiteral("A")), QStringList());
        QCOMPARE(stratumIds(prepared.request, 0, QStringLiteral("blacklist")), QStringList());
        QCOMPARE(stratumIds(prepared.request, 0, QStringLiteral("B")).size(), 21);
        QCOMPARE(prepared.summary.items[0].scopeInWords, QStringLiteral("定向：自2026-01-01起未检查"));
        april.items[0].conditions.notInspectedSince = QDate(2026, 1, 21);
        prepared = prepare(april);
        QCOMPARE(stratumIds(prepared.request, 0, QStringLiteral("A")).size(), 2);
    }

    void rotationExcludesThePreviousTeamAsItStood()
    {
        const Plan january = drawnJanuaryPlan();
        PlanDraw draw(*m_db);
        const DrawAttempt attempt = *draw.currentAttempt(january.id);
        const DrawTeam team = [&] {
            for (const DrawTeam& t : attempt.result->teams)
                if (t.entity == m_sunshine.drawId())
                    return t;
            return DrawTeam();
        }();
        QCOMPARE(team.members.size(), 2);
        QString error;
        const auto substitution
            = draw.substitute(attempt.id, team.entity, team.members[0], QStringLiteral("出差"), &error);
        QVERIFY2(substitution, qPrintable(error));

        Plan april = plan({m_schools});
        april.rotation = true;
        const PreparedDraw prepared = prepare(april);
        QStringList forSunshine;
        for (const DrawExclusion& e : prepared.request.exclusions) {
            if (e.entity == m_sunshine.drawId()) {
                forSunshine << e.inspector;
                QCOMPARE(e.reason, QStringLiteral("rotation: ") + january.code);
            }
        }
        QStringList expected {substitution->in, team.members[1]};
        expected.sort();
        QCOMPARE(forSunshine, expected);
        // Each kindergarten of the January plan has its two former members excluded; primary schools none.
        QCOMPARE(prepared.request.exclusions.size(), 4 * 2);
        april.rotation = false;
        QVERIFY(prepare(april).request.exclusions.isEmpty());
    }

    void conflictAndRotationMakeOneExclusion()
    {
        const Plan january = drawnJanuaryPlan();
        const DrawAttempt attempt = *PlanDraw(*m_db).currentAttempt(january.id);
        QString member;
        for (const DrawTeam& t : attempt.result->teams)
            if (t.entity == m_rainbow.drawId())
                member = t.members.first();
        QVERIFY(!member.isEmpty());
        Registry(*m_db).conflict(*InspectorRepository(*m_db).findByCode(member), m_rainbow);
        Plan april = plan({m_schools});
        april.rotation = true;
        QStringList reasons;
        for (const DrawExclusion& e : prepare(april).request.exclusions)
            if (e.entity == m_rainbow.drawId() && e.inspector == member)
                reasons << e.reason;
        QCOMPARE(reasons, QStringList {QStringLiteral("conflict: 亲属关系; rotation: ") + january.code});
    }

    void itemsSharingEntitiesMergeVisits()
    {
        Plan p = plan({m_schools, m_kindergartens});
        for (PlanStratum& s : p.items[1].strata)
            s.ratioBp = 10000;
        const PoolSummary s = prepare(p).summary;
        QCOMPARE(s.items[0].selected(), 5);
        QCOMPARE(s.items[1].selected(), 4);
        QCOMPARE(s.visitsMin, 5);
        QCOMPARE(s.visitsMax, 9);
        QCOMPARE(s.inspectorsNeeded, 9 * 2 * 2);
    }

    void notEnoughInspectors()
    {
        Database& db = *m_db;
        {
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET status = 'retired' WHERE code <> 'ZF-001'")));
        }
        const PoolSummary s = prepare(plan({m_schools})).summary;
        QVERIFY(!s.canFreeze());
        QVERIFY2(
            hasProblem(s, true, QStringLiteral("Not enough inspectors on duty: a team needs 2, and 1 are available.")),
            qPrintable(problems(s)));
    }

    void notEnoughCertifiedInspectors()
    {
        {
            QSqlQuery q(m_db->sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET cert_to = '2026-04-10'")));
        }
        const PoolSummary s = prepare(plan({m_schools})).summary;
        QVERIFY(!s.canFreeze());
        QVERIFY2(hasProblem(s, true,
                            QStringLiteral("Not enough certified inspectors: each team needs at least 1 with "
                                           "a certificate valid for the whole period, and 0 have one.")),
                 qPrintable(problems(s)));
    }

    void maxTeamsPerInspectorLimitsTheVisits()
    {
        Plan p = plan({m_schools});
        p.code = QStringLiteral("昌教抽查〔2026〕4号");
        p.maxTeamsPerInspector = 2;
        PoolSummary s = prepare(p).summary;
        QCOMPARE(s.inspectorsMinimum, 5); // 10 seats, 2 each
        QVERIFY(!s.canFreeze());
        QVERIFY2(hasProblem(s, true,
                            QStringLiteral("Not enough inspectors for up to 5 visits with at most 2 teams each: "
                                           "5 are needed, 4 are available.")),
                 qPrintable(problems(s)));
        p.maxTeamsPerInspector = 3;
        s = prepare(p).summary;
        QVERIFY2(s.canFreeze(), qPrintable(problems(s)));
    }

    void exclusionsLeavingTooFewBlockTheFreeze()
    {
        Registry r(*m_db);
        for (int i = 0; i < 3; ++i)
            r.conflict(m_staff[i], m_rainbow, QStringLiteral("other"));
        const PoolSummary s = prepare(plan({m_schools})).summary;
        QVERIFY(!s.canFreeze());
        QVERIFY2(hasProblem(s, true,
                            QStringLiteral("彩虹幼儿园: after the exclusions only 1 inspectors (1 certified) may "
                                           "inspect it; a team needs 2 (1 certified).")),
                 qPrintable(problems(s)));
    }

    void fewerInspectorsThanBackupsIsAWarning()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE inspector SET status = 'retired' WHERE code = 'ZF-004'")));
        Plan p = plan({m_schools});
        p.code = QStringLiteral("昌教抽查〔2026〕5号");
        const PoolSummary s = prepare(p).summary;
        QVERIFY2(s.canFreeze(), qPrintable(problems(s)));
        QCOMPARE(s.warnings(),
                 QStringList {QStringLiteral("Each team is drawn with its backups, 4 inspectors in all; "
                                             "only 3 are available, so the teams get fewer backups.")});
    }

    void planAndStratumProblemsBlock()
    {
        Plan p = plan({m_schools, m_training});
        p.items[0].strata[1] = {QStringLiteral("B"), std::nullopt, 1}; // B has 21 entities: 5 % is 2
        p.items[1].strata[0].ratioBp = 500; // JY-02 asks for 10 %
        p.section.clear();
        const PoolSummary s = prepare(p).summary;
        QVERIFY(!s.canFreeze());
        QVERIFY2(hasProblem(s, true, QStringLiteral("JY-01: A fixed number of 1 for ")), qPrintable(problems(s)));
        QVERIFY2(hasProblem(s, true, QStringLiteral("5% of its 21 entities is 2.")), qPrintable(problems(s)));
        QVERIFY2(hasProblem(s, true, QStringLiteral("JY-02: The ratio of")), qPrintable(problems(s)));
        QVERIFY2(hasProblem(s, true, QStringLiteral("Initiating section: Name the section")), qPrintable(problems(s)));
        // The training pool is empty: a warning, not a refusal.
        QVERIFY2(hasProblem(s, false, QStringLiteral("JY-02: the pool is empty")), qPrintable(problems(s)));
    }

    void theItemsOwnMinimumCountsHoweverTheScopeWasMade()
    {
        Plan p = plan({m_schools});
        PlanItemScope scope;
        scope.itemId = m_training.id; // no display fields: the item list says 10 %
        scope.useRiskStrata = false;
        scope.strata = PlanItemScope::defaultStrata(false, 500);
        p.items = {scope};
        const PoolSummary s = prepare(p).summary;
        QVERIFY2(hasProblem(s, true, QStringLiteral("JY-02: The ratio of")), qPrintable(problems(s)));
        QVERIFY2(hasProblem(s, true, QStringLiteral("this item asks for at least 10%")), qPrintable(problems(s)));
    }

    void itemNotInForceBlocks()
    {
        InspectionItem item = m_kindergartens;
        item.effectiveTo = QDate(2026, 4, 15);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(ItemRepository(*m_db).update(tx, item));
            QVERIFY(tx.commit());
        }
        const PoolSummary s = prepare(plan({m_kindergartens})).summary;
        QVERIFY(
            hasProblem(s, true, QStringLiteral("JY-03: the item is not in force for the whole inspection period.")));
    }

    void findEntityByDrawId()
    {
        QCOMPARE(DrawPreparation::findEntity(*m_db, m_sunshine.creditCode)->id, m_sunshine.id);
        QCOMPARE(DrawPreparation::findEntity(*m_db, m_noCode.code)->id, m_noCode.id);
        // The registry code of an entity that has a credit code is not its draw id.
        QVERIFY(!DrawPreparation::findEntity(*m_db, m_sunshine.code));
    }
};

QTEST_GUILESS_MAIN(TestDrawPreparation)
#include "tst_drawpreparation.moc"
