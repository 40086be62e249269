// Substitution (递补, draw-spec.md §5) and the check of a published record: the replacement the rule gives,
// the extension of the list from O, and verify() finding each kind of tampering, with the first difference in words.
#include "DrawEngine.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

namespace {

DrawRequest vectorRequest()
{
    QFile file(QStringLiteral(SHUANGSUI_DOCS_DIR "/draw-vector-1.request.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the vector");
    QString error;
    const std::optional<DrawRequest> request = DrawJson::readRequest(file.readAll(), &error);
    if (!request)
        qFatal("vector: %s", qPrintable(error));
    return *request;
}

DrawRecord recordOf(const DrawRequest& request)
{
    QString error;
    const std::optional<DrawResult> result = DrawEngine::draw(request, &error);
    if (!result)
        qFatal("draw: %s", qPrintable(error));
    return DrawRecord {request, *result, {}, {}};
}

const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(8 * 3600));

QString substituted(DrawRecord& record, const char* entity, const char* out, QString* error = nullptr)
{
    QString problem;
    const std::optional<DrawSubstitution> s = DrawEngine::substitute(
        record, QString::fromLatin1(entity), QString::fromLatin1(out), QStringLiteral("cannot attend"), at, &problem);
    if (error)
        *error = problem;
    return s ? s->in : QString();
}

QString difference(const DrawRecord& record)
{
    QString text;
    return DrawEngine::verify(record, &text) ? QString() : text;
}

// §5 once more, for the random sequences below.
struct ModelTeam
{
    QStringList members;
    QStringList backups;
    QStringList listed;
    QStringList order;
};

// Changes the team only when somebody is found: a refused substitution leaves no trace on the record.
QString modelSubstitute(ModelTeam& original, const QString& out, const QHash<QString, bool>& certified,
                        int minCertified)
{
    ModelTeam team = original;
    QStringList remaining = team.members;
    remaining.removeAll(out);
    int need = minCertified;
    for (const QString& x : remaining)
        need -= certified.value(x) ? 1 : 0;
    QString in;
    for (const QString& b : std::as_const(team.backups)) {
        if (need <= 0 || certified.value(b)) {
            in = b;
            break;
        }
    }
    for (qsizetype i = 0; in.isEmpty() && i < team.order.size(); ++i) {
        const QString& x = team.order[i];
        if (team.listed.contains(x))
            continue;
        team.listed.append(x);
        team.backups.append(x);
        if (need <= 0 || certified.value(x))
            in = x;
    }
    if (in.isEmpty())
        return {};
    team.backups.removeAll(in);
    remaining.append(in);
    std::sort(remaining.begin(), remaining.end(),
              [&team](const QString& a, const QString& b) { return team.order.indexOf(a) < team.order.indexOf(b); });
    team.members = remaining;
    original = team;
    return in;
}

} // namespace

