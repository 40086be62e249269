// The public check page (resources/templates/verify.html) run in headless Chromium: the spec's vector and records
// made by our own draw agree, each kind of tampering shows ✗ naming the difference, and both SHA-256 paths agree
// with the C++ engine (tickets, seed hash, request hash). Chromium is installed by scripts/setup-debian.sh.
#include "DrawEngine.h"
#include "ExternalTools.h"
#include "PlanDraw.h"
#include "TestSupport.h"
#include "VerifyPage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <optional>

Q_DECLARE_METATYPE(DrawRecord)

namespace {

// What the page shows, read from Chromium's DOM.
struct Page
{
    QString state; // "done" when the check has finished
    QString overall; // "ok" or "bad"
    QString overallText;
    QMap<QString, QString> verdicts; // part name → ok, bad or unchecked
    QMap<QString, QString> verdictTexts; // part name → the verdict line
    QMap<QString, QString> partHtml; // part name → its content
    QStringList facts; // seed, seed hash, request hash
    QList<std::pair<QString, QString>> tickets; // selected entity, ticket as shown, in page order
    QString sha256; // "subtle" or "js"
    int milliseconds = -1;
    QString dom;
};

QString textOf(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html.simplified();
}

Page parse(const QString& dom)
{
    Page page;
    page.dom = dom;
    const auto body = QRegularExpression(QStringLiteral("<body ([^>]*)>")).match(dom);
    const QString bodyAttributes = body.captured(1);
    page.state = QRegularExpression(QStringLiteral("data-state=\"(\\w+)\"")).match(bodyAttributes).captured(1);
    page.sha256 = QRegularExpression(QStringLiteral("data-sha256=\"(\\w+)\"")).match(bodyAttributes).captured(1);
    const QString ms = QRegularExpression(QStringLiteral("data-ms=\"(\\d+)\"")).match(bodyAttributes).captured(1);
    page.milliseconds = ms.isEmpty() ? -1 : ms.toInt();

    const auto overall = QRegularExpression(QStringLiteral("<div id=\"overall\" class=\"\\w+\" data-verdict=\"(\\w+)\">"
                                                           "(.*?)</div>"),
                                            QRegularExpression::DotMatchesEverythingOption)
                             .match(dom);
    page.overall = overall.captured(1);
    page.overallText = textOf(overall.captured(2));

    // A part is a div without nested divs: its name, its verdict and its verdict line.
    static const QRegularExpression partPattern(
        QStringLiteral("<div class=\"part[^\"]*\" data-part=\"([^\"]*)\" data-verdict=\"(\\w+)\">(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression verdictPattern(QStringLiteral("<p class=\"verdict[^\"]*\">(.*?)</p>"),
                                                   QRegularExpression::DotMatchesEverythingOption);
    for (auto it = partPattern.globalMatch(dom); it.hasNext();) {
        const auto m = it.next();
        const QString name = textOf(m.captured(1));
        page.verdicts.insert(name, m.captured(2));
        page.verdictTexts.insert(name, textOf(verdictPattern.match(m.captured(3)).captured(1)));
        page.partHtml.insert(name, m.captured(3));
    }
    static const QRegularExpression factPattern(QStringLiteral("<dd class=\"mono hash\">(.*?)</dd>"));
    for (auto it = factPattern.globalMatch(dom); it.hasNext();)
        page.facts.append(textOf(it.next().captured(1)));
    static const QRegularExpression ticketPattern(
        QStringLiteral("<span class=\"id\">([^<]*)</span><span class=\"ticket\">([^<]*)</span>"));
    for (auto it = ticketPattern.globalMatch(dom); it.hasNext();) {
        const auto m = it.next();
        page.tickets.append({textOf(m.captured(1)), m.captured(2)});
    }
    return page;
}

// Opens the page in headless Chromium (no network, its own profile, a time limit) and returns its DOM once the
// check has finished. `query` is added to the file's address (e.g. "js-sha256").
std::optional<Page> openInChromium(const QByteArray& html, const QString& query = {}, QString* problem = nullptr)
{
    const auto fail = [problem](const QString& text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    const QString chromium = TestSupport::browserExecutable();
    if (chromium.isEmpty())
        return fail(QStringLiteral(
            "no headless browser: scripts/setup-debian.sh installs chromium (or set SHUANGSUI_BROWSER)"));
    QTemporaryDir dir;
    QTemporaryDir profile;
    if (!dir.isValid() || !profile.isValid())
        return fail(QStringLiteral("no temporary directory"));
    const QString path = dir.filePath(QStringLiteral("摇号验证.html"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
        return fail(QStringLiteral("cannot write %1").arg(path));
    file.close();
    QUrl url = QUrl::fromLocalFile(path);
    if (!query.isEmpty())
        url.setQuery(query);

    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(chromium,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                   QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--virtual-time-budget=600000"),
                   QStringLiteral("--dump-dom"), url.toString(QUrl::FullyEncoded)});
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        return fail(QStringLiteral("chromium did not finish within 180 s"));
    }
    const QString dom = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || dom.isEmpty())
        return fail(QStringLiteral("chromium failed (exit %1): %2")
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError().right(2000))));
    Page page = parse(dom);
    if (page.state != QLatin1String("done"))
        return fail(QStringLiteral("the page did not finish its check (state \"%1\")").arg(page.state));
    return page;
}

