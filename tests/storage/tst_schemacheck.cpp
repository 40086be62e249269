// A data file brings only our schema (issue 13, finding 5): every table, index, trigger and view is compared with what
// our migrations create for the file's data version. A file with a trigger of its own (the issue's: it makes the
// read-only user an administrator at the next change of an entity), an extra index, view or table, a table with an
// extra column, a missing index or an altered trigger is refused — opened in every mode, at the current version and
// before an upgrade, and as a backup to restore — and left byte for byte as it was. Our own files of every data
// version and every edition of the steps (Schema.h), and the fixtures of versions 1 and 2, open and upgrade.
#include "AuditTrail.h"
#include "DataBackup.h"
#include "Database.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// The trigger.
const QString kPromote = QStringLiteral(
    "CREATE TRIGGER promote AFTER UPDATE ON entity BEGIN UPDATE app_user SET role = 'admin' WHERE name = 'chakan'; "
    "END");

QByteArray sha256(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Runs statements on the file directly, as an SQLite tool would; empty on success, else the error.
QString runRaw(const QString& path, const QStringList& statements)
{
    const QString connection = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (error.isEmpty() && !q.exec(sql))
                error = sql + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

// A data file of `version` as a program running `edition` of the steps left it (no journal mode set: an older
// program's file may be either).
QString makeFile(const QString& path, int version, int edition = 0)
{
    QStringList statements {QStringLiteral("BEGIN")};
    for (int step = 1; step <= version; ++step)
        statements += Schema::migrationStatements(step, edition);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(version) << QStringLiteral("COMMIT");
    return runRaw(path, statements);
}

// SchemaCheck::problem on the file, read directly.
QString problemOf(const QString& path, int version)
{
    const QString connection = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        problem = db.open() ? SchemaCheck::problem(db, version) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

} // namespace

class TestSchemaCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the check expects is what Database builds: a new file has exactly the expected objects, among them the
    // triggers that keep the record append-only.
    void theExpectedSchemaIsWhatTheMigrationsBuild()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY2(db, qPrintable(error));
        const auto actual = SchemaCheck::objectsOf(db->sql());
        const auto ours = SchemaCheck::expected(Database::SchemaVersion, 0);
        QVERIFY(actual && ours);
        QCOMPARE(SchemaCheck::differences(*actual, *ours), QStringList());
        QCOMPARE(SchemaCheck::problem(db->sql(), Database::SchemaVersion), QString());
        int triggers = 0;
        for (const SchemaCheck::Object& object : *ours)
            triggers += object.type == QLatin1String("trigger") ? 1 : 0;
        QVERIFY(triggers >= 17);
        // Our SQL carries no SQLite-internal object; the automatic indexes are left out.
        for (const SchemaCheck::Object& object : *ours)
            QVERIFY2(!object.name.startsWith(QLatin1String("sqlite_")), qPrintable(object.name));
        // The same file at an earlier data version is not ours any more.
        QVERIFY(!SchemaCheck::problem(db->sql(), Database::SchemaVersion - 1).isEmpty());
    }

    void normalisedWhiteSpace()
    {
        QCOMPARE(SchemaCheck::normalised(QStringLiteral("  CREATE TABLE t (\r\n\ta TEXT,\n   b INT)\n")),
                 QStringLiteral("CREATE TABLE t ( a TEXT, b INT)"));
    }

    // Every data version, in every edition of the steps, opens (and is upgraded), and opens again afterwards.
    void ourFilesOfEveryVersionOpen()
    {
        for (int version = 1; version <= Database::SchemaVersion; ++version) {
            for (int edition = 0; edition < Schema::editions(); ++edition) {
                QTemporaryDir dir;
                const QString path = dir.filePath(QStringLiteral("v%1-%2.sqlite").arg(version).arg(edition));
                const QString made = makeFile(path, version, edition);
                QVERIFY2(made.isEmpty(), qPrintable(made));
                QCOMPARE(problemOf(path, version), QString());
                QString error;
                {
                    auto db = Database::open(path, &error);
                    QVERIFY2(db, qPrintable(QStringLiteral("v%1 edition %2: %3").arg(version).arg(edition).arg(error)));
                    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
                }
                auto again = Database::open(path, &error, Database::OpenMode::ReadOnly);
                QVERIFY2(again, qPrintable(error));
            }
        }
        // The editions differ (else the second would be pointless), and only in the entity table.
        const auto first = SchemaCheck::expected(1, 0);
        const auto second = SchemaCheck::expected(1, 1);
        QVERIFY(first && second);
        QCOMPARE(SchemaCheck::differences(*second, *first),
                 QStringList {QStringLiteral("table entity differs from ours")});
    }

    // The files of data versions 1 and 2 that earlier programs made (tests/data): theirs is our schema, and they
    // open and upgrade.
    void theFixturesOpen_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        QTest::newRow("version 1") << QStringLiteral("schema-v1.sqlite") << 1;
        QTest::newRow("version 2") << QStringLiteral("schema-v2.sqlite") << 2;
    }

    void theFixturesOpen()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(fixture);
        QVERIFY(QFile::copy(QStringLiteral(SHUANGSUI_TEST_DATA "/") + fixture, path));
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
        QCOMPARE(problemOf(path, version), QString());
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        }
        auto again = Database::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(!AuditTrail::verify(*again));
    }

    // SQLite's own objects are not the file's: ANALYZE makes sqlite_stat1 (and maybe sqlite_stat4).
    void sqlitesOwnObjectsAreLeftOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("analysed.sqlite"));
        QString error;
        QVERIFY2(Database::open(path, &error), qPrintable(error));
        const QString analysed = runRaw(path, {QStringLiteral("ANALYZE")});
        QVERIFY2(analysed.isEmpty(), qPrintable(analysed));
        QVERIFY2(Database::open(path, &error), qPrintable(error));
    }

    void refusedAndLeftAsItWas_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("edition");
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("words");
        const int current = Database::SchemaVersion;
        QTest::newRow("the issue's trigger")
            << current << 0 << QStringList {kPromote} << QStringLiteral("extra trigger promote on table entity");
        QTest::newRow("extra index") << current << 0
                                     << QStringList {QStringLiteral("CREATE INDEX entity_name ON entity(name)")}
                                     << QStringLiteral("extra index entity_name on table entity");
        QTest::newRow("extra view") << current << 0
                                    << QStringList {QStringLiteral("CREATE VIEW admins AS SELECT name FROM app_user")}
                                    << QStringLiteral("extra view admins");
        QTest::newRow("extra table") << current << 0 << QStringList {QStringLiteral("CREATE TABLE notes (text TEXT)")}
                                     << QStringLiteral("extra table notes");
        QTest::newRow("extra column") << current << 0
                                      << QStringList {QStringLiteral("ALTER TABLE entity ADD COLUMN secret TEXT")}
                                      << QStringLiteral("table entity differs from ours");
        QTest::newRow("missing index") << current << 0 << QStringList {QStringLiteral("DROP INDEX audit_object")}
                                       << QStringLiteral("missing index audit_object");
        QTest::newRow("altered trigger")
            << current << 0
            << QStringList {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                                           "SELECT 1; END")}
            << QStringLiteral("trigger audit_log_no_delete differs from ours");
        QTest::newRow("triggers dropped")
            << current << 0
            << QStringList {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                            QStringLiteral("DROP TRIGGER audit_log_no_delete")}
            << QStringLiteral("missing trigger audit_log_no_update; missing trigger audit_log_no_delete");
        QTest::newRow("trigger in an old file, before its upgrade")
            << 2 << 0
            << QStringList {QStringLiteral("CREATE TRIGGER promote AFTER UPDATE ON entity BEGIN UPDATE setting SET "
                                           "value = '1'; END")}
            << QStringLiteral("extra trigger promote on table entity");
        QTest::newRow("trigger in a file of the first edition")
            << current << 1 << QStringList {kPromote} << QStringLiteral("extra trigger promote");
        QTest::newRow("more than three") << current << 0
                                         << QStringList {QStringLiteral("CREATE TABLE a (x)"),
                                                         QStringLiteral("CREATE TABLE b (x)"),
                                                         QStringLiteral("CREATE TABLE c (x)"),
                                                         QStringLiteral("CREATE TABLE d (x)"),
                                                         QStringLiteral("CREATE TABLE e (x)")}
                                         << QStringLiteral("extra table a; extra table b; extra table c and 2 more");
    }

    void refusedAndLeftAsItWas()
    {
        QFETCH(int, version);
        QFETCH(int, edition);
        QFETCH(QStringList, statements);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("数据.sqlite"));
        QString made = makeFile(path, version, edition);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        made = runRaw(path, statements);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QByteArray before = sha256(path);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);

        for (const auto mode :
             {Database::OpenMode::Exclusive, Database::OpenMode::Shared, Database::OpenMode::ReadOnly}) {
            QString error;
            QVERIFY(!Database::open(path, &error, mode));
            QVERIFY2(error.contains(words), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("data version %1").arg(version)), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("nothing was changed")), qPrintable(error));
            QCOMPARE(sha256(path), before);
            // No copy before an upgrade, no lock or journal left behind.
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
        }
    }

    // A backup with the trigger is refused when it is checked for a restore: nothing is left behind, and
    // the data file and the backup are as they were.
    void restoreRefusesABackupWithATriggerOfItsOwn()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("数据.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("备份.sqlite"));
        QString error;
        {
            auto db = Database::open(data, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DataBackup::writeBackup(*db, backup, false, {}, &error), qPrintable(error));
        }
        QVERIFY2(DataBackup::prepareRestore(data, backup, &error), qPrintable(error)); // as written: restorable
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        const QString tampered = runRaw(backup, {kPromote});
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        const QByteArray dataBefore = sha256(data);
        const QByteArray backupBefore = sha256(backup);

        QVERIFY(!DataBackup::prepareRestore(data, backup, &error));
        QVERIFY2(error.contains(QStringLiteral("extra trigger promote on table entity")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(backup)), qPrintable(error)); // named as the clerk chose it
        QCOMPARE(sha256(data), dataBefore);
        QCOMPARE(sha256(backup), backupBefore);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
    }

    // What the check costs at every opening: one in-memory build of the expected schema and one read of
    // sqlite_master. Printed for the README's figures, never asserted.
    void theCheckIsCheap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.sqlite"));
        QString error;
        QVERIFY2(Database::open(path, &error), qPrintable(error));
        constexpr int kRounds = 50;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRounds; ++i)
            QVERIFY(SchemaCheck::expected(Database::SchemaVersion, 0));
        const double build = double(timer.nsecsElapsed()) / kRounds / 1e6;
        timer.restart();
        for (int i = 0; i < kRounds; ++i)
            QVERIFY(Database::open(path, &error, Database::OpenMode::ReadOnly));
        const double open = double(timer.nsecsElapsed()) / kRounds / 1e6;
        qInfo("expected schema built in %.2f ms; a whole read-only opening with the check takes %.2f ms", build, open);
    }
};

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