class TestDrawSubstitution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstBackupWhenTheTeamStaysValid()
    {
        DrawRecord record = recordOf(vectorRequest());
        // 12130322MB0A000045: members ZF-05, ZF-06 (certified); backups ZF-03, ZF-07. ZF-05 is not certified.
        QCOMPARE(substituted(record, "12130322MB0A000045", "ZF-05"), QStringLiteral("ZF-03"));
        QCOMPARE(record.substitutions.size(), 1);
        const DrawSubstitution& s = record.substitutions.first();
        QCOMPARE(s.entity, QStringLiteral("12130322MB0A000045"));
        QCOMPARE(s.out, QStringLiteral("ZF-05"));
        QCOMPARE(s.reason, QStringLiteral("cannot attend"));
        QCOMPARE(difference(record), QString());
    }

    void certifiedBackupWhenTheLastCertifiedMemberLeaves()
    {
        DrawRequest request = vectorRequest();
        request.teams.backupFactor = 3;
        DrawRecord record = recordOf(request);
        const DrawTeam& team = record.result.teams.first();
        QCOMPARE(team.members, QStringList({QStringLiteral("ZF-04"), QStringLiteral("ZF-01")}));
        QCOMPARE(team.backups,
                 QStringList({QStringLiteral("ZF-05"), QStringLiteral("ZF-07"), QStringLiteral("ZF-03"),
                              QStringLiteral("ZF-06")}));
        // ZF-01 holds the team's only certificate: ZF-05 and ZF-07 are passed over for ZF-03.
        QCOMPARE(substituted(record, "12130322MB0A000053", "ZF-01"), QStringLiteral("ZF-03"));
        QString error;
        const std::optional<DrawTeamState> now
            = DrawEngine::teamNow(record, QStringLiteral("12130322MB0A000053"), &error);
        QVERIFY2(now, qPrintable(error));
        QCOMPARE(now->members, QStringList({QStringLiteral("ZF-04"), QStringLiteral("ZF-03")}));
        QCOMPARE(now->backups,
                 QStringList({QStringLiteral("ZF-05"), QStringLiteral("ZF-07"), QStringLiteral("ZF-06")}));
        // Now ZF-04 cannot come either: ZF-03 is certified, so the first remaining backup comes in.
        QCOMPARE(substituted(record, "12130322MB0A000053", "ZF-04"), QStringLiteral("ZF-05"));
        QCOMPARE(difference(record), QString());
    }

    void extendedFromTheDrawOrderWhenBackupsRunOut()
    {
        DrawRecord record = recordOf(vectorRequest());
        // 52130322MJ0B000017: members ZF-06 (the certified one), ZF-04; backups ZF-08, ZF-05, neither certified.
        const qsizetype index = 3;
        QCOMPARE(record.result.teams[index].entity, QStringLiteral("52130322MJ0B000017"));
        const QStringList o = DrawEngine::teamOrder(record.request, record.result, index);
        QString expected; // the first certified inspector of O not already on the list
        for (const QString& x : o) {
            const bool listed
                = record.result.teams[index].members.contains(x) || record.result.teams[index].backups.contains(x);
            const auto inspector = std::find_if(record.request.inspectors.cbegin(), record.request.inspectors.cend(),
                                                [&x](const DrawInspector& i) { return i.id == x; });
            if (!listed && inspector->certified) {
                expected = x;
                break;
            }
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(!o.contains(QStringLiteral("ZF-03"))); // excluded for this entity (conflict)
        QCOMPARE(substituted(record, "52130322MJ0B000017", "ZF-06"), expected);
        QString error;
        const std::optional<DrawTeamState> now
            = DrawEngine::teamNow(record, QStringLiteral("52130322MJ0B000017"), &error);
        QVERIFY2(now, qPrintable(error));
        QVERIFY(now->members.contains(expected));
        QCOMPARE(now->struckOut, QStringList {QStringLiteral("ZF-06")});
        // The passed-over backups stay on the list; ids of O skipped on the way were appended to it.
        QVERIFY(now->backups.startsWith(QStringLiteral("ZF-08")));
        QCOMPARE(difference(record), QString());
    }

    void nobodyLeft()
    {
        DrawRequest request;
        request.plan = QStringLiteral("small");
        request.seed = QStringLiteral("12345678901234567890");
        request.items.append({QStringLiteral("JY-01"), {{QStringLiteral("normal"), {}, 1, {QStringLiteral("E1")}}}});
        request.inspectors = {{QStringLiteral("A"), true}, {QStringLiteral("B"), false}, {QStringLiteral("C"), false}};
        request.teams = {2, 1, 2, 0}; // the one backup is uncertified, and O has nobody else
        DrawRecord record = recordOf(request);
        QVERIFY(record.result.teams.first().members.contains(QStringLiteral("A")));
        QString error;
        QCOMPARE(substituted(record, "E1", "A", &error), QString());
        QVERIFY2(error.contains(QStringLiteral("E1")) && error.contains(QStringLiteral("A")), qPrintable(error));
        QVERIFY(record.substitutions.isEmpty());
        // An uncertified member can still be replaced by the other uncertified inspector.
        const QString other = record.result.teams.first().members.contains(QStringLiteral("B")) ? QStringLiteral("B")
                                                                                                : QStringLiteral("C");
        const QString expected = other == QStringLiteral("B") ? QStringLiteral("C") : QStringLiteral("B");
        QCOMPARE(substituted(record, "E1", other == QStringLiteral("B") ? "B" : "C"), expected);
        QCOMPARE(difference(record), QString());
    }

    void refusedSubstitutions()
    {
        DrawRecord record = recordOf(vectorRequest());
        QString error;
        QCOMPARE(substituted(record, "12130322MB0A000053", "ZF-05", &error), QString()); // a backup, not a member
        QVERIFY2(error.contains(QStringLiteral("ZF-05")) && error.contains(QStringLiteral("not a member")),
                 qPrintable(error));
        QCOMPARE(substituted(record, "12130322MB0A000999", "ZF-04", &error), QString());
        QVERIFY2(error.contains(QStringLiteral("12130322MB0A000999")), qPrintable(error));
        QVERIFY(!DrawEngine::substitute(record, QStringLiteral("12130322MB0A000053"), QStringLiteral("ZF-04"),
                                        QStringLiteral("  "), at, &error));
        QVERIFY2(error.contains(QStringLiteral("ZF-04")), qPrintable(error));
        QVERIFY(!DrawEngine::substitute(record, QStringLiteral("12130322MB0A000053"), QStringLiteral("ZF-04"),
                                        QStringLiteral("ill"), QDateTime(), &error));
        QVERIFY(record.substitutions.isEmpty());
        // A struck-out member is no longer a member.
        QCOMPARE(substituted(record, "12130322MB0A000053", "ZF-04"), QStringLiteral("ZF-05"));
        QCOMPARE(substituted(record, "12130322MB0A000053", "ZF-04", &error), QString());
        QVERIFY2(error.contains(QStringLiteral("not a member")), qPrintable(error));
    }

    void verifyFindsTampering_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("wrong replacement")
            << 0
            << QStringList {QStringLiteral("Substitution no. 1"), QStringLiteral("ZF-07"), QStringLiteral("ZF-03")};
        QTest::newRow("swapped member") << 1
                                        << QStringList {QStringLiteral("12130322MB0A000053"), QStringLiteral("members"),
                                                        QStringLiteral("ZF-05")};
        QTest::newRow("members reordered")
            << 2 << QStringList {QStringLiteral("members"), QStringLiteral("ZF-01, ZF-04")};
        QTest::newRow("replaced entity") << 3
                                         << QStringList {QStringLiteral("JY-01"), QStringLiteral("normal"),
                                                         QStringLiteral("12130322MB0A000150")};
        QTest::newRow("team dropped") << 4 << QStringList {QStringLiteral("5 teams")};
        QTest::newRow("backup changed") << 5 << QStringList {QStringLiteral("backups"), QStringLiteral("ZF-08")};
        QTest::newRow("seed changed") << 6 << QStringList {QStringLiteral("JY-01")};
        QTest::newRow("certificate changed")
            << 7 << QStringList {QStringLiteral("cannot be drawn"), QStringLiteral("12130322MB0A000011")};
        QTest::newRow("substitution of a non-member")
            << 8 << QStringList {QStringLiteral("ZF-02"), QStringLiteral("not a member")};
        QTest::newRow("substitution for no team") << 9 << QStringList {QStringLiteral("12130322MB0A000029")};
        QTest::newRow("item of a visit") << 10 << QStringList {QStringLiteral("items"), QStringLiteral("JY-02")};
    }
    void verifyFindsTampering()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, mentions);
        DrawRecord record = recordOf(vectorRequest());
        QCOMPARE(substituted(record, "12130322MB0A000061", "ZF-01"), QStringLiteral("ZF-03"));
        QCOMPARE(difference(record), QString());
        switch (kind) {
        case 0:
            record.substitutions[0].in = QStringLiteral("ZF-07");
            break;
        case 1:
            record.result.teams[0].members[0] = QStringLiteral("ZF-05");
            break;
        case 2:
            record.result.teams[0].members.swapItemsAt(0, 1);
            break;
        case 3:
            record.result.items[0].strata[0].selected[1] = QStringLiteral("12130322MB0A000150");
            break;
        case 4:
            record.result.teams.removeLast();
            break;
        case 5:
            record.result.teams[1].backups[1] = QStringLiteral("ZF-08");
            break;
        case 6:
            record.request.seed = QStringLiteral("94821993518190937866");
            break;
        case 7:
            record.request.inspectors[0].certified = false;
            break;
        case 8:
            record.substitutions.append({QStringLiteral("12130322MB0A000053"), QStringLiteral("ZF-02"),
                                         QStringLiteral("ZF-05"), QStringLiteral("ill"),
                                         QStringLiteral("2026-03-02T10:00:00+08:00")});
            break;
        case 9:
            record.substitutions.append({QStringLiteral("12130322MB0A000029"), QStringLiteral("ZF-01"),
                                         QStringLiteral("ZF-05"), QStringLiteral("ill"),
                                         QStringLiteral("2026-03-02T10:00:00+08:00")});
            break;
        case 10:
            record.result.teams[1].items.removeLast();
            break;
        }
        const QString found = difference(record);
        QVERIFY(!found.isEmpty());
        for (const QString& mention : mentions)
            QVERIFY2(found.contains(mention), qPrintable(found + QStringLiteral("  (wanted: ") + mention + u')'));
    }

    // Random sequences of substitutions on random draws, against §5 as written above.
    void randomSequences()
    {
        QRandomGenerator r(271828);
        int substitutions = 0;
        int extensions = 0;
        for (int run = 0; run < 300; ++run) {
            DrawRequest request = vectorRequest();
            request.seed = QStringLiteral("%1").arg(r.generate64(), 20, 10, QLatin1Char('0')); // spec §1: 20 digits
            request.teams.size = 2 + r.bounded(2);
            request.teams.minCertified = 1 + r.bounded(request.teams.size);
            request.teams.backupFactor = 2 + r.bounded(3); // spec §4: at least 2
            request.teams.maxTeamsPerInspector = 0;
            for (DrawInspector& x : request.inspectors)
                x.certified = r.bounded(2) == 0;
            QString error;
            const std::optional<DrawResult> result = DrawEngine::draw(request, &error);
            if (!result)
                continue;
            DrawRecord record {request, *result, {}, {}};
            QHash<QString, bool> certified;
            for (const DrawInspector& x : request.inspectors)
                certified.insert(x.id, x.certified);
            QList<ModelTeam> model;
            for (qsizetype t = 0; t < result->teams.size(); ++t) {
                const DrawTeam& team = result->teams[t];
                model.append({team.members, team.backups, team.members + team.backups,
                              DrawEngine::teamOrder(request, *result, t)});
            }
            for (int step = 0; step < 4; ++step) {
                const qsizetype t = r.bounded(int(model.size()));
                const QString out = model[t].members[r.bounded(int(model[t].members.size()))];
                const qsizetype listedBefore = model[t].listed.size();
                const QString expected = modelSubstitute(model[t], out, certified, request.teams.minCertified);
                const std::optional<DrawSubstitution> s
                    = DrawEngine::substitute(record, result->teams[t].entity, out, QStringLiteral("ill"), at, &error);
                if (expected.isEmpty()) {
                    QVERIFY(!s);
                    continue;
                }
                QVERIFY2(s, qPrintable(error));
                QCOMPARE(s->in, expected);
                ++substitutions;
                extensions += model[t].listed.size() > listedBefore ? 1 : 0;
                const std::optional<DrawTeamState> now = DrawEngine::teamNow(record, result->teams[t].entity, &error);
                QVERIFY2(now, qPrintable(error));
                QCOMPARE(now->members, model[t].members);
                QCOMPARE(now->backups, model[t].backups);
            }
            QCOMPARE(difference(record), QString());
        }
        QVERIFY(substitutions > 300);
        QVERIFY(extensions > 20);
    }
};

QTEST_GUILESS_MAIN(TestDrawSubstitution)
#include "tst_draw_substitution.moc"