#define OPEN(page, html, query)                                                                                        \
    SHUANGSUI_REQUIRE_PROGRAM("browser");                                                                              \
    QString openProblem;                                                                                               \
    const std::optional<Page> page = openInChromium(html, query, &openProblem);                                        \
    if (!page)                                                                                                         \
        QFAIL(qPrintable(openProblem));

DrawRecord vectorRecord()
{
    QFile requestFile(QStringLiteral(SHUANGSUI_DOCS_DIR "/draw-vector-1.request.json"));
    QFile resultFile(QStringLiteral(SHUANGSUI_DOCS_DIR "/draw-vector-1.result.json"));
    if (!requestFile.open(QIODevice::ReadOnly) || !resultFile.open(QIODevice::ReadOnly))
        qFatal("cannot read the vector");
    QString error;
    const auto request = DrawJson::readRequest(requestFile.readAll(), &error);
    const auto result = DrawJson::readResult(resultFile.readAll(), &error);
    if (!request || !result)
        qFatal("vector: %s", qPrintable(error));
    return DrawRecord {*request, *result, {}, {}};
}

DrawRecord drawn(const DrawRequest& request)
{
    QString error;
    const std::optional<DrawResult> result = DrawEngine::draw(request, &error);
    if (!result)
        qFatal("draw: %s", qPrintable(error));
    return DrawRecord {request, *result, {}, {}};
}

const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(8 * 3600));

void substitute(DrawRecord& record, const QString& entity, const QString& out, const QString& reason)
{
    QString error;
    if (!DrawEngine::substitute(record, entity, out, reason, at, &error))
        qFatal("substitute: %s", qPrintable(error));
}

QStringList numbered(const QString& pattern, int from, int to)
{
    QStringList ids;
    for (int i = from; i <= to; ++i)
        ids.append(pattern.arg(i, 3, 10, QLatin1Char('0')));
    return ids;
}

QList<DrawInspector> inspectors(const QString& pattern, int n, const QList<int>& certified)
{
    QList<DrawInspector> list;
    for (int i = 1; i <= n; ++i)
        list.append(DrawInspector {pattern.arg(i, 2, 10, QLatin1Char('0')), certified.contains(i)});
    return list;
}

// Chinese ids everywhere, a count stratum, an empty stratum, and reasons full of characters JSON escapes and of
// HTML that must not end the page's script element.
DrawRecord chineseRecord()
{
    DrawRequest q;
    q.plan = QStringLiteral("昌教抽查〔2026〕7号 “春季”");
    q.seed = QStringLiteral("种子-94821993518190937865");
    q.items = {
        {QStringLiteral("幼儿园办园行为"),
         {{QStringLiteral("一般"), 1000, std::nullopt, numbered(QStringLiteral("昌黎县第%1幼儿园"), 1, 40)},
          {QStringLiteral("黑名单"), std::nullopt, 3, numbered(QStringLiteral("黑名单幼儿园%1"), 1, 5)},
          {QStringLiteral("空层"), 500, std::nullopt, {}}}},
        {QStringLiteral("JY-é"),
         {{QStringLiteral("normal"), 500, std::nullopt, {QStringLiteral("Zoë 培训"), QStringLiteral("😀机构")}}}},
    };
    q.inspectors = inspectors(QStringLiteral("执法-%1"), 10, {1, 4, 6, 9});
    q.teams = {2, 1, 2, 4};
    q.exclusions = {
        {QStringLiteral("执法-01"), QStringLiteral("昌黎县第001幼儿园"),
         QStringLiteral("亲属 \"引号\" \\ 反斜杠\n换行\t制表 \x01 </script><!--<script>")},
        {QStringLiteral("执法-04"), QStringLiteral("黑名单幼儿园002"),
         QStringLiteral("曾任职 </SCRIPT> & <b> \u2028 \x7f \u00a0 \U0001F600")},
    };
    return drawn(q);
}

