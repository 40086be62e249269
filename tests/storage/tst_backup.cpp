// `shuangsui-cli backup` and `restore` end to end: a backup restores to equal data with the previous data kept
// beside it; a restore refuses a cut-off file, a text file, a newer data version, a broken audit trail or a backup
// without an active administrator and then changes nothing; the audit anchor follows a restore.
#include "AuditAnchor.h"
#include "AuditTrail.h"
#include "DataBackup.h"
#include "Database.h"
#include "Schema.h"
#include "TestSupport.h"
#include "TownshipRepository.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

QStringList townshipNames(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        qWarning() << error;
        return {};
    }
    QStringList names;
    for (const Township& t : TownshipRepository(*db).list(true))
        names << t.name;
    names.sort(); // by code point
    return names;
}

qint64 auditCount(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    return db ? AuditTrail::count(*db, {}) : -1;
}

QString lastAction(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    const auto last = db ? AuditTrail::list(*db, {}, 0, 1) : std::vector<AuditEntry> {};
    return last.empty() ? QString() : last.front().action;
}

bool addTownships(const QString& path, const QStringList& names)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        return false;
    TownshipRepository repo(*db);
    WriteTransaction tx(*db);
    for (const QString& name : names) {
        Township t;
        t.name = name;
        if (!repo.insert(tx, t))
            return false;
    }
    return tx.commit();
}

