// Publishing a plan of 5,000 visits: the website package (results and draw pages, item list, record, verify page,
// results as .xlsx, CSV and JSON, statistics page), timed per file kind. The baseline writes the same bytes with
// QFile, so the ratio shows what building the files costs over writing them. Prints figures; asserts nothing.
// `bench_publish [VISITS] [--keep DIR]` keeps the package in DIR (to look at it).
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "Publication.h"
#include "ResultRepository.h"
#include "Statistics.h"
#include "TableWriter.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

namespace {

void check(bool ok, WriteTransaction& tx, const char* what)
{
    if (!ok || !tx.commit())
        qFatal("%s: %s", what, qPrintable(tx.error()));
}

QString creditCode(int n)
{
    const QString body = QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("52130322") + body + Validators::organizationCodeCheckCharacter(body);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

// A plan over `visits` primary schools, every one drawn (the item's ratio is 100 %), 40 inspectors.
qint64 makePlan(Database& db, int visits)
{
    InspectionItem item;
    {
        WriteTransaction tx(db);
        item.code = QStringLiteral("JY-01");
        item.name = QStringLiteral("民办学校办学行为检查");
        item.legalBasis = QStringLiteral("《中华人民共和国民办教育促进法》第四十一条");
        item.authority = QStringLiteral("昌黎县教育局");
        item.content = QStringLiteral("办学许可、招生简章和广告、收费");
        item.method = QStringLiteral("现场检查、查阅资料");
        item.categories = {QStringLiteral("primary")};
        item.minRatioBp = 10000;
        check(ItemRepository(db).insert(tx, item), tx, "item");
    }
    {
        WriteTransaction tx(db);
        EntityRepository entities(db);
        bool ok = true;
        for (int i = 1; ok && i <= visits; ++i) {
            Entity e;
            e.name = QStringLiteral("昌黎县第%1民办学校").arg(i);
            e.creditCode = creditCode(i);
            ok = entities.insert(tx, e);
        }
        check(ok, tx, "entities");
    }
    {
        WriteTransaction tx(db);
        InspectorRepository inspectors(db);
        bool ok = true;
        for (int i = 1; ok && i <= 40; ++i) {
            Inspector x;
            x.code = QStringLiteral("ZF-%1").arg(i, 3, 10, QLatin1Char('0'));
            x.name = QStringLiteral("执法人员%1").arg(i);
            x.certNo = QStringLiteral("冀秦1303%1").arg(i, 4, 10, QLatin1Char('0'));
            ok = inspectors.insert(tx, x);
        }
        check(ok, tx, "inspectors");
    }
    Plan p;
    p.title = QStringLiteral("2026年民办学校办学行为双随机抽查");
    p.section = QStringLiteral("行政执法办公室");
    p.periodFrom = QDate(2026, 4, 1);
    p.periodTo = QDate(2026, 4, 30);
    p.purpose = QStringLiteral("规范办学行为");
    p.method = QStringLiteral("现场检查");
    p.items << PlanItemScope::forItem(item, false);
    {
        WriteTransaction tx(db);
        check(PlanRepository(db).insert(tx, p), tx, "plan");
    }
    PlanDraw draw(db);
    QString error;
    if (!draw.freeze(p.id, &error))
        qFatal("freeze: %s", qPrintable(error));
    const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(QStringLiteral("27182818284590452353"))}, &error);
    if (!attempt || !draw.draw(attempt->id, &error))
        qFatal("draw: %s", qPrintable(error));
    return p.id;
}