// Three items over one pool with high ratios: many entities are selected by several items, so one visit serves
// several items.
DrawRecord mergedVisitsRecord()
{
    DrawRequest q;
    q.plan = QStringLiteral("merged visits");
    q.seed = QStringLiteral("31415926535897932384");
    const QStringList pool = numbered(QStringLiteral("12130322MB0A%1XY"), 1, 30);
    q.items = {{QStringLiteral("JY-01"), {{QStringLiteral("normal"), 4000, std::nullopt, pool}}},
               {QStringLiteral("JY-02"), {{QStringLiteral("normal"), 5000, std::nullopt, pool}}},
               {QStringLiteral("JY-03"),
                {{QStringLiteral("normal"), 3000, std::nullopt, pool.mid(0, 20)},
                 {QStringLiteral("blacklist"), 10000, std::nullopt, pool.mid(20)}}}};
    q.inspectors = inspectors(QStringLiteral("ZF-%1"), 12, {1, 2, 3, 5, 8, 11});
    q.teams = {2, 1, 2, 0};
    DrawRecord record = drawn(q);
    if (std::none_of(record.result.teams.cbegin(), record.result.teams.cend(),
                     [](const DrawTeam& t) { return t.items.size() >= 2; }))
        qFatal("no visit serves several items");
    return record;
}

// Few certified inspectors and teams of 3 with 2 certified: the draw passes over uncertified inspectors.
DrawRecord certifiedRuleRecord()
{
    DrawRequest q;
    q.plan = QStringLiteral("certified rule");
    q.seed = QStringLiteral("27182818284590452353");
    q.items = {{QStringLiteral("JY-03"),
                {{QStringLiteral("normal"), 2000, std::nullopt, numbered(QStringLiteral("52130322MJ0C%1AB"), 1, 25)}}}};
    q.inspectors = inspectors(QStringLiteral("ZF-%1"), 14, {2, 7, 9, 13});
    q.teams = {3, 2, 2, 3};
    q.exclusions = {{QStringLiteral("ZF-02"), QStringLiteral("52130322MJ0C003AB"), QStringLiteral("回避")}};
    QList<QStringList> orders;
    QString error;
    const std::optional<DrawResult> result = DrawEngine::draw(q, &error, &orders);
    if (!result)
        qFatal("draw: %s", qPrintable(error));
    bool passedOver = false;
    for (qsizetype t = 0; t < result->teams.size(); ++t)
        passedOver = passedOver || result->teams[t].members != orders[t].mid(0, 3);
    if (!passedOver)
        qFatal("the certified-member rule passed over nobody");
    return DrawRecord {q, *result, {}, {}};
}

