// The draw's files byte for byte on a generated request of 20,000 entities (issue 16: the draw was made faster, its
// output must not change). The expected SHA-256 of each file was computed by the code before that work (commit
// 5138700); the result is also compared with the plain second implementation (tests/support/DrawReference.h), and the
// fast request reader with reading through QJsonDocument (DrawJson::requestFromJson), the path it replaced.
#include "DrawCommands.h"
#include "DrawEngine.h"
#include "DrawReference.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

namespace {

// A plain linear congruential generator: the request must be the same on every platform and Qt version.
class Numbers
{
public:
    explicit Numbers(quint64 seed)
        : m_state(seed)
    { }
    quint32 below(quint32 n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32((m_state >> 33) % n);
    }

private:
    quint64 m_state;
};

// Entity number i: mostly credit-code-like ASCII, some Chinese names, some with a quote and a backslash (escaped in
// JSON), some with a character outside the BMP (a surrogate pair, 4 bytes of UTF-8).
QString entityId(int i)
{
    if (i % 97 == 5)
        return QStringLiteral("沧州市第%1中学").arg(i);
    if (i % 1001 == 7)
        return QStringLiteral("ORG\"%1\\x").arg(i);
    if (i % 503 == 11)
        return QStringLiteral("\U00020000-%1").arg(i);
    return QStringLiteral("91130922MA%1").arg(i, 8, 10, QLatin1Char('0'));
}

QStringList entityIds(int from, int to)
{
    QStringList ids;
    for (int i = from; i < to; ++i)
        ids.append(entityId(i));
    return ids;
}

DrawRequest generatedRequest()
{
    DrawRequest request;
    request.plan = QStringLiteral("昌教抽查〔2026〕20000号");
    request.seed = QStringLiteral("58203919472610385529|第一轮");
    request.items.append(DrawItem {QStringLiteral("JY-01"),
                                   {DrawStratum {QStringLiteral("normal"), 300, {}, entityIds(0, 12000)},
                                    DrawStratum {QStringLiteral("blacklist"), {}, 50, entityIds(12000, 12500)}}});
    request.items.append(DrawItem {QStringLiteral("JY-02"),
                                   {DrawStratum {QStringLiteral("normal"), 500, {}, entityIds(6000, 18000)},
                                    DrawStratum {QStringLiteral("empty"), {}, 5, {}}}});
    request.items.append(
        DrawItem {QStringLiteral("WS-重点"), {DrawStratum {QStringLiteral("重点"), 800, {}, entityIds(15000, 20000)}}});
    for (int i = 0; i < 60; ++i)
        request.inspectors.append(DrawInspector {i == 17 ? QStringLiteral("执法-张三")
                                                         : QStringLiteral("ZF-%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                                                 i % 2 == 0});
    request.teams = DrawTeamRules {3, 1, 3, 75};
    Numbers numbers(20261207);
    for (int i = 0; i < 2000; ++i)
        request.exclusions.append(DrawExclusion {request.inspectors[int(numbers.below(60))].id,
                                                 entityId(int(numbers.below(20000))),
                                                 QStringLiteral("回避：亲属关系 \"%1\"").arg(i)});
    request.exclusions.append(DrawExclusion {QStringLiteral("ZF-9999"), entityId(3), QStringLiteral("not listed")});
    return request;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sameRequest(const DrawRequest& a, const DrawRequest& b)
{
    if (a.plan != b.plan || a.seed != b.seed || a.items.size() != b.items.size()
        || a.inspectors.size() != b.inspectors.size() || a.exclusions.size() != b.exclusions.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (a.items[i].code != b.items[i].code || a.items[i].strata.size() != b.items[i].strata.size())
            return false;
        for (qsizetype s = 0; s < a.items[i].strata.size(); ++s) {
            const DrawStratum& x = a.items[i].strata[s];
            const DrawStratum& y = b.items[i].strata[s];
            if (x.name != y.name || x.ratioBp != y.ratioBp || x.count != y.count || x.ids != y.ids)
                return false;
        }
    }
    for (qsizetype i = 0; i < a.inspectors.size(); ++i) {
        if (a.inspectors[i].id != b.inspectors[i].id || a.inspectors[i].certified != b.inspectors[i].certified)
            return false;
    }
    for (qsizetype i = 0; i < a.exclusions.size(); ++i) {
        const DrawExclusion& x = a.exclusions[i];
        const DrawExclusion& y = b.exclusions[i];
        if (x.inspector != y.inspector || x.entity != y.entity || x.reason != y.reason)
            return false;
    }
    return a.teams.size == b.teams.size && a.teams.minCertified == b.teams.minCertified
        && a.teams.backupFactor == b.teams.backupFactor && a.teams.maxTeamsPerInspector == b.teams.maxTeamsPerInspector;
}

bool sameResult(const DrawResult& a, const DrawResult& b)
{
    if (a.items.size() != b.items.size() || a.teams.size() != b.teams.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (a.items[i].code != b.items[i].code || a.items[i].strata.size() != b.items[i].strata.size())
            return false;
        for (qsizetype s = 0; s < a.items[i].strata.size(); ++s) {
            if (a.items[i].strata[s].name != b.items[i].strata[s].name
                || a.items[i].strata[s].selected != b.items[i].strata[s].selected)
                return false;
        }
    }
    for (qsizetype t = 0; t < a.teams.size(); ++t) {
        const DrawTeam& x = a.teams[t];
        const DrawTeam& y = b.teams[t];
        if (x.entity != y.entity || x.items != y.items || x.members != y.members || x.backups != y.backups)
            return false;
    }
    return true;
}

// Computed by commit 5138700 (before the draw was made faster).
constexpr auto requestSha256 = "b3a8baded5bb82419e775472b0aa5cffa9efc467f6e2672b35bed73a2ff34c97";
constexpr auto resultSha256 = "e8338364510941289d656021896ff6c7bc021a0c803ab9b66121e73f39bf1229";
constexpr auto recordSha256 = "df34c6407525a38a62f8e1dfc3747091cd55082f0e0ae2c625b0f78af77536d3";

} // namespace

class TestDrawRecordBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_request = generatedRequest();
        m_requestBytes = DrawJson::write(m_request);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("request.json")), m_requestBytes));
    }

    void requestFileAsBefore() { QCOMPARE(sha256(m_requestBytes), QString::fromLatin1(requestSha256)); }

    // The request file read by the command's reader gives what reading through QJsonDocument gives.
    void requestReadAsThroughQJsonDocument()
    {
        QString error;
        const std::optional<DrawRequest> fast = DrawJson::readRequest(m_requestBytes, &error);
        QVERIFY2(fast, qPrintable(error));
        const std::optional<DrawRequest> plain
            = DrawJson::requestFromJson(QJsonDocument::fromJson(m_requestBytes).object(), &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY(sameRequest(*fast, *plain));
        QVERIFY(sameRequest(*fast, m_request));
        QCOMPARE(DrawJson::write(*fast), m_requestBytes);
    }

    // Requests written by hand or by other programs: whatever the direct reader makes of them (or leaves to
    // QJsonDocument), readRequest gives what reading through QJsonDocument gives — the same request or message.
    void requestVariantsReadAsThroughQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        DrawRequest small = generatedRequest();
        small.items = {DrawItem {QStringLiteral("JY-01"),
                                 {DrawStratum {QStringLiteral("normal"), 300, {}, entityIds(0, 120)},
                                  DrawStratum {QStringLiteral("black"), {}, 2, entityIds(120, 130)}}}};
        small.exclusions = small.exclusions.mid(0, 3);
        const QByteArray base = DrawJson::write(small);
        const auto replaced = [&base](const char* from, const char* to) {
            QByteArray json = base;
            const qsizetype at = json.indexOf(from);
            if (at < 0)
                qFatal("no %s in the request", from);
            return json.replace(at, qsizetype(qstrlen(from)), to);
        };
        QTest::newRow("as written") << base;
        QTest::newRow("compact, keys sorted") << QJsonDocument::fromJson(base).toJson(QJsonDocument::Compact);
        QTest::newRow("unknown keys") << replaced("\"plan\"",
                                                  "\"note\": {\"a\": [1, 2.5, -3e2, true, null, \"x\\u00e9\", "
                                                  "{\"b\": []}]}, \"plan\"");
        QTest::newRow("escapes") << replaced("\"91130922MA00000001\"", "\"91130922MA\\/0000\\\"0001\"");
        QTest::newRow("\\u escape") << replaced("\"91130922MA00000001\"", "\"\\u0041\\u00e9\\ud840\\udc00\"");
        QTest::newRow("lone surrogate escape") << replaced("\"91130922MA00000001\"", "\"\\ud800x\"");
        QTest::newRow("unknown escape") << replaced("\"91130922MA00000001\"", "\"\\x41\"");
        QTest::newRow("repeated key") << replaced("\"plan\"", "\"plan\": \"first\", \"plan\"");
        QTest::newRow("repeated id") << replaced("\"91130922MA00000002\"", "\"91130922MA00000001\"");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + base;
        QTest::newRow("garbage after") << base + "x";
        QTest::newRow("white space after") << base + " \r\n\t ";
        QTest::newRow("count 2.0") << replaced("\"count\": 2", "\"count\": 2.0");
        QTest::newRow("count 2e0") << replaced("\"count\": 2", "\"count\": 2e0");
        QTest::newRow("count 02") << replaced("\"count\": 2", "\"count\": 02");
        QTest::newRow("count -0") << replaced("\"count\": 2", "\"count\": -0");
        QTest::newRow("count too large") << replaced("\"count\": 2", "\"count\": 12345678901");
        QTest::newRow("count as text") << replaced("\"count\": 2", "\"count\": \"2\"");
        QTest::newRow("both ratio and count") << replaced("\"count\": 2", "\"count\": 2, \"ratioBp\": 5");
        QTest::newRow("no teams") << replaced("\"teams\"", "\"teamz\"");
        QTest::newRow("no exclusions") << replaced("\"exclusions\"", "\"exclusionz\"");
        QTest::newRow("id a number") << replaced("\"91130922MA00000001\"", "91130922");
        QTest::newRow("certified as text") << replaced("\"certified\": true", "\"certified\": \"yes\"");
        QTest::newRow("noncharacter") << replaced("\"91130922MA00000001\"", "\"A\xEF\xBF\xBF\"");
        QTest::newRow("invalid UTF-8") << replaced("\"91130922MA00000001\"", "\"A\xFF\"");
        QTest::newRow("overlong UTF-8") << replaced("\"91130922MA00000001\"", "\"A\xC0\xAF\"");
        QTest::newRow("raw tab in a string") << replaced("\"91130922MA00000001\"", "\"A\tB\"");
        QTest::newRow("control character") << replaced("\"91130922MA00000001\"", "\"A\\nB\"");
        QTest::newRow("deep unknown value") << replaced(
            "\"plan\"",
            QByteArray("\"deep\": " + QByteArray(40, '[') + QByteArray(40, ']') + ", \"plan\"").constData());
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("cut short") << base.left(base.size() / 2);
        QTest::newRow("empty file") << QByteArray();
    }

    void requestVariantsReadAsThroughQJsonDocument()
    {
        QFETCH(QByteArray, json);
        for (const DrawJson::Seed seed : {DrawJson::Seed::Required, DrawJson::Seed::Absent}) {
            QString expectedError;
            std::optional<DrawRequest> expected;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
            const bool parsed = parseError.error == QJsonParseError::NoError && document.isObject();
            if (parsed)
                expected = DrawJson::requestFromJson(document.object(), &expectedError, seed);
            QString error;
            const std::optional<DrawRequest> read = DrawJson::readRequest(json, &error, seed);
            QCOMPARE(bool(read), bool(expected));
            if (read)
                QVERIFY(sameRequest(*read, *expected));
            else if (parsed)
                QCOMPARE(error, expectedError);
            else
                QVERIFY(!error.isEmpty());
        }
    }

    // `shuangsui-cli draw` writes the same result file as before, and the plain implementation agrees with it.
    void drawCommandWritesTheSameBytes()
    {
        const QString resultPath = m_dir.filePath(QStringLiteral("result.json"));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(runDrawCommand({m_dir.filePath(QStringLiteral("request.json")), QStringLiteral("-o"), resultPath},
                                outStream, errStream),
                 0);
        const QByteArray result = readFile(resultPath);
        QCOMPARE(sha256(result), QString::fromLatin1(resultSha256));

        const DrawReference::Outcome expected = DrawReference::draw(m_request);
        QVERIFY(expected.failedEntity.isEmpty());
        QString error;
        const std::optional<DrawResult> written
            = DrawJson::resultFromJson(QJsonDocument::fromJson(result).object(), &error);
        QVERIFY2(written, qPrintable(error));
        QVERIFY(sameResult(*written, expected.result));
        QVERIFY(expected.result.teams.size() > 1000);
        // The load limit (75 visits per inspector) is reached, so it shapes the later teams.
        QHash<QString, int> load;
        int busiest = 0;
        for (const DrawTeam& team : std::as_const(written->teams)) {
            for (const QString& member : team.members)
                busiest = std::max(busiest, ++load[member]);
        }
        QCOMPARE(busiest, 75);
        m_result = *written;
    }

    // The published record with substitutions and a voided attempt: the same bytes, and `verify` accepts it.
    void recordAsBeforeAndVerified()
    {
        QVERIFY(!m_result.teams.isEmpty());
        DrawRecord record {m_request, m_result, {}, {}};
        const QDateTime at(QDate(2026, 12, 7), QTime(9, 30), QTimeZone(8 * 3600));
        QString error;
        for (const qsizetype t : {qsizetype(0), qsizetype(7), qsizetype(7), m_result.teams.size() - 1}) {
            const DrawTeam& team = record.result.teams[t];
            const std::optional<DrawTeamState> now = DrawEngine::teamNow(record, team.entity, &error);
            QVERIFY2(now, qPrintable(error));
            QVERIFY2(DrawEngine::substitute(record, team.entity, now->members.constFirst(), QStringLiteral("病假"), at,
                                            &error),
                     qPrintable(error));
        }
        record.voided.append(DrawVoid {QStringLiteral("11111111112222222222"),
                                       QStringLiteral("2026-12-07T09:00:00+08:00"), QStringLiteral("见证人未到场")});
        const QByteArray bytes = DrawJson::write(record);
        QCOMPARE(sha256(bytes), QString::fromLatin1(recordSha256));

        const QString recordPath = m_dir.filePath(QStringLiteral("record.json"));
        QVERIFY(writeFile(recordPath, bytes));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(runVerifyCommand({recordPath}, outStream, errStream), 0);
    }

private:
    QTemporaryDir m_dir;
    DrawRequest m_request;
    QByteArray m_requestBytes;
    DrawResult m_result;
};

QTEST_GUILESS_MAIN(TestDrawRecordBytes)
#include "tst_draw_record_bytes.moc"
