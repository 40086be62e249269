// Timings of the public check page (resources/templates/verify.html) in headless Chromium, for records of 1,000 and
// 100,000 entities, with the browser's crypto.subtle and with the page's own JavaScript SHA-256. The baseline is
// Chromium opening a page with no record. Prints figures; asserts nothing. With SHUANGSUI_VERIFYPAGE_SAVE=DIR in
// the environment it also writes the pages it opens to DIR/verify-<n>.html, to profile them in a browser.
#include "DrawEngine.h"
#include "VerifyPage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cstdio>

namespace {

// An item over n entities (5 % normal, 50 % of a blacklist of n / 100), 30 inspectors, teams of 2.
DrawRecord record(int n)
{
    DrawRequest q;
    q.plan = QStringLiteral("bench");
    q.seed = QStringLiteral("94821993518190937865");
    QStringList normal;
    QStringList blacklist;
    for (int i = 0; i < n; ++i)
        (i % 100 == 99 ? blacklist : normal).append(QStringLiteral("12130322MB%1").arg(i, 8, 10, QLatin1Char('0')));
    q.items = {{QStringLiteral("JY-01"),
                {{QStringLiteral("normal"), 500, std::nullopt, normal},
                 {QStringLiteral("blacklist"), 5000, std::nullopt, blacklist}}}};
    for (int i = 1; i <= 30; ++i)
        q.inspectors.append({QStringLiteral("ZF-%1").arg(i, 3, 10, QLatin1Char('0')), i % 3 != 0});
    q.teams = {2, 1, 2, 0};
    QString error;
    const std::optional<DrawResult> result = DrawEngine::draw(q, &error);
    if (!result)
        qFatal("draw: %s", qPrintable(error));
    return DrawRecord {q, *result, {}, {}};
}

struct Run
{
    qint64 wallMs = -1;
    int pageMs = -1;
    QString verdict;
};

Run runChromium(const QString& chromium, const QByteArray& html, const QString& query)
{
    QTemporaryDir dir;
    QTemporaryDir profile;
    const QString path = dir.filePath(QStringLiteral("verify.html"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QUrl url = QUrl::fromLocalFile(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QElapsedTimer wall;
    wall.start();
    QProcess process;
    process.start(chromium,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                   QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--virtual-time-budget=600000"),
                   QStringLiteral("--dump-dom"), url.toString(QUrl::FullyEncoded)});
    Run run;
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.wallMs = wall.elapsed();
    const QString dom = QString::fromUtf8(process.readAllStandardOutput());
    run.pageMs = QRegularExpression(QStringLiteral("data-ms=\"(\\d+)\"")).match(dom).captured(1).toInt();
    run.verdict = QRegularExpression(QStringLiteral("<div id=\"overall\" class=\"\\w+\" data-verdict=\"(\\w+)\""))
                      .match(dom)
                      .captured(1);
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        std::fprintf(stderr, "chromium is not installed (scripts/setup-debian.sh installs it)\n");
        return 1;
    }
    const Run baseline = runChromium(chromium, VerifyPage::render(QByteArray()), QString());
    std::printf("baseline: Chromium opening the page without a record: %lld ms wall\n",
                static_cast<long long>(baseline.wallMs));
    QList<int> pageMs[2]; // 1,000 and 100,000 entities, both engines
    for (const int n : {1000, 100000}) {
        const DrawRecord r = record(n);
        const QByteArray html = VerifyPage::render(DrawJson::write(r));
        if (const QString saveDir = qEnvironmentVariable("SHUANGSUI_VERIFYPAGE_SAVE"); !saveDir.isEmpty()) {
            QFile saved(saveDir + QStringLiteral("/verify-%1.html").arg(n));
            if (!saved.open(QIODevice::WriteOnly) || saved.write(html) != html.size())
                qFatal("cannot write %s", qPrintable(saved.fileName()));
        }
        for (const auto& [engine, query] :
             {std::pair {"crypto.subtle", QString()}, std::pair {"JavaScript SHA-256", QStringLiteral("js-sha256")}}) {
            const Run run = runChromium(chromium, html, query);
            std::printf("%6d entities, %4lld teams, page %5.1f MB, %-18s: verdict %s, checked in %6d ms in the page, "
                        "%6lld ms wall (%+lld ms over the baseline)\n",
                        n, static_cast<long long>(r.result.teams.size()), html.size() / 1e6, engine,
                        qPrintable(run.verdict), run.pageMs, static_cast<long long>(run.wallMs),
                        static_cast<long long>(run.wallMs - baseline.wallMs));
            pageMs[n == 1000 ? 0 : 1].append(run.pageMs);
        }
    }
    // The row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    const auto range = [](const QList<int>& ms) {
        const auto [low, high] = std::minmax_element(ms.cbegin(), ms.cend());
        return QStringLiteral("%1–%2 s").arg(*low / 1000.0, 0, 'f', 1).arg(*high / 1000.0, 0, 'f', 1);
    };
    std::printf(
        "README| `bench_verifypage`: the browser check of a record, 1,000 / 100,000 entities | %s / %s inside the "
        "page | < 2 s for 100,000 |\n",
        qPrintable(range(pageMs[0])), qPrintable(range(pageMs[1])));
    return 0;
}