// Substitutions made with the engine: a plain one, one where the rule passes over an uncertified backup, and
// enough in one team to use up the backups and extend the list from O.
DrawRecord substitutionRecord()
{
    DrawRequest q;
    q.plan = QStringLiteral("昌教抽查〔2026〕递补");
    q.seed = QStringLiteral("16180339887498948482");
    q.items = {{QStringLiteral("JY-01"),
                {{QStringLiteral("normal"), 1500, std::nullopt, numbered(QStringLiteral("12130322MB0D%1QQ"), 1, 40)}}}};
    q.inspectors = inspectors(QStringLiteral("ZF-%1"), 16, {1, 3, 6, 10, 12, 15});
    q.teams = {2, 1, 2, 0};
    DrawRecord record = drawn(q);
    const QHash<QString, bool> certified = [&q] {
        QHash<QString, bool> c;
        for (const DrawInspector& x : q.inspectors)
            c.insert(x.id, x.certified);
        return c;
    }();

    // The certified-member rule in a substitution: the only certified member leaves and the first backup is
    // uncertified.
    bool passedOver = false;
    for (const DrawTeam& t : std::as_const(record.result.teams)) {
        const QString certifiedMember = certified.value(t.members[0]) ? t.members[0] : t.members[1];
        const QString other = certifiedMember == t.members[0] ? t.members[1] : t.members[0];
        if (certified.value(certifiedMember) && !certified.value(other) && !certified.value(t.backups[0])) {
            substitute(record, t.entity, certifiedMember, QStringLiteral("出差 “外地”"));
            passedOver = record.substitutions.constLast().in != t.backups[0];
            break;
        }
    }
    if (!passedOver)
        qFatal("no team where the substitution passes over an uncertified backup");
    // Use up one team's backups: the third substitution extends the list from O.
    const DrawTeam& last = record.result.teams.constLast();
    const QStringList listed = last.members + last.backups;
    for (int i = 0; i < 3; ++i) {
        const std::optional<DrawTeamState> now = DrawEngine::teamNow(record, last.entity, nullptr);
        substitute(record, last.entity, now->members[0], QStringLiteral("病假 %1").arg(i + 1));
    }
    if (std::none_of(record.substitutions.cbegin(), record.substitutions.cend(),
                     [&](const DrawSubstitution& s) { return s.entity == last.entity && !listed.contains(s.in); }))
        qFatal("the substitutions did not extend the list from O");
    return record;
}

// n entities in one stratum at 5 %, over 40 inspectors.
DrawRecord largeRecord(int n)
{
    DrawRequest q;
    q.plan = QStringLiteral("large");
    q.seed = QStringLiteral("94821993518190937865");
    QStringList ids;
    for (int i = 0; i < n; ++i)
        ids.append(QStringLiteral("E%1").arg(i, 7, 10, QLatin1Char('0')));
    q.items = {{QStringLiteral("JY-01"), {{QStringLiteral("normal"), 500, std::nullopt, ids}}}};
    q.inspectors = inspectors(QStringLiteral("ZF-%1"), 40, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 21, 22, 23, 24});
    q.teams = {2, 1, 2, 0};
    return drawn(q);
}

QByteArray pageOf(const DrawRecord& record)
{
    return VerifyPage::render(DrawJson::write(record));
}

// The page with a script added that waits for the check to finish and then clicks every "显示其余" button, as a
// reader who wants to see everything does.
QByteArray showingEverything(QByteArray html)
{
    const QByteArray clicker = "<script>\n(function wait() {\n"
                               "  if (document.body.dataset.state !== 'done') return setTimeout(wait, 10);\n"
                               "  for (const button of document.querySelectorAll('button.more')) button.click();\n"
                               "})();\n</script>\n</body>";
    if (html.count("</body>") != 1)
        qFatal("the page has not one </body>");
    return html.replace("</body>", clicker);
}

// Two pairs of ids whose tickets under the vector's seed and item JY-01 agree in their first 9 digits: only the
// whole tickets order them. Listed larger ticket first, so an order by the first digits alone (or a stable sort
// that stops there) puts each pair the wrong way round.
DrawRecord equalFirstDigitsRecord()
{
    DrawRequest q;
    q.plan = QStringLiteral("equal first digits");
    q.seed = QStringLiteral("94821993518190937865");
    // 0.779059149915… / 0.779059149707… and 0.8975184638901… / 0.8975184638515…
    const QStringList ids {QStringLiteral("E0096735"), QStringLiteral("E0057609"), QStringLiteral("E0025733"),
                           QStringLiteral("E0038701")};
    q.items = {{QStringLiteral("JY-01"), {{QStringLiteral("normal"), std::nullopt, 3, ids}}}};
    q.inspectors = inspectors(QStringLiteral("ZF-%1"), 6, {1, 2, 3});
    q.teams = {2, 1, 2, 0};
    return drawn(q);
}

