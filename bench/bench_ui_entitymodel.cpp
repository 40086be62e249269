// How fast the entity page opens and filters over a registry of 100,000 entities: the time to the first rows of
// the model and of the page (laid out and painted offscreen), and for one filter keystroke, against the goals
// 100 ms (open) and 20 ms (keystroke, median). A keystroke of a search of 3 characters or more goes through the
// trigram index; 1 and 2 characters through the trigrams that begin with them (EntitySearch), reported apart.
// Also what the index costs the writes: N single creates in one transaction (EntityRepository::insert, as an import
// writes them) with the index kept by the repository (data version 6: a new entity is above the mark, nothing is
// written to the index), without any index, and with the triggers an earlier draft kept it by; and the catch-up
// that indexes the N new entities in one statement (EntitySearch::catchUp).
//   bench_ui_entitymodel [--entities N] [--keep FILE]   (--keep leaves the generated data file at FILE)
#include "AppSetup.h"
#include "Database.h"
#include "EntityPage.h"
#include "EntityRepository.h"
#include "EntitySearch.h"
#include "EntityTableModel.h"
#include "Schema.h"
#include "TownshipRepository.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

namespace {

const QString kCreditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// A valid 统一社会信用代码 for a number: 52 (民办非企业单位) or 12 (事业单位), region 130322, an organisation code
// body made from n, and both check characters.
QString creditCodeFor(int n)
{
    QString body;
    int value = n;
    for (int i = 0; i < 8; ++i) {
        body.prepend(kCreditAlphabet[value % 10 + (i == 7 ? 10 : 0)]);
        value /= 10;
    }
    const QString org = body + Validators::organizationCodeCheckCharacter(body);
    const QString first17 = (n % 3 == 0 ? QStringLiteral("52") : QStringLiteral("12")) + QStringLiteral("130322") + org;
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

const QStringList kTownships {
    QStringLiteral("昌黎镇"),   QStringLiteral("靖安镇"),   QStringLiteral("泥井镇"),   QStringLiteral("大蒲河镇"),
    QStringLiteral("新集镇"),   QStringLiteral("刘台庄镇"), QStringLiteral("朱各庄镇"), QStringLiteral("安山镇"),
    QStringLiteral("龙家店镇"), QStringLiteral("荒佃庄镇"), QStringLiteral("团林乡"),   QStringLiteral("葛条港乡"),
    QStringLiteral("马坨店乡"), QStringLiteral("两山乡"),   QStringLiteral("十里铺乡"), QStringLiteral("茹荷镇")};

struct Kind
{
    const char* category;
    const char* ownership;
    const char* suffix;
};
const Kind kKinds[] = {{"kindergarten", "private", "幼儿园"}, {"kindergarten", "public", "中心幼儿园"},
                       {"primary", "public", "小学"},         {"junior", "public", "初级中学"},
                       {"training", "private", "培训学校"},   {"nine_year", "public", "九年一贯制学校"}};

bool generate(Database& db, int count, QString* error)
{
    WriteTransaction tx(db);
    TownshipRepository townships(db);
    QList<qint64> townshipIds;
    for (const QString& name : kTownships)
        townshipIds << townships.ensure(tx, name);
    EntityRepository repo(db);
    QRandomGenerator random(20261127);
    for (int n = 1; n <= count && tx.ok(); ++n) {
        Entity e;
        const Kind& kind = kKinds[random.bounded(int(std::size(kKinds)))];
        const int township = random.bounded(int(kTownships.size()));
        e.code = EntityRepository::codeForNumber(n);
        e.creditCode = creditCodeFor(n);
        e.name = kTownships[township] + QStringLiteral("第%1").arg(n) + QString::fromUtf8(kind.suffix);
        e.category = QString::fromLatin1(kind.category);
        e.ownership = QString::fromLatin1(kind.ownership);
        e.townshipId = townshipIds[township];
        e.principal = QStringLiteral("负责人%1").arg(n % 997);
        e.phone = QStringLiteral("1390335%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
        e.riskClass = QString(QChar(u'A' + random.bounded(4)));
        e.status = random.bounded(100) < 95 ? QStringLiteral("normal") : QStringLiteral("suspended");
        if (random.bounded(100) < 2) {
            e.blacklisted = true;
            e.blacklistReason = QStringLiteral("无证办学");
        }
        repo.insert(tx, e);
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuSeconds(std::clock_t since)
{
    return double(std::clock() - since) / CLOCKS_PER_SEC;
}

struct Cost
{
    double wall = 0; // s
    double cpu = 0; // s
};

// How the entities' search is kept while they are created (only for the measurement of the creates).
// WithoutSearch: no entity_search (entity_status_code, the page's index, stays); None: no index of version 6 at all.
enum class Keeping { ByRepository, WithoutSearch, None, Triggers };

// Creates `count` entities in one transaction into a new data file at `path` kept as `keeping` says.
std::optional<Cost> createCost(const QString& path, int count, Keeping keeping, QString* error)
{
    auto db = Database::open(path, error);
    if (!db)
        return std::nullopt;
    QStringList statements;
    if (keeping == Keeping::WithoutSearch || keeping == Keeping::None) {
        statements << QStringLiteral("DROP TABLE entity_search_terms") << QStringLiteral("DROP TABLE entity_search")
                   << QStringLiteral("DROP TABLE entity_search_state");
        if (keeping == Keeping::None)
            statements << QStringLiteral("DROP INDEX entity_status_code");
    } else if (keeping == Keeping::Triggers) {
        const QString text = Schema::entitySearchText(QStringLiteral("new"));
        statements << QStringLiteral("CREATE TRIGGER entity_search_insert AFTER INSERT ON entity BEGIN "
                                     "INSERT INTO entity_search(rowid, text) VALUES (new.id, %1); END")
                          .arg(text);
    }
    for (const QString& statement : statements) {
        QSqlQuery q(db->sql());
        if (!q.exec(statement)) {
            *error = statement;
            return std::nullopt;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    if (!generate(*db, count, error))
        return std::nullopt;
    return Cost {ms(timer) / 1000, cpuSeconds(cpu)};
}

void report(const char* what, double milliseconds, double goal)
{
    std::printf("%-56s %8.1f ms   goal %4.0f ms   ratio %.2f\n", what, milliseconds, goal, milliseconds / goal);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppSetup::setLanguage(QStringLiteral("zh"));
    AppSetup::applyFont();
    int count = 100000;
    QString keep;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--entities"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    QString error;
    Cost created;
    Cost caughtUp;
    {
        auto db = Database::open(path, &error);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        if (!generate(*db, count, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        created = {ms(timer) / 1000, cpuSeconds(cpu)};
        std::printf("generated %d entities in %.2f s, %.2f s CPU (one transaction, EntityRepository::insert)\n", count,
                    created.wall, created.cpu);
        // Every entity is above the mark: the catch-up indexes them in one statement.
        timer.restart();
        cpu = std::clock();
        if (!EntitySearch::catchUp(*db, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        caughtUp = {ms(timer) / 1000, cpuSeconds(cpu)};
        std::printf("indexed %d entities in %.2f s, %.2f s CPU (EntitySearch::catchUp)\n", count, caughtUp.wall,
                    caughtUp.cpu);
    }
    // Measure on a freshly opened file, as the clerk would start the program.
    auto db = Database::open(path, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;

    timer.start();
    EntityTableModel model(*db);
    EntityFilter active;
    active.status = QStringLiteral("normal");
    model.setFilter(active);
    const double modelOpen = ms(timer);
    std::printf("model: %d rows fetched of %d\n", model.rowCount(), model.totalCount());

    timer.restart();
    EntityFilter typed = active;
    typed.text = QStringLiteral("靖安");
    model.setFilter(typed);
    const double modelKeystroke = ms(timer);
    std::printf("model, search A = \"靖安\": %d rows fetched of %d\n", model.rowCount(), model.totalCount());

    timer.restart();
    typed.text = QStringLiteral("靖安镇第1234");
    model.setFilter(typed);
    const double modelNarrow = ms(timer);
    std::printf("model, search B = \"靖安镇第1234\": %d rows fetched of %d\n", model.rowCount(), model.totalCount());

    timer.restart();
    model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    const double modelSort = ms(timer);

    timer.restart();
    auto* page = new EntityPage(*db);
    page->resize(1100, 700);
    page->show();
    QCoreApplication::processEvents();
    page->tableView()->viewport()->repaint();
    const double pageOpen = ms(timer);

    // The same again once Qt has started (styles, fonts, the first widgets): in the program the login dialog and the
    // window have paid for that before the clerk opens the entity page.
    double pageOpenAgain = 0;
    {
        timer.restart();
        EntityPage again(*db);
        again.resize(1100, 700);
        again.show();
        QCoreApplication::processEvents();
        again.tableView()->viewport()->repaint();
        pageOpenAgain = ms(timer);
    }

    timer.restart();
    page->searchBox()->setText(QStringLiteral("小学"));
    page->applyFilterNow();
    page->tableView()->viewport()->repaint();
    const double pageKeystroke = ms(timer);
    std::printf("page, search C = \"小学\": %s\n", qPrintable(page->countLabel()->text()));

    timer.restart();
    page->tableView()->scrollToBottom();
    QCoreApplication::processEvents();
    const double scroll = ms(timer);

    // The clerk types a few searches into the page, one character at a time (each keystroke: filter, count shown,
    // rows painted), three times over; the medians of the keystrokes by the length of the text so far.
    const QStringList searches {QStringLiteral("靖安镇第1234"), QStringLiteral("培训学校"), QStringLiteral("E00012"),
                                QStringLiteral("刘台庄镇第5"), QStringLiteral("130322")};
    QList<double> shortKeys;
    QList<double> longKeys;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : searches) {
            for (qsizetype length = 1; length <= text.size(); ++length) {
                timer.restart();
                page->searchBox()->setText(text.left(length));
                page->applyFilterNow();
                page->tableView()->viewport()->repaint();
                (length <= 2 ? shortKeys : longKeys) << ms(timer);
            }
        }
    }
    page->searchBox()->clear();
    page->applyFilterNow();

    std::printf("\n");
    report("open: model, first page + count", modelOpen, 100);
    report("open: page shown, first rows painted (Qt's first widgets)", pageOpen, 100);
    report("open: page shown, first rows painted (Qt started)", pageOpenAgain, 100);
    report("keystroke: model setFilter(search A, 2 chars) + first page", modelKeystroke, 20);
    report("keystroke: model setFilter(search B, few matches)", modelNarrow, 20);
    report("keystroke: page search C (2 chars), count, rows painted", pageKeystroke, 20);
    std::printf("typing %lld searches into the page, 3 rounds (%lld keystrokes):\n",
                static_cast<long long>(searches.size()), static_cast<long long>(shortKeys.size() + longKeys.size()));
    report("keystroke, text of 3+ chars: median (trigram index)", median(longKeys), 20);
    report("keystroke, text of 3+ chars: slowest", *std::max_element(longKeys.begin(), longKeys.end()), 20);
    report("keystroke, text of 1-2 chars: median", median(shortKeys), 20);
    report("keystroke, text of 1-2 chars: slowest", *std::max_element(shortKeys.begin(), shortKeys.end()), 20);
    report("sort by name (re-query, first page)", modelSort, 300);
    report("scroll to the end of the fetched rows (fetchMore)", scroll, 50);
    delete page;
    page = nullptr;

    // The creates again into new files, without any index and with the triggers of the earlier draft.
    std::optional<Cost> unsearched
        = createCost(dir.filePath(QStringLiteral("nosearch.sqlite")), count, Keeping::WithoutSearch, &error);
    std::optional<Cost> plain;
    std::optional<Cost> triggers;
    if (unsearched)
        plain = createCost(dir.filePath(QStringLiteral("none.sqlite")), count, Keeping::None, &error);
    if (plain)
        triggers = createCost(dir.filePath(QStringLiteral("triggers.sqlite")), count, Keeping::Triggers, &error);
    if (!plain || !triggers) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d single creates in one transaction: %.2f s (%.2f s CPU) with the index kept by the repository, "
                "%.2f s (%.2f s CPU) without entity_search, %.2f s (%.2f s CPU) without any index of version 6 "
                "(nor entity_status_code), %.2f s (%.2f s CPU) with triggers\n",
                count, created.wall, created.cpu, unsearched->wall, unsearched->cpu, plain->wall, plain->cpu,
                triggers->wall, triggers->cpu);

    // The rows of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    std::printf("README| `bench_ui_entitymodel`: open the entity page on %d entities | %.0f ms model, %.0f ms first "
                "rows painted | < 100 ms |\n",
                count, modelOpen, pageOpen);
    std::printf("README| `bench_ui_entitymodel`: one filter keystroke on %d entities | %.0f / %.0f ms model (searches "
                "A / B), %.0f ms page (search C) | < 20 ms |\n",
                count, modelKeystroke, modelNarrow, pageKeystroke);
    std::printf("README| `bench_ui_entitymodel`: %d single creates in one transaction (EntityRepository::insert) | "
                "%.2f s CPU with the search index kept by the repository, %.2f s without the search index, %.2f s "
                "without entity_status_code either (%.2f s with the search index kept by triggers) | as without |\n",
                count, created.cpu, unsearched->cpu, plain->cpu, triggers->cpu);
    std::printf("README| `bench_ui_entitymodel`: index %d new entities in one statement (EntitySearch::catchUp, after "
                "an import) | %.2f s CPU | — |\n",
                count, caughtUp.cpu);
    return 0;
}
