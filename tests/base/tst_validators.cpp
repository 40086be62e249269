#include "Validators.h"

#include <QTest>

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creditCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("清华大学") << QStringLiteral("12100000400000624D") << true;
        QTest::newRow("华为") << QStringLiteral("914403001922038216") << true;
        QTest::newRow("清华大学, last changed") << QStringLiteral("12100000400000624E") << false;
        QTest::newRow("华为, last changed") << QStringLiteral("914403001922038217") << false;
        QTest::newRow("华为, org check changed") << QStringLiteral("914403001922038226") << false;
        QTest::newRow("too short") << QStringLiteral("91440300192203821") << false;
        QTest::newRow("letter I") << QStringLiteral("9144030019220382I6") << false;
        QTest::newRow("excel number") << QStringLiteral("9.14690062012665E+17") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void creditCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Validators::isValidCreditCode(code), valid);
    }
    void creditCodeMessages()
    {
        QVERIFY(Validators::creditCodeProblem(QStringLiteral("9.14690062012665E+17")).contains(QStringLiteral("Excel")));
        QVERIFY(Validators::creditCodeProblem(QStringLiteral("12100000400000624E")).contains(QStringLiteral("D")));
    }
    void checkCharacterGeneratesValidCodes()
    {
        const QString body = QStringLiteral("52130322MJ0B0000");
        const QChar org = Validators::organizationCodeCheckCharacter(QStringView(body).mid(8, 8));
        QVERIFY(!org.isNull());
        const QString first17 = body + org;
        const QString code = first17 + Validators::creditCodeCheckCharacter(first17);
        QVERIFY2(Validators::isValidCreditCode(code), qPrintable(Validators::creditCodeProblem(code)));
    }
    void normalizeCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("full-width, ideographic space")
            << QStringLiteral("\u3000９１４４０３００１９２２０３８２１６ ") << QStringLiteral("914403001922038216");
        QTest::newRow("lower case") << QStringLiteral("12100000400000624d") << QStringLiteral("12100000400000624D");
        QTest::newRow("ascii spaces and tab")
            << QStringLiteral("\t9144 0300 1922 0382 16\n") << QStringLiteral("914403001922038216");
        QTest::newRow("already normal") << QStringLiteral("914403001922038216") << QStringLiteral("914403001922038216");
        QTest::newRow("mixed full-width letter")
            << QStringLiteral("12100000400000624ｄ") << QStringLiteral("12100000400000624D");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizeCode()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(Validators::normalizeCode(text), code);
    }
    void excelNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("excel");
        QTest::newRow("scientific") << QStringLiteral("9.14690062012665E+17") << true;
        QTest::newRow("lower e, no plus") << QStringLiteral("9.1e17") << true;
        QTest::newRow("padded") << QStringLiteral(" 9.14690062012665E+17 ") << true;
        QTest::newRow("code with E") << QStringLiteral("91130322MA0ABCDE1X") << false;
        QTest::newRow("digits") << QStringLiteral("914690062012665000") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void excelNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, excel);
        QCOMPARE(Validators::looksLikeExcelNumber(text), excel);
    }
    void idCard_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("GB 11643 example") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("check changed") << QStringLiteral("110105194912310021") << false;
        QTest::newRow("bad date") << QStringLiteral("110105194913310027") << false;
        QTest::newRow("short") << QStringLiteral("11010519491231002") << false;
    }
    void idCard()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(Validators::idCardProblem(number).isEmpty(), valid);
    }
    void mask()
    {
        QCOMPARE(Validators::maskIdCard(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
    }
    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << QStringLiteral("13831234567") << true;
        QTest::newRow("landline") << QStringLiteral("0335-2021234") << true;
        QTest::newRow("local") << QStringLiteral("2021234") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("letters") << QStringLiteral("abc") << false;
        QTest::newRow("short mobile") << QStringLiteral("1383123456") << false;
        QTest::newRow("mobile 199") << QStringLiteral("19912345678") << true;
        QTest::newRow("mobile starting 12") << QStringLiteral("12345678901") << false;
        QTest::newRow("eleven digits starting 10") << QStringLiteral("10012345678") << false;
        QTest::newRow("landline without dash") << QStringLiteral("03352021234") << true;
        QTest::newRow("mobile with a letter") << QStringLiteral("1383123456x") << false;
        QTest::newRow("full-width digits") << QStringLiteral("１３８３１２３４５６７") << false;
        QTest::newRow("service number") << QStringLiteral("400-810-8888") << true;
        QTest::newRow("extension") << QStringLiteral("0335-2021234-801") << true;
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(Validators::phoneProblem(phone).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