// Every part agrees, and the page shows what the C++ engine computes: seed, seed hash, request hash, tickets.
void expectAgreement(const DrawRecord& record, const Page& page)
{
    QCOMPARE(page.overall, QStringLiteral("ok"));
    QVERIFY2(page.overallText.contains(QStringLiteral("✓ 一致")), qPrintable(page.overallText));
    qsizetype strata = 0;
    for (const DrawItem& item : record.request.items)
        strata += item.strata.size();
    QCOMPARE(page.verdicts.size(), strata + record.result.teams.size() + record.substitutions.size());
    for (auto it = page.verdicts.cbegin(); it != page.verdicts.cend(); ++it)
        QVERIFY2(it.value() == QLatin1String("ok"), qPrintable(it.key() + QLatin1Char(' ') + it.value()));
    for (const DrawItemResult& item : record.result.items) {
        for (const DrawStratumResult& stratum : item.strata)
            QCOMPARE(page.verdicts.value(QStringLiteral("item:%1/%2").arg(item.code, stratum.name)),
                     QStringLiteral("ok"));
    }
    // Each team card shows its entity, members and backups; each substitution card who left and who came.
    const auto shown = [](const QString& id) { return QStringLiteral("<span class=\"id\">%1</span>").arg(id); };
    for (qsizetype t = 0; t < record.result.teams.size(); ++t) {
        const DrawTeam& team = record.result.teams[t];
        const QString html = page.partHtml.value(QStringLiteral("team:%1").arg(t + 1));
        for (const QString& id : QStringList {team.entity} + team.members + team.backups)
            QVERIFY2(html.contains(shown(id)), qPrintable(id + QStringLiteral(" not shown in team ") + team.entity));
    }
    for (qsizetype i = 0; i < record.substitutions.size(); ++i) {
        const DrawSubstitution& s = record.substitutions[i];
        const QString html = page.partHtml.value(QStringLiteral("substitution:%1").arg(i + 1));
        QVERIFY2(html.contains(QStringLiteral("<span class=\"id struck\">%1</span> → %2").arg(s.out, shown(s.in))),
                 qPrintable(html));
        QVERIFY(html.contains(shown(s.entity)));
    }
    QCOMPARE(page.facts.size(), 3);
    QCOMPARE(page.facts[0], record.request.seed);
    QCOMPARE(page.facts[1], DrawEngine::seedHash(record.request.seed));
    QCOMPARE(page.facts[2], DrawJson::frozenRequestHash(record.request));

    QList<std::pair<QString, QString>> tickets;
    for (qsizetype i = 0; i < record.result.items.size(); ++i) {
        const QString seed = DrawEngine::itemSeed(record.request.seed, record.result.items[i].code);
        for (const DrawStratumResult& stratum : record.result.items[i].strata) {
            for (const QString& id : stratum.selected)
                tickets.append({id, DrawEngine::ticket(seed, id).left(20)});
        }
    }
    QCOMPARE(page.tickets, tickets);
}

} // namespace

class TestVerifyPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheRecordSafely();
    void specVector_data();
    void specVector();
    void ownDraws_data();
    void ownDraws();
    void tampered_data();
    void tampered();
    void unreadableRecords_data();
    void unreadableRecords();
    void checksARecordFileTheReaderChooses();
    void listsTheSeedParts();
    void aThousandEntitiesAgree();
    void ticketsEqualInTheirFirstDigits();
    void aLargeRecordShowsTheFirstCardsAndEveryDifference();
    void aLargeRecordShowsEverythingOnRequest();
};

void TestVerifyPage::rendersTheRecordSafely()
{
    const QByteArray json = DrawJson::write(chineseRecord());
    const QByteArray page = VerifyPage::render(json);
    const QByteArray open("<script type=\"application/json\" id=\"record\">");
    const qsizetype begin = page.indexOf(open);
    QVERIFY(begin > 0);
    const qsizetype end = page.indexOf("</script>", begin);
    const QByteArray embedded = page.mid(begin + open.size(), end - begin - open.size());
    QVERIFY(!embedded.contains('<'));
    QVERIFY(embedded.contains("\\u003c/script>\\u003c!--\\u003cscript>"));
    QCOMPARE(QByteArray(embedded).replace("\\u003c", "<"), json);
    QVERIFY(!page.contains(VerifyPage::recordMarker));
    // Nothing in the page is fetched: no address of any other resource.
    QVERIFY(!page.contains("http://"));
    QVERIFY(!page.contains("https://"));
    QVERIFY(!page.contains(" src="));
    QVERIFY(!page.contains(" href="));
}

void TestVerifyPage::specVector_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sha256");
    // Opened from disk the page is a secure context, so Chromium's crypto.subtle is used.
    QTest::newRow("crypto.subtle") << QString() << QStringLiteral("subtle");
    QTest::newRow("JavaScript SHA-256") << QStringLiteral("js-sha256") << QStringLiteral("js");
}

