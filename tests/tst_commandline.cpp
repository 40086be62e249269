// The command-line tool end to end, as a script or an administrator uses it: exit codes and output.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

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
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("entities"),
                    path(QStringLiteral("对象.pdf"))});
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entities"),
                    path(QStringLiteral("对象.xlsx"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 0")));
    }

    void importRejectsAllOrSkips()
    {
        const QString db = path(QStringLiteral("import.sqlite"));
        const QString file = csv(QStringLiteral("entities.csv"),
                                 QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n") + code1
                                     + QStringLiteral(",甲校,小学,公办\n") + code2 + QStringLiteral(",乙园,火星,民办\n"));
        const QStringList base{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entities"), file};

        auto r = runCli(base + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 1\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("row 3: 类别: ")), qPrintable(r.out));

        r = runCli(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(QStringLiteral("imported 0, updated 0, rejected 1\n")));

        r = runCli(base + QStringList{QStringLiteral("--skip-invalid")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 1, updated 0, rejected 1\n")), qPrintable(r.out));

        const QString good = csv(QStringLiteral("good.csv"), QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n") + code2
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
