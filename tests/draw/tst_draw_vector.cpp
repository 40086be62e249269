// The public test vector of draw-spec.md §7 and the published examples of Rivest's consistent sampler: any
// implementation of shuangsui-draw/1 must reproduce them.
#include "DrawEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

QByteArray docFile(const QString& name)
{
    QFile file(QStringLiteral(SHUANGSUI_DOCS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

DrawRequest vectorRequest()
{
    QString error;
    const std::optional<DrawRequest> request
        = DrawJson::readRequest(docFile(QStringLiteral("draw-vector-1.request.json")), &error);
    if (!request)
        qFatal("vector request: %s", qPrintable(error));
    return *request;
}

QStringList strings(const char* list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject jsonObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestDrawVector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedHash()
    {
        QCOMPARE(DrawEngine::seedHash(QStringLiteral("94821993518190937865")),
                 QStringLiteral("8f6eafb425d09373b57ff1f5ba83045f60cf036623a786877b616ca798065ded"));
    }

    void firstTicketAndOrder()
    {
        const DrawRequest request = vectorRequest();
        const QString seed = DrawEngine::itemSeed(request.seed, QStringLiteral("JY-01"));
        QCOMPARE(seed, QStringLiteral("94821993518190937865|item|JY-01"));
        const QStringList order = DrawEngine::order(seed, request.items[0].strata[0].ids);
        QCOMPARE(order.mid(0, 4),
                 strings("12130322MB0A000053 12130322MB0A000061 12130322MB0A000150 12130322MB0A000045"));
        const QString ticket = DrawEngine::ticket(seed, order.first());
        QVERIFY2(ticket.startsWith(QStringLiteral("0.01508572685861735909")), qPrintable(ticket));
        QVERIFY(ticket.size() >= 2 + 64);
        // Rivest's check: sampler(ids, seed=…|item|JY-01, take=2) gives the two `normal` ids.
        QCOMPARE(DrawEngine::orderFirst(seed, request.items[0].strata[0].ids, 2), order.mid(0, 2));
    }

    void result()
    {
        QString error;
        const std::optional<DrawResult> result = DrawEngine::draw(vectorRequest(), &error);
        QVERIFY2(result, qPrintable(error));
        const QJsonObject expected = jsonObject(docFile(QStringLiteral("draw-vector-1.result.json")));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(jsonObject(DrawJson::write(*result)), expected);
    }

    void teamOfFirstEntity()
    {
        const DrawRequest request = vectorRequest();
        QString error;
        QList<QStringList> orders;
        const std::optional<DrawResult> result = DrawEngine::draw(request, &error, &orders);
        QVERIFY2(result, qPrintable(error));
        const DrawTeam& team = result->teams.first();
        QCOMPARE(team.entity, QStringLiteral("12130322MB0A000053"));
        const QStringList o = strings("ZF-04 ZF-05 ZF-07 ZF-01 ZF-03 ZF-06 ZF-08 ZF-02");
        QCOMPARE(orders.first(), o);
        QCOMPARE(DrawEngine::teamOrder(request, *result, 0), o);
        // ZF-05 and ZF-07 are passed over: the last seat must go to a certified inspector.
        QCOMPARE(team.members, strings("ZF-04 ZF-01"));
        QCOMPARE(team.backups, strings("ZF-05 ZF-07"));
        QCOMPARE(orders.size(), result->teams.size());
        for (qsizetype i = 0; i < result->teams.size(); ++i)
            QCOMPARE(DrawEngine::teamOrder(request, *result, i), orders[i]);
    }

    // Examples of USAGE_EXAMPLES.md in github.com/ron-rivest/consistent_sampler (ids and seeds as str() gives them).
    void rivestExamples_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("tickets");
        QTest::newRow("example 1") << QStringLiteral("31") << strings("a b c d") << strings("b a d c") << QStringList();
        QTest::newRow("example 2") << QStringLiteral("77") << strings("a b c d") << strings("b d c a") << QStringList();
        QStringList hundred;
        for (int i = 0; i < 100; ++i)
            hundred.append(QString::number(i));
        QTest::newRow("examples 4-6") << QStringLiteral("41") << hundred << strings("73 51 17 58 38 42 39 20 11 67")
                                      << strings("0.000508333 0.003446232 0.004419823 0.020115273 0.023482375");
        QTest::newRow("example 8") << QStringLiteral("52") << strings("a b c d e") << strings("d b e a c")
                                   << strings("0.054468191 0.197384308 0.302883911 0.366142288 0.492683857");
    }
    void rivestExamples()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, tickets);
        QCOMPARE(DrawEngine::order(seed, ids).mid(0, expected.size()), expected);
        QCOMPARE(DrawEngine::orderFirst(seed, ids, expected.size()), expected);
        for (qsizetype i = 0; i < tickets.size(); ++i)
            QVERIFY(DrawEngine::ticket(seed, expected[i]).startsWith(tickets[i]));
    }

    void substitutionOnTheVector()
    {
        const DrawRequest request = vectorRequest();
        QString error;
        const std::optional<DrawResult> result = DrawEngine::draw(request, &error);
        QVERIFY2(result, qPrintable(error));
        DrawRecord record {request, *result, {}, {}};
        const QString entity = QStringLiteral("12130322MB0A000053");
        const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(8 * 3600));

        // ZF-04 (not certified) cannot attend: ZF-01 still holds the certificate, so the first backup comes in.
        std::optional<DrawSubstitution> s
            = DrawEngine::substitute(record, entity, QStringLiteral("ZF-04"), QStringLiteral("ill"), at, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->in, QStringLiteral("ZF-05"));
        QCOMPARE(s->at, QStringLiteral("2026-03-02T09:30:00+08:00"));

        // Then ZF-01, the only certified member: ZF-07, the last backup, is not certified, so the list is
        // extended with the next ids of O (ZF-04 and ZF-01 were already on it): ZF-03, certified.
        s = DrawEngine::substitute(record, entity, QStringLiteral("ZF-01"), QStringLiteral("training"), at, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->in, QStringLiteral("ZF-03"));

        const std::optional<DrawTeamState> team = DrawEngine::teamNow(record, entity, &error);
        QVERIFY2(team, qPrintable(error));
        QCOMPARE(team->members, strings("ZF-05 ZF-03")); // in O's order
        QCOMPARE(team->backups, strings("ZF-07"));
        QCOMPARE(team->struckOut, strings("ZF-04 ZF-01"));
        QCOMPARE(record.substitutions.size(), 2);

        QString difference;
        QVERIFY2(DrawEngine::verify(record, &difference), qPrintable(difference));
    }

    void recordWrittenAndReadBackVerifies()
    {
        const DrawRequest request = vectorRequest();
        QString error;
        const std::optional<DrawResult> result = DrawEngine::draw(request, &error);
        QVERIFY2(result, qPrintable(error));
        DrawRecord record {request, *result, {}, {}};
        record.voided.append({QStringLiteral("11111111111111111111"), QStringLiteral("2026-03-01T10:00:00+08:00"),
                              QStringLiteral("the witnesses arrived late")});
        QVERIFY(DrawEngine::substitute(record, QStringLiteral("12130322MB0A000061"), QStringLiteral("ZF-01"),
                                       QStringLiteral("conflict found on the day"),
                                       QDateTime(QDate(2026, 3, 3), QTime(8, 0), QTimeZone(8 * 3600)), &error));
        const QByteArray json = DrawJson::write(record);
        const std::optional<DrawRecord> back = DrawJson::readRecord(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(DrawJson::write(*back), json);
        QCOMPARE(back->request.plan, QStringLiteral("昌教抽查〔2026〕1号"));
        QCOMPARE(back->voided.size(), 1);
        QCOMPARE(back->substitutions.size(), 1);
        QCOMPARE(back->substitutions.first().in, QStringLiteral("ZF-03"));
        QString difference;
        QVERIFY2(DrawEngine::verify(*back, &difference), qPrintable(difference));
    }

    void resultFileIsWrittenLikeTheSpecFile()
    {
        QString error;
        const std::optional<DrawResult> result = DrawEngine::draw(vectorRequest(), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(DrawJson::write(*result), docFile(QStringLiteral("draw-vector-1.result.json")));
        // (the request file has no final newline; ours end with one)
        QCOMPARE(DrawJson::write(vectorRequest()).trimmed(),
                 docFile(QStringLiteral("draw-vector-1.request.json")).trimmed());
    }
};

QTEST_GUILESS_MAIN(TestDrawVector)
#include "tst_draw_vector.moc"
