#include "TableHeader.h"
#include "TableText.h"

#include <QTest>

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QList<ColumnSpec> entitySpecs()
{
    return {
        {QStringLiteral("name"), {s(u"机构名称"), s(u"学校名称"), s(u"名称")}, true},
        {QStringLiteral("creditCode"), {s(u"统一社会信用代码"), s(u"信用代码")}, true},
        {QStringLiteral("phone"), {s(u"联系电话"), s(u"电话")}, false},
        {QStringLiteral("address"), {s(u"地址"), s(u"详细地址")}, false},
        {QStringLiteral("founded"), {s(u"成立日期")}, false},
    };
}

Table tableOf(const QList<QStringList>& rows)
{
    Table table;
    table.rows = rows;
    return table;
}

} // namespace

class TestTableHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainHeader()
    {
        const Table table
            = tableOf({{s(u"地址"), s(u"学校名称"), s(u"统一社会信用代码")}, {s(u"甲地"), s(u"甲"), s(u"1")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(m.isComplete());
        QCOMPARE(m.headerRow, 0);
        QCOMPARE(m.headerRows, 1);
        QCOMPARE(m.firstDataRow, 1);
        QCOMPARE(m.columns.value(QStringLiteral("address")), 0);
        QCOMPARE(m.columns.value(QStringLiteral("name")), 1);
        QCOMPARE(m.columns.value(QStringLiteral("creditCode")), 2);
        QVERIFY(!m.columns.contains(QStringLiteral("phone")));
        QVERIFY(m.unknownColumns.isEmpty());
    }

    void titleAndBlankRowsAbove()
    {
        // A merged title (every cell filled with it), a date line, blank rows, then the header.
        const QString title = s(u"长沙县教育局检查对象名录");
        const Table table = tableOf({QStringList(4, title),
                                     {s(u"制表日期：2024年1月")},
                                     {},
                                     {QString(), s(u"\u3000"), QString()},
                                     {s(u" 学校名称 "), s(u"统一社会\n信用代码"), s(u"联系电话（选填）"), s(u"地址")},
                                     {s(u"甲"), s(u"1"), s(u"2"), s(u"3")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(m.isComplete());
        QCOMPARE(m.headerRow, 4);
        QCOMPARE(m.firstDataRow, 5);
        QCOMPARE(m.columns.value(QStringLiteral("creditCode")), 1);
        QCOMPARE(m.columns.value(QStringLiteral("phone")), 2);
        QCOMPARE(m.columns.size(), 4);
    }

    void fullWidthAndMarkers()
    {
        const Table table
            = tableOf({{s(u"＊学校名称"), s(u"统一社会信用代码（必填）"), s(u"详细　地址"), s(u"【选填】电话")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(m.isComplete());
        QCOMPARE(m.columns.value(QStringLiteral("address")), 2);
        QCOMPARE(m.columns.value(QStringLiteral("phone")), 3);
    }

    void twoRowHeaderWithoutMergeFill()
    {
        // As a CSV shows a two-row header: the upper text only over the first column it spans.
        const Table table = tableOf({{s(u"名称"), s(u"信用代码"), s(u"联系方式"), QString()},
                                     {QString(), QString(), s(u"电话"), s(u"地址")},
                                     {s(u"甲"), s(u"1"), s(u"2"), s(u"3")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(m.isComplete());
        QCOMPARE(m.headerRow, 0);
        QCOMPARE(m.headerRows, 2);
        QCOMPARE(m.firstDataRow, 2);
        QCOMPARE(m.columns.value(QStringLiteral("phone")), 2);
        QCOMPARE(m.columns.value(QStringLiteral("address")), 3);
        QVERIFY2(m.unknownColumns.isEmpty(), qPrintable(m.unknownColumns.join(QLatin1Char('|'))));
    }

    void twoRowHeaderUpperPlusLower()
    {
        // "联系人" merged over two columns, "姓名" / "电话" below: the pair gives 联系人姓名 and 联系人电话.
        const QList<ColumnSpec> specs = {
            {QStringLiteral("name"), {s(u"学校名称")}, true},
            {QStringLiteral("contactName"), {s(u"联系人姓名")}, true},
            {QStringLiteral("contactPhone"), {s(u"联系人电话")}, false},
        };
        const Table table = tableOf({{s(u"学校名称"), s(u"联系人"), s(u"联系人"), s(u"备注")},
                                     {s(u"学校名称"), s(u"姓名"), s(u"电话"), s(u"备注")},
                                     {s(u"甲"), s(u"张三"), s(u"138"), QString()}});
        const HeaderMatch m = TableHeader::locate(table, specs);
        QVERIFY(m.isComplete());
        QCOMPARE(m.headerRow, 0);
        QCOMPARE(m.headerRows, 2);
        QCOMPARE(m.columns.value(QStringLiteral("contactName")), 1);
        QCOMPARE(m.columns.value(QStringLiteral("contactPhone")), 2);
        QCOMPARE(m.unknownColumns, QStringList({s(u"备注")}));
    }

    void mergedWorkbookHeader()
    {
        // messy.xlsx read by the reader: row 4 carries every name (vertical merges filled down).
        QString error;
        const auto table = TableReader::read(QStringLiteral(SHUANGSUI_TEST_DATA "/messy.xlsx"), &error);
        QVERIFY2(table, qPrintable(error));
        QList<ColumnSpec> specs = entitySpecs();
        specs.append({QStringLiteral("postcode"), {s(u"邮政编码")}, false});
        const HeaderMatch m = TableHeader::locate(*table, specs);
        QVERIFY(m.isComplete());
        QCOMPARE(m.headerRow, 3);
        QCOMPARE(m.firstDataRow, 4);
        QCOMPARE(m.columns.value(QStringLiteral("name")), 1);
        QCOMPARE(m.columns.value(QStringLiteral("creditCode")), 2);
        QCOMPARE(m.columns.value(QStringLiteral("phone")), 3);
        QCOMPARE(m.columns.value(QStringLiteral("address")), 4);
        QCOMPARE(m.columns.value(QStringLiteral("founded")), 5);
        QCOMPARE(m.columns.value(QStringLiteral("postcode")), 6);
        QCOMPARE(m.unknownColumns, QStringList({s(u"序号"), s(u"备注")}));
    }

    void duplicateColumn()
    {
        const Table table = tableOf({{s(u"名称"), s(u"电话"), s(u"信用代码"), s(u"联系电话")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QCOMPARE(m.columns.value(QStringLiteral("phone")), 1);
        QCOMPARE(m.unknownColumns, QStringList({s(u"联系电话 (duplicate column)")}));
    }

    void unknownAndMissing()
    {
        const Table table = tableOf({{s(u"序号"), s(u"学校\n名称"), s(u"举办者"), QString(), s(u"Remark\nText")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(m.found());
        QVERIFY(!m.isComplete());
        QCOMPARE(m.unknownColumns, QStringList({s(u"序号"), s(u"举办者"), s(u"Remark Text")}));
        QCOMPARE(m.missingRequired, QStringList({s(u"统一社会信用代码")}));
    }

    void englishHeadersMatchKeys()
    {
        const Table table = tableOf({{QStringLiteral("Name"), QStringLiteral("Credit Code"), QStringLiteral("PHONE")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(m.isComplete());
        QCOMPARE(m.columns.value(QStringLiteral("phone")), 2);
    }

    void noHeader()
    {
        const Table table = tableOf({{s(u"甲"), s(u"乙")}, {}, {s(u"丙")}});
        const HeaderMatch m = TableHeader::locate(table, entitySpecs());
        QVERIFY(!m.found());
        QCOMPARE(m.headerRow, -1);
        QCOMPARE(m.firstDataRow, -1);
        QVERIFY(m.columns.isEmpty());
        QCOMPARE(m.missingRequired, QStringList({s(u"机构名称"), s(u"统一社会信用代码")}));
        QVERIFY(!TableHeader::locate(Table(), entitySpecs()).found());
    }

    void headerBelowTheScannedRowsIsNotFound()
    {
        QList<QStringList> rows(TableHeader::kScanRows, QStringList({s(u"说明文字")}));
        rows.append({s(u"名称"), s(u"信用代码")});
        QVERIFY(!TableHeader::locate(tableOf(rows), entitySpecs()).found());
        rows.removeFirst();
        QCOMPARE(TableHeader::locate(tableOf(rows), entitySpecs()).headerRow, TableHeader::kScanRows - 1);
    }

    void isBlankRow_data()
    {
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<bool>("blank");
        QTest::newRow("no cells") << QStringList() << true;
        QTest::newRow("empty cells") << QStringList({QString(), QString()}) << true;
        QTest::newRow("spaces and U+3000") << QStringList({s(u" "), s(u"\u3000\u3000"), s(u"\n\r\n")}) << true;
        QTest::newRow("a zero") << QStringList({QString(), s(u"0")}) << false;
        QTest::newRow("text") << QStringList({s(u"甲")}) << false;
    }
    void isBlankRow()
    {
        QFETCH(QStringList, row);
        QFETCH(bool, blank);
        QCOMPARE(TableHeader::isBlankRow(row), blank);
    }
};

QTEST_GUILESS_MAIN(TestTableHeader)
#include "tst_tableheader.moc"
