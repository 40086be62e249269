#include "Vocabulary.h"

#include <QTest>

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("Chinese") << QStringLiteral("幼儿园") << QStringLiteral("kindergarten");
        QTest::newRow("alias") << QStringLiteral("校外培训机构") << QStringLiteral("training");
        QTest::newRow("key") << QStringLiteral("junior") << QStringLiteral("junior");
        QTest::newRow("English, other case and spaces")
            << QStringLiteral(" junior MIDDLE  school") << QStringLiteral("junior");
        QTest::newRow("ideographic space inside") << QStringLiteral("初\u3000中") << QStringLiteral("junior");
        QTest::newRow("full-width letters") << QStringLiteral("ｊｕｎｉｏｒ") << QStringLiteral("junior");
        QTest::newRow("职业高中") << QStringLiteral("职业高中") << QStringLiteral("vocational");
        QTest::newRow("民办幼儿园") << QStringLiteral("民办幼儿园") << QStringLiteral("kindergarten");
        QTest::newRow("十二年一贯制学校") << QStringLiteral("十二年一贯制学校") << QStringLiteral("complete_middle");
        QTest::newRow("unknown") << QStringLiteral("大学") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << QStringLiteral(" \u3000") << QString();
    }
    void keyFor()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(Vocabulary::categories().keyFor(text), key);
    }

    void ownershipWords()
    {
        QCOMPARE(Vocabulary::ownerships().keyFor(QStringLiteral("民办学校")), QStringLiteral("private"));
        QCOMPARE(Vocabulary::ownerships().keyFor(QStringLiteral("公办学校")), QStringLiteral("public"));
        QCOMPARE(Vocabulary::ownerships().keyFor(QStringLiteral("私立")), QStringLiteral("private"));
        QCOMPARE(Vocabulary::ownerships().keyFor(QStringLiteral("学校")), QString());
    }

    void riskClassWords()
    {
        QCOMPARE(Vocabulary::riskClasses().keyFor(QStringLiteral("a")), QStringLiteral("A"));
        QCOMPARE(Vocabulary::riskClasses().keyFor(QStringLiteral("Ｃ类")), QStringLiteral("C"));
        QCOMPARE(Vocabulary::riskClasses().keyFor(QStringLiteral("D 高风险")), QStringLiteral("D"));
    }

    void firstTermWinsWhenSpellingsClash()
    {
        // Two terms claim the same word: the earlier one gets it, as when the terms were searched in order.
        const Vocabulary v(
            {{QStringLiteral("on_duty"), QStringLiteral("在岗"), QStringLiteral("On duty"), {QStringLiteral("正常")}},
             {QStringLiteral("normal"), QStringLiteral("正常"), QStringLiteral("Normal"), {}}});
        QCOMPARE(v.keyFor(QStringLiteral("正常")), QStringLiteral("on_duty"));
        QCOMPARE(v.keyFor(QStringLiteral("normal")), QStringLiteral("normal"));
        QCOMPARE(v.keyFor(QStringLiteral("ON DUTY")), QStringLiteral("on_duty"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