// A published result for every visit (every tenth with a problem and a rectification order). Written straight into
// the schema-3 tables in one transaction: through ResultRepository (create, submit, review, publish) the setup took
// 113 s for 500 visits on these machines, growing with the square of the visits, far too long for 5,000. Only the
// publication is measured; the rows are what ResultRepository would have stored.
void publishResults(Database& db, qint64 planId)
{
    const QList<PlanVisit> visits = ResultRepository(db).visits(planId);
    WriteTransaction tx(db);
    const QString now = tx.utcNow();
    bool ok = true;
    int n = 0;
    for (const PlanVisit& visit : visits) {
        QSqlQuery& result = tx.prepare(QStringLiteral(
            "INSERT INTO result (plan_id, entity, item_code, created_at, created_by) VALUES (?, ?, ?, ?, 'bench')"));
        result.addBindValue(planId);
        result.addBindValue(visit.entity);
        result.addBindValue(visit.items.first());
        result.addBindValue(now);
        ok = tx.exec(result);
        if (!ok)
            break;
        const bool problem = ++n % 10 == 0;
        QSqlQuery& version = tx.prepare(QStringLiteral(
            "INSERT INTO result_version (result_id, version, inspected_from, inspected_to, members, categories, "
            "findings, follow_up, rectify_by, state, reviewed_by, reviewed_at, published_at, created_at, created_by, "
            "updated_at) VALUES (?, 1, '2026-04-10', '2026-04-10', ?, ?, ?, ?, ?, 'published', 'bench', ?, ?, ?, "
            "'bench', ?)"));
        version.addBindValue(result.lastInsertId());
        version.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(visit.members)).toJson(QJsonDocument::Compact)));
        version.addBindValue(problem ? QStringLiteral("[\"ordered_rectify\"]") : QStringLiteral("[\"no_problem\"]"));
        version.addBindValue(problem ? QStringLiteral("未按规定公示收费项目") : QString(QLatin1String("")));
        version.addBindValue(problem ? QStringLiteral("rectify") : QStringLiteral("none"));
        version.addBindValue(problem ? QVariant(QStringLiteral("2026-05-10")) : QVariant());
        for (int i = 0; i < 4; ++i)
            version.addBindValue(now);
        ok = tx.exec(version);
        if (!ok)
            break;
    }
    check(ok, tx, "results");
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int visits = 5000;
    QString keep;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else
            visits = args.at(i).toInt();
    }
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    db->setCurrentUser(QStringLiteral("bench"));
    QElapsedTimer setup;
    setup.start();
    const qint64 planId = makePlan(*db, visits);
    publishResults(*db, planId);
    const auto results = Publication::publishedResults(*db, planId);
    std::printf("setup: %d visits drawn, %lld published results, %.2f s\n", visits, qlonglong(results.size()),
                seconds(setup));

    // The parts, each timed alone.
    QElapsedTimer t;
    t.start();
    const QByteArray resultsHtml = Publication::resultsPage(*db, planId, &error)->toUtf8();
    const double tResults = seconds(t);
    t.restart();
    const QByteArray drawHtml = Publication::drawPage(*db, planId, &error)->toUtf8();
    const double tDraw = seconds(t);
    t.restart();
    const QList<QStringList> rows = Publication::resultRows(Publication::publishedResults(*db, planId));
    const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
    TableWriter::writeXlsx(xlsx, QStringLiteral("results"), Publication::resultHeaders(), rows, &error);
    const double tXlsx = seconds(t);
    t.restart();
    TableWriter::writeCsv(dir.filePath(QStringLiteral("r.csv")), Publication::resultHeaders(), rows, &error);
    const double tCsv = seconds(t);
    t.restart();
    const QByteArray json = Publication::resultsJson(results, QStringLiteral("bench"), QStringLiteral("bench"));
    const double tJson = seconds(t);
    t.restart();
    const QString statistics = Statistics::page(*db, Statistics::compute(*db, HalfYear {2026, 1}, true));
    const double tStatistics = seconds(t);

    {
        // The key is made with light costs: the benchmark times the package, not the passphrase's derivation.
        WriteTransaction keyTx(*db);
        if (!PublicationKeys::create(keyTx, QStringLiteral("bench-publication"), PublicationKeys::Cost::Light)
            || !keyTx.commit())
            qFatal("key: %s", qPrintable(keyTx.error()));
    }
    const auto key = PublicationKeys::unlock(*db, QStringLiteral("bench-publication"), &error);
    if (!key)
        qFatal("key: %s", qPrintable(error));
    // The whole package, as `publish` writes it.
    const QString out = keep.isEmpty() ? dir.filePath(QStringLiteral("package")) : keep;
    t.restart();
    const std::clock_t cpu = std::clock();
    QList<PublishedFile> files;
    if (!Publication::writePackage(*db, planId, out, *key, &files, &error))
        qFatal("publish: %s", qPrintable(error));
    const double tPackage = seconds(t);
    const double cpuPackage = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    qint64 bytes = 0;
    QList<QByteArray> contents;
    for (const PublishedFile& f : files) {
        bytes += f.size;
        QFile file(QDir(out).filePath(f.name));
        file.open(QIODevice::ReadOnly);
        contents << file.readAll();
    }

    // Baseline: the same bytes written with QFile.
    const QString base = dir.filePath(QStringLiteral("baseline"));
    QDir().mkpath(base);
    t.restart();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile file(QDir(base).filePath(files.at(i).name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents.at(i)) != contents.at(i).size())
            qFatal("baseline write failed");
    }
    const double tBaseline = seconds(t);

    std::printf("results page %.3f s (%lld bytes), draw page %.3f s (%lld bytes)\n", tResults,
                qlonglong(resultsHtml.size()), tDraw, qlonglong(drawHtml.size()));
    std::printf("results .xlsx %.3f s, CSV %.3f s, JSON %.3f s (%lld bytes), statistics page %.3f s (%lld chars)\n",
                tXlsx, tCsv, tJson, qlonglong(json.size()), tStatistics, qlonglong(statistics.size()));
    std::printf("whole package (%lld files, %lld bytes): %.3f s wall, %.3f s CPU (goal < 3 s); baseline QFile writes "
                "of the same bytes %.4f s; ratio %.0fx\n",
                qlonglong(files.size()), bytes, tPackage, cpuPackage, tBaseline,
                tBaseline > 0 ? tPackage / tBaseline : 0.0);
    // The row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    std::printf(
        "README| `bench_publish`: publish a plan of %d visits with %lld published results (%lld files, %.0f MB) "
        "vs QFile writes of the same bytes | %.2f s wall, %.2f s CPU (results page %.2f s, draw page %.2f s, "
        ".xlsx %.2f s, statistics %.2f s); QFile alone %.2f s | < 3 s |\n",
        visits, qlonglong(results.size()), qlonglong(files.size()), bytes / 1e6, tPackage, cpuPackage, tResults, tDraw,
        tXlsx, tStatistics, tBaseline);
    return 0;
}
