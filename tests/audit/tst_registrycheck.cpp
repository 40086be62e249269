// The registries against their audit entries: whatever the program itself does leaves no difference (the demo,
// data files of earlier versions, edits, status changes, deletions), and every row changed, added or deleted with
// another tool is named — by RegistryCheck and by `shuangsui-cli audit verify` (exit 1).
#include "Database.h"
#include "DemoData.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "RegistryCheck.h"
#include "TownshipRepository.h"
#include "Validators.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRegistryCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    QList<RegistryDifference> differences()
    {
        QString error;
        const auto found = RegistryCheck::run(*m_db, 100, &error);
        if (!found)
            qFatal("RegistryCheck: %s", qPrintable(error));
        return *found;
    }

    void sql(const QString& statement)
    {
        QSqlQuery q(m_db->sql());
        if (!q.exec(statement))
            qFatal("%s", qPrintable(statement));
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("核对%1.sqlite").arg(++n));
        QString error;
        m_db = Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoData::fill(*m_db, &error) && DemoData::addFinishedPlan(*m_db, &error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void theDemoHasNoDifference() { QCOMPARE(differences().size(), 0); }

    void whatTheProgramDoesLeavesNoDifference()
    {
        EntityRepository entities(*m_db);
        Entity entity = *entities.findByCode(QStringLiteral("DX000001"));
        entity.name = QStringLiteral("昌黎县第一中学（新校区）");
        entity.code = entity.code; // the code stays; the name, address and status change
        entity.address = QStringLiteral("昌黎县昌黎镇新开路1号");
        WriteTransaction tx(*m_db);
        QVERIFY(entities.update(tx, entity));
        QVERIFY(entities.setStatus(tx, entity.id, QStringLiteral("suspended")));
        Inspector inspector = InspectorRepository(*m_db).list().first();
        QVERIFY(InspectorRepository(*m_db).setStatus(tx, inspector.id, QStringLiteral("on_leave")));
        const InspectionItem item = ItemRepository(*m_db).list().first();
        QVERIFY(ItemRepository(*m_db).setStatus(tx, item.id, QStringLiteral("retired")));
        Entity added;
        added.name = QStringLiteral("昌黎县测试培训学校");
        added.creditCode = TestSupport::creditCode(QStringLiteral("52130322"), 777);
        added.category = QStringLiteral("training");
        added.ownership = QStringLiteral("private");
        added.townshipId = entity.townshipId;
        QVERIFY2(entities.insert(tx, added), qPrintable(tx.error()));
        QVERIFY2(entities.remove(tx, added.id), qPrintable(tx.error()));
        // Renaming a township renames it in its entities' records.
        Township township = TownshipRepository(*m_db).list().first();
        township.name += QStringLiteral("（新）");
        QVERIFY2(TownshipRepository(*m_db).update(tx, township), qPrintable(tx.error()));
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
        const auto found = differences();
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(RegistryCheck::describe(found.first())));
    }

    void aRowChangedOutsideTheProgramIsNamed()
    {
        sql(QStringLiteral("UPDATE entity SET name = '改过的名字' WHERE code = 'DX000002'"));
        const auto found = differences();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().objectType, QStringLiteral("entity"));
        QCOMPARE(found.first().code, QStringLiteral("DX000002"));
        QCOMPARE(found.first().field, QStringLiteral("name"));
        QCOMPARE(found.first().stored, QStringLiteral("改过的名字"));
        QVERIFY(RegistryCheck::describe(found.first()).contains(QStringLiteral("改过的名字")));

        m_db.reset();
        const auto run = TestSupport::runCli({QStringLiteral("--db"), m_path, QStringLiteral("audit"),
                                              QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("DX000002")) && run.err.contains(QStringLiteral("改过的名字")),
                 qPrintable(run.err));
    }

    void anIdCardNumberIsNamedMasked()
    {
        sql(QStringLiteral("UPDATE inspector SET id_card = '130322199001011237' WHERE code = "
                           "(SELECT code FROM inspector ORDER BY code LIMIT 1)"));
        const auto found = differences();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, QStringLiteral("idCard"));
        QVERIFY(!RegistryCheck::describe(found.first()).contains(QStringLiteral("130322199001011237")));
        QCOMPARE(found.first().stored, Validators::maskIdCard(QStringLiteral("130322199001011237")));
    }

    void rowsAddedOrDeletedOutsideTheProgramAreNamed()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM inspector ORDER BY code DESC LIMIT 1")) && q.next());
        const QString last = q.value(0).toString();
        sql(QStringLiteral("INSERT INTO inspector (code, name, updated_at) VALUES ('ZF-999', '外来人', '2026-01-01T00:00:00Z')"));
        sql(QStringLiteral("DELETE FROM conflict WHERE inspector_id = (SELECT id FROM inspector WHERE code = '%1')")
                .arg(last));
        sql(QStringLiteral("DELETE FROM inspector WHERE code = '%1'").arg(last));
        const auto found = differences();
        QCOMPARE(found.size(), 2);
        QStringList codes;
        for (const RegistryDifference& d : found) {
            QVERIFY(d.field.isEmpty());
            codes << d.code;
        }
        QVERIFY(codes.contains(QStringLiteral("ZF-999")) && codes.contains(last));
    }

    void dataFilesOfEarlierVersionsHaveNoDifference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("schema 1") << QStringLiteral("schema-v1.sqlite");
        QTest::newRow("schema 2") << QStringLiteral("schema-v2.sqlite");
    }

    void dataFilesOfEarlierVersionsHaveNoDifference()
    {
        QFETCH(QString, file);
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("旧版-") + file);
        QVERIFY(QFile::copy(QStringLiteral(SHUANGSUI_TEST_DATA "/") + file, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        const auto found = differences();
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(RegistryCheck::describe(found.first())));
    }
};

QTEST_GUILESS_MAIN(TestRegistryCheck)
#include "tst_registrycheck.moc"
