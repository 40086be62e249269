#include "TableText.h"

#include <QTest>

class TestTableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanCell_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << QStringLiteral("长沙县实验小学") << QStringLiteral("长沙县实验小学");
        QTest::newRow("ideographic spaces")
            << QStringLiteral("\u3000\u3000长沙县实验小学\u3000 ") << QStringLiteral("长沙县实验小学");
        QTest::newRow("nbsp and tab") << QStringLiteral("\u00A0\t星沙街道\u00A0") << QStringLiteral("星沙街道");
        QTest::newRow("padding newlines") << QStringLiteral("\n\n开元路1号\n\n\n") << QStringLiteral("开元路1号");
        QTest::newRow("inner line break kept")
            << QStringLiteral("星沙街道\n开元路1号") << QStringLiteral("星沙街道\n开元路1号");
        QTest::newRow("runs of blank lines")
            << QStringLiteral("星沙街道\n\n \u3000\n\n开元路1号") << QStringLiteral("星沙街道\n开元路1号");
        QTest::newRow("CR LF and CR") << QStringLiteral("一\r\n二\r三") << QStringLiteral("一\n二\n三");
        QTest::newRow("spaces around lines") << QStringLiteral("  一  \n  二 ") << QStringLiteral("一\n二");
        QTest::newRow("inner spaces kept") << QStringLiteral("No. 1  Road") << QStringLiteral("No. 1  Road");
        QTest::newRow("zero width") << QStringLiteral("\uFEFF9143\u200B0121") << QStringLiteral("91430121");
        QTest::newRow("line separator") << QStringLiteral("一\u2028二") << QStringLiteral("一\n二");
        QTest::newRow("vertical tab, form feed, NEL")
            << QStringLiteral("一\v二\f三\u0085四") << QStringLiteral("一\n二\n三\n四");
        QTest::newRow("one padding space") << QStringLiteral(" 91130322 ") << QStringLiteral("91130322");
        QTest::newRow("only spaces") << QStringLiteral(" \u3000\n\r\n ") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void cleanCell()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(TableText::cleanCell(raw), clean);
    }

    void halfWidth_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("half");
        QTest::newRow("letters and digits") << QStringLiteral("ＡＢＣ１２３ａｂｃ") << QStringLiteral("ABC123abc");
        QTest::newRow("brackets") << QStringLiteral("长沙县（星沙）【试点】") << QStringLiteral("长沙县(星沙)[试点]");
        QTest::newRow("ideographic space") << QStringLiteral("张\u3000三") << QStringLiteral("张 三");
        QTest::newRow("punctuation") << QStringLiteral("＊：，－") << QStringLiteral("*:,-");
        QTest::newRow("document number brackets stay")
            << QStringLiteral("长教发〔2024〕5号") << QStringLiteral("长教发〔2024〕5号");
        QTest::newRow("Chinese comma stays") << QStringLiteral("甲、乙，丙") << QStringLiteral("甲、乙,丙");
    }
    void halfWidth()
    {
        QFETCH(QString, raw);
        QFETCH(QString, half);
        QCOMPARE(TableText::halfWidth(raw), half);
    }

    void headerKey_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("学校名称") << QStringLiteral("学校名称");
        QTest::newRow("inner spaces") << QStringLiteral("学 校\u3000名 称") << QStringLiteral("学校名称");
        QTest::newRow("line break") << QStringLiteral("学校\n名称") << QStringLiteral("学校名称");
        QTest::newRow("required star") << QStringLiteral("*学校名称") << QStringLiteral("学校名称");
        QTest::newRow("full-width star") << QStringLiteral("学校名称＊") << QStringLiteral("学校名称");
        QTest::newRow("note full-width") << QStringLiteral("学校名称（必填）") << QStringLiteral("学校名称");
        QTest::newRow("note half-width") << QStringLiteral("联系电话(选填)") << QStringLiteral("联系电话");
        QTest::newRow("note with format")
            << QStringLiteral("成立日期\n（格式：2024-01-01）") << QStringLiteral("成立日期");
        QTest::newRow("note in square brackets") << QStringLiteral("【必填】学校名称") << QStringLiteral("学校名称");
        QTest::newRow("nested notes") << QStringLiteral("备注(说明(可空))") << QStringLiteral("备注");
        QTest::newRow("unclosed note") << QStringLiteral("地址（详细到门牌") << QStringLiteral("地址");
        QTest::newRow("trailing colon") << QStringLiteral("法定代表人：") << QStringLiteral("法定代表人");
        QTest::newRow("all in brackets") << QStringLiteral("（备注）") << QStringLiteral("备注");
        QTest::newRow("english case") << QStringLiteral("Credit Code") << QStringLiteral("creditcode");
        QTest::newRow("full-width english") << QStringLiteral("ＣＲＥＤＩＴ　ＣＯＤＥ") << QStringLiteral("creditcode");
        QTest::newRow("empty") << QStringLiteral(" \u3000") << QString();
    }
    void headerKey()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        QCOMPARE(TableText::headerKey(header), key);
    }

    void displayHeader()
    {
        QCOMPARE(TableText::displayHeader(QStringLiteral(" 联系\n电话 ")), QStringLiteral("联系电话"));
        QCOMPARE(TableText::displayHeader(QStringLiteral("Credit\nCode")), QStringLiteral("Credit Code"));
        QCOMPARE(TableText::displayHeader(QStringLiteral("\n")), QString());
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const QDate jan5(2024, 1, 5);
        QTest::newRow("iso") << QStringLiteral("2024-01-05") << jan5;
        QTest::newRow("iso short") << QStringLiteral("2024-1-5") << jan5;
        QTest::newRow("slashes") << QStringLiteral("2024/1/5") << jan5;
        QTest::newRow("dots") << QStringLiteral("2024.1.5") << jan5;
        QTest::newRow("Chinese") << QStringLiteral("2024年1月5日") << jan5;
        QTest::newRow("Chinese 号") << QStringLiteral("2024年01月05号") << jan5;
        QTest::newRow("Chinese with spaces") << QStringLiteral("2024 年 1 月 5 日") << jan5;
        QTest::newRow("compact") << QStringLiteral("20240105") << jan5;
        QTest::newRow("full-width digits") << QStringLiteral("２０２４－０１－０５") << jan5;
        QTest::newRow("padded") << QStringLiteral("\u3000 2024-01-05 \n") << jan5;
        QTest::newRow("with time") << QStringLiteral("2024-01-05 08:30:00") << jan5;
        QTest::newRow("with T time") << QStringLiteral("2024-01-05T08:30") << jan5;
        QTest::newRow("serial") << QStringLiteral("45292") << QDate(2024, 1, 1);
        QTest::newRow("serial with time") << QStringLiteral("45292.75") << QDate(2024, 1, 1);
        QTest::newRow("serial 1980") << QStringLiteral("29221") << QDate(1980, 1, 1);
        QTest::newRow("February 30") << QStringLiteral("2024-02-30") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2024/13/1") << QDate();
        QTest::newRow("mixed separators") << QStringLiteral("2024-1/5") << QDate();
        QTest::newRow("year only") << QStringLiteral("2024") << QDate();
        QTest::newRow("small count") << QStringLiteral("365") << QDate();
        QTest::newRow("month only") << QStringLiteral("2024年1月") << QDate();
        QTest::newRow("words") << QStringLiteral("长期") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("US order") << QStringLiteral("1/5/2024") << QDate();
        QTest::newRow("compact impossible") << QStringLiteral("20241305") << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(TableText::parseDate(text), date);
    }

    void excelSerials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1900: first day") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("1900: Feb 28") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("1900: the Feb 29 that never was") << 60.0 << false << QDate();
        QTest::newRow("1900: Mar 1") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("1900: 2024-01-01") << 45292.0 << false << QDate(2024, 1, 1);
        QTest::newRow("1900: fraction dropped") << 45292.99 << false << QDate(2024, 1, 1);
        QTest::newRow("1900: zero") << 0.0 << false << QDate();
        QTest::newRow("1900: last") << 2958465.0 << false << QDate(9999, 12, 31);
        QTest::newRow("1900: too big") << 2958466.0 << false << QDate();
        QTest::newRow("1904: zero") << 0.0 << true << QDate(1904, 1, 1);
        QTest::newRow("1904: 2024-01-01") << 43830.0 << true << QDate(2024, 1, 1);
        QTest::newRow("negative") << -1.0 << true << QDate();
    }
    void excelSerials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, date);
        QCOMPARE(TableText::excelSerialToDate(serial, date1904), date);
    }
};

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
