// The command-line tool end to end, as a script or an administrator uses it: exit codes and output.
#include "Database.h"
#include "EntityRepository.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

// The user named in the last audit entry of the given action.
QString auditUser(const QString& path, const QString& action)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        return error;
    QSqlQuery q(db->sql());
    q.prepare(QStringLiteral("SELECT user_name FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString csv(const QString& name, const QString& text)
    {
        TestSupport::writeFile(path(name), text.toUtf8());
        return path(name);
    }
    const QString code1 = TestSupport::creditCode(QStringLiteral("12130322"), 11);
    const QString code2 = TestSupport::creditCode(QStringLiteral("52130322"), 12);

private Q_SLOTS:
    void versionAndUsage()
    {
        auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("shuangsui-draw/1")));
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), path(QStringLiteral("x.sqlite")), QStringLiteral("import"),
                         QStringLiteral("schools"), QStringLiteral("a.csv")})
                     .exitCode,
                 2);
    }

    void initDemoExport()
    {
        const QString db = path(QStringLiteral("演示/数据.sqlite"));
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 1); // not empty any more
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("entities"),
                    path(QStringLiteral("对象.xlsx"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("exported ")));
        // A wrong extension is a usage error, said before anything is read or written.
        for (const QString& command : {QStringLiteral("export"), QStringLiteral("template")}) {
            for (const QString& name :
                 {QStringLiteral("对象.pdf"), QStringLiteral("out.txt"), QStringLiteral("对象")}) {
                r = runCli({QStringLiteral("--db"), db, command, QStringLiteral("entities"), path(name)});
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.contains(QStringLiteral(".csv 或 .xlsx")), qPrintable(r.err));
                QVERIFY(!QFile::exists(path(name)));
            }
        }
        r = TestSupport::runCliWithPassword({QStringLiteral("--db"), db, QStringLiteral("--user"),
                                             QStringLiteral("luru"), QStringLiteral("import"),
                                             QStringLiteral("entities"), path(QStringLiteral("对象.xlsx"))},
                                            QStringLiteral("demo1234"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 0")));
    }

    // A name changed by SQL typed into the file is not in the search index, so the search misses it; `reindex`
    // builds the index again and the search finds it.
    void reindexAfterAChangeOutsideTheProgram()
    {
        const QString db = path(QStringLiteral("reindex.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        {
            // Opened once by the program: the demo's entities are indexed (EntitySearch::catchUp at open).
            QString error;
            QVERIFY2(Database::open(db, &error), qPrintable(error));
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(
                QStringLiteral("UPDATE entity SET name = '改过名字的学校' WHERE code = 'DX000001'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
        const auto found = [&db] {
            QString error;
            auto opened = Database::open(db, &error);
            EntityFilter filter;
            filter.text = QStringLiteral("改过名字");
            return opened ? EntityRepository(*opened).count(filter) : -1;
        };
        QCOMPARE(found(), 0);
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("reindex")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
        QCOMPARE(found(), 1);
    }

    void writesNeedAUserWithTheRightRole()
    {
        const QString db = path(QStringLiteral("roles.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        const QString file = csv(QStringLiteral("one.csv"),
                                 QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n") + code1
                                     + QStringLiteral(",甲校,小学,公办\n"));
        const QStringList import {QStringLiteral("import"), QStringLiteral("entities"), file};
        const QStringList asDb {QStringLiteral("--db"), db};

        // No user, a wrong password, no password, a read-only user: refused, nothing imported.
        const QString demoImporter = auditUser(db, QStringLiteral("import"));
        auto r = TestSupport::runCliWithPassword(asDb + import, QString());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        r = TestSupport::runCliWithPassword(asDb + QStringList {QStringLiteral("--user"), QStringLiteral("luru")}
                                                + import,
                                            QStringLiteral("demo12345"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        r = TestSupport::runCliWithPassword(
            asDb + QStringList {QStringLiteral("--user"), QStringLiteral("luru")} + import, QString());
        QCOMPARE(r.exitCode, 3); // no password given at all
        r = TestSupport::runCliWithPassword(asDb + QStringList {QStringLiteral("--user"), QStringLiteral("chakan")}
                                                + import,
                                            QStringLiteral("demo1234"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("只读")), qPrintable(r.err));
        QCOMPARE(auditUser(db, QStringLiteral("login_failed")), QStringLiteral("luru"));
        QCOMPARE(auditUser(db, QStringLiteral("import")), demoImporter);

        // A clerk with the password in a file (its line end stripped) …
        TestSupport::writeFile(path(QStringLiteral("pw.txt")), "demo1234\r\n");
        r = TestSupport::runCliWithPassword(asDb
                                                + QStringList {QStringLiteral("--user"), QStringLiteral("luru"),
                                                               QStringLiteral("--password-file"),
                                                               path(QStringLiteral("pw.txt"))}
                                                + import,
                                            QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("imported 1, updated 0, rejected 0")));
        QCOMPARE(auditUser(db, QStringLiteral("import")), QStringLiteral("luru"));
        QCOMPARE(auditUser(db, QStringLiteral("login")), QStringLiteral("luru"));
        // … or in SHUANGSUI_PASSWORD.
        r = TestSupport::runCliWithPassword(asDb + QStringList {QStringLiteral("--user=luru")} + import,
                                            QStringLiteral("demo1234"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 0")));

        // Reads need nobody; restore needs an administrator.
        r = TestSupport::runCliWithPassword(
            asDb + QStringList {QStringLiteral("export"), QStringLiteral("entities"), path(QStringLiteral("all.csv"))},
            QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = TestSupport::runCliWithPassword(asDb
                                                + QStringList {QStringLiteral("--user"), QStringLiteral("luru"),
                                                               QStringLiteral("restore"),
                                                               path(QStringLiteral("all.csv"))},
                                            QStringLiteral("demo1234"));
        QCOMPARE(r.exitCode, 3);
    }

    void initCreatesTheAdministrator()
    {
        const QString db = path(QStringLiteral("init-user.sqlite"));
        auto r = TestSupport::runCliWithPassword(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("boss")},
            QString());
        QCOMPARE(r.exitCode, 2); // no password
        r = TestSupport::runCliWithPassword(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("boss")},
            QStringLiteral("short"));
        QCOMPARE(r.exitCode, 1); // the password rule
        r = TestSupport::runCliWithPassword(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("boss")},
            QStringLiteral("chief2026"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(auditUser(db, QStringLiteral("create")), QStringLiteral("boss"));
        r = TestSupport::runCliWithPassword(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("other")},
            QStringLiteral("chief2026"));
        QCOMPARE(r.exitCode, 1); // only a file without users gets its administrator this way

        const QString file = csv(QStringLiteral("two.csv"),
                                 QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n") + code2
                                     + QStringLiteral(",乙园,幼儿园,民办\n"));
        const QStringList import {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entities"),
                                  file};
        QCOMPARE(TestSupport::runCliWithPassword(import, QString()).exitCode, 3);
        r = TestSupport::runCliWithPassword(QStringList {QStringLiteral("--user"), QStringLiteral("boss")} + import,
                                            QStringLiteral("chief2026"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A file made by init without --user has no password and no user: nothing to log in with yet.
        const QString open = path(QStringLiteral("no-users.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), open, QStringLiteral("init")}).exitCode, 0);
        r = TestSupport::runCliWithPassword({QStringLiteral("--db"), open, QStringLiteral("--user"),
                                             QStringLiteral("admin"), QStringLiteral("export"),
                                             QStringLiteral("entities"), path(QStringLiteral("x.csv"))},
                                            QStringLiteral("demo1234"));
        QCOMPARE(r.exitCode, 3);
    }

    void importRejectsAllOrSkips()
    {
        const QString db = path(QStringLiteral("import.sqlite"));
        const QString file
            = csv(QStringLiteral("entities.csv"),
                  QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n") + code1
                      + QStringLiteral(",甲校,小学,公办\n") + code2 + QStringLiteral(",乙园,火星,民办\n"));
        const QStringList base {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entities"), file};

        auto r = runCli(base + QStringList {QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 1\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("row 3: 类别: ")), qPrintable(r.out));

        r = runCli(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 1\n")));

        r = runCli(base + QStringList {QStringLiteral("--skip-invalid")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 1, updated 0, rejected 1\n")), qPrintable(r.out));

        const QString good = csv(QStringLiteral("good.csv"),
                                 QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n") + code2
                                     + QStringLiteral(",乙园,幼儿园,民办\n"));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entities"), good,
                    QStringLiteral("--skip-invalid")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("imported 1, updated 0, rejected 0")));
    }

    void badDataFiles()
    {
        const QString notDb = csv(QStringLiteral("notdb.sqlite"), QStringLiteral("hello, this is text"));
        auto r = runCli({QStringLiteral("--db"), notDb, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        r = runCli({QStringLiteral("--db"), path(QStringLiteral("m.sqlite")), QStringLiteral("import"),
                    QStringLiteral("entities"), path(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
