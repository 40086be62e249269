#include "Entity.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray stringJson(const QString& text)
    {
        JsonWriter w;
        w.string(text);
        return w.take();
    }

private Q_SLOTS:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("readBack"); // what Qt's parser reads from json
        const auto row = [](const char* name, const QString& text, const QByteArray& json) {
            QTest::newRow(name) << text << json << text;
        };
        row("empty", QString(), QByteArray("\"\""));
        row("ascii", QStringLiteral("DX000001"), QByteArray("\"DX000001\""));
        row("quote and backslash", QStringLiteral("a\"b\\c"), QByteArray("\"a\\\"b\\\\c\""));
        row("short escapes", QStringLiteral("\b\f\n\r\t"), QByteArray("\"\\b\\f\\n\\r\\t\""));
        row("other control characters", QString(QChar(0x01)) + QChar(0x1F), QByteArray("\"\\u0001\\u001f\""));
        row("delete is not escaped", QString(QChar(0x7F)), QByteArray("\"\x7F\""));
        row("two-byte", QStringLiteral("é"), QByteArray("\"\xC3\xA9\""));
        row("chinese", QStringLiteral("昌黎县"), QStringLiteral("\"昌黎县\"").toUtf8());
        row("surrogate pairs", QStringLiteral("𠀀😀"), QByteArray("\"\xF0\xA0\x80\x80\xF0\x9F\x98\x80\""));
        QTest::newRow("lone high surrogate")
            << QString(QChar(0xD800)) + QLatin1Char('x') << QByteArray("\"\xEF\xBF\xBDx\"")
            << QString(QChar::ReplacementCharacter) + QLatin1Char('x');
        QTest::newRow("lone low surrogate at the end")
            << QLatin1String("x") + QChar(0xDC00) << QByteArray("\"x\xEF\xBF\xBD\"")
            << QLatin1String("x") + QChar(QChar::ReplacementCharacter);
    }
    void strings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        QFETCH(QString, readBack);
        QCOMPARE(stringJson(text), json);
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().at(0).toString(), readBack);
    }

    void objectsAndArrays()
    {
        JsonWriter w;
        w.beginObject();
        w.key(QLatin1StringView("a"));
        w.integer(-42);
        w.key(QLatin1StringView("b"));
        w.boolean(true);
        w.key(QLatin1StringView("c"));
        w.boolean(false);
        w.key(QLatin1StringView("d"));
        w.null();
        w.key(QLatin1StringView("e"));
        w.stringArray({QStringLiteral("x"), QStringLiteral("y")});
        w.key(QLatin1StringView("f"));
        w.stringArray({});
        w.key(QLatin1StringView("g"));
        w.beginObject();
        w.key(QLatin1StringView("h1"));
        w.integer(9007199254740993);
        w.endObject();
        w.endObject();
        QCOMPARE(w.take(),
                 QByteArray("{\"a\":-42,\"b\":true,\"c\":false,\"d\":null,\"e\":[\"x\",\"y\"],\"f\":[],\"g\":{\"h1\":"
                            "9007199254740993}}"));
        // The writer starts afresh after take().
        w.beginArray();
        w.integer(1);
        w.integer(2);
        w.endArray();
        QCOMPARE(w.take(), QByteArray("[1,2]"));
    }

    void longTextGrowsTheBuffer()
    {
        const QString text = QString(5000, QChar(0x4E2D)) + QString(5000, QChar(0x01));
        const QByteArray json = stringJson(text);
        QCOMPARE(json.size(), 2 + 5000 * 3 + 5000 * 6);
        QCOMPARE(QJsonDocument::fromJson("[" + json + "]").array().at(0).toString(), text);
    }

    void entityJson()
    {
        Entity e;
        e.code = QStringLiteral("DX000007");
        e.creditCode = QStringLiteral("12100000400000624D");
        e.name = QStringLiteral("昌黎县\"第一\"中学");
        e.category = QStringLiteral("senior");
        e.ownership = QStringLiteral("public");
        e.townshipName = QStringLiteral("昌黎镇");
        e.address = QStringLiteral("民生路1号\n东院");
        e.principal = QStringLiteral("张校长");
        e.phone = QStringLiteral("0335-2021234");
        e.status = QStringLiteral("normal");
        e.riskClass = QStringLiteral("C");
        e.blacklisted = true;
        e.blacklistReason = QStringLiteral("拒绝检查");
        e.blacklistFrom = QDate(2026, 3, 1);
        e.tags = {QStringLiteral("寄宿"), QStringLiteral("农村")};
        const QByteArray expected
            = QStringLiteral(
                  "{\"code\":\"DX000007\",\"creditCode\":\"12100000400000624D\",\"name\":\"昌黎县\\\"第一\\\"中学\","
                  "\"category\":\"senior\","
                  "\"ownership\":\"public\",\"township\":\"昌黎镇\",\"address\":\"民生路1号\\n东院\",\"principal\":"
                  "\"张校长\","
                  "\"phone\":\"0335-2021234\",\"status\":\"normal\",\"riskClass\":\"C\",\"blacklisted\":true,"
                  "\"blacklistReason\":\"拒绝检查\",\"blacklistFrom\":\"2026-03-01\",\"blacklistTo\":\"\",\"tags\":["
                  "\"寄宿\",\"农村\"]}")
                  .toUtf8();
        QCOMPARE(e.toJsonText(), expected);

        const QJsonObject json = e.toJson();
        QCOMPARE(json.keys().size(), Entity::fields().size());
        for (const QString& field : Entity::fields())
            QVERIFY2(json.contains(field), qPrintable(field));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), e.name);
        QCOMPARE(json.value(QStringLiteral("blacklisted")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("tags")).toArray().size(), 2);

        // Equal records give equal bytes; any change gives different ones.
        Entity copy = e;
        QCOMPARE(copy.toJsonText(), e.toJsonText());
        copy.blacklistTo = QDate(2026, 9, 1);
        QVERIFY(copy.toJsonText() != e.toJsonText());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
