// Excel 97–2003 workbooks (.xls): written by LibreOffice from .xlsx files this test writes, they must read into the
// same table as their .xlsx twins (texts, numbers, dates, merged cells) and preview as the same import (entities,
// inspectors, items); damaged, protected and older files get a message, never a crash.
#include "Database.h"
#include "DemoData.h"
#include "ExternalTools.h"
#include "LibreOffice.h"
#include "RegistryExport.h"
#include "RegistryImport.h"
#include "TableReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

class TestXlsReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_cellsXls; // features.xls, converted once
    QString m_cellsXlsx;

    std::optional<QString> toXls(const QString& xlsx) const
    {
        return LibreOffice::convert(m_dir.path(), xlsx, QStringLiteral("xls:MS Excel 97"), QStringLiteral("xls"));
    }

    static Table readOrFail(const QString& path)
    {
        QString error;
        auto table = TableReader::read(path, &error);
        if (!table)
            qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return table.value_or(Table());
    }

    // Rows without trailing empty cells.
    static QList<QStringList> trimmed(QList<QStringList> rows)
    {
        for (QStringList& row : rows)
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
        while (!rows.isEmpty() && rows.last().isEmpty())
            rows.removeLast();
        return rows;
    }

    QByteArray cellsXlsBytes() const
    {
        QFile file(m_cellsXls);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString error(const QByteArray& bytes, const QString& name = QStringLiteral("坏的.xls")) const
    {
        const QString path = m_dir.filePath(name);
        if (!TestSupport::writeFile(path, bytes))
            return QStringLiteral("cannot write");
        QString message;
        if (TableReader::read(path, &message))
            return QStringLiteral("read without error");
        return message;
    }

    static void writeRow(lxw_worksheet* sheet, int row, const QStringList& cells)
    {
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
    }

    // The record of a workbook's globals right after the BOF (BIFF8 BOF: type 0809, 16 bytes, version 0600,
    // workbook globals 0005).
    static qsizetype globalsBof(const QByteArray& bytes)
    {
        return bytes.indexOf(QByteArray("\x09\x08\x10\x00\x00\x06\x05\x00", 8));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SHUANGSUI_REQUIRE_PROGRAM("soffice");
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("演示.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoData::fill(*m_db, &error), qPrintable(error));

        // A sheet with what offices' files hold: a merged title, Chinese texts used twice, a long text, a code
        // typed as a number, dates, date-times, times, decimals and merged cells down a column.
        m_cellsXlsx = m_dir.filePath(QStringLiteral("cells.xlsx"));
        lxw_workbook* workbook = workbook_new(m_cellsXlsx.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "名录");
        lxw_format* date = workbook_add_format(workbook);
        format_set_num_format(date, "yyyy-mm-dd");
        lxw_format* dateTime = workbook_add_format(workbook);
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
        lxw_format* time = workbook_add_format(workbook);
        format_set_num_format(time, "hh:mm:ss");
        worksheet_merge_range(sheet, 0, 0, 0, 4, "被检查对象名录（2024年）", nullptr);
        writeRow(sheet, 1,
                 {QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("成立日期"),
                  QStringLiteral("金额"), QStringLiteral("时间")});
        writeRow(sheet, 2, {QStringLiteral("县第一中学"), QStringLiteral("12345678901234567X")});
        worksheet_write_number(sheet, 2, 2, 45292, date);
        worksheet_write_number(sheet, 2, 3, 1234.5, nullptr);
        worksheet_write_number(sheet, 2, 4, 0.5, time);
        writeRow(sheet, 3, {QStringLiteral("县第一中学")});
        worksheet_write_number(sheet, 3, 1, 914690062012665000.0, nullptr);
        worksheet_write_number(sheet, 3, 2, 45292.25, dateTime);
        worksheet_write_number(sheet, 3, 3, 13812345678, nullptr);
        worksheet_write_number(sheet, 3, 4, 0.1 + 0.2, nullptr);
        worksheet_merge_range(sheet, 4, 0, 6, 0, "合并的单位", nullptr);
        writeRow(sheet, 4, {QString(), QStringLiteral("甲")});
        writeRow(sheet, 5, {QString(), QStringLiteral("乙")});
        worksheet_write_number(sheet, 6, 1, -42, nullptr);
        worksheet_write_number(sheet, 6, 2, 45292, dateTime);
        writeRow(sheet, 7, {QStringLiteral("长").repeated(3000) + QStringLiteral("尾")});
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        const auto xls = toXls(m_cellsXlsx);
        QVERIFY(xls);
        m_cellsXls = *xls;
    }

    void readsLikeItsXlsxTwin()
    {
        const Table xlsx = readOrFail(m_cellsXlsx);
        const Table xls = readOrFail(m_cellsXls);
        QVERIFY(!xlsx.rows.isEmpty());
        QCOMPARE(trimmed(xls.rows), trimmed(xlsx.rows));
        QCOMPARE(xls.sheetName, QStringLiteral("名录"));
        QCOMPARE(xls.sourceName, QStringLiteral("cells.xls"));
        // As Excel shows them.
        QCOMPARE(xls.cell(0, 4), QStringLiteral("被检查对象名录（2024年）"));
        QCOMPARE(xls.cell(2, 2), QStringLiteral("2024-01-01"));
        QCOMPARE(xls.cell(2, 3), QStringLiteral("1234.5"));
        QCOMPARE(xls.cell(2, 4), QStringLiteral("12:00"));
        QCOMPARE(xls.cell(3, 1), QStringLiteral("9.14690062012665E+17"));
        QCOMPARE(xls.cell(3, 2), QStringLiteral("2024-01-01 06:00"));
        QCOMPARE(xls.cell(3, 3), QStringLiteral("13812345678"));
        QCOMPARE(xls.cell(3, 4), QStringLiteral("0.3"));
        QCOMPARE(xls.cell(5, 0), QStringLiteral("合并的单位"));
        QCOMPARE(xls.cell(6, 0), QStringLiteral("合并的单位"));
        QCOMPARE(xls.cell(6, 1), QStringLiteral("-42"));
        QCOMPARE(xls.cell(6, 2), QStringLiteral("2024-01-01"));
        QCOMPARE(xls.cell(7, 0).size(), 3001);
    }

    // A workbook of `rows` (first column texts, second column a number as text), written by LibreOffice as .xls.
    std::optional<QString> xlsWith(const QString& name, const QList<QStringList>& rows) const
    {
        const QString xlsxPath = m_dir.filePath(name + QStringLiteral(".xlsx"));
        lxw_workbook* workbook = workbook_new(xlsxPath.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "长文字");
        for (int r = 0; r < rows.size(); ++r)
            writeRow(sheet, r, rows.at(r));
        if (workbook_close(workbook) != LXW_NO_ERROR)
            return std::nullopt;
        return toXls(xlsxPath);
    }

    // A workbook of entities with a date column formatted yyyy-mm-dd: one row per serial number, as LibreOffice
    // writes it as .xls.
    std::optional<QString> xlsWithDates(const QString& name, const QList<double>& serials) const
    {
        const QString xlsxPath = m_dir.filePath(name + QStringLiteral(".xlsx"));
        lxw_workbook* workbook = workbook_new(xlsxPath.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "日期");
        lxw_format* date = workbook_add_format(workbook);
        format_set_num_format(date, "yyyy-mm-dd");
        writeRow(sheet, 0, {QStringLiteral("单位名称"), QStringLiteral("成立日期")});
        for (int r = 1; r <= serials.size(); ++r) {
            writeRow(sheet, r, {QStringLiteral("单位%1").arg(r)});
            worksheet_write_number(sheet, lxw_row_t(r), 1, serials.at(r - 1), date);
        }
        if (workbook_close(workbook) != LXW_NO_ERROR)
            return std::nullopt;
        return toXls(xlsxPath);
    }

    // The shared string table crosses record borders everywhere (thousands of strings, Latin-only texts stored one
    // byte a character and Chinese texts two bytes a character, texts of up to 4,000 Chinese characters split
    // between two records, formatting runs of mixed texts crossing into the next record): each is read whole, as
    // from the .xlsx twin.
    void sharedTextsAcrossRecordsReadWhole()
    {
        QList<QStringList> rows {{QStringLiteral("内容"), QStringLiteral("序号")}};
        for (int i = 0; i < 12; ++i)
            rows.append({QStringLiteral("检").repeated(3000 + 90 * i) + QString::number(i), QString::number(i)});
        rows.append({QStringLiteral("abcdefghij").repeated(700) + QStringLiteral("end"), QStringLiteral("L")});
        for (int i = 0; i < 3000; ++i)
            rows.append({i % 3 ? QStringLiteral("单位%1号").arg(i) : QStringLiteral("unit %1").arg(i),
                         QStringLiteral("查").repeated(i % 50)});
        const auto xls = xlsWith(QStringLiteral("across"), rows);
        QVERIFY(xls);
        const Table table = readOrFail(*xls);
        QCOMPARE(table.cell(12, 0).size(), 3000 + 90 * 11 + 2);
        QCOMPARE(trimmed(table.rows), trimmed(rows));
        QCOMPARE(table.rows, readOrFail(m_dir.filePath(QStringLiteral("across.xlsx"))).rows);
    }

    // FreeXL 1.0 cannot read a text whose characters run over more than two records (it cut a 9,001-character
    // text to 8,144, or read past its buffer): such a file is refused naming the cell, never read cut short.
    void aTextTooLongForFreeXlIsRefusedByCell()
    {
        const QString longText = QStringLiteral("检").repeated(9000) + QStringLiteral("尾");
        const auto xls
            = xlsWith(QStringLiteral("long"),
                      {{QStringLiteral("单位名称"), QStringLiteral("说明")}, {QStringLiteral("县第一中学"), longText}});
        QVERIFY(xls);
        QString message;
        QVERIFY(!TableReader::read(*xls, &message));
        QVERIFY2(message.contains(QStringLiteral("row 2, column B")) && message.contains(QStringLiteral("9,001"))
                     && message.contains(QStringLiteral(".xlsx")),
                 qPrintable(message));
        // The same text as .xlsx is read whole.
        QCOMPARE(readOrFail(m_dir.filePath(QStringLiteral("long.xlsx"))).cell(1, 1), longText);
    }

    // A date cell after 9999-12-31 (FreeXL would count its days one by one) is refused by cell.
    void aDateBeyondExcelsLastIsRefusedByCell()
    {
        const auto xls = xlsWithDates(QStringLiteral("dates"), {45292, 2.0e9});
        QVERIFY(xls);
        QString message;
        QVERIFY(!TableReader::read(*xls, &message));
        QVERIFY2(message.contains(QStringLiteral("row 3, column B")) && message.contains(QStringLiteral("9999-12-31")),
                 qPrintable(message));
    }

    // FreeXL counts each date's days one by one while it opens the file: 2,100 dates of 9999-12-31 (6.2 billion
    // days, a minute of counting) are refused before it starts.
    void tooManyDaysToCountAreRefused()
    {
        const auto xls = xlsWithDates(QStringLiteral("many-dates"), QList<double>(2100, 2958465));
        QVERIFY(xls);
        QString message;
        QVERIFY(!TableReader::read(*xls, &message));
        QVERIFY2(message.contains(QStringLiteral("too many dates")), qPrintable(message));
    }

    void registriesImportLikeTheirXlsxTwins_data()
    {
        QTest::addColumn<Registry>("registry");
        QTest::newRow("entities") << Registry::Entities;
        QTest::newRow("inspectors") << Registry::Inspectors;
        QTest::newRow("items") << Registry::Items;
    }
    void registriesImportLikeTheirXlsxTwins()
    {
        QFETCH(Registry, registry);
        const QString xlsx = m_dir.filePath(RegistryImport::registryName(registry) + QStringLiteral(".xlsx"));
        QString error;
        QVERIFY2(RegistryExport::exportRegistry(*m_db, registry, xlsx, &error), qPrintable(error));
        const auto xls = toXls(xlsx);
        QVERIFY(xls);
        const ImportPreview fromXlsx = RegistryImport::preview(*m_db, registry, xlsx);
        const ImportPreview fromXls = RegistryImport::preview(*m_db, registry, *xls);
        QVERIFY2(fromXlsx.isUsable(), qPrintable(fromXlsx.error));
        QVERIFY2(fromXls.isUsable(), qPrintable(fromXls.error));
        QVERIFY(fromXlsx.rows.size() >= 3);
        QCOMPARE(fromXls.rows.size(), fromXlsx.rows.size());
        // Read back into the data file it came from, every record is unchanged: every field read the same.
        QCOMPARE(fromXls.count(ImportRow::Verdict::Unchanged), fromXls.rows.size());
        for (qsizetype i = 0; i < fromXls.rows.size(); ++i) {
            const ImportRow& a = fromXls.rows.at(i);
            const ImportRow& b = fromXlsx.rows.at(i);
            QCOMPARE(a.rowNumber, b.rowNumber);
            QCOMPARE(a.verdict, b.verdict);
            QCOMPARE(a.key, b.key);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.notes, b.notes);
        }
        QCOMPARE(fromXls.rejectionLines(), fromXlsx.rejectionLines());
        QCOMPARE(fromXls.ignoredColumns, fromXlsx.ignoredColumns);
    }

    // A credit code typed as a number lost its last digits: refused with the same message as in the .xlsx.
    void aCodeStoredAsANumberIsRefusedAsInXlsx()
    {
        const QStringList headers = RegistryExport::headers(Registry::Entities);
        QList<QStringList> rows = RegistryExport::rows(*m_db, Registry::Entities).mid(0, 3);
        QVERIFY(rows.size() == 3);
        const int codeColumn = int(headers.indexOf(QStringLiteral("统一社会信用代码")));
        QVERIFY(codeColumn >= 0);
        const QString xlsx = m_dir.filePath(QStringLiteral("代码为数字.xlsx"));
        lxw_workbook* workbook = workbook_new(xlsx.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        writeRow(sheet, 0, headers);
        for (int r = 0; r < rows.size(); ++r) {
            writeRow(sheet, r + 1, rows.at(r));
            if (r == 1)
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(codeColumn), 914690062012665000.0, nullptr);
        }
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        const auto xls = toXls(xlsx);
        QVERIFY(xls);
        const ImportPreview fromXlsx = RegistryImport::preview(*m_db, Registry::Entities, xlsx);
        const ImportPreview fromXls = RegistryImport::preview(*m_db, Registry::Entities, *xls);
        QCOMPARE(fromXlsx.count(ImportRow::Verdict::Rejected), 1);
        QVERIFY(!fromXls.rejectionLines().isEmpty());
        QCOMPARE(fromXls.rejectionLines(), fromXlsx.rejectionLines());
    }

    // What offices' web systems send as .xls: a web page or CSV under that name still goes the old way.
    void htmlAndCsvNamedXlsKeepTheirWay()
    {
        QVERIFY(error("<html><body><table><tr><td>名称</td></tr></table></body></html>")
                    .contains(QStringLiteral("web page")));
        const QString path = m_dir.filePath(QStringLiteral("导出.xls"));
        QVERIFY(TestSupport::writeFile(path, QStringLiteral("单位名称,地址\n县第一中学,城关镇\n").toUtf8()));
        QString message;
        const auto table = TableReader::read(path, &message);
        QVERIFY2(table, qPrintable(message));
        QCOMPARE(table->cell(1, 0), QStringLiteral("县第一中学"));
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
    }

    void damagedFilesGetAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = cellsXlsBytes();
        QVERIFY(good.size() > 4096);
        QRandomGenerator random(16);
        QByteArray noise(8192, '\0');
        for (char& c : noise)
            c = char(random.bounded(256));
        const QByteArray signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        QTest::newRow("signature and random bytes") << signature + noise;
        QTest::newRow("signature only") << signature;
        QTest::newRow("cut in half") << good.left(good.size() / 2);
        QTest::newRow("cut after the header") << good.left(600);
        QByteArray scrambled = good;
        for (qsizetype i = 512; i < scrambled.size(); i += 97)
            scrambled[i] = char(random.bounded(256));
        QTest::newRow("scrambled") << scrambled;
        QByteArray header = good;
        for (qsizetype i = 0x2C; i < 0x4C + 4 * 109; ++i)
            header[i] = char(random.bounded(256));
        QTest::newRow("random allocation table") << header;
    }
    void damagedFilesGetAMessage()
    {
        QFETCH(QByteArray, bytes);
        const QString message = error(bytes);
        QVERIFY2(message.contains(QStringLiteral(".xls")) || message.contains(QStringLiteral("damaged"))
                     || message.contains(QStringLiteral("Office document")),
                 qPrintable(message));
    }

    void protectedAndOlderFilesAreRefusedByName()
    {
        const QByteArray good = cellsXlsBytes();
        const qsizetype bof = globalsBof(good);
        QVERIFY(bof > 0);

        // A FILEPASS record where the first record after the BOF was (the length stays).
        QByteArray protectedFile = good;
        protectedFile[bof + 20] = '\x2F';
        protectedFile[bof + 21] = '\x00';
        QVERIFY2(error(protectedFile).contains(QStringLiteral("password")), qPrintable(error(protectedFile)));

        // A BIFF5 (Excel 5.0/95) BOF.
        QByteArray biff5 = good;
        biff5[bof + 5] = '\x05';
        QVERIFY2(error(biff5).contains(QStringLiteral("Excel 5.0/95")), qPrintable(error(biff5)));

        // An Excel 4.0 worksheet: no compound file, a BIFF4 BOF.
        QVERIFY(error(QByteArray("\x09\x04\x06\x00\x00\x00\x10\x00", 8) + QByteArray(200, '\0'))
                    .contains(QStringLiteral("Excel 5.0/95")));

        // A password-protected .xlsx is a compound file with an EncryptedPackage stream.
        const QByteArray workbookName = QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
        const qsizetype entry = good.indexOf(workbookName);
        QVERIFY(entry > 0);
        QByteArray encryptedXlsx = good;
        const QByteArray packageName = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        encryptedXlsx.replace(entry, 32, packageName);
        encryptedXlsx[entry + 0x40] = char(34);
        QVERIFY2(error(encryptedXlsx).contains(QStringLiteral("password")), qPrintable(error(encryptedXlsx)));

        // Another Office document: no workbook stream.
        QByteArray word = good;
        word.replace(entry, 24, QByteArray("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24));
        word[entry + 0x40] = char(26);
        QVERIFY2(error(word).contains(QStringLiteral("Office document")), qPrintable(error(word)));
    }

    void budgets()
    {
        // The file size cap, before anything is read.
        QString message;
        QVERIFY(!TableReader::readXls(m_cellsXls, &message, {}, 1024));
        QVERIFY2(message.contains(QStringLiteral("too large")), qPrintable(message));

        // A worksheet that claims more cells than the cap (DIMENSIONS: 65,536 rows × 256 columns).
        QByteArray big = cellsXlsBytes();
        const qsizetype dimensions = big.indexOf(QByteArray("\x00\x02\x0E\x00", 4), globalsBof(big) + 20);
        QVERIFY(dimensions > 0);
        big.replace(dimensions + 8, 4, QByteArray("\x00\x00\x01\x00", 4));
        big.replace(dimensions + 14, 2, QByteArray("\x00\x01", 2));
        QVERIFY2(error(big).contains(QStringLiteral("cells")), qPrintable(error(big)));

        // Cancelled through the progress.
        QVERIFY(!TableReader::read(m_cellsXls, &message, [](qint64 done, qint64) { return done == 0; }));
        QCOMPARE(message, TableReader::cancelledMessage());
        bool asked = false;
        QVERIFY(TableReader::read(m_cellsXls, &message, [&](qint64 done, qint64 total) {
            asked = asked || done == total;
            return done <= total;
        }));
        QVERIFY(asked);
    }
};

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
