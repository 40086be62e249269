#include "TableReader.h"
#include "TableWriter.h"
#include "Validators.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(SHUANGSUI_TEST_DATA "/") + QLatin1String(name);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray fixtureBytes(const char* name)
    {
        QFile file(dataFile(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---------------------------------------------------------------------------------------------------- CSV

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text
            = QStringLiteral("学校名称,统一社会信用代码,地址\r\n长沙县实验小学,12430121444000000A,星沙街道\r\n");
        QTest::newRow("UTF-8 without BOM") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("GBK (Chinese Excel)") << gb18030(text) << QStringLiteral("GB18030");
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        QTest::newRow("UTF-16 LE with BOM")
            << QByteArray("\xFF\xFE") + QByteArray(utf16.encode(text)) << QStringLiteral("UTF-16");
        QStringEncoder utf16b(QStringEncoder::Utf16LE);
        QTest::newRow("UTF-16 LE without BOM") << QByteArray(utf16b.encode(text)) << QStringLiteral("UTF-16");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QString error;
        const auto table = TableReader::readCsv(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0),
                 QStringList({QStringLiteral("学校名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("地址")}));
        QCOMPARE(table->rows.at(1).at(0), QStringLiteral("长沙县实验小学"));
        QCOMPARE(table->rows.at(1).at(2), QStringLiteral("星沙街道"));
    }

    void gb18030OnlyCharacters()
    {
        // 㐀 (CJK extension A) and 𠀀 (extension B) exist in GB18030 as four-byte sequences, not in GBK.
        const QString text = QStringLiteral("姓名,备注\n王㐀,𠀀字\n");
        const QByteArray bytes = gb18030(text);
        QVERIFY(bytes.contains("\x81\x39\xEE\x39")); // 㐀
        QVERIFY(bytes.contains("\x95\x32\x82\x36")); // 𠀀
        QString error;
        const auto table = TableReader::readCsv(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->encoding, QStringLiteral("GB18030"));
        QCOMPARE(table->rows.at(1), QStringList({QStringLiteral("王㐀"), QStringLiteral("𠀀字")}));
    }

    void utf8WithFewBadBytesStaysUtf8()
    {
        QByteArray bytes = QStringLiteral("名称,地址\n长沙县实验小学,星沙街道开元路一号星沙街道开元路一号\n").toUtf8();
        bytes.append("\xFF,x\n");
        QString error;
        const auto table = TableReader::readCsv(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table->rows.at(1).at(0), QStringLiteral("长沙县实验小学"));
    }

    void utf8CutInTheMiddleOfACharacter()
    {
        QByteArray bytes = QStringLiteral("名称\n长沙县").toUtf8();
        bytes.chop(1);
        QString error;
        const auto table = TableReader::readCsv(bytes, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
        QVERIFY(table->rows.at(1).at(0).startsWith(QStringLiteral("长沙")));
    }

    void quotes()
    {
        const QByteArray csv = "名称,地址,备注\r\n"
                               "\"长沙县\"\"星星\"\"学校\",\"星沙街道,开元路1号\",\"第一行\r\n第二行\n第三行\"\r\n"
                               "\"\",\"a\"\"\",plain\r\n";
        QString error;
        const auto table = TableReader::readCsv(csv, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rows.at(1),
                 QStringList({QStringLiteral("长沙县\"星星\"学校"), QStringLiteral("星沙街道,开元路1号"),
                              QStringLiteral("第一行\n第二行\n第三行")}));
        QCOMPARE(table->rows.at(2), QStringList({QString(), QStringLiteral("a\""), QStringLiteral("plain")}));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("CR LF") << QByteArray("a,b\r\n1,2\r\n\r\n3,4\r\n");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n\n3,4\n");
        QTest::newRow("CR (old Mac)") << QByteArray("a,b\r1,2\r\r3,4\r");
        QTest::newRow("no final line end") << QByteArray("a,b\n1,2\n\n3,4");
        QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n\r3,4\n");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, csv);
        QString error;
        const auto table = TableReader::readCsv(csv, &error);
        QVERIFY2(table, qPrintable(error));
        const QList<QStringList> expected = {{QStringLiteral("a"), QStringLiteral("b")},
                                             {QStringLiteral("1"), QStringLiteral("2")},
                                             {},
                                             {QStringLiteral("3"), QStringLiteral("4")}};
        QCOMPARE(table->rows, expected);
    }

    void emptyFieldsAndTrailingDelimiters()
    {
        QString error;
        const auto table = TableReader::readCsv("a,,c,\n,,,\n", &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.at(0), QStringList({QStringLiteral("a"), QString(), QStringLiteral("c"), QString()}));
        QCOMPARE(table->rows.at(1), QStringList({QString(), QString(), QString(), QString()}));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("secondRow");
        const QStringList row
            = {QStringLiteral("长沙县实验小学"), QStringLiteral("星沙街道, 开元路"), QStringLiteral("3")};
        QTest::newRow("comma") << QStringLiteral("名称,地址,人数\n长沙县实验小学,\"星沙街道, 开元路\",3\n").toUtf8()
                               << row;
        QTest::newRow("tab") << QStringLiteral("名称\t地址\t人数\n长沙县实验小学\t星沙街道, 开元路\t3\n").toUtf8()
                             << row;
        QTest::newRow("semicolon") << QStringLiteral("名称;地址;人数\n长沙县实验小学;星沙街道, 开元路;3\n").toUtf8()
                                   << row;
        QTest::newRow("sep= line")
            << QStringLiteral("sep=;\n名称;地址;人数\n长沙县实验小学;星沙街道, 开元路;3\n").toUtf8() << row;
        QTest::newRow("comma, title line without delimiters")
            << QStringLiteral("长沙县学校名录\n名称,地址,人数\n长沙县实验小学,\"星沙街道, 开元路\",3\n").toUtf8()
            << QStringList({QStringLiteral("名称"), QStringLiteral("地址"), QStringLiteral("人数")});
        QTest::newRow("comma, tabs only inside quotes")
            << QStringLiteral("名称,地址,人数\n长沙县实验小学,\"星沙街道, 开元路\",3\n\"a\tb\",\"c\td\",\"e\tf\"\n")
                   .toUtf8()
            << row;
    }
    void delimiters()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, secondRow);
        QString error;
        const auto table = TableReader::readCsv(csv, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.at(1), secondRow);
    }

    void titleAndBlankRowsKeepRowNumbers()
    {
        const QByteArray csv = gb18030(QStringLiteral("长沙县教育局检查对象名录,,\n"
                                                      "制表日期：2024年1月,,\n"
                                                      ",,\n"
                                                      "\n"
                                                      "学校名称,信用代码,地址\n"
                                                      "甲学校,123,地址一\n"
                                                      ",,\n"
                                                      "乙学校,456,地址二\n"));
        QString error;
        const auto table = TableReader::readCsv(csv, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 8);
        QCOMPARE(table->rows.at(4).at(0), QStringLiteral("学校名称"));
        QCOMPARE(Table::rowNumber(7), 8);
        QCOMPARE(table->cell(7, 0), QStringLiteral("乙学校"));
        QCOMPARE(table->cell(3, 2), QString());
        QCOMPARE(table->cell(99, 99), QString());
    }

    void unclosedQuote()
    {
        QString error;
        QVERIFY(!TableReader::readCsv("a,b\n1,2\n3,\"oops\n4,5\n", &error));
        QVERIFY2(error.contains(QStringLiteral("Row 3")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("quotation mark")));
    }

    void textAfterClosingQuoteIsKept()
    {
        QString error;
        const auto table = TableReader::readCsv("\"abc\"def,x\n", &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.at(0), QStringList({QStringLiteral("abcdef"), QStringLiteral("x")}));
    }

    void emptyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("The file is empty.");
        QTest::newRow("blank lines") << QByteArray("\r\n \r\n\t\r\n") << QStringLiteral("The file is empty.");
        QTest::newRow("only commas") << QByteArray(",,,\r\n,,\r\n") << QStringLiteral("The file contains no data.");
    }
    void emptyFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        const QString path = writeFile(QStringLiteral("empty.csv"), bytes);
        QVERIFY(!TableReader::read(path, &error));
        QCOMPARE(error, message);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QRandomGenerator random(20240105);
        QByteArray noise(4096, '\0');
        for (char& c : noise)
            c = char(random.bounded(256));
        QByteArray noNul = noise;
        noNul.replace('\0', '\x01');
        QByteArray tiny = noise.left(16);
        QTest::newRow("random bytes") << noise << QStringLiteral("neither an Excel workbook");
        QTest::newRow("random bytes without NUL") << noNul << QStringLiteral("neither an Excel workbook");
        QTest::newRow("16 random bytes") << tiny << QStringLiteral("neither an Excel workbook");
        static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        QTest::newRow("PNG") << QByteArray(png, sizeof png - 1) << QStringLiteral("neither an Excel workbook");
        QTest::newRow("old .xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + noise.left(504)
                                  << QStringLiteral(".xls");
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") + noise << QStringLiteral("PDF");
        QTest::newRow("HTML saved as .xls")
            << QByteArray("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><table><tr><td>名称</td>"
                          "</tr></table></body></html>")
            << QStringLiteral("web page");
        QTest::newRow("XML spreadsheet 2003")
            << QByteArray("<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")
            << QStringLiteral("web page");
        QTest::newRow("not a workbook zip") << fixtureBytes("notworkbook.xlsx") << QStringLiteral("ZIP archive");
    }
    void garbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("garbage.xlsx"), bytes);
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!TableReader::read(m_dir.filePath(QStringLiteral("不存在.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("不存在.csv")), qPrintable(error));
    }

    void chineseFileName()
    {
        const QString path = writeFile(QStringLiteral("长沙县（2024）名录.csv"), gb18030(QStringLiteral("名称\n甲\n")));
        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sourceName, QStringLiteral("长沙县（2024）名录.csv"));
        QCOMPARE(table->rows.at(1).at(0), QStringLiteral("甲"));
    }

    void formatFromContentNotExtension()
    {
        const QString path = writeFile(QStringLiteral("really-xlsx.csv"), fixtureBytes("messy.xlsx"));
        QString error;
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, QStringLiteral("机构名录"));
    }

    void hundredThousandRows()
    {
        QByteArray csv = gb18030(QStringLiteral("序号,学校名称,统一社会信用代码,类别,地址,联系电话,备注\r\n"));
        csv.reserve(12 * 1024 * 1024);
        for (int i = 1; i <= 100000; ++i) {
            csv += QByteArray::number(i) + ',';
            csv += gb18030(QStringLiteral("长沙县第%1学校").arg(i)) + ',';
            csv += "91430121" + QByteArray::number(1000000000 + i) + ',';
            csv += gb18030(QStringLiteral("小学")) + ',';
            csv += gb18030(QStringLiteral("\"星沙街道,开元路%1号\"").arg(i)) + ',';
            csv += "138" + QByteArray::number(10000000 + i) + ',';
            csv += (i % 1000 == 0 ? gb18030(QStringLiteral("\"备注\r\n第二行\"")) : QByteArray()) + "\r\n";
        }
        const QString path = writeFile(QStringLiteral("big.csv"), csv);
        QElapsedTimer timer;
        timer.start();
        qint64 calls = 0;
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        bool monotonic = true;
        QString error;
        const auto table = TableReader::read(path, &error, [&](qint64 done, qint64 total) {
            ++calls;
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            return true;
        });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(table, qPrintable(error));
        qInfo("read a 100,000-row GBK CSV (%lld MiB) in %lld ms, %lld progress calls", qint64(csv.size() >> 20),
              elapsed, calls);
        QCOMPARE(table->encoding, QStringLiteral("GB18030"));
        QCOMPARE(table->rows.size(), 100001);
        QCOMPARE(table->rows.at(100000).at(1), QStringLiteral("长沙县第100000学校"));
        QCOMPARE(table->rows.at(99999).at(4), QStringLiteral("星沙街道,开元路99999号"));
        QCOMPARE(table->rows.at(1000).at(6), QStringLiteral("备注\n第二行"));
        QVERIFY(calls > 10);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, lastTotal);
    }

    void cancelCsv()
    {
        QByteArray csv = "a,b\n";
        for (int i = 0; i < 200000; ++i)
            csv += "1,2\n";
        QString error;
        int calls = 0;
        const auto table = TableReader::readCsv(csv, &error, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!table);
        QCOMPARE(error, TableReader::cancelledMessage());
        QCOMPARE(calls, 2);
    }

    // --------------------------------------------------------------------------------------------------- XLSX

    void messyWorkbook()
    {
        QString error;
        const auto table = TableReader::read(dataFile("messy.xlsx"), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, QStringLiteral("机构名录"));
        QCOMPARE(table->sourceName, QStringLiteral("messy.xlsx"));
        QCOMPARE(table->encoding, QString());
        const QList<QStringList>& rows = table->rows;
        QCOMPARE(rows.size(), 9);
        // A merged title: every cell of A1:H1 shows it.
        QCOMPARE(rows.at(0), QStringList(8, QStringLiteral("长沙县民办培训机构名录（2024年）")));
        QCOMPARE(rows.at(1), QStringList());
        // The header over rows 3–4: horizontal merge in row 3, vertical merges filled down into row 4.
        QCOMPARE(
            rows.at(2),
            QStringList({QStringLiteral("序号"), QStringLiteral("机构名称\n（必填）"),
                         QStringLiteral("统一社会信用代码＊"), QStringLiteral("联系方式"), QStringLiteral("联系方式"),
                         QStringLiteral("成立日期"), QStringLiteral("邮政编码"), QStringLiteral("备注")}));
        QCOMPARE(rows.at(3),
                 QStringList({QStringLiteral("序号"), QStringLiteral("机构名称\n（必填）"),
                              QStringLiteral("统一社会信用代码＊"), QStringLiteral("电话"), QStringLiteral("地址"),
                              QStringLiteral("成立日期"), QStringLiteral("邮政编码"), QStringLiteral("备注")}));
        // Numbers as Excel shows them; the credit code typed into a number cell stays visibly broken.
        QCOMPARE(rows.at(4),
                 QStringList({QStringLiteral("1"), QStringLiteral("\u3000长沙县星星艺术培训学校\u3000 "),
                              QStringLiteral("9.14690062012665E+17"), QStringLiteral("13812345678"),
                              QStringLiteral("长沙县星沙街道\n\n\n开元路1号\n\n"), QStringLiteral("2019-03-01"),
                              QStringLiteral("010020"), QStringLiteral("（暂无）")}));
        QVERIFY(Validators::looksLikeExcelNumber(rows.at(4).at(2)));
        QVERIFY(!Validators::isValidCreditCode(rows.at(4).at(2)));
        QCOMPARE(rows.at(5),
                 QStringList({QStringLiteral("2"), QStringLiteral("长沙县（星沙）ＡＢＣ培训中心"),
                              QStringLiteral("52430121MJ0000000X"), QStringLiteral("0731-84012345"),
                              QStringLiteral("长沙县黄花镇"), QStringLiteral("2020-10-15"), QStringLiteral("410100")}));
        QCOMPARE(rows.at(6), QStringList()); // the blank row between data rows stays, so row numbers stay right
        // One institution over rows 8–9: merged cells filled down.
        const QStringList first = {QStringLiteral("3"),
                                   QStringLiteral("长沙县育才学校"),
                                   QStringLiteral("9.14301217483912E+17"),
                                   QStringLiteral("13900000001"),
                                   QStringLiteral("长沙县榔梨街道"),
                                   QStringLiteral("2018/5/20"),
                                   QString(),
                                   QStringLiteral("2024-01-01")};
        QCOMPARE(rows.at(7), first);
        QStringList second = first;
        second[3] = QStringLiteral("13900000002");
        second[7] = QStringLiteral("2024-01-01 08:30");
        QCOMPARE(rows.at(8), second);
        QVERIFY(Validators::looksLikeExcelNumber(rows.at(8).at(2)));
    }

    void workbookFeatures()
    {
        QString error;
        const auto table = TableReader::readXlsx(dataFile("features.xlsx"), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, QStringLiteral("名录")); // not the hidden sheet, not the chart sheet
        const QList<QStringList>& rows = table->rows;
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0), QStringList({QStringLiteral("名称"), QString(), QStringLiteral("C1 after a gap")}));
        QCOMPARE(rows.at(1),
                 QStringList({QStringLiteral("长沙县实验 小学"), QStringLiteral("第一行\r\n第二行"),
                              QStringLiteral("a_x0041_b"), QStringLiteral("  两端空格  ")}));
        QCOMPARE(rows.at(2), QStringList()); // row 3 is not in the file
        QCOMPARE(rows.at(3),
                 QStringList({QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("#N/A"),
                              QStringLiteral("2"), QStringLiteral("长沙")}));
        QCOMPARE(
            rows.at(4),
            QStringList({QStringLiteral("1E+15"), QStringLiteral("0.3"), QStringLiteral("-5"), QStringLiteral("0.0015"),
                         QStringLiteral("-9.14690062012665E+17"), QStringLiteral("123.456")}));
        QCOMPARE(
            rows.at(5),
            QStringList({QStringLiteral("2024-01-01"), QStringLiteral("12:00"), QStringLiteral("7"),
                         QStringLiteral("2024-01-01"), QStringLiteral("1900-02-29"), QStringLiteral("2024-03-05")}));
    }

    void date1904()
    {
        QString error;
        const auto table = TableReader::read(dataFile("date1904.xlsx"), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.at(1), QStringList({QStringLiteral("2024-01-01"), QStringLiteral("43830")}));
    }

    void sizeGuard()
    {
        QString error;
        QVERIFY(!TableReader::readXlsx(dataFile("bomb.xlsx"), &error, {}, 1024 * 1024));
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
        // With the normal cap the same file is fine.
        const auto table = TableReader::readXlsx(dataFile("bomb.xlsx"), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 2);
    }

    void truncatedWorkbook_data()
    {
        QTest::addColumn<int>("percent");
        for (int percent : {1, 10, 30, 50, 70, 90, 99})
            QTest::addRow("%d%%", percent) << percent;
    }
    void truncatedWorkbook()
    {
        QFETCH(int, percent);
        const QByteArray whole = fixtureBytes("messy.xlsx");
        const QString path = writeFile(QStringLiteral("cut.xlsx"), whole.left(whole.size() * percent / 100));
        QString error;
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged or incomplete")), qPrintable(error));
    }

    void corruptedWorkbooksNeverCrash()
    {
        // Bytes flipped all over the package: a clear message or a table, never a crash or a hang.
        const QByteArray whole = fixtureBytes("features.xlsx");
        QRandomGenerator random(7);
        int failures = 0;
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes = whole;
            for (int k = 0; k < 4; ++k)
                bytes[random.bounded(qsizetype(4), bytes.size())] = char(random.bounded(256));
            const QString path = writeFile(QStringLiteral("corrupt.xlsx"), bytes);
            QString error;
            if (!TableReader::read(path, &error)) {
                ++failures;
                QVERIFY2(!error.isEmpty(), "a failure without a message");
            }
        }
        QVERIFY(failures > 0);
    }

    void emptyWorksheet()
    {
        const QString path = m_dir.filePath(QStringLiteral("空表.xlsx"));
        QString error;
        QVERIFY2(TableWriter::writeXlsx(path, QStringLiteral("空"), {}, {}, &error), qPrintable(error));
        QVERIFY(!TableReader::read(path, &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    }

    void xlsxProgressAndCancel()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows.append({QString::number(i), QStringLiteral("长沙县第%1学校").arg(i)});
        const QString path = m_dir.filePath(QStringLiteral("progress.xlsx"));
        QString error;
        QVERIFY2(TableWriter::writeXlsx(path, QStringLiteral("名录"), {QStringLiteral("序号"), QStringLiteral("名称")},
                                        rows, &error),
                 qPrintable(error));
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        int calls = 0;
        const auto table = TableReader::read(path, &error, [&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 20001);
        QVERIFY(calls > 2);
        QCOMPARE(lastDone, lastTotal);

        calls = 0;
        QVERIFY(!TableReader::read(path, &error, [&](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(error, TableReader::cancelledMessage());
    }
};

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