void TestVerifyPage::specVector()
{
    QFETCH(QString, query);
    QFETCH(QString, sha256);
    const DrawRecord record = vectorRecord();
    OPEN(page, pageOf(record), query);
    QCOMPARE(page->sha256, sha256);
    expectAgreement(record, *page);
    QCOMPARE(page->facts[1], QStringLiteral("8f6eafb425d09373b57ff1f5ba83045f60cf036623a786877b616ca798065ded"));
    QCOMPARE(page->tickets[0].first, QStringLiteral("12130322MB0A000053"));
    QVERIFY(QStringLiteral("0.01508572685861735909").startsWith(page->tickets[0].second));
    QCOMPARE(page->tickets[0].second.size(), 20);
    QCOMPARE(page->verdicts.size(), 3 + 6);
    QVERIFY(page->dom.contains(QStringLiteral("抽查计划 Plan：昌教抽查〔2026〕1号")));
}

void TestVerifyPage::ownDraws_data()
{
    QTest::addColumn<DrawRecord>("record");
    QTest::addColumn<QString>("query");
    QTest::newRow("Chinese ids, escaped reasons") << chineseRecord() << QString();
    QTest::newRow("Chinese ids, JavaScript SHA-256") << chineseRecord() << QStringLiteral("js-sha256");
    QTest::newRow("several items in one visit") << mergedVisitsRecord() << QString();
    QTest::newRow("certified-member rule") << certifiedRuleRecord() << QString();
    QTest::newRow("substitutions") << substitutionRecord() << QString();
    QTest::newRow("substitutions, JavaScript SHA-256") << substitutionRecord() << QStringLiteral("js-sha256");
}

void TestVerifyPage::ownDraws()
{
    QFETCH(DrawRecord, record);
    QFETCH(QString, query);
    QString difference;
    QVERIFY2(DrawEngine::verify(record, &difference), qPrintable(difference));
    OPEN(page, pageOf(record), query);
    expectAgreement(record, *page);
}

void TestVerifyPage::tampered_data()
{
    QTest::addColumn<DrawRecord>("record");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QStringList>("named"); // what the verdict line must name

    {
        // A team's second member swapped with its first backup.
        DrawRecord record = mergedVisitsRecord();
        DrawTeam& team = record.result.teams[2];
        const QString member = team.members[1];
        const QString backup = team.backups[0];
        std::swap(team.members[1], team.backups[0]);
        QTest::newRow("member swapped") << record << QStringLiteral("team:3")
                                        << QStringList {QStringLiteral("成员第 2 位"), backup, member,
                                                        QStringLiteral("member no. 2")};
    }
    {
        // The second selected entity replaced by one the draw did not select.
        DrawRecord record = chineseRecord();
        QStringList& selected = record.result.items[0].strata[0].selected;
        QString replacement;
        for (const QString& id : std::as_const(record.request.items[0].strata[0].ids)) {
            if (!selected.contains(id)) {
                replacement = id;
                break;
            }
        }
        const QString original = selected[1];
        selected[1] = replacement;
        QTest::newRow("entity replaced") << record << QStringLiteral("item:幼儿园办园行为/一般")
                                         << QStringList {QStringLiteral("抽中对象第 2 位"), replacement, original,
                                                         QStringLiteral("selected entity no. 2")};
    }
    {
        // The first substitution skips the backup the rule gives and takes the next one.
        DrawRecord record = vectorRecord();
        const DrawTeam team = record.result.teams[4]; // 12130322MB0A000045: ZF-05, ZF-06; backups ZF-03, ZF-07
        substitute(record, team.entity, team.members[1], QStringLiteral("病假"));
        QCOMPARE(record.substitutions[0].in, team.backups[0]);
        record.substitutions[0].in = team.backups[1];
        QTest::newRow("substitution skips a backup")
            << record << QStringLiteral("substitution:1")
            << QStringList {QStringLiteral("按规则应为 ") + team.backups[0], team.backups[1], team.members[1],
                            QStringLiteral("but the rule gives ") + team.backups[0]};
    }
}

