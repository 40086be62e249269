#include "TableReader.h"
#include "TableWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/unzip.h>

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// One part of an .xlsx package, to look at what Excel will see.
QByteArray zipEntry(const QString& path, const char* name)
{
    QByteArray out;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return out;
    if (unzLocateFile(zip, name, 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return out;
}

const QStringList kHeaders = {s(u"学校名称"), s(u"统一社会信用代码"), s(u"邮政编码"), s(u"地址"), s(u"备注")};

// What exports must carry through unharmed.
QList<QStringList> trickyRows()
{
    return {
        {s(u"长沙县\"星星\"学校"), s(u"914301217483912345"), s(u"007"), s(u"星沙街道,开元路1号"), s(u"第一行\n第二行")},
        {s(u"长沙县（星沙）ＡＢＣ培训中心"), s(u"52430121MJ0000000X"), s(u"0410100"), s(u"黄花镇"), QString()},
        {s(u"a,\"b\",c"), s(u"000000000000000001"), s(u"1.50"), QString(), s(u"-5")},
        {},
        {s(u"乙"), s(u"1E+15"), s(u"2024-01-05"), s(u"  两端空格  "), s(u"+8613812345678")},
    };
}

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList folderEntries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        QDir dir(m_dir.path());
        for (const QString& name : folderEntries())
            dir.remove(name);
    }

    void csvInjectionGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << s(u"=SUM(A1:A9)") << s(u"'=SUM(A1:A9)");
        QTest::newRow("command") << s(u"=cmd|' /C calc'!A0") << s(u"'=cmd|' /C calc'!A0");
        QTest::newRow("plus formula") << s(u"+1+1") << s(u"'+1+1");
        QTest::newRow("minus formula") << s(u"-2+3") << s(u"'-2+3");
        QTest::newRow("at") << s(u"@SUM(1)") << s(u"'@SUM(1)");
        QTest::newRow("tab") << s(u"\t=1") << s(u"'\t=1");
        QTest::newRow("phone with spaces") << s(u"+86 138 1234 5678") << s(u"'+86 138 1234 5678");
        QTest::newRow("negative number") << s(u"-5") << s(u"-5");
        QTest::newRow("negative decimal") << s(u"-12.50") << s(u"-12.50");
        QTest::newRow("phone with country code") << s(u"+8613812345678") << s(u"+8613812345678");
        QTest::newRow("dash for none") << s(u"-") << s(u"-");
        QTest::newRow("plain phone") << s(u"13812345678") << s(u"13812345678");
        QTest::newRow("landline") << s(u"0731-84012345") << s(u"0731-84012345");
        QTest::newRow("date") << s(u"2024-01-05") << s(u"2024-01-05");
        QTest::newRow("text with = inside") << s(u"a=b") << s(u"a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void csvInjectionGuard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(TableWriter::csvSafeText(cell), written);
    }

    void csvBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("bytes.csv"));
        QString error;
        QVERIFY2(TableWriter::writeCsv(path, {s(u"名称"), s(u"备注")},
                                       {{s(u"甲,乙"), s(u"说\"明\"")}, {s(u"两行\n文字")}, {s(u"=1+1"), s(u"007")}},
                                       &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = QByteArray("\xEF\xBB\xBF")
            + s(u"名称,备注\r\n\"甲,乙\",\"说\"\"明\"\"\"\r\n\"两行\n文字\",\r\n'=1+1,007\r\n").toUtf8();
        QCOMPARE(file.readAll(), expected);
    }

    void csvRoundTrip()
    {
        const QString path = m_dir.filePath(s(u"长沙县名录（导出）.csv"));
        QString error;
        QVERIFY2(TableWriter::write(path, s(u"名录"), kHeaders, trickyRows(), &error), qPrintable(error));
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table->rows.size(), 6);
        QCOMPARE(table->rows.at(0), kHeaders);
        const QList<QStringList> rows = trickyRows();
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < kHeaders.size(); ++c)
                QCOMPARE(table->cell(r + 1, c), rows.at(r).value(c));
        }
    }

    void xlsxRoundTrip()
    {
        const QString path = m_dir.filePath(s(u"长沙县名录（导出）.xlsx"));
        QString error;
        QList<QStringList> rows = trickyRows();
        rows.append({s(u"=HYPERLINK(\"http://x\")"), s(u"控制\x01字符")});
        QVERIFY2(TableWriter::write(path, s(u"检查对象名录"), kHeaders, rows, &error), qPrintable(error));
        QCOMPARE(folderEntries(), QStringList({s(u"长沙县名录（导出）.xlsx")})); // no temporary file left
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->sheetName, s(u"检查对象名录"));
        QCOMPARE(table->rows.size(), rows.size() + 1);
        QCOMPARE(table->rows.at(0), kHeaders);
        for (int r = 0; r < rows.size() - 1; ++r) {
            for (int c = 0; c < kHeaders.size(); ++c)
                QCOMPARE(table->cell(r + 1, c), rows.at(r).value(c));
        }
        // A formula is written as its text, never as a formula; control characters become spaces.
        QCOMPARE(table->rows.last(), QStringList({s(u"=HYPERLINK(\"http://x\")"), s(u"控制 字符")}));
    }

    void xlsxLayout()
    {
        const QString path = m_dir.filePath(QStringLiteral("layout.xlsx"));
        QString error;
        QVERIFY2(TableWriter::writeXlsx(path, QStringLiteral("Sheet"),
                                        {s(u"统一社会信用代码"), QStringLiteral("No"), s(u"备注")},
                                        {{s(u"914301217483912345"), QStringLiteral("1"), QString()},
                                         {s(u"007"), QStringLiteral("2"), QString()}},
                                        &error, {0, 0, 33}),
                 qPrintable(error));
        const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "no sheet in the package");
        // Every value a string: no <v> numbers anywhere.
        QVERIFY2(!sheet.contains(QStringLiteral("<v>")), qPrintable(sheet));
        QVERIFY(sheet.contains(QStringLiteral("914301217483912345")));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:C3\"")));
        QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(sheet.contains(QStringLiteral("ySplit=\"1\"")));
        // Widths: the CJK header column is wider than the two-letter one; the given width is kept.
        static const QRegularExpression col(QStringLiteral("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\""));
        QHash<int, double> widths;
        for (auto it = col.globalMatch(sheet); it.hasNext();) {
            const auto m = it.next();
            widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
        }
        QCOMPARE(widths.size(), 3);
        QVERIFY2(widths.value(1) >= 2 * 8 + 2, qPrintable(QString::number(widths.value(1))));
        QVERIFY(widths.value(2) < widths.value(1));
        QVERIFY(qAbs(widths.value(3) - 33.71) < 1.0); // libxlsxwriter adds Excel's padding
        // Header bold on a fill; columns formatted as text ("@" is built-in format 49).
        const QString styles = QString::fromUtf8(zipEntry(path, "xl/styles.xml"));
        QVERIFY(styles.contains(QStringLiteral("<b/>")));
        QVERIFY(styles.contains(QStringLiteral("FFDDEBF7")));
        QVERIFY(styles.contains(QStringLiteral("numFmtId=\"49\"")));
    }

    void emptyTemplate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << s(u"检查对象导入模板.xlsx");
        QTest::newRow("csv") << s(u"检查对象导入模板.csv");
    }
    void emptyTemplate()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(TableWriter::write(path, s(u"模板"), kHeaders, {}, &error), qPrintable(error));
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows, QList<QStringList>({kHeaders}));
    }

    void unknownExtension()
    {
        QString error;
        QVERIFY(!TableWriter::write(m_dir.filePath(QStringLiteral("名录.xls")), QString(), kHeaders, {}, &error));
        QVERIFY2(error.contains(QStringLiteral(".xlsx")) && error.contains(QStringLiteral(".csv")), qPrintable(error));
        QVERIFY(folderEntries().isEmpty());
    }

    void failedExportLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(s(u"名录.xlsx"));
        QString error;
        QVERIFY2(TableWriter::writeXlsx(path, s(u"名录"), kHeaders, trickyRows(), &error), qPrintable(error));
        const QByteArray before = zipEntry(path, "xl/worksheets/sheet1.xml");
        // A cell longer than Excel allows makes the export fail: the old file stays, no temporary file remains.
        QList<QStringList> rows = trickyRows();
        rows.append({QString(40000, QLatin1Char('x'))});
        QVERIFY(!TableWriter::writeXlsx(path, s(u"名录"), kHeaders, rows, &error));
        QVERIFY2(error.contains(QStringLiteral("Row 7")), qPrintable(error));
        QCOMPARE(folderEntries(), QStringList({s(u"名录.xlsx")}));
        QCOMPARE(zipEntry(path, "xl/worksheets/sheet1.xml"), before);
    }

    void missingFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("x.xlsx");
        QTest::newRow("csv") << QStringLiteral("x.csv");
    }
    void missingFolder()
    {
        QFETCH(QString, name);
        QString error;
        const QString path = m_dir.filePath(s(u"没有这个文件夹/") + name);
        QVERIFY(!TableWriter::write(path, QString(), kHeaders, {}, &error));
        QVERIFY2(!error.isEmpty(), "no message");
        QVERIFY(!QFile::exists(path));
    }

    void sheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("valid");
        QTest::newRow("plain") << s(u"检查对象名录") << s(u"检查对象名录");
        QTest::newRow("forbidden characters") << s(u"名录[2024]/长沙:县?*") << s(u"名录_2024__长沙_县__");
        QTest::newRow("too long") << QString(40, QChar(0x540D)) << QString(31, QChar(0x540D));
        QTest::newRow("apostrophes") << s(u"'名录'") << s(u"名录");
        QTest::newRow("empty") << QString() << QStringLiteral("Sheet1");
        QTest::newRow("reserved") << QStringLiteral("History") << QStringLiteral("Sheet1");
    }
    void sheetNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, valid);
        QCOMPARE(TableWriter::sheetNameFor(name), valid);
    }

    void hundredThousandRowsRoundTrip()
    {
        QList<QStringList> rows;
        rows.reserve(100000);
        for (int i = 1; i <= 100000; ++i)
            rows.append({QString::number(i), s(u"长沙县第%1学校").arg(i),
                         QStringLiteral("91430121%1").arg(1000000000 + i), s(u"星沙街道,开元路%1号").arg(i),
                         QStringLiteral("0%1").arg(i)});
        const QStringList headers = {s(u"序号"), s(u"学校名称"), s(u"统一社会信用代码"), s(u"地址"), s(u"编号")};
        for (const QString& name : {QStringLiteral("big.xlsx"), QStringLiteral("big.csv")}) {
            const QString path = m_dir.filePath(name);
            QString error;
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(TableWriter::write(path, s(u"名录"), headers, rows, &error), qPrintable(error));
            const qint64 written = timer.restart();
            const auto table = TableReader::read(path, &error);
            QVERIFY2(table, qPrintable(error));
            qInfo("%s: wrote 100,000 rows in %lld ms, read them back in %lld ms", qPrintable(name), written,
                  timer.elapsed());
            QCOMPARE(table->rows.size(), 100001);
            QCOMPARE(table->rows.at(100000), rows.at(99999));
            QCOMPARE(table->rows.at(7).at(4), QStringLiteral("07"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
