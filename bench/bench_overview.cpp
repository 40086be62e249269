// Benchmark: the overview's checks on a data file of 100,000 entities (200 of them blacklisted) with one drawn plan
// of about 3,750 visits, as the overview page runs them when it is shown (goal: well under a second). Prints figures.
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Overview.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "RegistryImport.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QString creditCode(int n)
{
    const QString body = QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("52130322") + body + Validators::organizationCodeCheckCharacter(body);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

const char* const kCategories[] = {"幼儿园", "小学", "初中", "培训机构"};

bool fail(QTextStream& out, const QString& what, const QString& error)
{
    out << what << ": " << error << Qt::endl;
    return false;
}

bool fillDatabase(Database& db, int rows, QTextStream& out, const QString& csvPath)
{
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return fail(out, QStringLiteral("csv"), f.errorString());
        QByteArray data
            = QStringLiteral("统一社会信用代码,单位名称,类别,办学性质,所属乡镇,办学地址,负责人,联系电话\n").toUtf8();
        for (int i = 1; i <= rows; ++i) {
            // Every 1,000th entity has no credit code (the registry-health check counts them).
            data += QStringLiteral("%1,昌黎县第%2学校,%3,民办,昌黎镇,人民路%2号,张%2,13800000000\n")
                        .arg(i % 1000 == 0 ? QString() : creditCode(i))
                        .arg(i)
                        .arg(QString::fromUtf8(kCategories[i % 4]))
                        .toUtf8();
        }
        f.write(data);
    }
    QString error;
    const ImportPreview preview = RegistryImport::preview(db, Registry::Entities, csvPath);
    ImportSummary summary;
    if (!RegistryImport::apply(db, preview, &summary, &error))
        return fail(out, QStringLiteral("import"), error);

    WriteTransaction tx(db);
    EntityRepository entities(db);
    for (qint64 id = 250; id <= 50000; id += 250) {
        auto e = entities.find(id);
        if (!e)
            continue;
        e->blacklisted = true;
        e->blacklistReason = QStringLiteral("违规招生");
        if (!entities.update(tx, *e))
            return fail(out, QStringLiteral("blacklist"), tx.error());
    }
    InspectionItem schools;
    schools.code = QStringLiteral("JY-01");
    schools.name = QStringLiteral("学校办学行为检查");
    schools.legalBasis = QStringLiteral("《中华人民共和国教育法》");
    schools.categories = {QStringLiteral("kindergarten"), QStringLiteral("primary"), QStringLiteral("junior")};
    InspectionItem training = schools;
    training.code = QStringLiteral("JY-02");
    training.name = QStringLiteral("校外培训机构检查");
    training.categories = {QStringLiteral("training")};
    if (!ItemRepository(db).insert(tx, schools) || !ItemRepository(db).insert(tx, training))
        return fail(out, QStringLiteral("items"), tx.error());
    for (int i = 1; i <= 60; ++i) {
        Inspector x;
        x.code = QStringLiteral("ZF-%1").arg(i, 3, 10, QLatin1Char('0'));
        x.name = QStringLiteral("人员%1").arg(i);
        x.certNo = QStringLiteral("冀秦1303%1").arg(i, 4, 10, QLatin1Char('0'));
        x.certTo = QDate(2026, 12, 31 - i % 20);
        if (!InspectorRepository(db).insert(tx, x))
            return fail(out, QStringLiteral("inspectors"), tx.error());
    }
    Plan plan;
    plan.title = QStringLiteral("2026年学校办学行为双随机抽查");
    plan.section = QStringLiteral("行政执法办公室");
    plan.periodFrom = QDate(2026, 9, 1);
    plan.periodTo = QDate(2026, 9, 30);
    plan.purpose = QStringLiteral("规范办学行为");
    plan.method = QStringLiteral("现场检查");
    plan.confidentiality = QStringLiteral("抽查结果公布前不得泄露");
    plan.resultUse = QStringLiteral("纳入诚信档案");
    plan.items << PlanItemScope::forItem(schools);
    if (!PlanRepository(db).insert(tx, plan) || !tx.commit())
        return fail(out, QStringLiteral("plan"), tx.error());

    PlanDraw draw(db);
    if (!draw.freeze(plan.id, &error))
        return fail(out, QStringLiteral("freeze"), error);
    const auto attempt = draw.addSeed(plan.id, {SeedPart::fromSystem(QStringLiteral("16180339887498948482"))}, &error);
    if (!attempt || !draw.draw(attempt->id, &error))
        return fail(out, QStringLiteral("draw"), error);
    out << "entities: " << EntityRepository(db).count()
        << ", visits drawn: " << draw.currentAttempt(plan.id)->result->teams.size() << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("overview.sqlite")), &error);
    if (!db) {
        out << error << Qt::endl;
        return 1;
    }
    db->setCurrentUser(QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    if (!fillDatabase(*db, rows, out, dir.filePath(QStringLiteral("entities.csv"))))
        return 1;
    out << "setting up: " << timer.elapsed() << " ms" << Qt::endl;

    // The page's way: one Overview for every section, so the standing draws are read once.
    const QDate today(2026, 10, 21);
    timer.restart();
    const Overview overview(*db, today);
    qint64 total = 0;
    for (Overview::Section section : Overview::sections()) {
        QElapsedTimer one;
        one.start();
        const QList<OverviewRow> rows = overview.rows(section);
        const qint64 ms = one.elapsed();
        total += ms;
        out << QStringLiteral("%1 %2 ms, %3 rows")
                   .arg(Overview::sectionTitle(section) + QLatin1Char(':'), -45)
                   .arg(ms, 5)
                   .arg(rows.size())
            << Qt::endl;
    }
    out << "all sections: " << total << " ms (goal: well under 1,000 ms)" << Qt::endl;
    // The row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    out << QStringLiteral("README| `bench_overview`: every section of the overview page on %1 entities | %2 ms | "
                          "< 1,000 ms |")
               .arg(rows)
               .arg(total)
        << Qt::endl;
    return 0;
}