void TestVerifyPage::tampered()
{
    QFETCH(DrawRecord, record);
    QFETCH(QString, part);
    QFETCH(QStringList, named);
    OPEN(page, pageOf(record), QString());
    QCOMPARE(page->overall, QStringLiteral("bad"));
    QVERIFY2(page->overallText.contains(QStringLiteral("✗ 不一致")), qPrintable(page->overallText));
    QCOMPARE(page->verdicts.value(part), QStringLiteral("bad"));
    const QString line = page->verdictTexts.value(part);
    QVERIFY2(line.startsWith(QStringLiteral("✗ 不一致")), qPrintable(line));
    for (const QString& text : named) {
        QVERIFY2(line.contains(text), qPrintable(text + QStringLiteral(" not in: ") + line));
        QVERIFY2(page->overallText.contains(text), qPrintable(text + QStringLiteral(" not in: ") + page->overallText));
    }
    // Only the tampered part differs: the others still agree.
    for (auto it = page->verdicts.cbegin(); it != page->verdicts.cend(); ++it) {
        if (it.key() != part)
            QVERIFY2(it.value() == QLatin1String("ok"), qPrintable(it.key() + QLatin1Char(' ') + it.value()));
    }
}

void TestVerifyPage::unreadableRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QByteArray missing = DrawJson::write(vectorRecord());
    missing.replace("\"backupFactor\"", "\"backupFactors\"");
    QTest::newRow("missing key") << missing << QStringLiteral("request.teams.backupFactor");
    QByteArray notNfc = DrawJson::write(chineseRecord());
    notNfc.replace("JY-é", "JY-e\xcc\x81"); // e + combining acute accent
    QTest::newRow("id not in NFC") << notNfc << QStringLiteral("NFC");
    QTest::newRow("no record") << QByteArray() << QStringLiteral("没有嵌入摇号记录");
    // Seed parts (docs/seed-parts.md) that do not join to the record's seed.
    DrawRecord parts = vectorRecord();
    parts.seedParts = {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("9482199351")),
                       SeedPart::fromPublic(QStringLiteral("中国福利彩票“双色球”"), QStringLiteral("2026-12-08"),
                                            QStringLiteral("8190937866"))};
    QTest::newRow("seed parts not the seed") << DrawJson::write(parts) << QStringLiteral("种子的组成");
}

void TestVerifyPage::unreadableRecords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    OPEN(page, VerifyPage::render(json), QString());
    QCOMPARE(page->overall, QStringLiteral("bad"));
    QVERIFY2(page->overallText.contains(named), qPrintable(page->overallText));
}

void TestVerifyPage::checksARecordFileTheReaderChooses()
{
    // The page checks its embedded record (which agrees); then a script added for this test does what a reader
    // does with the file chooser: picks a record file, here one with a swapped member.
    DrawRecord chosen = mergedVisitsRecord();
    std::swap(chosen.result.teams[0].members[0], chosen.result.teams[0].backups[1]);
    const QByteArray chooser = "<script>\n(function wait() {\n"
                               "  if (document.body.dataset.state !== 'done') return setTimeout(wait, 10);\n"
                               "  const files = new DataTransfer();\n"
                               "  files.items.add(new File([JSON.stringify("
        + QByteArray(DrawJson::write(chosen)).replace('<', "\\u003c")
        + ")], 'record.json'));\n"
          "  const input = document.getElementById('file');\n"
          "  input.files = files.files;\n"
          "  input.dispatchEvent(new Event('change'));\n"
          "})();\n</script>\n</body>";
    QByteArray html = pageOf(vectorRecord());
    QCOMPARE(html.count("</body>"), 1);
    html.replace("</body>", chooser);
    OPEN(page, html, QString());
    QCOMPARE(page->overall, QStringLiteral("bad"));
    QVERIFY(page->dom.contains(QStringLiteral("抽查计划 Plan：merged visits")));
    QCOMPARE(page->verdicts.value(QStringLiteral("team:1")), QStringLiteral("bad"));
    QVERIFY2(page->verdictTexts.value(QStringLiteral("team:1")).contains(QStringLiteral("成员第 1 位")),
             qPrintable(page->verdictTexts.value(QStringLiteral("team:1"))));
    // The chosen record's parts replaced those of the embedded one.
    QVERIFY(!page->verdicts.contains(QStringLiteral("item:JY-01/blacklist")));
    QCOMPARE(page->facts[2], DrawJson::frozenRequestHash(chosen.request));
}

