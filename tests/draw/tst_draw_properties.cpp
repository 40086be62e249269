// Thousands of random requests: the engine's draw equals the independent one of DrawReference.h (selection,
// visits, teams, or the same failing entity), is deterministic, does not depend on the order of ids, inspectors
// or exclusions in the request, and never breaks a team rule.
//
// What the spec makes order-dependent: the order of items and of strata in an item (visit order, hence loads
// under maxTeamsPerInspector). Not the order of ids in a stratum, of inspectors (eligible is taken in request
// order but then sorted by ticket), or of exclusions.
#include "DrawEngine.h"
#include "DrawReference.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <cmath>

namespace {

DrawRequest randomRequest(QRandomGenerator& r)
{
    DrawRequest request;
    request.plan = QStringLiteral("昌教抽查〔2026〕%1号").arg(r.bounded(100));
    for (int i = 0; i < 20; ++i)
        request.seed += QLatin1Char(char('0' + r.bounded(10)));

    QStringList pool;
    const int poolSize = 1 + r.bounded(60);
    for (int i = 0; i < poolSize; ++i)
        pool.append(r.bounded(4) == 0 ? QStringLiteral("长乐幼儿园%1").arg(i)
                                      : QStringLiteral("12130322MB0A%1").arg(i, 6, 10, QLatin1Char('0')));

    const int items = 1 + r.bounded(3);
    for (int i = 0; i < items; ++i) {
        DrawItem item {QStringLiteral("JY-%1").arg(i + 1, 2, 10, QLatin1Char('0')), {}};
        const int strata = 1 + r.bounded(2);
        for (int s = 0; s < strata; ++s) {
            DrawStratum stratum;
            stratum.name = s == 0 ? QStringLiteral("normal") : QStringLiteral("blacklist");
            for (const QString& id : std::as_const(pool)) {
                if (r.bounded(3) == 0)
                    stratum.ids.append(id);
            }
            std::shuffle(stratum.ids.begin(), stratum.ids.end(), r);
            if (r.bounded(2) == 0) {
                static const int ratios[] = {0, 1, 500, 2500, 5000, 9999, 10000};
                stratum.ratioBp = ratios[r.bounded(7)];
            } else {
                stratum.count = r.bounded(int(stratum.ids.size()) + 4);
            }
            item.strata.append(stratum);
        }
        request.items.append(item);
    }

    const int inspectors = 2 + r.bounded(13);
    for (int i = 0; i < inspectors; ++i)
        request.inspectors.append({QStringLiteral("ZF-%1").arg(i + 1, 2, 10, QLatin1Char('0')), r.bounded(2) == 0});
    request.teams.size = 2 + r.bounded(2);
    request.teams.minCertified = 1 + r.bounded(request.teams.size);
    request.teams.backupFactor = 2 + r.bounded(3); // spec §4: at least 2
    static const int limits[] = {0, 0, 1, 2, 3};
    request.teams.maxTeamsPerInspector = limits[r.bounded(5)];
    const int exclusions = r.bounded(10);
    for (int i = 0; i < exclusions; ++i)
        request.exclusions.append(
            {request.inspectors[r.bounded(inspectors)].id, pool[r.bounded(poolSize)], QStringLiteral("conflict")});
    return request;
}

struct Drawn
{
    std::optional<DrawResult> result;
    QString error;
    QList<QStringList> orders;
};

Drawn drawOf(const DrawRequest& request)
{
    Drawn d;
    d.result = DrawEngine::draw(request, &d.error, &d.orders);
    return d;
}

QByteArray text(const Drawn& d)
{
    return d.result ? DrawJson::write(*d.result) : d.error.toUtf8();
}

} // namespace

class TestDrawProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomRequests()
    {
        QRandomGenerator r(314159);
        int drawn = 0;
        int failed = 0;
        for (int run = 0; run < 2000; ++run) {
            const DrawRequest request = randomRequest(r);
            QVERIFY2(DrawJson::requestProblem(request).isEmpty(), qPrintable(DrawJson::requestProblem(request)));
            const Drawn d = drawOf(request);
            const DrawReference::Outcome expected = DrawReference::draw(request);
            const QByteArray context = "run " + QByteArray::number(run) + ": " + DrawJson::write(request);

            // The same as the independent implementation, success or failure.
            if (!expected.failedEntity.isEmpty()) {
                ++failed;
                QVERIFY2(!d.result, context);
                QVERIFY2(d.error.contains(QStringLiteral("for %1:").arg(expected.failedEntity)),
                         qPrintable(d.error + QLatin1Char(' ') + expected.failedEntity));
            } else {
                ++drawn;
                QVERIFY2(d.result, qPrintable(d.error + QString::fromUtf8(context)));
                QVERIFY2(DrawJson::write(*d.result) == DrawJson::write(expected.result), context);
                QVERIFY2(d.orders == expected.teamOrders, context);
            }

            // Deterministic, and blind to the order of ids, inspectors and exclusions.
            QCOMPARE(text(drawOf(request)), text(d));
            DrawRequest shuffled = request;
            for (DrawItem& item : shuffled.items) {
                for (DrawStratum& stratum : item.strata)
                    std::shuffle(stratum.ids.begin(), stratum.ids.end(), r);
            }
            std::shuffle(shuffled.inspectors.begin(), shuffled.inspectors.end(), r);
            std::shuffle(shuffled.exclusions.begin(), shuffled.exclusions.end(), r);
            QVERIFY2(text(drawOf(shuffled)) == text(d), context);

            if (d.result)
                checkRules(request, *d.result, d.orders, context);
        }
        // The generator must reach both outcomes, or half of this test says nothing.
        QVERIFY(drawn > 500);
        QVERIFY(failed > 50);
    }

