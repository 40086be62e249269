// The command line beside the clerk's open window: which commands run while the program holds the data file
// (Database::OpenMode), who the audit entries of a command without --user name, and a data file busy with another
// program's write at login.
#include "AuditTrail.h"
#include "CommandLine.h"
#include "Database.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray md5(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5)
                                          : QByteArray();
}

// The tool in English, with the system account `login` (USER; USERNAME and LOGNAME removed) and, unless it is null,
// SHUANGSUI_PASSWORD.
TestSupport::CliResult cli(const QStringList& args, const QString& password = {},
                           const QString& login = QStringLiteral("wang_clerk"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"SHUANGSUI_PASSWORD", "USER", "USERNAME", "LOGNAME"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("USER"), login);
    if (!password.isNull())
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHUANGSUI_CLI_PATH), QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The user named in the last audit entry of `action`, read beside whoever has the file open.
QString lastAuditUser(const QString& path, const QString& action)
{
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::ReadOnly);
    if (!db)
        return error;
    QSqlQuery q(db->sql());
    q.prepare(QStringLiteral("SELECT user_name FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 auditCount(Database& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCliShared final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // the demo data: users admin, luru, shenhe, chakan (password demo1234) and a finished plan

    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A fresh copy of the demo data file.
    QString demoCopy(const QString& name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(m_demo, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("演示.sqlite"));
        const auto r = cli({QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal"))
                || QFileInfo(m_demo + QStringLiteral("-wal")).size() == 0);
    }

    // Two Database objects: the window (Exclusive) and a command beside it.
    void readersBesideTheWindow()
    {
        const QString file = demoCopy(QStringLiteral("window.sqlite"));
        QString error;
        auto window = Database::open(file, &error);
        QVERIFY2(window, qPrintable(error));

        QVERIFY(!Database::open(file, &error));
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));

        auto reader = Database::open(file, &error, Database::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        const qint64 before = auditCount(*reader);
        QVERIFY(before > 0);
        {
            // Read-only for SQLite too: nothing can be written through it.
            WriteTransaction tx(*reader);
            tx.recordChange(QStringLiteral("test"), QStringLiteral("file"), QStringLiteral("x"), {}, {});
            QVERIFY(!tx.commit());
        }

        // A shared command appends its own entry while the window writes too; the chain stays whole.
        auto shared = Database::open(file, &error, Database::OpenMode::Shared);
        QVERIFY2(shared, qPrintable(error));
        QVERIFY2(AuditTrail::recordEvent(*shared, QStringLiteral("export"), QStringLiteral("file"),
                                         QStringLiteral("a.csv"), {}, &error),
                 qPrintable(error));
        QVERIFY2(AuditTrail::recordEvent(*window, QStringLiteral("backup"), QStringLiteral("database"),
                                         QStringLiteral("b.sqlite"), {}, &error),
                 qPrintable(error));
        QCOMPARE(auditCount(*reader), before + 2); // the reader sees the writes of both
        QVERIFY(!AuditTrail::verify(window->sql()).has_value());
    }

    // Without a window the shared open takes no lock: the program can still start while a command runs.
    void theWindowOpensBesideAReader()
    {
        const QString file = demoCopy(QStringLiteral("reader-first.sqlite"));
        QString error;
        auto reader = Database::open(file, &error, Database::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        auto window = Database::open(file, &error);
        QVERIFY2(window, qPrintable(error));
    }

    void sharedNeedsAnExistingFile_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-only") << true;
        QTest::newRow("shared") << false;
    }
    void sharedNeedsAnExistingFile()
    {
        QFETCH(bool, readOnly);
        const auto mode = readOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::Shared;
        const QString file = path(QStringLiteral("没有/数据.sqlite"));
        QString error;
        QVERIFY(!Database::open(file, &error, mode));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
    }

    // A file of an older data version is upgraded only with the lock: refused, unchanged, while a window holds it.
    void upgradeNeedsTheLock()
    {
        const QString file = path(QStringLiteral("v2.sqlite"));
        QFile::remove(file);
        QVERIFY(QFile::copy(QStringLiteral(SHUANGSUI_TEST_DATA "/schema-v2.sqlite"), file));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = md5(file);
        QString error;
        {
            QLockFile window(file + QStringLiteral(".lock"));
            QVERIFY(window.tryLock(0));
            QVERIFY(!Database::open(file, &error, Database::OpenMode::ReadOnly));
            QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
            QCOMPARE(md5(file), original);
        }
        auto db = Database::open(file, &error, Database::OpenMode::ReadOnly);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), int(Database::SchemaVersion));
    }

    // The CLI as a second process while the clerk's window has the file: reads, audit verify, export and backup
    // run; commands that change data are refused and change nothing.
    void commandsWhileTheProgramIsOpen()
    {
        const QString file = demoCopy(QStringLiteral("open.sqlite"));
        QString error;
        auto window = Database::open(file, &error);
        QVERIFY2(window, qPrintable(error));
        const QStringList db {QStringLiteral("--db"), file};

        auto r = cli(db + QStringList {QStringLiteral("plans")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString code = r.out.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(!code.isEmpty(), qPrintable(r.out));
        r = cli(
            db + QStringList {QStringLiteral("record"), code, QStringLiteral("-o"), path(QStringLiteral("记录.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(path(QStringLiteral("记录.json"))).size() > 0);
        r = cli(db + QStringList {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("audit trail verified: ")));
        r = cli(db + QStringList {QStringLiteral("deadline"), QStringLiteral("--end"), QStringLiteral("2026-09-30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(db
                + QStringList {QStringLiteral("export"), QStringLiteral("entities"), path(QStringLiteral("对象.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(db + QStringList {QStringLiteral("backup"), path(QStringLiteral("备份.sqlite"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString checkError;
        QVERIFY2(Database::checkReplacement(path(QStringLiteral("备份.sqlite")), &checkError), qPrintable(checkError));
        // The window keeps writing, and sees the command's entries.
        QVERIFY2(AuditTrail::recordEvent(*window, QStringLiteral("print"), QStringLiteral("plan"), code, {}, &error),
                 qPrintable(error));
        QVERIFY(!AuditTrail::verify(window->sql()).has_value());

        const auto entries = auditCount(*window);
        TestSupport::writeFile(path(QStringLiteral("one.csv")),
                               (QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n")
                                + TestSupport::creditCode(QStringLiteral("12130322"), 77)
                                + QStringLiteral(",甲校,小学,公办\n"))
                                   .toUtf8());
        r = cli(db
                    + QStringList {QStringLiteral("--user"), QStringLiteral("luru"), QStringLiteral("import"),
                                   QStringLiteral("entities"), path(QStringLiteral("one.csv"))},
                QStringLiteral("demo1234"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already open")), qPrintable(r.err));
        r = cli(db
                    + QStringList {QStringLiteral("--user"), QStringLiteral("shenhe"), QStringLiteral("publish"), code,
                                   QStringLiteral("--out"), path(QStringLiteral("网站"))},
                QStringLiteral("demo1234"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already open")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("网站"))));
        QCOMPARE(auditCount(*window), entries); // nothing written, not even a login
    }

    // Spec of item 3: without --user, the audit entries name the system account; with it, the user.
    void auditEntriesNameWhoRanTheCommand()
    {
        const QString file = demoCopy(QStringLiteral("who.sqlite"));
        const QStringList db {QStringLiteral("--db"), file};
        auto r = cli(
            db + QStringList {QStringLiteral("export"), QStringLiteral("items"), path(QStringLiteral("事项.xlsx"))}, {},
            QStringLiteral("zhang_san"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastAuditUser(file, QStringLiteral("export")), QStringLiteral("cli:zhang_san"));
        r = cli(db + QStringList {QStringLiteral("backup"), path(QStringLiteral("who-backup.sqlite"))}, {},
                QStringLiteral("li_si"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastAuditUser(file, QStringLiteral("backup")), QStringLiteral("cli:li_si"));
        r = cli(db
                    + QStringList {QStringLiteral("--user"), QStringLiteral("chakan"), QStringLiteral("backup"),
                                   path(QStringLiteral("who-backup.sqlite")), QStringLiteral("--force")},
                QStringLiteral("demo1234"), QStringLiteral("li_si"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastAuditUser(file, QStringLiteral("backup")), QStringLiteral("chakan"));
    }

    // Another program holds the write lock longer than the busy timeout: not a refused login but a busy file.
    void busyDataFileAtLogin()
    {
        const QString file = demoCopy(QStringLiteral("busy.sqlite"));
        const QString connection = QStringLiteral("other-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
            const auto r = cli({QStringLiteral("--db"), file, QStringLiteral("--user"), QStringLiteral("admin"),
                                QStringLiteral("backup"), path(QStringLiteral("busy-backup.sqlite"))},
                               QStringLiteral("demo1234"));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("being used by another program")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("database is locked")), qPrintable(r.err));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(connection);
        // Once the other program is done, the same command logs in and runs.
        const auto r = cli({QStringLiteral("--db"), file, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("backup"), path(QStringLiteral("busy-backup.sqlite"))},
                           QStringLiteral("demo1234"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lastAuditUser(file, QStringLiteral("backup")), QStringLiteral("admin"));
    }

    // Every command that needs a role is named in the help's sentence about --user.
    void helpNamesEveryWriteCommand()
    {
        const auto r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString sentence = r.out.section(QStringLiteral("change data"), 0, 0).section(QLatin1Char('\n'), -1);
        for (const char* command : {"import", "publish", "restore"})
            QVERIFY2(sentence.contains(QLatin1String(command)), qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestCliShared)
#include "tst_cli_shared.moc"
