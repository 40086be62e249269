// The import preview of hostile spreadsheets (issue 13, findings 1–3): a refused file names its reason, the text
// many cells share stays one string in the preview, and every stage — reading, header, rows — can be cancelled.
#include "CraftedXlsx.h"
#include "Database.h"
#include "RegistryImport.h"
#include "TableReader.h"

#include <QTemporaryDir>
#include <QTest>

using Verdict = ImportRow::Verdict;

class TestHostileImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString workbook(const QString& name, const QList<CraftedXlsx::Part>& parts)
    {
        const QString path = m_dir.filePath(name);
        if (!CraftedXlsx::writeZip(path, parts))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static Table entityTable(int dataRows, bool blank)
    {
        Table table;
        table.encoding = QStringLiteral("UTF-8");
        table.rows.append({QStringLiteral("单位名称"), QStringLiteral("类别"), QStringLiteral("办学性质")});
        for (int i = 0; i < dataRows; ++i)
            table.rows.append(blank ? QStringList({QString(), QStringLiteral(" ")})
                                    : QStringList({QStringLiteral("机构%1").arg(i), QStringLiteral("培训机构"),
                                                   QStringLiteral("民办")}));
        return table;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void refusedFilesNameTheirReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("long shared string") << QStringLiteral("shared.xlsx") << QStringLiteral("Row 2, column A");
        QTest::newRow("long merged cell") << QStringLiteral("merged.xlsx") << QStringLiteral("Row 2, column A");
        QTest::newRow("overlapping merges") << QStringLiteral("overlap.xlsx") << QStringLiteral("A1:T20 and A1:S20");
        QTest::newRow("nested brackets") << QStringLiteral("brackets.csv") << QStringLiteral("Row 1, column A");
    }
    void refusedFilesNameTheirReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        if (name == QLatin1String("shared.xlsx"))
            QVERIFY(CraftedXlsx::writeZip(path, CraftedXlsx::longSharedString(40000, 100)));
        else if (name == QLatin1String("merged.xlsx"))
            QVERIFY(CraftedXlsx::writeZip(path, CraftedXlsx::longMergedCell(40000, 100)));
        else if (name == QLatin1String("overlap.xlsx"))
            QVERIFY(CraftedXlsx::writeZip(path, CraftedXlsx::overlappingMerges(50, 20, false)));
        else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(CraftedXlsx::nestedBracketsCsv(80000));
        }
        const ImportPreview preview = RegistryImport::preview(*m_db, Registry::Entities, path);
        QVERIFY(!preview.isUsable());
        QVERIFY(preview.rows.isEmpty());
        QVERIFY2(preview.error.contains(expected), qPrintable(preview.error));
    }

    void sharedTextStaysSharedInThePreview()
    {
        // 400 rows naming one 32,001-character name: refused row by row (a name is at most 200 characters), and
        // the 400 preview rows hold one string, not 400 copies.
        const QString path = workbook(QStringLiteral("names.xlsx"), CraftedXlsx::longSharedString(32000, 400));
        const ImportPreview preview = RegistryImport::preview(*m_db, Registry::Entities, path);
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 400);
        QCOMPARE(preview.count(Verdict::Rejected), 400);
        const QString& first = preview.rows.first().name;
        QCOMPARE(first.size(), 32000); // the leading space cleaned off, once
        for (const ImportRow& row : preview.rows)
            QVERIFY(row.name.constData() == first.constData());
    }

    void nestedBracketsWithinACellAreAHeader()
    {
        // 16,000 nested pairs fit a cell: the header is found behind them, in one pass.
        const QByteArray csv = "单位名称" + QByteArray(16000, '(') + "必填" + QByteArray(16000, ')')
            + ",类别,办学性质\r\n长沙县实验小学,小学,公办\r\n";
        const QString path = m_dir.filePath(QStringLiteral("deep.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const ImportPreview preview = RegistryImport::preview(*m_db, Registry::Entities, path);
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.count(Verdict::New), 1);
    }

    void readingCanBeCancelled()
    {
        const QString path = workbook(QStringLiteral("disjoint.xlsx"), CraftedXlsx::disjointMerges(70000));
        int calls = 0;
        const ImportPreview preview = RegistryImport::preview(*m_db, Registry::Entities, path,
                                                              [&calls](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!preview.isUsable());
        QCOMPARE(preview.error, TableReader::cancelledMessage());
    }

    void headerSearchCanBeCancelled()
    {
        const Table table = entityTable(10, false);
        int calls = 0;
        const ImportPreview preview
            = RegistryImport::previewTable(*m_db, Registry::Entities, table, [&calls](qint64 done, qint64 total) {
                  ++calls;
                  return done != total / 2; // the header search reports half of the work
              });
        QVERIFY(!preview.isUsable());
        QVERIFY(preview.rows.isEmpty());
        QCOMPARE(calls, 1);
        QCOMPARE(preview.error, RegistryImport::tr("The import was cancelled."));
    }

    void blankRowsCanBeCancelled()
    {
        const Table table = entityTable(200000, true);
        int rowCalls = 0;
        const ImportPreview preview
            = RegistryImport::previewTable(*m_db, Registry::Entities, table, [&rowCalls](qint64 done, qint64 total) {
                  return done <= total / 2 || ++rowCalls < 3;
              });
        QVERIFY(!preview.isUsable());
        QCOMPARE(rowCalls, 3);
        QCOMPARE(preview.error, RegistryImport::tr("The import was cancelled."));
    }

    void rowsCanBeCancelled()
    {
        const Table table = entityTable(1000, false);
        const ImportPreview preview = RegistryImport::previewTable(
            *m_db, Registry::Entities, table, [](qint64 done, qint64 total) { return done <= total / 2; });
        QVERIFY(!preview.isUsable());
        QVERIFY(preview.rows.isEmpty());
        // Not cancelled, the same table is fine.
        const ImportPreview whole
            = RegistryImport::previewTable(*m_db, Registry::Entities, table, [](qint64, qint64) { return true; });
        QVERIFY2(whole.isUsable(), qPrintable(whole.error));
        QCOMPARE(whole.count(Verdict::New), 1000);
    }
};

QTEST_GUILESS_MAIN(TestHostileImport)
#include "tst_hostileimport.moc"
