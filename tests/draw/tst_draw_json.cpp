// Reading and writing the draw files (draw-spec.md §1, §6): every bad request is refused before the draw with a
// message naming the offending key or id; unknown keys are ignored; the request hash printed on the pre-draw
// sheet is the SHA-256 of the JCS form of the request without its seed.
#include "DrawEngine.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

QJsonObject vectorObject()
{
    QFile file(QStringLiteral(SHUANGSUI_DOCS_DIR "/draw-vector-1.request.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the vector");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The value at a path of keys and list indices ("items", "0", "code") replaced, or removed if undefined.
QJsonValue changed(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (path.isEmpty())
            array.replace(index, value);
        else
            array.replace(index, changed(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else if (path.isEmpty())
        object.insert(step, value);
    else
        object.insert(step, changed(object.value(step), path, value));
    return object;
}

QByteArray vectorWith(const QString& path, const QJsonValue& value)
{
    return QJsonDocument(changed(vectorObject(), path.split(QLatin1Char('.')), value).toObject()).toJson();
}

QByteArray vectorWith(const QList<QPair<QString, QJsonValue>>& changes)
{
    QJsonValue object = vectorObject();
    for (const auto& [path, value] : changes)
        object = changed(object, path.split(QLatin1Char('.')), value);
    return QJsonDocument(object.toObject()).toJson();
}

QByteArray vectorWithout(const QString& path)
{
    return vectorWith(path, QJsonValue(QJsonValue::Undefined));
}

// A request with one stratum of n ids: credit-code-like ASCII, every seventh a Chinese name, every 101st with a
// character outside the BMP (a surrogate pair), every 13th with an escaped quote.
DrawRequest longRequest(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        if (i % 101 == 3)
            ids.append(QStringLiteral("\U00020000单位%1").arg(i));
        else if (i % 7 == 1)
            ids.append(QStringLiteral("沧州市第%1中学").arg(i));
        else if (i % 13 == 2)
            ids.append(QStringLiteral("ORG\"%1").arg(i));
        else
            ids.append(QStringLiteral("91130922MA%1").arg(i, 8, 10, QLatin1Char('0')));
    }
    DrawRequest request;
    request.plan = QStringLiteral("p");
    request.seed = QStringLiteral("94821993518190937865");
    request.items = {DrawItem {QStringLiteral("JY-01"), {DrawStratum {QStringLiteral("normal"), 100, {}, ids}}}};
    for (int i = 0; i < 6; ++i)
        request.inspectors.append(DrawInspector {QStringLiteral("ZF-%1").arg(i), i % 2 == 0});
    return request;
}

} // namespace

class TestDrawJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        const auto row = [](const char* name, const QByteArray& json, const QStringList& mentions) {
            QTest::newRow(name) << json << mentions;
        };
        // The file
        row("malformed JSON", "{\"spec\": \"shuangsui-draw/1\",\n \"plan\": }", {QStringLiteral("line 2")});
        row("not an object", "[1, 2]", {QStringLiteral("object")});
        row("spec missing", vectorWithout(QStringLiteral("spec")), {QStringLiteral("spec")});
        row("other spec", vectorWith(QStringLiteral("spec"), QStringLiteral("shuangsui-draw/2")),
            {QStringLiteral("shuangsui-draw/2"), QStringLiteral("shuangsui-draw/1")});
        // Missing keys
        for (const char* key : {"plan", "seed", "items", "inspectors", "teams", "teams.size", "teams.minCertified",
                                "teams.backupFactor", "teams.maxTeamsPerInspector", "items.0.code", "items.1.strata",
                                "items.0.strata.1.name", "items.0.strata.0.ids", "inspectors.2.id",
                                "inspectors.2.certified", "exclusions.0.reason", "exclusions.1.entity"}) {
            const QString path = QString::fromLatin1(key);
            QString shown = path;
            shown.replace(QRegularExpression(QStringLiteral("\\.(\\d+)")), QStringLiteral("[\\1]"));
            row(qPrintable(QStringLiteral("missing ") + path), vectorWithout(path), {shown, QStringLiteral("missing")});
        }
        // Wrong types
        row("items not a list", vectorWith(QStringLiteral("items"), QStringLiteral("JY-01")),
            {QStringLiteral("items")});
        row("code a number", vectorWith(QStringLiteral("items.0.code"), 1), {QStringLiteral("items[0].code")});
        row("certified a word", vectorWith(QStringLiteral("inspectors.3.certified"), QStringLiteral("yes")),
            {QStringLiteral("inspectors[3].certified")});
        row("size a string", vectorWith(QStringLiteral("teams.size"), QStringLiteral("2")),
            {QStringLiteral("teams.size")});
        row("size a fraction", vectorWith(QStringLiteral("teams.size"), 2.5), {QStringLiteral("teams.size")});
        row("count a fraction", vectorWith(QStringLiteral("items.1.strata.0.count"), 0.5),
            {QStringLiteral("items[1].strata[0].count")});
        row("id a number", vectorWith(QStringLiteral("items.0.strata.1.ids.2"), 52130322),
            {QStringLiteral("items[0].strata[1].ids[2]")});
        row("teams a list", vectorWith(QStringLiteral("teams"), QJsonArray {2, 1}), {QStringLiteral("teams")});
        row("inspector not an object", vectorWith(QStringLiteral("inspectors.1"), QStringLiteral("ZF-02")),
            {QStringLiteral("inspectors[1]")});
        row("count too large", vectorWith(QStringLiteral("items.1.strata.0.count"), 1e12),
            {QStringLiteral("items[1].strata[0].count")});
        // Duplicates
        row("duplicate entity",
            vectorWith(QStringLiteral("items.0.strata.0.ids.7"), QStringLiteral("12130322MB0A000029")),
            {QStringLiteral("12130322MB0A000029"), QStringLiteral("items[0].strata[0].ids[1]"),
             QStringLiteral("items[0].strata[0].ids[7]")});
        row("duplicate inspector", vectorWith(QStringLiteral("inspectors.5.id"), QStringLiteral("ZF-02")),
            {QStringLiteral("ZF-02"), QStringLiteral("inspectors[1]"), QStringLiteral("inspectors[5]")});
        row("duplicate item", vectorWith(QStringLiteral("items.1.code"), QStringLiteral("JY-01")),
            {QStringLiteral("JY-01"), QStringLiteral("items[1]")});
        row("duplicate stratum", vectorWith(QStringLiteral("items.0.strata.1.name"), QStringLiteral("normal")),
            {QStringLiteral("normal"), QStringLiteral("items[0].strata[1]")});
        // Strings (§1)
        row("id not NFC", vectorWith(QStringLiteral("items.0.strata.0.ids.3"), QStringLiteral("幼儿园A\u030A")),
            {QStringLiteral("items[0].strata[0].ids[3]"), QStringLiteral("NFC")});
        row("seed not NFC", vectorWith(QStringLiteral("seed"), QStringLiteral("9482199351819093786e\u0301")),
            {QStringLiteral("seed"), QStringLiteral("NFC")});
        row("id with leading space",
            vectorWith(QStringLiteral("items.1.strata.0.ids.0"), QStringLiteral(" 12130322MB0A000011")),
            {QStringLiteral("items[1].strata[0].ids[0]"), QStringLiteral("\" 12130322MB0A000011\""),
             QStringLiteral("white space")});
        row("inspector with trailing ideographic space",
            vectorWith(QStringLiteral("inspectors.0.id"), QStringLiteral("ZF-01\u3000")),
            {QStringLiteral("inspectors[0].id"), QStringLiteral("white space")});
        row("id with a control character",
            vectorWith(QStringLiteral("items.0.strata.1.ids.0"), QStringLiteral("5213\u0001")),
            {QStringLiteral("items[0].strata[1].ids[0]"), QStringLiteral("5213\\u0001"), QStringLiteral("U+0001")});
        row("id with a lone surrogate",
            vectorWith(QStringLiteral("items.0.strata.1.ids.0"), QStringLiteral("LONE")).replace("LONE", "ab\\ud800"),
            {QStringLiteral("items[0].strata[1].ids[0]"), QStringLiteral("D800")});
        row("empty id", vectorWith(QStringLiteral("exclusions.0.inspector"), QString()),
            {QStringLiteral("exclusions[0].inspector"), QStringLiteral("empty")});
        row("empty seed", vectorWith(QStringLiteral("seed"), QString()),
            {QStringLiteral("seed"), QStringLiteral("empty")});
        row("seed with a line break", vectorWith(QStringLiteral("seed"), QStringLiteral("94821993518190937865\n")),
            {QStringLiteral("seed")});
        // §1: the seed holds at least 20 decimal digits.
        row("seed of 3 digits", vectorWith(QStringLiteral("seed"), QStringLiteral("123")),
            {QStringLiteral("seed"), QStringLiteral("3 digits"), QStringLiteral("20")});
        row("seed of 19 digits", vectorWith(QStringLiteral("seed"), QStringLiteral("9482199351819093786")),
            {QStringLiteral("seed"), QStringLiteral("19 digits"), QStringLiteral("20")});
        row("seed of letters", vectorWith(QStringLiteral("seed"), QStringLiteral("xyzzy 2026")),
            {QStringLiteral("seed"), QStringLiteral("4 digits")});
        row("seed of full-width digits",
            vectorWith(QStringLiteral("seed"), QStringLiteral("９４８２１９９３５１８１９０９３７８６５")),
            {QStringLiteral("seed"), QStringLiteral("0 digits")});
        row("empty exclusion reason", vectorWith(QStringLiteral("exclusions.1.reason"), QStringLiteral(" ")),
            {QStringLiteral("exclusions[1].reason"), QStringLiteral("ZF-06")});
        // Numbers (§3, §4)
        row("team of one", vectorWith(QStringLiteral("teams.size"), 1), {QStringLiteral("teams.size")});
        row("no certified member", vectorWith(QStringLiteral("teams.minCertified"), 0),
            {QStringLiteral("teams.minCertified")});
        row("more certified than seats", vectorWith(QStringLiteral("teams.minCertified"), 3),
            {QStringLiteral("teams.minCertified"), QStringLiteral("teams.size")});
        row("backup factor 0", vectorWith(QStringLiteral("teams.backupFactor"), 0),
            {QStringLiteral("teams.backupFactor")});
        // §4: f is 2 by the policy (twice the number needed); fewer backups than that is not a valid request.
        row("backup factor 1", vectorWith(QStringLiteral("teams.backupFactor"), 1),
            {QStringLiteral("teams.backupFactor"), QStringLiteral("at least 2")});
        row("negative limit", vectorWith(QStringLiteral("teams.maxTeamsPerInspector"), -1),
            {QStringLiteral("teams.maxTeamsPerInspector"), QStringLiteral("-1")});
        row("negative count", vectorWith(QStringLiteral("items.1.strata.0.count"), -3),
            {QStringLiteral("items[1].strata[0].count"), QStringLiteral("-3")});
        row("negative ratio", vectorWith(QStringLiteral("items.0.strata.0.ratioBp"), -500),
            {QStringLiteral("items[0].strata[0].ratioBp"), QStringLiteral("-500")});
        row("ratio above 100 %", vectorWith(QStringLiteral("items.0.strata.0.ratioBp"), 10001),
            {QStringLiteral("items[0].strata[0].ratioBp"), QStringLiteral("10001")});
        row("ratio and count", vectorWith(QStringLiteral("items.0.strata.1.count"), 1),
            {QStringLiteral("items[0].strata[1]"), QStringLiteral("ratioBp"), QStringLiteral("count")});
        row("neither ratio nor count", vectorWithout(QStringLiteral("items.1.strata.0.count")),
            {QStringLiteral("items[1].strata[0]"), QStringLiteral("ratioBp"), QStringLiteral("count")});
    }
    void badRequests()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        QString error;
        QVERIFY(!DrawJson::readRequest(json, &error));
        QVERIFY(!error.isEmpty());
        for (const QString& mention : mentions)
            QVERIFY2(error.contains(mention), qPrintable(error + QStringLiteral("  (wanted: ") + mention + u')'));
    }

    void goodRequests_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("the vector") << vectorWith(QStringLiteral("plan"), QStringLiteral("昌教抽查〔2026〕1号"));
        // §1 asks for at least 20 decimal digits; other characters may come with them.
        QTest::newRow("seed of exactly 20 digits")
            << vectorWith(QStringLiteral("seed"), QStringLiteral("00000000000000000000"));
        QTest::newRow("seed with a label")
            << vectorWith(QStringLiteral("seed"), QStringLiteral("种子-94821993518190937865"));
        QTest::newRow("long seed") << vectorWith(QStringLiteral("seed"), QString(200, QLatin1Char('7')));
        // The spec sets no upper limit on f and no lower limit on ratioBp (k is at least 1 of a non-empty pool).
        QTest::newRow("backup factor 3") << vectorWith(QStringLiteral("teams.backupFactor"), 3);
        QTest::newRow("ratio 0") << vectorWith(QStringLiteral("items.0.strata.0.ratioBp"), 0);
        QTest::newRow("unknown keys") << vectorWith(QStringLiteral("teams.colour"), QStringLiteral("red"));
        QTest::newRow("unknown top key") << vectorWith(QStringLiteral("witnesses"),
                                                       QJsonArray {QStringLiteral("张三")});
        QTest::newRow("no exclusions") << vectorWithout(QStringLiteral("exclusions"));
        QTest::newRow("Chinese ids") << vectorWith(QStringLiteral("items.0.strata.0.ids.0"),
                                                   QStringLiteral("长乐县第一中学"));
        QTest::newRow("count beyond the pool") << vectorWith(
            {{QStringLiteral("items.1.strata.0.count"), 100}, {QStringLiteral("teams.maxTeamsPerInspector"), 0}});
        QTest::newRow("empty stratum") << vectorWith(QStringLiteral("items.0.strata.1.ids"), QJsonArray());
    }
    void goodRequests()
    {
        QFETCH(QByteArray, json);
        QString error;
        const std::optional<DrawRequest> request = DrawJson::readRequest(json, &error);
        QVERIFY2(request, qPrintable(error));
        QVERIFY2(DrawEngine::draw(*request, &error), qPrintable(error));
    }

    void frozenRequest()
    {
        QString error;
        std::optional<DrawRequest> frozen
            = DrawJson::readRequest(vectorWithout(QStringLiteral("seed")), &error, DrawJson::Seed::Absent);
        QVERIFY2(frozen, qPrintable(error));
        QVERIFY(frozen->seed.isEmpty());
        QVERIFY(!DrawJson::write(*frozen).contains("\"seed\""));
        // A frozen request has no seed yet; a request to draw must have one.
        QVERIFY(!DrawJson::readRequest(vectorWith(QStringLiteral("seed"), QStringLiteral("1")), &error,
                                       DrawJson::Seed::Absent));
        QVERIFY(error.contains(QStringLiteral("seed")));
        QVERIFY(!DrawJson::readRequest(vectorWithout(QStringLiteral("seed")), &error));
        QVERIFY(!DrawEngine::draw(*frozen, &error));
        QVERIFY(error.contains(QStringLiteral("seed")));
    }

    // The hash on the pre-draw sheet: the JCS form of the request without its seed.
    void requestHash()
    {
        QString error;
        const std::optional<DrawRequest> request
            = DrawJson::readRequest(vectorWith(QStringLiteral("plan"), QStringLiteral("昌教抽查〔2026〕1号")), &error);
        QVERIFY2(request, qPrintable(error));
        // Python: json.dumps(request minus seed, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        QVERIFY(DrawJson::canonicalFrozenRequest(*request).startsWith(
            "{\"exclusions\":[{\"entity\":\"52130322MJ0B000017\",\"inspector\":\"ZF-03\",\"reason\":\"conflict\"},"));
        QCOMPARE(DrawJson::frozenRequestHash(*request),
                 QStringLiteral("4e99f3483e1c6cbe24ce0a524124e537e05a6adcf52cb1e1071f0ebbfbda5290"));

        // Independent of the seed, of unknown keys and of the file's layout …
        DrawRequest other = *request;
        other.seed = QStringLiteral("1234567890123456789012");
        QCOMPARE(DrawJson::frozenRequestHash(other), DrawJson::frozenRequestHash(*request));
        const std::optional<DrawRequest> reread = DrawJson::readRequest(
            QJsonDocument::fromJson(vectorWith(QStringLiteral("extra"), 1)).toJson(QJsonDocument::Compact), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(DrawJson::frozenRequestHash(*reread), DrawJson::frozenRequestHash(*request));
        // … but not of anything the draw depends on.
        other = *request;
        other.inspectors[4].certified = true;
        QVERIFY(DrawJson::frozenRequestHash(other) != DrawJson::frozenRequestHash(*request));
        other = *request;
        other.items[0].strata[0].ids.swapItemsAt(0, 1);
        QVERIFY(DrawJson::frozenRequestHash(other) != DrawJson::frozenRequestHash(*request));
        other = *request;
        other.exclusions[0].reason = QStringLiteral("\"quoted\"\n");
        QVERIFY(DrawJson::canonicalFrozenRequest(other).contains("\"reason\":\"\\\"quoted\\\"\\n\""));
    }

    void badResultsAndRecords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no request") << QByteArray("{\"result\": {}}") << QStringLiteral("request");
        QTest::newRow("result without spec")
            << QByteArray("{\"request\": " + vectorWith(QStringLiteral("plan"), QStringLiteral("p"))
                          + ", \"result\": {\"items\": [], \"teams\": []}}")
            << QStringLiteral("result.spec");
        QTest::newRow("team without members")
            << QByteArray("{\"request\": " + vectorWith(QStringLiteral("plan"), QStringLiteral("p"))
                          + ", \"result\": {\"spec\": \"shuangsui-draw/1\", \"items\": [], \"teams\": [{\"entity\": "
                            "\"x\", \"items\": [], \"backups\": []}]}}")
            << QStringLiteral("result.teams[0].members");
        QTest::newRow("substitution without in")
            << QByteArray("{\"request\": " + vectorWith(QStringLiteral("plan"), QStringLiteral("p"))
                          + ", \"result\": {\"spec\": \"shuangsui-draw/1\", \"items\": [], \"teams\": []},\n           "
                            "                    \"substitutions\": [{\"entity\": \"x\", \"out\": \"ZF-01\", "
                            "\"reason\": \"ill\", \"at\": \"2026-03-02\"}]}")
            << QStringLiteral("substitutions[0].in");
        QTest::newRow("bad request inside")
            << QByteArray("{\"request\": " + vectorWith(QStringLiteral("teams.size"), 1)
                          + ", \"result\": {\"spec\": \"shuangsui-draw/1\", \"items\": [], \"teams\": []},"
                            " \"substitutions\": [], \"voided\": []}")
            << QStringLiteral("teams.size");
        QTest::newRow("short seed inside")
            << QByteArray("{\"request\": " + vectorWith(QStringLiteral("seed"), QStringLiteral("123"))
                          + ", \"result\": {\"spec\": \"shuangsui-draw/1\", \"items\": [], \"teams\": []},"
                            " \"substitutions\": [], \"voided\": []}")
            << QStringLiteral("20");
        // §6: the published record has all four keys; every substitution and void keeps its reason (§5).
        const QByteArray head = "{\"request\": " + vectorWith(QStringLiteral("plan"), QStringLiteral("p"))
            + ", \"result\": {\"spec\": \"shuangsui-draw/1\", \"items\": [], \"teams\": []}";
        QTest::newRow("no substitutions") << QByteArray(head + ", \"voided\": []}") << QStringLiteral("substitutions");
        QTest::newRow("no voided") << QByteArray(head + ", \"substitutions\": []}") << QStringLiteral("voided");
        QTest::newRow("substitution without a reason")
            << QByteArray(head
                          + ", \"substitutions\": [{\"entity\": \"x\", \"out\": \"ZF-01\", \"in\": \"ZF-03\", "
                            "\"reason\": \"\", \"at\": \"2026-03-02T09:00:00+08:00\"}], \"voided\": []}")
            << QStringLiteral("substitutions[0].reason");
        QTest::newRow("void with a blank reason")
            << QByteArray(head
                          + ", \"substitutions\": [], \"voided\": [{\"seed\": \"11111111112222222222\", "
                            "\"at\": \"2026-03-02T09:00:00+08:00\", \"reason\": \" \"}]}")
            << QStringLiteral("voided[0].reason");
    }
    void badResultsAndRecords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!DrawJson::readRecord(json, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    // The record as the program writes it, with empty lists, reads back; so does one with a substitution and a void.
    void goodRecords()
    {
        QString error;
        const std::optional<DrawRequest> request
            = DrawJson::readRequest(vectorWith(QStringLiteral("plan"), QStringLiteral("p")), &error);
        QVERIFY2(request, qPrintable(error));
        const std::optional<DrawResult> result = DrawEngine::draw(*request, &error);
        QVERIFY2(result, qPrintable(error));
        DrawRecord record {*request, *result, {}, {}};
        const QByteArray empty = DrawJson::write(record);
        QVERIFY(empty.contains("\"substitutions\": []") && empty.contains("\"voided\": []"));
        QVERIFY2(DrawJson::readRecord(empty, &error), qPrintable(error));
        record.voided.append({QStringLiteral("11111111112222222222"), QStringLiteral("2026-03-02T09:00:00+08:00"),
                              QStringLiteral("停电")});
        QVERIFY(DrawEngine::substitute(record, QStringLiteral("12130322MB0A000061"), QStringLiteral("ZF-01"),
                                       QStringLiteral("病假"), QDateTime::currentDateTime(), &error));
        const std::optional<DrawRecord> reread = DrawJson::readRecord(DrawJson::write(record), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->substitutions.first().reason, QStringLiteral("病假"));
        QCOMPARE(reread->voided.first().reason, QStringLiteral("停电"));
        QVERIFY2(DrawEngine::verify(*reread, &error), qPrintable(error));
    }

    // The ids of a long list are read into shared blocks (DrawRequest.cpp, IdBlocks): each is still an ordinary
    // QString — the same text as read the general way, ending in a 0, changed without changing its neighbours, and
    // still there when the request that read it is gone.
    void idsOfALongListAreOrdinaryStrings()
    {
        const DrawRequest written = longRequest(5000);
        const QStringList& expected = written.items[0].strata[0].ids;
        const QByteArray json = DrawJson::write(written);
        QString error;
        std::optional<DrawRequest> request = DrawJson::readRequest(json, &error);
        QVERIFY2(request, qPrintable(error));
        const std::optional<DrawRequest> general = DrawJson::readRequestGeneral(json, &error);
        QVERIFY2(general, qPrintable(error));
        QStringList& ids = request->items[0].strata[0].ids;
        QCOMPARE(ids, expected);
        QCOMPARE(ids, general->items[0].strata[0].ids);
        for (const QString& id : std::as_const(ids))
            QCOMPARE(id.utf16()[id.size()], u'\0');

        const QString kept = ids[101 * 7 + 3]; // outside the BMP
        QString copy = ids[1];
        copy.append(QStringLiteral("-copy"));
        ids[2].append(QLatin1Char('x'));
        ids[3].prepend(QLatin1Char('y'));
        ids[4].replace(0, 1, QStringLiteral("Z"));
        ids[5].clear();
        QCOMPARE(ids[1], expected[1]);
        QCOMPARE(copy, expected[1] + QStringLiteral("-copy"));
        QCOMPARE(ids[2], expected[2] + QLatin1Char('x'));
        QCOMPARE(ids[3], QLatin1Char('y') + expected[3]);
        QCOMPARE(ids[4], QLatin1Char('Z') + expected[4].mid(1));
        QVERIFY(ids[5].isEmpty());
        QCOMPARE(ids[6], expected[6]);
        QCOMPARE(ids.mid(7), expected.mid(7));

        request.reset();
        QCOMPARE(kept, expected[101 * 7 + 3]);
        QString last = kept; // the only id left in its block: changed in place
        last.append(QStringLiteral("-last"));
        QCOMPARE(last, expected[101 * 7 + 3] + QStringLiteral("-last"));
        QCOMPARE(kept, expected[101 * 7 + 3]);
    }

    // A repeated id in a long list (sorted by buckets) is found and named by both places, first repeat first, by the
    // reader and by the draw alike; parseRequest leaves the rules to the draw.
    void repeatInALongList()
    {
        DrawRequest request = longRequest(5000);
        QStringList& ids = request.items[0].strata[0].ids;
        ids[4321] = ids[1234];
        ids[4500] = ids[2000];
        const QByteArray json = DrawJson::write(request);
        QString readError;
        QVERIFY(!DrawJson::readRequest(json, &readError));
        QVERIFY2(readError.contains(QStringLiteral("items[0].strata[0].ids[1234]"))
                     && readError.contains(QStringLiteral("items[0].strata[0].ids[4321]")),
                 qPrintable(readError));
        QString error;
        QVERIFY(!DrawJson::readRequestGeneral(json, &error));
        QCOMPARE(error, readError);
        const std::optional<DrawRequest> parsed = DrawJson::parseRequest(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(!DrawEngine::draw(*parsed, &error));
        QCOMPARE(error, readError);

        ids[4321] = QStringLiteral("91130922MA99999999");
        ids[4500] = QStringLiteral("91130922MA99999998");
        QVERIFY2(DrawJson::readRequest(DrawJson::write(request), &error), qPrintable(error));
    }

    // A result written to a device piece by piece (1 MiB at a time) is the same bytes as written whole; a device that
    // refuses them is reported.
    void resultWrittenToADevice()
    {
        DrawResult result;
        result.items = {DrawItemResult {
            QStringLiteral("JY-01"),
            {DrawStratumResult {QStringLiteral("normal"), longRequest(100000).items[0].strata[0].ids}}}};
        result.teams = {DrawTeam {QStringLiteral("沧州市第1中学"),
                                  {QStringLiteral("JY-01")},
                                  {QStringLiteral("ZF-1"), QStringLiteral("ZF-2")},
                                  {QStringLiteral("ZF-\"3")}}};
        const QByteArray whole = DrawJson::write(result);
        QVERIFY(whole.size() > 2 * 1024 * 1024);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(DrawJson::write(result, &buffer));
        QCOMPARE(buffer.data(), whole);
        QBuffer closed;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        QVERIFY(!DrawJson::write(result, &closed));
    }

    // One rule for every seed: the GUI's seed parts, a request and a record all ask DrawJson::seedProblem.
    void seedRule_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("the vector's seed") << QStringLiteral("94821993518190937865") << true;
        QTest::newRow("19 digits") << QStringLiteral("9482199351819093786") << false;
        QTest::newRow("20 digits among letters") << QStringLiteral("A1234567890B1234567890") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("20 digits, trailing space") << QStringLiteral("94821993518190937865 ") << false;
    }
    void seedRule()
    {
        QFETCH(QString, seed);
        QFETCH(bool, valid);
        QCOMPARE(DrawJson::seedProblem(seed).isEmpty(), valid);
        DrawRequest request = *DrawJson::readRequest(vectorWith(QStringLiteral("plan"), QStringLiteral("p")), nullptr);
        request.seed = seed;
        QCOMPARE(DrawJson::requestProblem(request).isEmpty(), valid);
        QString error;
        QCOMPARE(DrawEngine::draw(request, &error).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestDrawJson)
#include "tst_draw_json.moc"
