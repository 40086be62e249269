// The blacklist's history: adding and removing an entity with reason, basis, document and dates; the entity's own
// blacklist columns (which feed the draw's 黑名单 stratum) follow in the same transaction; refusals; audit entries.
#include "BlacklistRepository.h"
#include "DrawPreparation.h"
#include "PlanFixture.h"

#include <QLocale>
#include <QTest>

using namespace PlanFixture;

namespace {

BlacklistEntry entry(qint64 entityId, const QString& reason, QDate from, QDate to = {})
{
    BlacklistEntry e;
    e.entityId = entityId;
    e.reason = reason;
    e.legalBasis = QStringLiteral("《中华人民共和国民办教育促进法》第六十二条");
    e.document = QStringLiteral("昌教执〔2026〕2号");
    e.effectiveFrom = from;
    e.effectiveTo = to;
    return e;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestBlacklist : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Entity m_school;

    QString add(BlacklistEntry& e)
    {
        WriteTransaction tx(*m_db);
        if (BlacklistRepository(*m_db).add(tx, e) && tx.commit())
            return {};
        return tx.error();
    }
    QString remove(BlacklistEntry& e)
    {
        WriteTransaction tx(*m_db);
        if (BlacklistRepository(*m_db).remove(tx, e) && tx.commit())
            return {};
        return tx.error();
    }
    Entity school() const { return *EntityRepository(*m_db).find(m_school.id); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init()
    {
        m_db = openDatabase();
        m_school = Registry(*m_db).entity({.name = QStringLiteral("昌黎县阳光培训学校"),
                                           .category = QStringLiteral("training"),
                                           .ownership = QStringLiteral("private")});
    }
    void cleanup() { m_db.reset(); }

    void addSetsTheEntityColumns()
    {
        BlacklistEntry e = entry(m_school.id, QStringLiteral("违规收费"), QDate(2026, 3, 1), QDate(2026, 12, 31));
        QCOMPARE(add(e), QString());
        QVERIFY(e.id > 0);
        QCOMPARE(e.action, QStringLiteral("add"));
        const Entity s = school();
        QVERIFY(s.blacklisted);
        QCOMPARE(s.blacklistReason, QStringLiteral("违规收费"));
        QCOMPARE(s.blacklistFrom, QDate(2026, 3, 1));
        QCOMPARE(s.blacklistTo, QDate(2026, 12, 31));
        EntityFilter blacklisted;
        blacklisted.blacklisted = 1;
        QCOMPARE(EntityRepository(*m_db).count(blacklisted), 1);
    }

    void removeClearsThemAndTheHistoryStays()
    {
        BlacklistEntry a = entry(m_school.id, QStringLiteral("违规收费"), QDate(2026, 3, 1));
        QCOMPARE(add(a), QString());
        BlacklistEntry r = entry(m_school.id, QStringLiteral("已整改到位"), QDate(2026, 6, 1), QDate(2026, 9, 1));
        QCOMPARE(remove(r), QString());
        const Entity s = school();
        QVERIFY(!s.blacklisted);
        QVERIFY(s.blacklistReason.isEmpty());
        QVERIFY(!s.blacklistFrom.isValid());
        QVERIFY(!s.blacklistTo.isValid());

        BlacklistEntry again = entry(m_school.id, QStringLiteral("再次违规"), QDate(2026, 10, 1));
        QCOMPARE(add(again), QString());
        const QList<BlacklistEntry> history = BlacklistRepository(*m_db).history(m_school.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).action, QStringLiteral("add"));
        QCOMPARE(history.at(0).reason, QStringLiteral("违规收费"));
        QCOMPARE(history.at(1).action, QStringLiteral("remove"));
        QCOMPARE(history.at(1).effectiveFrom, QDate(2026, 6, 1));
        QVERIFY(!history.at(1).effectiveTo.isValid()); // a removal has no end
        QCOMPARE(history.at(1).document, QStringLiteral("昌教执〔2026〕2号"));
        QCOMPARE(history.at(2).reason, QStringLiteral("再次违规"));
        QCOMPARE(history.at(2).recordedBy, QStringLiteral("张三"));
        QVERIFY(school().blacklisted);
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("blacklistedFirst");
        QTest::addColumn<bool>("adding");
        QTest::addColumn<BlacklistEntry>("entry");
        QTest::addColumn<QString>("error");

        const QDate day(2026, 3, 1);
        QTest::newRow("already on it") << true << true << entry(0, QStringLiteral("又违规"), day)
                                       << "昌黎县阳光培训学校 is already on the blacklist (since 2026-03-01).";
        QTest::newRow("not on it") << false << false << entry(0, QStringLiteral("整改"), day)
                                   << "昌黎县阳光培训学校 is not on the blacklist.";
        QTest::newRow("add without reason") << false << true << entry(0, QStringLiteral(" "), day)
                                            << "Reason: Say why the entity is put on the blacklist.";
        QTest::newRow("remove without reason")
            << true << false << entry(0, QString(), day) << "Reason: Say why the entity is taken off the blacklist.";
        QTest::newRow("no start") << false << true << entry(0, QStringLiteral("违规"), QDate())
                                  << "Effective from: Enter the date from which this applies.";
        QTest::newRow("end before start") << false << true << entry(0, QStringLiteral("违规"), day, QDate(2026, 2, 1))
                                          << "Effective until: The end is before the start.";
    }

    void refusals()
    {
        QFETCH(bool, blacklistedFirst);
        QFETCH(bool, adding);
        QFETCH(BlacklistEntry, entry);
        QFETCH(QString, error);
        if (blacklistedFirst) {
            BlacklistEntry first = ::entry(m_school.id, QStringLiteral("违规收费"), QDate(2026, 3, 1));
            QCOMPARE(add(first), QString());
        }
        const int entries = count(*m_db, QStringLiteral("SELECT count(*) FROM blacklist_entry"));
        const int audit = count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        entry.entityId = m_school.id;
        QCOMPARE(adding ? add(entry) : remove(entry), error);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM blacklist_entry")), entries);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QCOMPARE(school().blacklisted, blacklistedFirst);
    }

    void bothChangesAreAudited()
    {
        BlacklistEntry a = entry(m_school.id, QStringLiteral("违规收费"), QDate(2026, 3, 1));
        QCOMPARE(add(a), QString());
        BlacklistEntry r = entry(m_school.id, QStringLiteral("已整改"), QDate(2026, 6, 1));
        QCOMPARE(remove(r), QString());
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT action, object_id FROM audit_log WHERE object_type = 'entity' AND seq > "
                                 "(SELECT min(seq) FROM audit_log WHERE object_type = 'entity') ORDER BY seq"));
        QVERIFY(q.exec());
        QStringList actions;
        while (q.next()) {
            actions << q.value(0).toString();
            QCOMPARE(q.value(1).toString(), m_school.code);
        }
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("blacklist_add"), QStringLiteral("update"),
                               QStringLiteral("blacklist_remove"), QStringLiteral("update")}));
    }

    void theDrawSeesTheBlacklist()
    {
        Registry r(*m_db);
        const InspectionItem item = r.item(QStringLiteral("JY-02"), {QStringLiteral("training")});
        r.entities(10, QStringLiteral("培训学校"),
                   {.category = QStringLiteral("training"), .ownership = QStringLiteral("private")});
        const Plan p = inserted(*m_db, plan({item}));
        const auto blacklistPool = [&] {
            const PoolSummary summary = DrawPreparation::summary(*m_db, p);
            for (const auto& stratum : summary.items.first().strata)
                if (stratum.name == QLatin1String("blacklist"))
                    return stratum.pool;
            return -1;
        };
        QCOMPARE(blacklistPool(), 0);
        BlacklistEntry a = entry(m_school.id, QStringLiteral("违规收费"), QDate(2026, 3, 1));
        QCOMPARE(add(a), QString());
        QCOMPARE(blacklistPool(), 1);
        BlacklistEntry gone = entry(m_school.id, QStringLiteral("已整改"), QDate(2026, 3, 20));
        QCOMPARE(remove(gone), QString());
        QCOMPARE(blacklistPool(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBlacklist)
#include "tst_blacklist.moc"
