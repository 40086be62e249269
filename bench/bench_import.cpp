// Benchmark: importing 100,000 entities from CSV with full validation, against sqlite3's own `.import` of the same
// file into a plain table, measured in the same run (goal: at most 2× the sqlite3 time). Prints figures only.
#include "Database.h"
#include "EntityRepository.h"
#include "EntitySearch.h"
#include "RegistryImport.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

namespace {

QString creditCode(int n)
{
    const QString body = QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("91130322") + body + Validators::organizationCodeCheckCharacter(body);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

// CPU time in ms of this process and of its waited-for children (sqlite3): on a shared, loaded machine the wall
// clock also measures the other programs, the CPU time much less so. -1 where not available.
qint64 cpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#else
    return -1;
#endif
}

qint64 childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
#else
    return -1;
#endif
}

const char* const kTownships[] = {"昌黎镇", "靖安镇", "安山镇", "龙家店镇", "泥井镇", "大蒲河镇", "新集镇", "刘台庄镇"};
const char* const kCategories[] = {"幼儿园", "小学", "初中", "培训机构"};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("entities.csv"));
    {
        QFile f(csvPath);
        f.open(QIODevice::WriteOnly);
        QByteArray data
            = QStringLiteral("统一社会信用代码,单位名称,类别,办学性质,所属乡镇,办学地址,负责人,联系电话\n").toUtf8();
        for (int i = 1; i <= rows; ++i) {
            const QString township = QString::fromUtf8(kTownships[i % 8]);
            data += QStringLiteral("%1,昌黎县第%2培训学校有限公司,%3,民办,%4,%4人民路%2号,张%2,138%5\n")
                        .arg(creditCode(i))
                        .arg(i)
                        .arg(QString::fromUtf8(kCategories[i % 4]), township)
                        .arg(i % 100000000, 8, 10, QLatin1Char('0'))
                        .toUtf8();
        }
        f.write(data);
    }
    out << "rows: " << rows << Qt::endl;

    // Baseline: sqlite3's .import into a plain table, no validation.
    QElapsedTimer timer;
    const qint64 childrenBefore = childrenCpuMs();
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.sqlite"))});
    sqlite.waitForStarted();
    sqlite.write(QStringLiteral(".mode csv\n.import '%1' plain\n.quit\n").arg(csvPath).toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const qint64 baselineMs = timer.elapsed();
    const qint64 baselineCpuMs = childrenCpuMs() - childrenBefore;
    if (sqlite.exitCode() != 0) {
        out << "sqlite3 .import failed (is the sqlite3 package installed?)" << Qt::endl;
        return 1;
    }
    out << "sqlite3 .import (baseline):          " << baselineMs << " ms (CPU " << baselineCpuMs << " ms)" << Qt::endl;

    QString error;
    // The floor: what SQLite alone needs to store the same rows in our entity table (its unique codes and indexes,
    // in WAL mode, with our page cache), without reading the file, checking a row or writing the audit trail. The
    // rows come from a plain table .imported first (not timed); one INSERT … SELECT and its commit are timed.
    qint64 floorMs = -1;
    qint64 floorCpuMs = -1;
    {
        const QString floorPath = dir.filePath(QStringLiteral("floor.sqlite"));
        if (!Database::open(floorPath, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        const auto runSqlite = [&](const QString& script) {
            QProcess p;
            p.start(QStringLiteral("sqlite3"), {floorPath});
            p.waitForStarted();
            p.write(script.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(-1);
            return p.exitCode() == 0 && p.readAllStandardError().isEmpty();
        };
        QString townships;
        for (const char* t : kTownships)
            townships += QStringLiteral("INSERT INTO township(name) VALUES ('%1');\n").arg(QString::fromUtf8(t));
        if (!runSqlite(QStringLiteral(".mode csv\n.import '%1' plain\n").arg(csvPath) + townships)) {
            out << "sqlite3 could not prepare the floor's table" << Qt::endl;
            return 1;
        }
        const qint64 before = childrenCpuMs();
        timer.restart();
        const bool stored = runSqlite(QStringLiteral(
            "PRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -65536;\nBEGIN;\n"
            "INSERT INTO entity (code, credit_code, name, category, ownership, township_id, address, principal, "
            "phone, updated_at) SELECT printf('DX%06d', p.rowid), p.\"统一社会信用代码\", p.\"单位名称\", 'training', "
            "'private', t.id, p.\"办学地址\", p.\"负责人\", p.\"联系电话\", '2026-12-07T00:00:00Z' "
            "FROM plain p LEFT JOIN township t ON t.name = p.\"所属乡镇\";\nCOMMIT;\n"));
        floorMs = timer.elapsed();
        floorCpuMs = childrenCpuMs() - before;
        if (!stored) {
            out << "sqlite3 could not store the rows in the entity table" << Qt::endl;
            return 1;
        }
    }
    out << "floor: SQLite stores them in our entity table: " << floorMs << " ms (CPU " << floorCpuMs << " ms), "
        << QString::number(double(floorMs) / double(qMax<qint64>(1, baselineMs)), 'f', 2) << "× the baseline"
        << Qt::endl;

    auto db = Database::open(dir.filePath(QStringLiteral("shuangsui.sqlite")), &error);
    if (!db) {
        out << error << Qt::endl;
        return 1;
    }
    timer.restart();
    const qint64 cpuStart = cpuMs();
    const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, csvPath);
    const qint64 previewMs = timer.elapsed();
    const qint64 previewCpuMs = cpuMs() - cpuStart;
    timer.restart();
    // The import's own transaction, then the search index for the new entities in one statement of its own, as
    // RegistryOperations::importRows does (what RegistryImport::apply does too): timed apart.
    ImportSummary summary;
    {
        WriteTransaction tx(*db);
        if (!RegistryImport::applyIn(tx, preview, &summary, &error) || !tx.commit()) {
            out << (error.isEmpty() ? tx.error() : error) << Qt::endl;
            return 1;
        }
    }
    const qint64 applyMs = timer.elapsed();
    const qint64 applyCpuMs = cpuMs() - cpuStart - previewCpuMs;
    timer.restart();
    if (!EntitySearch::catchUp(*db, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 indexMs = timer.elapsed();
    const qint64 indexCpuMs = cpuMs() - cpuStart - previewCpuMs - applyCpuMs;
    const qint64 totalMs = previewMs + applyMs;
    out << "shuangsui read + validate + preview:  " << previewMs << " ms (CPU " << previewCpuMs << " ms)" << Qt::endl;
    out << "shuangsui write (with audit entries): " << applyMs << " ms (CPU " << applyCpuMs << " ms)" << Qt::endl;
    out << "then the search index (catch-up):     " << indexMs << " ms (CPU " << indexCpuMs << " ms)" << Qt::endl;
    out << "shuangsui import total:               " << totalMs << " ms, " << summary.created << " created" << Qt::endl;
    out << QStringLiteral("ratio to sqlite3 .import: %1× (goal ≤ 2×)")
               .arg(double(totalMs) / double(qMax<qint64>(1, baselineMs)), 0, 'f', 2)
        << Qt::endl;
    if (baselineCpuMs > 0)
        out << QStringLiteral("ratio of CPU times:       %1×")
                   .arg(double(previewCpuMs + applyCpuMs) / double(baselineCpuMs), 0, 'f', 2)
            << Qt::endl;
    // The row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    out << QStringLiteral(
               "README| `bench_import`: import %1 entities from CSV vs `sqlite3 .import` | %2 s (%3 s preview, "
               "%4 s write; then %8 s for the search index) vs %5 s: %6× wall, %7× CPU | ≤ 2× |")
               .arg(rows)
               .arg(totalMs / 1000.0, 0, 'f', 2)
               .arg(previewMs / 1000.0, 0, 'f', 2)
               .arg(applyMs / 1000.0, 0, 'f', 2)
               .arg(baselineMs / 1000.0, 0, 'f', 2)
               .arg(double(totalMs) / double(qMax<qint64>(1, baselineMs)), 0, 'f', 1)
               .arg(double(previewCpuMs + applyCpuMs) / double(qMax<qint64>(1, baselineCpuMs)), 0, 'f', 1)
               .arg(indexMs / 1000.0, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral(
               "README| `bench_import`: the floor — SQLite alone storing the same rows in our entity table (its unique "
               "codes and indexes, WAL), no reading, checks or audit trail | %1 s: %2× the `sqlite3 .import` baseline; "
               "our import %3× the floor | report |")
               .arg(floorMs / 1000.0, 0, 'f', 2)
               .arg(double(floorMs) / double(qMax<qint64>(1, baselineMs)), 0, 'f', 1)
               .arg(double(totalMs) / double(qMax<qint64>(1, floorMs)), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
