#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace PlanFixture;

namespace {

struct AuditRow
{
    QString action;
    QString objectId;
    QJsonObject before;
    QJsonObject after;
};

QList<AuditRow> planAudit(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT action, object_id, old_values, new_values FROM audit_log "
                          "WHERE object_type = 'plan' ORDER BY seq"));
    QList<AuditRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                     QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
    return rows;
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    InspectionItem m_private; // JY-01: kindergartens and primary schools
    InspectionItem m_training; // JY-02: training institutions, 10 %
    qint64 m_town = 0;

    bool save(Plan& plan, QString* error = nullptr)
    {
        WriteTransaction tx(*m_db);
        const bool ok = PlanRepository(*m_db).update(tx, plan) && tx.commit();
        if (error)
            *error = tx.error();
        return ok;
    }

    bool setStatus(qint64 id, const QString& status, QString* error = nullptr)
    {
        WriteTransaction tx(*m_db);
        const bool ok = PlanRepository(*m_db).setStatus(tx, id, status) && tx.commit();
        if (error)
            *error = tx.error();
        return ok;
    }

private Q_SLOTS:
    // The messages below are those of the English interface (statuses and field names included).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        m_town = r.township(QStringLiteral("昌黎镇"));
        m_private = r.item(QStringLiteral("JY-01"), {QStringLiteral("kindergarten"), QStringLiteral("primary")});
        m_training = r.item(QStringLiteral("JY-02"), {QStringLiteral("training")}, 1000);
        r.entities(4, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
    }

    void cleanup() { m_db.reset(); }

    void insertGivesTheNextCodeOfThePeriodsYear()
    {
        PlanRepository plans(*m_db);
        QCOMPARE(plans.nextCode(2026), QStringLiteral("昌教抽查〔2026〕1号"));
        const Plan first = inserted(*m_db, plan({m_private}));
        QCOMPARE(first.code, QStringLiteral("昌教抽查〔2026〕1号"));
        const Plan second = inserted(*m_db, plan({m_training}));
        QCOMPARE(second.code, QStringLiteral("昌教抽查〔2026〕2号"));
        const Plan lastYear = inserted(*m_db, plan({m_private}, true, QDate(2025, 10, 1), QDate(2025, 10, 31)));
        QCOMPARE(lastYear.code, QStringLiteral("昌教抽查〔2025〕1号"));
        // An edited number counts; a code of another form does not.
        Plan edited = plan({m_private});
        edited.code = QStringLiteral("昌教抽查〔2026〕7号");
        inserted(*m_db, edited);
        Plan other = plan({m_private});
        other.code = QStringLiteral("昌教抽查〔2026〕专项12号");
        inserted(*m_db, other);
        QCOMPARE(plans.nextCode(2026), QStringLiteral("昌教抽查〔2026〕8号"));
        QCOMPARE(plans.nextCode(2027), QStringLiteral("昌教抽查〔2027〕1号"));
    }

    // Plan numbers count like the registries' automatic codes (issue 13): a number past nine digits or past int is
    // another form; at 999999999 the clerk writes the number by hand.
    void planNumbersNeverOverflow()
    {
        PlanRepository plans(*m_db);
        Plan huge = plan({m_private});
        huge.code = QStringLiteral("昌教抽查〔2026〕9223372036854775807号");
        inserted(*m_db, huge);
        QCOMPARE(plans.nextCode(2026), QStringLiteral("昌教抽查〔2026〕1号"));
        Plan last = plan({m_private});
        last.code = QStringLiteral("昌教抽查〔2026〕999999999号");
        inserted(*m_db, last);
        QCOMPARE(plans.nextCode(2026), QString());
        Plan next = plan({m_private});
        WriteTransaction tx(*m_db);
        QVERIFY(!plans.insert(tx, next));
        QCOMPARE(tx.error(),
                 PlanRepository::tr("This year's plan numbers are used up. Write the plan's number by hand."));
    }

    void codePrefixComesFromTheSettings()
    {
        PlanRepository plans(*m_db);
        QCOMPARE(plans.codePrefix(), QStringLiteral("昌教抽查"));
        inserted(*m_db, plan({m_private}));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(plans.setCodePrefix(tx, QStringLiteral("昌教双随机")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(plans.nextCode(2026), QStringLiteral("昌教双随机〔2026〕1号"));
        WriteTransaction tx(*m_db);
        QVERIFY(!plans.setCodePrefix(tx, QStringLiteral("昌教 抽查")));
        QVERIFY(tx.error().contains(QStringLiteral("without spaces")));
    }

    void duplicateCodeIsRefused()
    {
        const Plan first = inserted(*m_db, plan({m_private}));
        Plan second = plan({m_private});
        second.code = first.code;
        WriteTransaction tx(*m_db);
        QVERIFY(!PlanRepository(*m_db).insert(tx, second));
        QCOMPARE(tx.error(),
                 QStringLiteral("The plan code 昌教抽查〔2026〕1号 already belongs to the plan "
                                "2026年民办学校办学行为双随机抽查."));
    }

    void storesEveryField()
    {
        Plan p = plan({m_private, m_training});
        p.teamSize = 3;
        p.minCertified = 2;
        p.backupFactor = 3;
        p.maxTeamsPerInspector = 4;
        p.rotation = true;
        p.guardMonths = 6;
        p.items[0].directed = true;
        p.items[0].conditions.ownerships = {QStringLiteral("private")};
        p.items[0].conditions.townshipIds = {m_town};
        p.items[0].conditions.notInspectedSince = QDate(2025, 9, 1);
        p.items[1].useRiskStrata = false;
        p.items[1].strata = {{QStringLiteral("normal"), std::nullopt, 3}, {QStringLiteral("blacklist"), 6000, {}}};
        p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")},
                       {QStringLiteral("李华"), QStringLiteral("media"), QStringLiteral("昌黎电视台")}};
        const Plan stored = inserted(*m_db, p);
        const auto found = PlanRepository(*m_db).find(stored.id);
        QVERIFY(found);
        QVERIFY(Plan::changedFields(*found, stored).isEmpty());
        QCOMPARE(found->status, QStringLiteral("draft"));
        QCOMPARE(found->items[1].itemCode, QStringLiteral("JY-02"));
        QCOMPARE(found->items[1].itemMinRatioBp, 1000);
        QCOMPARE(found->items[1].strata[0].count, std::optional<int>(3));
        QCOMPARE(found->items[0].conditions.notInspectedSince, QDate(2025, 9, 1));
        QCOMPARE(found->witnesses[1].unit, QStringLiteral("昌黎电视台"));
        QCOMPARE(PlanRepository(*m_db).findByCode(stored.code)->id, stored.id);
        QCOMPARE(PlanRepository(*m_db).conditionsInWords(found->items[0]),
                 QStringLiteral("定向：民办；昌黎镇；自2025-09-01起未检查"));

        const QList<AuditRow> audit = planAudit(*m_db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
        QCOMPARE(audit[0].objectId, stored.code);
        QCOMPARE(audit[0].after.value(QStringLiteral("witnesses")).toArray().size(), 2);
    }

    void draftCanBeSavedUnfinished()
    {
        Plan p;
        p.periodFrom = QDate(2026, 9, 1);
        WriteTransaction tx(*m_db);
        QVERIFY2(PlanRepository(*m_db).insert(tx, p), qPrintable(tx.error()));
        QVERIFY(tx.commit());
        QCOMPARE(p.code, QStringLiteral("昌教抽查〔2026〕1号"));
        QVERIFY(!p.problems().isEmpty());
    }

    void draftRefusesWhatCannotBeStored()
    {
        Plan p = plan({m_private});
        p.teamSize = 1;
        WriteTransaction tx(*m_db);
        QVERIFY(!PlanRepository(*m_db).insert(tx, p));
        QCOMPARE(tx.error(), QStringLiteral("Inspectors per team: A team has at least 2 inspectors (policy §4)."));
    }

    void updateOfADraftReplacesItsScopes()
    {
        Plan p = inserted(*m_db, plan({m_private}));
        p.items = {PlanItemScope::forItem(m_training, false)};
        p.title = QStringLiteral("校外培训机构专项检查");
        QString error;
        QVERIFY2(save(p, &error), qPrintable(error));
        const auto found = PlanRepository(*m_db).find(p.id);
        QCOMPARE(found->items.size(), 1);
        QCOMPARE(found->items[0].itemId, m_training.id);
        QCOMPARE(found->items[0].strata.size(), 2);
        QCOMPARE(rowCount(*m_db, QStringLiteral("plan_stratum")), 2);
        const QList<AuditRow> audit = planAudit(*m_db);
        QCOMPARE(audit.last().action, QStringLiteral("update"));
        QCOMPARE(audit.last().before.value(QStringLiteral("title")).toString(),
                 QStringLiteral("2026年民办学校办学行为双随机抽查"));
        QCOMPARE(audit.last().after.value(QStringLiteral("title")).toString(), QStringLiteral("校外培训机构专项检查"));
    }

    void statusOnlyMovesForwardWithItsFacts()
    {
        const Plan p = inserted(*m_db, plan({m_private}));
        QString error;
        QVERIFY(!setStatus(p.id, QStringLiteral("frozen"), &error));
        QVERIFY2(error.contains(QStringLiteral("freeze it from the wizard")), qPrintable(error));
        QVERIFY(!setStatus(p.id, QStringLiteral("inspecting"), &error));
        QCOMPARE(error,
                 QStringLiteral("The plan 昌教抽查〔2026〕1号 is Draft and cannot become Inspecting: a plan only "
                                "moves forward, one step at a time."));
        QVERIFY(!setStatus(p.id, QStringLiteral("published"), &error));
        QCOMPARE(error, QStringLiteral("Unknown plan status published."));

        QVERIFY2(PlanDraw(*m_db).freeze(p.id, &error), qPrintable(error));
        QCOMPARE(PlanRepository(*m_db).find(p.id)->status, QStringLiteral("frozen"));
        QVERIFY(!setStatus(p.id, QStringLiteral("draft"), &error));
        QVERIFY(!setStatus(p.id, QStringLiteral("drawn"), &error));
        QCOMPARE(error, QStringLiteral("The plan 昌教抽查〔2026〕1号 has no draw result yet."));
    }

    void fieldsLockAfterFreezing()
    {
        Plan p = inserted(*m_db, plan({m_private}));
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(p.id, &error), qPrintable(error));
        p = *PlanRepository(*m_db).find(p.id);

        Plan changed = p;
        changed.title = QStringLiteral("改过的标题");
        changed.items[0].strata[0].ratioBp = 800;
        QVERIFY(!save(changed, &error));
        QCOMPARE(error,
                 QStringLiteral("The plan 昌教抽查〔2026〕1号 is Frozen: Title, Items can no longer be changed."));

        // The witnesses are typed in at the draw, after freezing.
        changed = p;
        changed.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大")}};
        QVERIFY2(save(changed, &error), qPrintable(error));
        QCOMPARE(PlanRepository(*m_db).find(p.id)->witnesses, changed.witnesses);
        QCOMPARE(PlanRepository(*m_db).find(p.id)->items[0].strata, p.items[0].strata);

        PlanDraw draw(*m_db);
        const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(PlanDraw::systemDigits(20))}, &error);
        QVERIFY2(attempt, qPrintable(error));
        QVERIFY2(draw.draw(attempt->id, &error), qPrintable(error));
        changed.witnesses.clear();
        QVERIFY(!save(changed, &error));
        QCOMPARE(error, QStringLiteral("The plan 昌教抽查〔2026〕1号 is Drawn: Witnesses can no longer be changed."));

        QVERIFY2(setStatus(p.id, QStringLiteral("inspecting"), &error), qPrintable(error));
        QVERIFY2(setStatus(p.id, QStringLiteral("completed"), &error), qPrintable(error));
        QVERIFY(!setStatus(p.id, QStringLiteral("inspecting"), &error));
        QStringList statuses;
        for (const AuditRow& row : planAudit(*m_db))
            if (row.action == QLatin1String("status"))
                statuses << row.after.value(QStringLiteral("status")).toString();
        QCOMPARE(statuses,
                 (QStringList {QStringLiteral("frozen"), QStringLiteral("drawn"), QStringLiteral("inspecting"),
                               QStringLiteral("completed")}));
    }

    void onlyDraftsAreDeleted()
    {
        const Plan draft = inserted(*m_db, plan({m_private}));
        Plan withWitness = plan({m_private});
        withWitness.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), {}}};
        const Plan frozen = inserted(*m_db, withWitness);
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(frozen.id, &error), qPrintable(error));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(PlanRepository(*m_db).remove(tx, draft.id));
            QVERIFY(tx.commit());
        }
        QVERIFY(!PlanRepository(*m_db).find(draft.id));
        QCOMPARE(rowCount(*m_db, QStringLiteral("plan_item")), 1);
        QCOMPARE(planAudit(*m_db).last().action, QStringLiteral("delete"));
        WriteTransaction tx(*m_db);
        QVERIFY(!PlanRepository(*m_db).remove(tx, frozen.id));
        QCOMPARE(tx.error(),
                 QStringLiteral("The plan 昌教抽查〔2026〕2号 is Frozen; only a draft can be deleted. Its "
                                "record is kept."));
    }

    void listFiltersByYearAndStatus()
    {
        const Plan a = inserted(*m_db, plan({m_private}));
        inserted(*m_db, plan({m_private}, true, QDate(2025, 10, 1), QDate(2025, 10, 31)));
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(a.id, &error), qPrintable(error));
        PlanRepository plans(*m_db);
        QCOMPARE(plans.list().size(), 2);
        QCOMPARE(plans.list().first().code, a.code); // newest period first
        QCOMPARE(plans.list({{}, {}, 2025}).size(), 1);
        QCOMPARE(plans.list({{}, QStringLiteral("frozen"), 0}).size(), 1);
        QCOMPARE(plans.list({QStringLiteral("〔2025〕"), {}, 0}).first().periodFrom, QDate(2025, 10, 1));
    }

    void whatAFrozenPlanNamesCannotBeDeleted()
    {
        Registry r(*m_db);
        const Entity inPool = r.entity({QStringLiteral("昌黎县育才幼儿园"), QStringLiteral("kindergarten")});
        const Entity noCode = r.entity({.name = QStringLiteral("昌黎县红星小学"), .withCreditCode = false});
        const Entity outside = r.entity({QStringLiteral("昌黎县第一中学"), QStringLiteral("senior")});
        const Inspector spare = r.inspector({QStringLiteral("ZF-099")});
        const Plan p = inserted(*m_db, plan({m_private}));
        EntityRepository entities(*m_db);
        InspectorRepository inspectors(*m_db);
        QVERIFY(!entities.isReferenced(inPool.id));
        QVERIFY(!inspectors.isReferenced(spare.id));
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(p.id, &error), qPrintable(error));
        QVERIFY(entities.isReferenced(inPool.id));
        QVERIFY(entities.isReferenced(noCode.id));
        QVERIFY(!entities.isReferenced(outside.id));
        QVERIFY(inspectors.isReferenced(spare.id));
        WriteTransaction tx(*m_db);
        QVERIFY(!entities.remove(tx, inPool.id));
        QVERIFY(tx.error().contains(QStringLiteral("cannot be deleted")));
        tx.rollback();
        WriteTransaction tx2(*m_db);
        QVERIFY(!inspectors.remove(tx2, spare.id));
        tx2.rollback();
        WriteTransaction tx3(*m_db);
        QVERIFY(entities.remove(tx3, outside.id));
        QVERIFY(tx3.commit());
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