void TestVerifyPage::listsTheSeedParts()
{
    // A record with its seed parts: they make the seed, the page lists them with their sources and agrees.
    DrawRecord record = vectorRecord();
    record.seedParts = {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("9482199351")),
                        SeedPart::fromPublic(QStringLiteral("中国福利彩票“双色球”"), QStringLiteral("2026-12-08"),
                                             QStringLiteral("8190937865"))};
    QCOMPARE(PlanDraw::seedOf(record.seedParts), record.request.seed);
    OPEN(page, pageOf(record), QString());
    expectAgreement(record, *page);
    QVERIFY2(page->dom.contains(QStringLiteral("中国福利彩票“双色球” 2026-12-08 开奖号码 8190937865")),
             qPrintable(page->dom.left(2000)));
    QVERIFY(page->dom.contains(QStringLiteral("王建国 掷骰 9482199351")));
}

void TestVerifyPage::aThousandEntitiesAgree()
{
    const DrawRecord record = largeRecord(1000);
    QElapsedTimer wall;
    wall.start();
    OPEN(page, pageOf(record), QString());
    qInfo("1,000 entities: checked in %d ms in the page, %lld ms with Chromium's start", page->milliseconds,
          wall.elapsed());
    expectAgreement(record, *page);
    // The time is bench_verifypage's figure, never a test's verdict.
    QVERIFY(page->milliseconds >= 0);
}

void TestVerifyPage::ticketsEqualInTheirFirstDigits()
{
    const DrawRecord record = equalFirstDigitsRecord();
    const QString seed = DrawEngine::itemSeed(record.request.seed, QStringLiteral("JY-01"));
    const QStringList& ids = record.request.items[0].strata[0].ids;
    for (const int pair : {0, 2}) {
        const QString later = DrawEngine::ticket(seed, ids[pair]);
        const QString earlier = DrawEngine::ticket(seed, ids[pair + 1]);
        QCOMPARE(later.left(11), earlier.left(11)); // "0." and 9 equal digits
        QVERIFY(earlier < later);
    }
    QCOMPARE(record.result.items[0].strata[0].selected,
             (QStringList {QStringLiteral("E0057609"), QStringLiteral("E0096735"), QStringLiteral("E0038701")}));
    for (const QString& query : {QString(), QStringLiteral("js-sha256")}) {
        OPEN(page, pageOf(record), query);
        expectAgreement(record, *page);
    }
}

void TestVerifyPage::aLargeRecordShowsTheFirstCardsAndEveryDifference()
{
    // 5000 entities at 5 %: 250 selected, 250 teams; the page shows the first 200 of each at once.
    DrawRecord record = largeRecord(5000);
    QCOMPARE(record.result.teams.size(), 250);
    DrawTeam& team = record.result.teams[229];
    std::swap(team.members[0], team.backups[0]);
    OPEN(page, pageOf(record), QString());
    QCOMPARE(page->overall, QStringLiteral("bad"));
    QVERIFY2(page->overallText.contains(QStringLiteral("第 230 个检查组")), qPrintable(page->overallText));
    QVERIFY2(page->overallText.contains(QStringLiteral("已核对 1 层抽取、250 个检查组")),
             qPrintable(page->overallText));
    // The stratum, teams 1 to 200, and team 230 that differs.
    QCOMPARE(page->verdicts.size(), 1 + 200 + 1);
    QCOMPARE(page->verdicts.value(QStringLiteral("team:230")), QStringLiteral("bad"));
    QCOMPARE(page->verdicts.value(QStringLiteral("team:200")), QStringLiteral("ok"));
    QVERIFY(!page->verdicts.contains(QStringLiteral("team:201")));
    QCOMPARE(page->tickets.size(), 200);
    QCOMPARE(page->dom.count(QStringLiteral("class=\"more\"")), 2);
    QVERIFY(page->dom.contains(QStringLiteral("显示其余 49 个检查组")));
    QVERIFY(page->dom.contains(QStringLiteral("显示其余 50 家")));
}

void TestVerifyPage::aLargeRecordShowsEverythingOnRequest()
{
    const DrawRecord record = largeRecord(5000);
    OPEN(page, showingEverything(pageOf(record)), QString());
    expectAgreement(record, *page); // every team card, every selected entity with its ticket
    QVERIFY(!page->dom.contains(QStringLiteral("class=\"more\"")));
}

QTEST_GUILESS_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