private:
    void checkRules(const DrawRequest& request, const DrawResult& result, const QList<QStringList>& orders,
                    const QByteArray& context)
    {
        const DrawTeamRules& rules = request.teams;
        QHash<QString, bool> certified;
        for (const DrawInspector& x : request.inspectors)
            certified.insert(x.id, x.certified);
        QSet<QPair<QString, QString>> excluded;
        for (const DrawExclusion& e : request.exclusions)
            excluded.insert({e.inspector, e.entity});

        // The k rule, computed another way, and every selected entity in exactly one visit.
        QHash<QString, QStringList> itemsOf;
        QStringList firstSeen;
        for (qsizetype i = 0; i < request.items.size(); ++i) {
            for (qsizetype s = 0; s < request.items[i].strata.size(); ++s) {
                const DrawStratum& stratum = request.items[i].strata[s];
                const QStringList& selected = result.items[i].strata[s].selected;
                const double n = double(stratum.ids.size());
                const double k = stratum.count
                    ? std::min(double(*stratum.count), n)
                    : std::min(n, std::max(std::ceil(n * *stratum.ratioBp / 10000.0), n > 0 ? 1.0 : 0.0));
                QVERIFY2(selected.size() == qsizetype(k), context);
                QVERIFY2(QSet<QString>(selected.begin(), selected.end()).size() == selected.size(), context);
                for (const QString& entity : selected) {
                    QVERIFY2(stratum.ids.contains(entity), context);
                    if (!itemsOf.contains(entity))
                        firstSeen.append(entity);
                    if (!itemsOf[entity].contains(request.items[i].code))
                        itemsOf[entity].append(request.items[i].code);
                }
            }
        }
        QCOMPARE(result.teams.size(), firstSeen.size());

        QHash<QString, int> load;
        for (qsizetype t = 0; t < result.teams.size(); ++t) {
            const DrawTeam& team = result.teams[t];
            QCOMPARE(team.entity, firstSeen[t]);
            QCOMPARE(team.items, itemsOf.value(team.entity));
            QVERIFY2(team.members.size() == rules.size, context);
            QVERIFY2(QSet<QString>(team.members.begin(), team.members.end()).size() == rules.size, context);
            int certifiedMembers = 0;
            for (const QString& x : team.members) {
                certifiedMembers += certified.value(x) ? 1 : 0;
                QVERIFY2(certified.contains(x), context);
                QVERIFY2(!excluded.contains({x, team.entity}), context);
                QVERIFY2(!team.backups.contains(x), context);
                load[x] += 1;
            }
            QVERIFY2(certifiedMembers >= rules.minCertified, context);
            for (const QString& x : team.backups)
                QVERIFY2(!excluded.contains({x, team.entity}) && certified.contains(x), context);
            const qsizetype wanted = qsizetype(rules.backupFactor - 1) * rules.size;
            QVERIFY2(team.backups.size() == std::min(wanted, orders[t].size() - rules.size), context);
            // Members and backups are listed in O's order.
            qsizetype last = -1;
            for (const QString& x : team.members) {
                QVERIFY2(orders[t].indexOf(x) > last, context);
                last = orders[t].indexOf(x);
            }
            last = -1;
            for (const QString& x : team.backups) {
                QVERIFY2(orders[t].indexOf(x) > last, context);
                last = orders[t].indexOf(x);
            }
        }
        if (rules.maxTeamsPerInspector > 0) {
            for (auto it = load.cbegin(); it != load.cend(); ++it)
                QVERIFY2(it.value() <= rules.maxTeamsPerInspector, context);
        }

        QString difference;
        QVERIFY2(DrawEngine::verify(DrawRecord {request, result, {}, {}}, &difference), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestDrawProperties)
#include "tst_draw_properties.moc"
