// Benchmark: the crafted spreadsheets of issue 13 (findings 1–3), generated here (none is committed), each previewed
// as an entity import — what `shuangsui-cli import entities FILE --dry-run` does — in a child process of its own, so
// that its peak memory is its own. Goal: any input of at most 1 MB decided in at most 5 s and 300 MB. Prints, per
// file: its size, the seconds, the peak resident memory of the child (and the part the preview added to it), and
// the outcome (the message of a refused file, or the rows of a file that was read). Asserts nothing.
//   bench_hostile                  every case
//   bench_hostile --seeds DIR      writes small versions of the files as fuzzer seeds: DIR/fuzz_xlsx/issue13-*.xlsx
//                                  and DIR/fuzz_csv/issue13-*.csv (DIR: tests/fuzz-corpus)
#include "CraftedXlsx.h"
#include "Database.h"
#include "RegistryImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

// Peak resident set of this process in MB: VmHWM of /proc/self/status on Linux (getrusage's ru_maxrss would
// carry the parent's peak into a child started from it); -1 where not available.
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return -1;
#endif
}

struct Case
{
    const char* title;
    const char* file; // .xlsx or .csv
    std::function<QByteArray()> csv; // for .csv
    std::function<QList<CraftedXlsx::Part>()> parts; // for .xlsx
};

QList<Case> cases(bool small)
{
    // small: the seeds of the fuzzer, the same shapes a thousand times smaller.
    const qint64 k = small ? 1000 : 1;
    return {
        {"1  shared string: a space + 10 M characters, named by 100 rows",
         "shared-10m.xlsx",
         {},
         [=] { return CraftedXlsx::longSharedString(10'000'000 / k, 100); }},
        {"1  shared string: a space + 50 M characters, named by 400 rows",
         "shared-50m.xlsx",
         {},
         [=] { return CraftedXlsx::longSharedString(50'000'000 / k, 400); }},
        {"1  shared string of 500 M characters (near the 512 MB inflate cap), named by 100 rows",
         "shared-500m.xlsx",
         {},
         [=] { return CraftedXlsx::longSharedString(500'000'000 / k, 100); }},
        {"1  one merged cell over 100 rows holding 10 M characters",
         "merged-10m.xlsx",
         {},
         [=] { return CraftedXlsx::longMergedCell(10'000'000 / k, 100); }},
        {"2  1,000 overlapping merges over a 1000 × 1000 range",
         "merges-1000.xlsx",
         {},
         [=] { return CraftedXlsx::overlappingMerges(int(1000 / qMin<qint64>(k, 10)), 1000, false); }},
        {"2  100,000 merges of one 1000 × 1000 range in a small file",
         "merges-100k.xlsx",
         {},
         [=] { return CraftedXlsx::overlappingMerges(int(100'000 / k) + 1, 1000, true); }},
        {"3  CSV header of 80,000 nested (…) pairs",
         "brackets-80k.csv",
         [=] { return CraftedXlsx::nestedBracketsCsv(int(80'000 / qMin<qint64>(k, 100))); },
         {}},
        // The worst a file can do within the limits: each must be read, in the same budget.
        {"   within the limits: 32,767-character shared string × 480 rows",
         "shared-at-limit.xlsx",
         {},
         [=] { return CraftedXlsx::longSharedString(32'766 / (small ? 100 : 1), 480); }},
        {"   within the limits: 100,000 disjoint merges (A:B of every row)",
         "merges-disjoint.xlsx",
         {},
         [=] { return CraftedXlsx::disjointMerges(int(100'000 / k)); }},
        {"   within the limits: CSV header of 16,000 nested pairs (a cell's 32,767)",
         "brackets-16k.csv",
         [=] { return CraftedXlsx::nestedBracketsCsv(int(16'000 / qMin<qint64>(k, 100))); },
         {}},
    };
}

bool writeCase(const Case& c, const QString& path)
{
    if (c.csv) {
        QFile file(path);
        const QByteArray bytes = c.csv();
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    return CraftedXlsx::writeZip(path, c.parts());
}

// The child: one preview, then "seconds<TAB>peak MB<TAB>MB added<TAB>outcome" on stdout.
int previewOne(const QString& path)
{
    QString error;
    auto db = Database::openInMemory(&error);
    if (!db) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const double before = peakMb();
    QElapsedTimer timer;
    timer.start();
    const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QString outcome = preview.isUsable() ? QStringLiteral("read: %1 rows (%2 new, %3 rejected)")
                                                     .arg(preview.rows.size())
                                                     .arg(preview.count(ImportRow::Verdict::New))
                                                     .arg(preview.count(ImportRow::Verdict::Rejected))
                                               : QStringLiteral("refused: ") + preview.error;
    QTextStream(stdout) << QString::number(seconds, 'f', 2) << '\t' << QString::number(peakMb(), 'f', 0) << '\t'
                        << QString::number(peakMb() - before, 'f', 0) << '\t' << outcome << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() == 3 && args.at(1) == QLatin1String("--preview"))
        return previewOne(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("--seeds")) {
        const QDir dir(args.at(2));
        for (const Case& c : cases(true)) {
            const QString path = dir.filePath(QLatin1String(c.csv ? "fuzz_csv/issue13-" : "fuzz_xlsx/issue13-")
                                              + QLatin1String(c.file));
            if (!writeCase(c, path)) {
                out << "cannot write " << path << Qt::endl;
                return 1;
            }
        }
        out << "seeds written to " << dir.path() << Qt::endl;
        return 0;
    }

    out << "bench_hostile (" << SHUANGSUI_BUILD_TYPE << " build): each crafted file previewed as an entity import "
        << "in a child process; goal for a file of at most 1 MB: at most 5 s and 300 MB" << Qt::endl;
    QTemporaryDir dir;
    for (const Case& c : cases(false)) {
        const QString path = dir.filePath(QLatin1String(c.file));
        if (!writeCase(c, path)) {
            out << c.title << ": cannot write " << path << Qt::endl;
            return 1;
        }
        const qint64 bytes = QFileInfo(path).size();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--preview"), path});
        QElapsedTimer wall;
        wall.start();
        if (!child.waitForFinished(600'000)) {
            child.kill();
            child.waitForFinished();
            out << c.title << ": still running after 600 s, stopped" << Qt::endl;
            continue;
        }
        const QStringList fields = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char('\t'));
        out << Qt::endl << c.title << Qt::endl;
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || fields.size() < 4) {
            out << "   the child failed (exit " << child.exitCode() << ", " << wall.elapsed()
                << " ms): " << QString::fromUtf8(child.readAllStandardError()).trimmed().left(300) << Qt::endl;
            continue;
        }
        out << QStringLiteral("   file %1 KB · %2 s · peak %3 MB (preview +%4 MB)")
                   .arg(QString::number(bytes / 1024.0, 'f', 1), fields.at(0), fields.at(1), fields.at(2))
            << Qt::endl;
        out << "   " << fields.mid(3).join(QLatin1Char('\t')).left(220) << Qt::endl;
        // A row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
        const QString outcome
            = fields.at(3).startsWith(QLatin1String("refused")) ? QStringLiteral("refused") : QStringLiteral("read");
        out << QStringLiteral("README| `bench_hostile`: %1 (%2 KB) | %3 in %4 s; peak %5 MB | ≤ 5 s, ≤ 300 MB |")
                   .arg(QString::fromUtf8(c.title).mid(3), QString::number(bytes / 1024.0, 'f', 0), outcome,
                        fields.at(0), fields.at(1))
            << Qt::endl;
    }
    return 0;
}
