// Opening data files made by earlier versions of the program (tests/data/schema-v1.sqlite from the first data
// version, schema-v2.sqlite from the second, each the demo office): a byte-identical copy is kept beside the file,
// the data is migrated to the current version and survives, and the clerk is told.
#include "AuditTrail.h"
#include "Database.h"
#include "DrawEngine.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "TestSupport.h"
#include "TownshipRepository.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

QStringList backupsIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*-backup-*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void olderDataFileIsBackedUpAndMigrated_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("fromVersion");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("inspectors");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<int>("auditEntries");
        QTest::addColumn<QString>("drawnPlan");
        QTest::newRow("first data version")
            << QStringLiteral("schema-v1.sqlite") << 1 << 298 << 30 << 3 << 6 << kV1AuditEntries << QString();
        QTest::newRow("second data version, a drawn plan")
            << QStringLiteral("schema-v2.sqlite") << 2 << 298 << 30 << 3 << 6 << kV2AuditEntries << kV2Plan;
    }

    void olderDataFileIsBackedUpAndMigrated()
    {
        QFETCH(QString, fixture);
        QFETCH(int, fromVersion);
        const QString original = QStringLiteral(SHUANGSUI_TEST_DATA "/") + fixture;
        const QByteArray originalBytes = contents(original);
        QVERIFY2(!originalBytes.isEmpty(), qPrintable(original));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QVERIFY(QFile::copy(original, path));
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner));

        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);

        // The copy: beside the file, named after it and the old version, byte for byte the file as it was.
        const QString backup = db->upgradeBackupPath();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        QVERIFY2(QFileInfo(backup).fileName().startsWith(QStringLiteral("office.v%1-backup-").arg(fromVersion)),
                 qPrintable(backup));
        QVERIFY(backup.endsWith(QLatin1String(".sqlite")));
        QCOMPARE(QCryptographicHash::hash(contents(backup), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(originalBytes, QCryptographicHash::Sha256));
        QCOMPARE(contents(backup).size(), originalBytes.size());

        // The clerk is told what happened and where the copy is.
        QVERIFY(db->upgradeNotice().contains(QDir::toNativeSeparators(backup)));
        QVERIFY(db->upgradeNotice().contains(QString::number(fromVersion)));

        QFETCH(int, entities);
        QFETCH(int, inspectors);
        QFETCH(int, items);
        QFETCH(int, conflicts);
        QFETCH(int, auditEntries);
        QCOMPARE(rowCount(*db, QStringLiteral("entity")), entities);
        QCOMPARE(rowCount(*db, QStringLiteral("inspector")), inspectors);
        QCOMPARE(rowCount(*db, QStringLiteral("inspection_item")), items);
        QCOMPARE(rowCount(*db, QStringLiteral("conflict")), conflicts);
        QCOMPARE(rowCount(*db, QStringLiteral("audit_log")), auditEntries);
        const auto problem = AuditTrail::verify(*db);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        // The tables of the newer versions are there and usable.
        QCOMPARE(rowCount(*db, QStringLiteral("result")), 0);
        QCOMPARE(rowCount(*db, QStringLiteral("app_user")), 0);

        QFETCH(QString, drawnPlan);
        if (!drawnPlan.isEmpty()) {
            const auto plan = PlanRepository(*db).findByCode(drawnPlan);
            QVERIFY(plan);
            const auto record = PlanDraw(*db).publishedRecord(plan->id, &error);
            QVERIFY2(record, qPrintable(error));
            QVERIFY(!record->result.teams.isEmpty());
            QString difference;
            QVERIFY2(DrawEngine::verify(*record, &difference), qPrintable(difference));
        }

        // Opened again: already current, so no second copy and nothing to say.
        db.reset();
        auto again = Database::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(again->upgradeNotice().isEmpty());
        QVERIFY(again->upgradeBackupPath().isEmpty());
        QCOMPARE(backupsIn(dir.path()).size(), 1);
    }

    // The first data version's audit entries keep their own hash form; the chain is still checked entry by entry,
    // and entries written after the upgrade (in the current form) link to them.
    void firstFormAuditEntriesAreStillChecked_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<qint64>("entry");
        QTest::newRow("content changed") << QStringLiteral(
            "UPDATE audit_log SET new_values = '{\"name\":\"改过\"}' WHERE seq = 4")
                                         << qint64(4);
        QTest::newRow("entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 10") << qint64(10);
        QTest::newRow("user changed") << QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 358")
                                      << qint64(358);
    }

    void firstFormAuditEntriesAreStillChecked()
    {
        QFETCH(QString, tampering);
        QFETCH(qint64, entry);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(SHUANGSUI_TEST_DATA "/schema-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner));
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        {
            // A change after the upgrade is written in the current form, linked to the last first-form entry.
            WriteTransaction tx(*db);
            Township township;
            township.name = QStringLiteral("新设乡镇");
            QVERIFY(TownshipRepository(*db).insert(tx, township));
            QVERIFY(tx.commit());
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT max(seq) FROM audit_log")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(kV1AuditEntries + 1));
        }
        const auto before = AuditTrail::verify(*db);
        QVERIFY2(!before, before ? qPrintable(before->message) : "");
        QSqlQuery q(db->sql());
        // Since data version 4 triggers refuse the change: whoever tampers drops them first.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY2(q.exec(tampering), qPrintable(tampering));
        const auto problem = AuditTrail::verify(*db);
        QVERIFY(problem);
        QCOMPARE(problem->seq, entry);
    }

    void newFileAndCurrentFileMakeNoCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->upgradeNotice().isEmpty());
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->upgradeNotice().isEmpty());
        QVERIFY(backupsIn(dir.path()).isEmpty());
    }

    void newerDataFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
        }
        const QByteArray before = contents(path);
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(contents(path), before);
        QVERIFY(backupsIn(dir.path()).isEmpty());
    }

    void commandLineSaysSoOnStandardError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(SHUANGSUI_TEST_DATA "/schema-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner));
        const auto result = TestSupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                                 path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("upgraded to data version %1").arg(Database::SchemaVersion)),
                 qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("audit trail verified")));
        QCOMPARE(backupsIn(dir.path()).size(), 1);
        QVERIFY(result.err.contains(QDir::toNativeSeparators(dir.filePath(backupsIn(dir.path()).first()))));
    }

private:
    static constexpr int kV1AuditEntries = 358;
    static constexpr int kV2AuditEntries = 364;
    inline static const QString kV2Plan = QStringLiteral("昌教抽查〔2026〕1号");
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
