// `import … --map 字段=列名`: a file whose name column is called otherwise is refused naming the missing field and
// the file's columns; with --map it imports, and the choice is named next time for the same header; a bad --map is
// a usage error that says what is wrong, before the file is read.
#include "CliInProcess.h"
#include "CommandLine.h"
#include "Database.h"
#include "EntityRepository.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

using CliInProcess::Run;
using CliInProcess::run;

} // namespace

class TestCliColumnMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString exportFile(const QString& name, int first)
    {
        const QString path = m_dir.filePath(name);
        TestSupport::writeFile(
            path,
            (QStringLiteral("学校全名,统一社会信用代码,类别,办学性质\n昌黎县甲小学,")
             + TestSupport::creditCode(QStringLiteral("12130322"), first) + QStringLiteral(",小学,公办\n昌黎县乙小学,")
             + TestSupport::creditCode(QStringLiteral("12130322"), first + 1) + QStringLiteral(",小学,公办\n"))
                .toUtf8());
        return path;
    }
    Run import(const QString& path, const QStringList& extra = {})
    {
        return run(QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_db,
                                QStringLiteral("import"), QStringLiteral("entities"), path}
                   + extra);
    }
    int entities()
    {
        QString error;
        auto db = Database::open(m_db, &error);
        return db ? EntityRepository(*db).count() : -1;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("数据%1.sqlite").arg(++n));
        QString error;
        QVERIFY2(Database::open(m_db, &error), qPrintable(error));
    }

    void aMissingColumnNamesTheFieldAndTheFileColumns()
    {
        const Run r = import(exportFile(QStringLiteral("导出.csv"), 1));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("单位名称")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("学校全名")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--map")), qPrintable(r.err));
        QCOMPARE(entities(), 0);
    }

    void mapImportsAndIsNamedNextTime()
    {
        Run r = import(exportFile(QStringLiteral("导出一.csv"), 1),
                       {QStringLiteral("--map"), QStringLiteral("单位名称=学校全名")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 2, updated 0, rejected 0")), qPrintable(r.out));
        QCOMPARE(entities(), 2);

        r = import(exportFile(QStringLiteral("导出二.csv"), 3));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--map 单位名称=学校全名")), qPrintable(r.err));
        QCOMPARE(entities(), 2);

        // The key works as well as the label; --map may be repeated.
        r = import(exportFile(QStringLiteral("导出三.csv"), 3),
                   {QStringLiteral("--map"), QStringLiteral("name=学校全名"), QStringLiteral("--map"),
                    QStringLiteral("信用代码=统一社会信用代码")});
        QCOMPARE(r.exitCode, 2); // 信用代码 is an alias, not the field's label: refused by name
        QVERIFY2(r.err.contains(QStringLiteral("信用代码")), qPrintable(r.err));
        r = import(exportFile(QStringLiteral("导出三.csv"), 3),
                   {QStringLiteral("--map"), QStringLiteral("name=学校全名"), QStringLiteral("--map"),
                    QStringLiteral("统一社会信用代码=统一社会信用代码")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(entities(), 4);
    }

    void badMapValuesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("named");
        QTest::newRow("no equals sign") << QStringLiteral("单位名称") << QStringLiteral("单位名称");
        QTest::newRow("unknown field") << QStringLiteral("学校=学校全名") << QStringLiteral("\"学校\"");
        QTest::newRow("no column") << QStringLiteral("单位名称=") << QStringLiteral("单位名称=");
    }
    void badMapValuesAreUsageErrors()
    {
        QFETCH(QString, map);
        QFETCH(QString, named);
        const Run r = import(m_dir.filePath(QStringLiteral("不存在.csv")), {QStringLiteral("--map"), map});
        QCOMPARE(r.exitCode, 2); // before the file is looked at
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--map")), qPrintable(r.err));
    }

    void aChosenColumnNotInTheFile()
    {
        const Run r = import(exportFile(QStringLiteral("导出.csv"), 1),
                             {QStringLiteral("--map"), QStringLiteral("单位名称=学校名字")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("学校名字")), qPrintable(r.err));
        QCOMPARE(entities(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliColumnMapping)
#include "tst_cli_columnmapping.moc"