bool addUser(Database& db, const QString& name, const QString& role)
{
    User user;
    user.name = name;
    user.role = role;
    WriteTransaction tx(db);
    if (UserRepository(db).create(tx, user, name + QStringLiteral("2026")) && tx.commit())
        return true;
    qWarning() << tx.error();
    return false;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The messages are checked in English (the source language); the interface default is Chinese.
QStringList cliDb(const QString& path, const QStringList& rest)
{
    return QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path} + rest;
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_backup;

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // The program's settings (the audit anchors), shared with the command line tool this test starts, in a
        // folder of the test's own: the test, like the tool, calls itself shuangsui.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
        QCoreApplication::setApplicationName(QStringLiteral("shuangsui"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_path = m_dir.filePath(QStringLiteral("数据.sqlite"));
        m_backup = m_dir.filePath(QStringLiteral("备份.sqlite"));
        QVERIFY(addTownships(m_path, {QStringLiteral("城关镇"), QStringLiteral("安山镇")}));
        const auto r = runCli(cliDb(m_path, {QStringLiteral("backup"), m_backup}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("backup written to")));
        QVERIFY(QFileInfo(m_backup).isFile());
    }

    void backupIsRecordedAndComplete()
    {
        QCOMPARE(lastAction(m_path), QStringLiteral("backup"));
        QCOMPARE(townshipNames(m_backup), (QStringList {QStringLiteral("城关镇"), QStringLiteral("安山镇")}));
        QCOMPARE(auditCount(m_backup), 2); // the two creations; the backup entry comes after the copy
        const auto r = runCli(cliDb(m_backup, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(r.exitCode, 0);
    }

    void backupRefusesAnExistingFileUnlessForced()
    {
        QVERIFY(TestSupport::writeFile(m_dir.filePath(QStringLiteral("old.sqlite")), "keep me"));
        auto r = runCli(cliDb(m_path, {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("old.sqlite"))}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("old.sqlite"))), QByteArray("keep me"));
        const qint64 entries = auditCount(m_path);

        r = runCli(
            cliDb(m_path,
                  {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("old.sqlite")), QStringLiteral("--force")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(townshipNames(m_dir.filePath(QStringLiteral("old.sqlite"))).size(), 2);
        QCOMPARE(auditCount(m_path), entries + 1);

        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("backup")})).exitCode, 2);
    }

    void roundTrip()
    {
        QVERIFY(addTownships(m_path, {QStringLiteral("靖安镇")}));
        QCOMPARE(townshipNames(m_path).size(), 3);

        const auto r = runCli(cliDb(m_path, {QStringLiteral("restore"), m_backup}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(townshipNames(m_path), (QStringList {QStringLiteral("城关镇"), QStringLiteral("安山镇")}));
        QCOMPARE(lastAction(m_path), QStringLiteral("restore"));
        QCOMPARE(auditCount(m_path), 3); // the backup's two entries and the restore
        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("audit"), QStringLiteral("verify")})).exitCode, 0);

        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("数据.before-restore-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(r.out.contains(kept.first()));
        const QString keptPath = m_dir.filePath(kept.first());
        QCOMPARE(townshipNames(keptPath).size(), 3);
        QCOMPARE(lastAction(keptPath), QStringLiteral("create"));
        // No temporary file left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp*")}), QStringList());
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("cut off") << "truncated"
                                 << "incomplete";
        QTest::newRow("cut off mid-page") << "truncatedOdd"
                                          << "incomplete";
        QTest::newRow("text file") << "text"
                                   << "not an SQLite database";
        QTest::newRow("empty file") << "empty"
                                    << "not an SQLite database";
        QTest::newRow("newer data version") << "newer"
                                            << "newer version";
        QTest::newRow("edited audit entry") << "edited"
                                            << "entry 2 was changed";
        QTest::newRow("deleted audit entry") << "deleted"
                                             << "entry 1 is missing";
        QTest::newRow("triggers dropped") << "triggers"
                                          << "missing trigger audit_log_no_update";
        QTest::newRow("not our data file") << "foreign"
                                           << "not a shuangsui data file";
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
    }

    void restoreRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString candidate = m_dir.filePath(QStringLiteral("候选.sqlite"));
        const QByteArray backup = readAll(m_backup);
        if (kind == QLatin1String("truncated")) {
            QVERIFY(TestSupport::writeFile(candidate, backup.left(backup.size() / 2)));
        } else if (kind == QLatin1String("truncatedOdd")) {
            QVERIFY(TestSupport::writeFile(candidate, backup.left(5000)));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(TestSupport::writeFile(candidate, "name,kind\n城关镇,town\n"));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(TestSupport::writeFile(candidate, QByteArray()));
        } else if (kind != QLatin1String("missing")) {
            QVERIFY(QFile::copy(m_backup, candidate));
            const QString connection = QStringLiteral("tamper");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(candidate);
                QVERIFY(db.open());
                QSqlQuery q(db);
                // Since data version 4 triggers refuse changes to the trail: whoever tampers drops them first.
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
                if (kind == QLatin1String("newer"))
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
                else if (kind == QLatin1String("edited"))
                    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET new_values = '{}' WHERE seq = 2")));
                else if (kind == QLatin1String("deleted"))
                    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
                else if (kind == QLatin1String("foreign"))
                    QVERIFY(q.exec(QStringLiteral("DROP TABLE audit_log")));
                // The triggers put back, as a careful hand would: the trail's own check finds the change.
                if (kind == QLatin1String("edited") || kind == QLatin1String("deleted"))
                    for (const QString& sql : Schema::migrationStatements(4).filter(QStringLiteral(" ON audit_log ")))
                        QVERIFY(q.exec(sql));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY(addTownships(m_path, {QStringLiteral("靖安镇")}));
        const QStringList before = townshipNames(m_path);
        const QByteArray beforeBytes = readAll(m_path);
        const qint64 entries = auditCount(m_path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        const auto r = runCli(cliDb(m_path, {QStringLiteral("restore"), candidate}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        if (kind != QLatin1String("missing")) {
            QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("候选.sqlite")), qPrintable(r.err));
        }
        QCOMPARE(readAll(m_path), beforeBytes);
        QCOMPARE(townshipNames(m_path), before);
        QCOMPARE(auditCount(m_path), entries);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    // A backup without an active administrator would, once restored, open the data to anyone (no accounts) or
    // leave no one to manage users and restores: refused while the data in use has accounts.
    void restoreKeepsAnAdministrator_data()
    {
        QTest::addColumn<bool>("currentHasUsers");
        QTest::addColumn<QString>("backupUsers"); // none, inactiveAdmin, admin
        QTest::addColumn<QString>("words"); // of the refusal; empty when the restore goes ahead
        QTest::newRow("backup without accounts") << true << "none"
                                                 << "has no user accounts, so no administrator either";
        QTest::newRow("backup whose administrator is deactivated") << true << "inactiveAdmin"
                                                                   << "has no active administrator account";
        QTest::newRow("backup with an administrator") << true << "admin"
                                                      << "";
        QTest::newRow("neither has accounts") << false << "none"
                                              << "";
    }

    void restoreKeepsAnAdministrator()
    {
        QFETCH(bool, currentHasUsers);
        QFETCH(QString, backupUsers);
        QFETCH(QString, words);
        const QString source = m_dir.filePath(QStringLiteral("候选.sqlite"));
        {
            QString error;
            auto other = Database::open(source, &error);
            QVERIFY2(other, qPrintable(error));
            if (backupUsers != QLatin1String("none")) {
                QVERIFY(addUser(*other, QStringLiteral("admin"), QStringLiteral("admin")));
                QVERIFY(addUser(*other, QStringLiteral("luru"), QStringLiteral("clerk")));
            }
            if (backupUsers == QLatin1String("inactiveAdmin")) // not possible in the program: the last one stays
                QVERIFY(QSqlQuery(other->sql())
                            .exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE role = 'admin'")));
        }
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        if (currentHasUsers)
            QVERIFY(addUser(*db, QStringLiteral("zhang"), QStringLiteral("admin")));
        const qint64 entries = AuditTrail::count(*db, {});
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        const auto candidate = DataBackup::prepareRestore(db->path(), source, &error);
        QVERIFY2(candidate, qPrintable(error));
        QCOMPARE(candidate->users, backupUsers == QLatin1String("none") ? 0 : 2);
        QCOMPARE(candidate->administrators, backupUsers == QLatin1String("admin") ? 1 : 0);
        QCOMPARE(DataBackup::keepsAnAdministrator(*db, *candidate, &error), words.isEmpty());
        QString kept;
        const bool restored = DataBackup::restore(*db, *candidate, &kept, &error);
        if (!words.isEmpty()) {
            QVERIFY(!restored);
            QVERIFY2(error.contains(words), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("候选.sqlite")), qPrintable(error));
            QVERIFY(kept.isEmpty());
            QCOMPARE(AuditTrail::count(*db, {}), entries);
            QVERIFY(UserRepository(*db).find(QStringLiteral("zhang")));
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no copy, no leftover
            return;
        }
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(UserRepository(*db).hasUsers(), backupUsers != QLatin1String("none"));
        QVERIFY(!UserRepository(*db).find(QStringLiteral("zhang")));
        QCOMPARE(AuditTrail::list(*db, {}, 0, 1).front().action, QStringLiteral("restore"));
    }

    // The case of the audit: an administrator restoring a file of the first data version (no accounts) over data
    // that has them, through the command line tool.
    void commandLineRefusesABackupWithoutAccounts()
    {
        {
            QString error;
            auto db = Database::open(m_path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(addUser(*db, QStringLiteral("admin"), QStringLiteral("admin")));
        }
        const QString source = m_dir.filePath(QStringLiteral("schema-v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(SHUANGSUI_TEST_DATA "/schema-v1.sqlite"), source));
        qputenv("SHUANGSUI_PASSWORD", "admin2026");
        const auto r = runCli(
            cliDb(m_path, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("restore"), source}));
        qunsetenv("SHUANGSUI_PASSWORD");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has no user accounts")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
        QCOMPARE(townshipNames(m_path).size(), 2);
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(UserRepository(*db).find(QStringLiteral("admin")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.before-restore-*")}), QStringList());
    }

    // A restore puts a shorter trail in place on purpose: the anchor follows it, so the next check does not take
    // the entries of the replaced data for deleted ones.
    void restoreMovesTheAnchor()
    {
        QVERIFY(addTownships(m_path, {QStringLiteral("靖安镇"), QStringLiteral("荒佃庄镇")}));
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(AuditAnchor::load(m_path)->seq, 5); // two townships, the backup, two more townships
        const auto candidate = DataBackup::prepareRestore(db->path(), m_backup, &error);
        QVERIFY2(candidate, qPrintable(error));
        QString kept;
        QVERIFY2(DataBackup::restore(*db, *candidate, &kept, &error), qPrintable(error));
        QCOMPARE(AuditAnchor::load(m_path), AuditAnchor::newestEntry(db->sql()));
        QCOMPARE(AuditAnchor::load(m_path)->seq, 3); // the backup's two entries and the restore
        const auto problem = AuditTrail::verify(*db);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        db.reset();
        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("audit"), QStringLiteral("verify")})).exitCode, 0);
    }

    void restoreUsage()
    {
        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("restore")})).exitCode, 2);
        const auto r = runCli(cliDb(m_path, {QStringLiteral("restore"), m_path}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(townshipNames(m_path).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
