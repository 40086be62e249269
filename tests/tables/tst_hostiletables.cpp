// Spreadsheets made to exhaust the reader (issue 13, findings 1–3), at sizes that make the point: each is refused
// with a message naming the cell or the ranges, or read correctly with its repeated text shared, not copied.
// No timings are asserted (bench_hostile measures the sizes of the findings). The messages are the English source
// texts (no translator is installed here); translations/shuangsui_zh_CN.ts has them in Chinese.
#include "CraftedXlsx.h"
#include "TableReader.h"
#include "TableText.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The quadratic algorithm withoutNotes replaced, kept here to show the new one gives the same results.
QString withoutNotesBefore(const QString& text)
{
    QString s = text;
    for (;;) {
        qsizetype close = -1;
        qsizetype open = -1;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('(') || c == QLatin1Char('['))
                open = i;
            else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && open >= 0) {
                close = i;
                break;
            }
        }
        if (open < 0)
            break;
        if (close < 0) {
            s.truncate(open);
            break;
        }
        s.remove(open, close - open + 1);
    }
    s.remove(QLatin1Char(')'));
    s.remove(QLatin1Char(']'));
    return s;
}

} // namespace

class TestHostileTables : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString workbook(const QString& name, const QList<CraftedXlsx::Part>& parts)
    {
        const QString path = m_dir.filePath(name);
        if (!CraftedXlsx::writeZip(path, parts))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static bool shareText(const QString& a, const QString& b) { return !a.isEmpty() && a.constData() == b.constData(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void columnNames()
    {
        QCOMPARE(TableReader::columnName(0), QStringLiteral("A"));
        QCOMPARE(TableReader::columnName(25), QStringLiteral("Z"));
        QCOMPARE(TableReader::columnName(26), QStringLiteral("AA"));
        QCOMPARE(TableReader::columnName(701), QStringLiteral("ZZ"));
        QCOMPARE(TableReader::columnName(702), QStringLiteral("AAA"));
        QCOMPARE(TableReader::columnName(16383), QStringLiteral("XFD"));
    }

    // ------------------------------------------------------------------------------- finding 1: long cells

    void longSharedStringIsRefusedByRowAndColumn()
    {
        // A space and 40,000 characters, named by 100 rows (the finding: 10 million, 2 GB).
        const QString path = workbook(QStringLiteral("shared.xlsx"), CraftedXlsx::longSharedString(40000, 100));
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("Row 2, column A")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("40,001")) && error.contains(QStringLiteral("32,767")),
                 qPrintable(error));
    }

    void textOfMillionsIsNotHeldWhole()
    {
        // 3 million characters in one text: the reader passes over what lies beyond a megabyte of it, and the cell
        // is refused all the same (its length given as a lower bound).
        const QString path = workbook(QStringLiteral("millions.xlsx"), CraftedXlsx::longSharedString(3'000'000, 5));
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("Row 2, column A")) && error.contains(QStringLiteral("over 1,0")),
                 qPrintable(error));
        // Cut where a character or an entity reference begins, never inside one: still a clean refusal.
        const QList<QByteArray> texts
            = {QByteArray("&amp;").repeated(300'000), QString(400'000, QChar(0x4E2D)).toUtf8(),
               QByteArray("&#x4E2D;").repeated(200'000)};
        for (const QByteArray& text : texts) {
            const QString other = workbook(QStringLiteral("cut.xlsx"),
                                           CraftedXlsx::workbook(CraftedXlsx::entityHeader() + "<row r=\"3\">"
                                                                     + CraftedXlsx::sharedCell(3, 1, 0) + "</row>",
                                                                 {}, {text}));
            QVERIFY(!TableReader::read(other, &error));
            QVERIFY2(error.contains(QStringLiteral("Row 3, column B")), qPrintable(error));
        }
    }

    void sharedStringAtTheLimitIsSharedNotCopied()
    {
        const QString path = workbook(QStringLiteral("limit.xlsx"), CraftedXlsx::longSharedString(32766, 100));
        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 101);
        const QString& first = table->rows.at(1).at(0);
        QCOMPARE(first.size(), 32767);
        for (int r = 2; r <= 100; ++r)
            QVERIFY2(shareText(table->rows.at(r).at(0), first), qPrintable(QStringLiteral("row %1").arg(r + 1)));
        // Cleaned once, the text stays one string: a clean text is given back itself.
        const QString clean = TableText::cleanCell(first);
        QCOMPARE(clean.size(), 32766);
        QVERIFY(shareText(TableText::cleanCell(clean), clean));
    }

    void longSharedStringNamedByNoCellDoesNoHarm()
    {
        QByteArray rows = CraftedXlsx::entityHeader();
        const QString path = workbook(QStringLiteral("unused.xlsx"),
                                      CraftedXlsx::workbook(rows, {}, {QByteArray(50000, 'x'), QByteArray("小学")}));
        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 1);
    }

    void longMergedCellIsRefusedByRowAndColumn()
    {
        const QString path = workbook(QStringLiteral("merged.xlsx"), CraftedXlsx::longMergedCell(40000, 100));
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("Row 2, column A")), qPrintable(error));
    }

    void mergedValueIsSharedByTheRange()
    {
        const QString path = workbook(QStringLiteral("merged-ok.xlsx"), CraftedXlsx::longMergedCell(1000, 50));
        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 51);
        const QString& top = table->rows.at(1).at(0);
        QCOMPARE(top.size(), 1001);
        for (int r = 2; r <= 50; ++r)
            QVERIFY(shareText(table->rows.at(r).at(0), top));
        QCOMPARE(table->rows.at(50).at(1), QStringLiteral("小学"));
    }

    void longInlineAndNumberCellsAreRefused()
    {
        const QByteArray row
            = CraftedXlsx::entityHeader() + "<row r=\"7\"><c r=\"C7\"><v>" + QByteArray(300000, '1') + "</v></c></row>";
        QString error;
        QVERIFY(!TableReader::read(workbook(QStringLiteral("number.xlsx"), CraftedXlsx::workbook(row)), &error));
        QVERIFY2(error.contains(QStringLiteral("Row 7, column C")) && error.contains(QStringLiteral("300,000")),
                 qPrintable(error));
        // Escapes count as the characters they stand for: 5,000 × "_x0041_" is 5,000 characters, not 35,000.
        QByteArray escaped;
        for (int i = 0; i < 5000; ++i)
            escaped += "_x0041_";
        const QByteArray ok = CraftedXlsx::entityHeader() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + escaped
            + "</t></is></c></row>";
        const auto table
            = TableReader::read(workbook(QStringLiteral("escapes.xlsx"), CraftedXlsx::workbook(ok)), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->cell(1, 0), QString(5000, QLatin1Char('A')));
    }

    void repeatedTextHasABudget()
    {
        // 600 rows naming a 32,001-character shared string: 19 million characters by reference, in a small file.
        const QString path = workbook(QStringLiteral("repeated.xlsx"), CraftedXlsx::longSharedString(32000, 600));
        QVERIFY(QFileInfo(path).size() < 64 * 1024);
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("16,000,000")), qPrintable(error));
        // 400 rows of it (12.8 million) are within the budget, and still one string.
        const auto table = TableReader::read(
            workbook(QStringLiteral("repeated-ok.xlsx"), CraftedXlsx::longSharedString(32000, 400)), &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(shareText(table->rows.at(400).at(0), table->rows.at(1).at(0)));
    }

    void csvCellTooLongIsRefusedByRowAndColumn()
    {
        const QByteArray csv = "单位名称,类别\r\n甲,小学\r\n乙," + QByteArray(40000, 'y') + "\r\n";
        QString error;
        QVERIFY(!TableReader::readCsv(csv, &error));
        QVERIFY2(error.contains(QStringLiteral("Row 3, column B")) && error.contains(QStringLiteral("40,000")),
                 qPrintable(error));
        // A quoted cell over several lines is named by the row it begins in.
        const QByteArray quoted
            = "单位名称,类别\r\n甲,\"" + QByteArray(20000, 'y') + "\n" + QByteArray(20000, 'z') + "\"\r\n";
        QVERIFY(!TableReader::readCsv(quoted, &error));
        QVERIFY2(error.contains(QStringLiteral("Row 2, column B")), qPrintable(error));
        QVERIFY(TableReader::readCsv("a,b\r\n" + QByteArray(32767, 'y') + ",x\r\n", &error));
    }

    // ------------------------------------------------------------------------------------ finding 2: merges

    void overlappingMergesAreRefusedByName()
    {
        QString error;
        QVERIFY(!TableReader::read(
            workbook(QStringLiteral("overlap.xlsx"), CraftedXlsx::overlappingMerges(3, 10, false)), &error));
        QVERIFY2(error.contains(QStringLiteral("A1:J10")) && error.contains(QStringLiteral("A1:I10")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("overlap")), qPrintable(error));

        QVERIFY(!TableReader::read(workbook(QStringLiteral("twice.xlsx"), CraftedXlsx::overlappingMerges(2, 10, true)),
                                   &error));
        QVERIFY2(error.contains(QStringLiteral("A1:J10")) && error.contains(QStringLiteral("twice")),
                 qPrintable(error));
    }

    void overlapsFoundWhereverTheyAre_data()
    {
        QTest::addColumn<QByteArray>("merges");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        using CraftedXlsx::mergeCell;
        QTest::newRow("corner") << mergeCell(1, 0, 3, 2) + mergeCell(3, 2, 5, 4) << "A1:C3"
                                << "C3:E5";
        QTest::newRow("inside") << mergeCell(1, 0, 9, 9) + mergeCell(4, 4, 5, 5) << "A1:J9"
                                << "E4:F5";
        QTest::newRow("left neighbour") << mergeCell(2, 3, 4, 6) + mergeCell(1, 1, 2, 3) << "D2:G4"
                                        << "B1:D2";
        QTest::newRow("after many disjoint") << mergeCell(1, 0, 1, 1) + mergeCell(2, 0, 2, 1) + mergeCell(3, 0, 3, 1)
                + mergeCell(1, 3, 8, 4) + mergeCell(8, 4, 8, 6)
                                             << "D1:E8"
                                             << "E8:G8";
        QTest::newRow("written backwards")
            << QByteArray("<mergeCell ref=\"C3:A1\"/><mergeCell ref=\"B2:B2\"/>") << "A1:C3"
            << "B2:B2";
    }
    void overlapsFoundWhereverTheyAre()
    {
        QFETCH(QByteArray, merges);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const QByteArray rows
            = CraftedXlsx::entityHeader() + "<row r=\"9\">" + CraftedXlsx::inlineCell(9, 9, "x") + "</row>";
        QString error;
        QVERIFY(
            !TableReader::read(workbook(QStringLiteral("where.xlsx"), CraftedXlsx::workbook(rows, merges)), &error));
        QVERIFY2(error.contains(first + QStringLiteral(" and ") + second), qPrintable(error));
    }

    void adjacentMergesAreFine()
    {
        using CraftedXlsx::mergeCell;
        const QByteArray rows = "<row r=\"1\">" + CraftedXlsx::inlineCell(1, 0, "甲")
            + CraftedXlsx::inlineCell(1, 2, "乙") + "</row><row r=\"3\">" + CraftedXlsx::inlineCell(3, 0, "丙")
            + CraftedXlsx::inlineCell(3, 3, "丁") + "</row>";
        const QByteArray merges = mergeCell(1, 0, 2, 1) + mergeCell(1, 2, 2, 3) + mergeCell(3, 0, 3, 2);
        QString error;
        const auto table
            = TableReader::read(workbook(QStringLiteral("adjacent.xlsx"), CraftedXlsx::workbook(rows, merges)), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.at(0), QStringList({"甲", "甲", "乙", "乙"}));
        QCOMPARE(table->rows.at(1), QStringList({"甲", "甲", "乙", "乙"}));
        QCOMPARE(table->rows.at(2), QStringList({"丙", "丙", "丙", "丁"}));
    }

    void mergesBeyondTheUsedCellsAreClipped()
    {
        // A merge over the whole sheet (17 billion cells) costs the 2 × 2 cells in use.
        const QByteArray rows = "<row r=\"1\">" + CraftedXlsx::inlineCell(1, 0, "名称") + "</row><row r=\"2\">"
            + CraftedXlsx::inlineCell(2, 1, "x") + "</row>";
        QString error;
        const auto table
            = TableReader::read(workbook(QStringLiteral("far.xlsx"),
                                         CraftedXlsx::workbook(rows, CraftedXlsx::mergeCell(1, 0, 1048576, 16383))),
                                &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0), QStringList({"名称", "名称"}));
        QCOMPARE(table->rows.at(1), QStringList({"名称", "名称"}));
    }

    void manyDisjointMergesAreReadAndCanBeCancelled()
    {
        const QString path = workbook(QStringLiteral("disjoint.xlsx"), CraftedXlsx::disjointMerges(100000));
        QString error;
        int atTheEnd = 0; // calls once everything is read: the merge stages ask too
        const auto table = TableReader::read(path, &error, [&](qint64 done, qint64 total) {
            atTheEnd += done == total;
            return true;
        });
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 100001);
        QCOMPARE(table->rows.at(100000), QStringList({"长沙县实验小学", "长沙县实验小学"}));
        QVERIFY2(atTheEnd >= 4, qPrintable(QString::number(atTheEnd)));

        int calls = 0;
        QVERIFY(!TableReader::read(path, &error, [&](qint64 done, qint64 total) {
            return done < total || ++calls < 3; // cancelled while the merges are checked or filled
        }));
        QCOMPARE(error, TableReader::cancelledMessage());
    }

    void hundredThousandRepeatedMergesAreRefusedAtOnce()
    {
        const QString path = workbook(QStringLiteral("100k.xlsx"), CraftedXlsx::overlappingMerges(100000, 26, true));
        QVERIFY(QFileInfo(path).size() < 64 * 1024);
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("A1:Z26")), qPrintable(error));
    }

    // --------------------------------------------------------------------------- finding 3: nested brackets

    void withoutNotesGivesTheResultsItGaveBefore()
    {
        const QStringList fixed = {QStringLiteral("备注(说明(可空))"),
                                   QStringLiteral("a(b(c"),
                                   QStringLiteral("a)b(c)d"),
                                   QStringLiteral("([)]"),
                                   QStringLiteral("]["),
                                   QStringLiteral("(a]b[c)"),
                                   QStringLiteral("学校名称"),
                                   QString(),
                                   QStringLiteral("((x)")};
        for (const QString& text : fixed)
            QCOMPARE(TableText::withoutNotes(text), withoutNotesBefore(text));
        QRandomGenerator random(13);
        const QString alphabet = QStringLiteral("()[]ab名 ");
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = int(random.bounded(24));
            for (int i = 0; i < length; ++i)
                text.append(alphabet.at(random.bounded(alphabet.size())));
            if (TableText::withoutNotes(text) != withoutNotesBefore(text))
                QFAIL(qPrintable(QStringLiteral("differs on \"%1\"").arg(text)));
        }
    }

    void nestedBracketsInAHeader()
    {
        // 16,000 nested pairs (32,008 characters, a cell Excel can hold): one pass, the name inside is found.
        const QString deep
            = QString(16000, QLatin1Char('(')) + QStringLiteral("备注") + QString(16000, QLatin1Char(')'));
        QCOMPARE(TableText::headerKey(QStringLiteral("单位名称") + deep), QStringLiteral("单位名称"));
        QCOMPARE(TableText::headerKey(deep), QStringLiteral("备注"));
        // 80,000 pairs (the finding's 160 KB CSV) are longer than a cell may be.
        QString error;
        QVERIFY(!TableReader::readCsv(CraftedXlsx::nestedBracketsCsv(80000), &error));
        QVERIFY2(error.contains(QStringLiteral("Row 1, column A")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostileTables)
#include "tst_hostiletables.moc"
