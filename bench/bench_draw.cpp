// Timings of the draw (draw-spec.md): the ticket order against bare SHA-256 over the same inputs, a whole draw,
// and the draw command end to end on a 1,000,000-entity request. Prints figures and ratios; asserts nothing.
#include "DrawCommands.h"
#include "DrawEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <openssl/evp.h>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace {

// Pages the process touched for the first time so far (minor page faults), or -1 where not measured: on a virtual
// machine each costs several microseconds, so memory touched is a large part of the command's time.
long pagesTouched()
{
#if defined(Q_OS_UNIX)
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
#else
    return -1;
#endif
}

// Peak resident memory of the process in MiB, or -1 where not measured.
double peakMemoryMiB()
{
#if defined(Q_OS_LINUX)
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#elif defined(Q_OS_MACOS)
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / (1024.0 * 1024.0); // bytes on macOS
#else
    return -1;
#endif
}

// Ids shaped like 统一社会信用代码 (18 ASCII characters): seedHash + id is 82 bytes, as in toolchain.md.
QStringList entityIds(int n, int offset = 0)
{
    QStringList ids;
    ids.reserve(n);
    for (int i = 0; i < n; ++i)
        ids.append(QStringLiteral("12130322MB%1").arg(offset + i, 8, 10, QLatin1Char('0')));
    return ids;
}

double seconds(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// Wall-clock and processor time of one run; the machine may be shared, so processor time is the steadier figure.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename Work> Timing timed(Work work)
{
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    work();
    return Timing {seconds(timer), double(std::clock() - cpuStart) / CLOCKS_PER_SEC};
}

// The best of several runs, interleaved with the other measurements so that they see the same machine load.
struct Best
{
    Timing best {1e9, 1e9};
    void add(const Timing& t)
    {
        best.wall = std::min(best.wall, t.wall);
        best.cpu = std::min(best.cpu, t.cpu);
    }
};

QString figures(const QString& label, const Timing& t, const Timing& baseline)
{
    return QStringLiteral("   %1 %2 s wall, %3 s cpu   ratio to SHA-256: %4 (cpu %5)\n")
        .arg(label.leftJustified(34))
        .arg(t.wall, 0, 'f', 3)
        .arg(t.cpu, 0, 'f', 3)
        .arg(t.wall / baseline.wall, 0, 'f', 2)
        .arg(t.cpu / baseline.cpu, 0, 'f', 2);
}

void benchOrder(QTextStream& out)
{
    const int n = 1000000;
    const QString seed = QStringLiteral("94821993518190937865|item|JY-01");
    const QStringList ids = entityIds(n);

    // Baseline: SHA-256 of exactly the inputs the order hashes, prepared in memory beforehand, with the fastest
    // OpenSSL use (fetched digest, one reused context).
    const QByteArray prefix = DrawEngine::seedHash(seed).toLatin1();
    QList<QByteArray> inputs;
    inputs.reserve(n);
    for (const QString& id : ids)
        inputs.append(prefix + id.toUtf8());
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    unsigned char digest[32];
    unsigned int length = 0;
    unsigned char sink = 0;

    Best sha, positions, order, first;
    QList<qsizetype> positionsKept;
    QStringList orderKept;
    QStringList firstKept;
    for (int run = 0; run < 5; ++run) {
        sha.add(timed([&] {
            for (const QByteArray& input : std::as_const(inputs)) {
                EVP_DigestInit_ex2(ctx, md, nullptr);
                EVP_DigestUpdate(ctx, input.constData(), size_t(input.size()));
                EVP_DigestFinal_ex(ctx, digest, &length);
                sink ^= digest[0];
            }
        }));
        // The results are freed outside the timed part: what is timed is the ordering.
        positionsKept.clear();
        positions.add(timed([&] { positionsKept = DrawEngine::orderPositions(seed, ids); }));
        orderKept.clear();
        order.add(timed([&] { orderKept = DrawEngine::order(seed, ids); }));
        firstKept.clear();
        first.add(timed([&] { firstKept = DrawEngine::orderFirst(seed, ids, n / 20); }));
    }
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);

    out << "1. Ticket order of 1,000,000 ids (18 ASCII characters; 82 bytes hashed each), best of 5 runs\n";
    out << QStringLiteral("   %1 %2 s wall, %3 s cpu\n")
               .arg(QStringLiteral("SHA-256 alone (EVP, inputs ready)").leftJustified(34))
               .arg(sha.best.wall, 0, 'f', 3)
               .arg(sha.best.cpu, 0, 'f', 3);
    out << figures(QStringLiteral("orderPositions(seed, ids)"), positions.best, sha.best);
    out << figures(QStringLiteral("order(seed, ids): a QStringList"), order.best, sha.best);
    out << figures(QStringLiteral("orderFirst(seed, ids, 50,000)"), first.best, sha.best);
    out << QStringLiteral("   Rivest's Python sampler (7.75 s as quoted) / order(): %1 times\n")
               .arg(7.75 / order.best.wall, 0, 'f', 1);
    out << QStringLiteral("   first id %1 (at %2); peak memory %3 MiB\n")
               .arg(orderKept.value(0))
               .arg(positionsKept.value(0))
               .arg(peakMemoryMiB(), 0, 'f', 1);
    // The rows of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    out << QStringLiteral("README| `bench_draw`: order 1,000,000 ids vs SHA-256 of the same inputs | %1 s vs %2 s CPU "
                          "(%3×; as a QStringList %4×) | ≤ 1.5× |\n")
               .arg(positions.best.cpu, 0, 'f', 2)
               .arg(sha.best.cpu, 0, 'f', 2)
               .arg(positions.best.cpu / sha.best.cpu, 0, 'f', 2)
               .arg(order.best.cpu / sha.best.cpu, 0, 'f', 2);
    out << QStringLiteral("README| `bench_draw`: same vs Rivest's Python sampler (7.75 s) | %1× faster | ≥ 10× |\n")
               .arg(7.75 / order.best.wall, 0, 'f', 0);
    out.flush();
}

DrawRequest wholeRequest(int entities, int ratioBp, int inspectors)
{
    DrawRequest request;
    request.plan = QStringLiteral("bench");
    request.seed = QStringLiteral("94821993518190937865");
    request.items.append(
        DrawItem {QStringLiteral("JY-01"), {DrawStratum {QStringLiteral("normal"), ratioBp, {}, entityIds(entities)}}});
    for (int i = 0; i < inspectors; ++i)
        request.inspectors.append(
            DrawInspector {QStringLiteral("ZF-%1").arg(i + 1, 4, 10, QLatin1Char('0')), i % 2 == 0});
    request.teams = DrawTeamRules {2, 1, 2, 0};
    QRandomGenerator random(42);
    for (int i = 0; i < inspectors; ++i)
        request.exclusions.append(DrawExclusion {request.inspectors[i].id,
                                                 request.items[0].strata[0].ids[random.bounded(entities)],
                                                 QStringLiteral("conflict")});
    return request;
}

void benchWholeDraw(QTextStream& out)
{
    const DrawRequest request = wholeRequest(100000, 500, 500);
    const double before = peakMemoryMiB();
    QString error;
    std::optional<DrawResult> result;
    const Timing draw = timed([&] { result = DrawEngine::draw(request, &error); });
    const double after = peakMemoryMiB();
    out << "2. Whole draw: 100,000 entities at 5 %, 500 inspectors (half certified), teams of 2, 500 exclusions\n";
    if (!result) {
        out << "   failed: " << error << '\n';
        return;
    }
    out << QStringLiteral("   %1 visits (as many team orders of up to 500 inspectors) drawn in %2 s wall, %3 s cpu\n")
               .arg(result->teams.size())
               .arg(draw.wall, 0, 'f', 3)
               .arg(draw.cpu, 0, 'f', 3);
    out << QStringLiteral("   peak memory: %1 MiB before the draw, %2 MiB after (whole process)\n")
               .arg(before, 0, 'f', 1)
               .arg(after, 0, 'f', 1);
    DrawRecord record {request, *result, {}, {}};
    bool verified = false;
    const Timing verify = timed([&] { verified = DrawEngine::verify(record, &error); });
    out << QStringLiteral("   verify of the same record: %1 s wall, %2 s cpu (%3)\n")
               .arg(verify.wall, 0, 'f', 3)
               .arg(verify.cpu, 0, 'f', 3)
               .arg(verified ? QStringLiteral("verified") : error);
    out << QStringLiteral("README| `bench_draw`: whole draw, 100,000 entities at 5 %, 500 inspectors | %1 s CPU, peak "
                          "memory %2 MiB | < 2 s |\n")
               .arg(draw.cpu, 0, 'f', 2)
               .arg(after, 0, 'f', 0);
    out.flush();
}

void benchCommand(QTextStream& out)
{
    const int entities = 1000000;
    const int inspectors = 100;
    QTemporaryDir dir;
    const QString requestPath = dir.filePath(QStringLiteral("request.json"));
    const QString resultPath = dir.filePath(QStringLiteral("result.json"));
    QElapsedTimer timer;
    timer.start();
    // Written by another process, so that this one's peak memory is the command's.
    QProcess writer;
    writer.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("write-request"), requestPath, QString::number(entities), QString::number(inspectors)});
    if (!writer.waitForFinished(-1) || writer.exitCode() != 0) {
        out << "cannot write " << requestPath << '\n';
        return;
    }
    const double writing = seconds(timer);
    const double before = peakMemoryMiB();
    const long pagesBefore = pagesTouched();
    QString sink;
    QTextStream quiet(&sink);
    int exitCode = -1;
    const Timing command = timed([&] {
        exitCode = runDrawCommand({requestPath, QStringLiteral("-o"), resultPath}, quiet, quiet);
    });
    const long pages = pagesTouched() - pagesBefore;
    out << "3. Draw command end to end: 1,000,000 entities at 5 %, 100 inspectors\n";
    out << QStringLiteral("   request file %1 MB, written in %2 s\n")
               .arg(QFile(requestPath).size() / 1e6, 0, 'f', 1)
               .arg(writing, 0, 'f', 2);
    out << QStringLiteral("   runDrawCommand: exit %1 in %2 s wall, %3 s cpu; result file %4 MB; %5 pages touched "
                          "for the first time (%6 MiB)\n")
               .arg(exitCode)
               .arg(command.wall, 0, 'f', 2)
               .arg(command.cpu, 0, 'f', 2)
               .arg(QFile(resultPath).size() / 1e6, 0, 'f', 1)
               .arg(pages)
               .arg(pages * 4096 / 1048576.0, 0, 'f', 0);
    const double peak = peakMemoryMiB();
    out << QStringLiteral("   peak memory: %1 MiB before, %2 MiB after (whole process)\n")
               .arg(before, 0, 'f', 1)
               .arg(peak, 0, 'f', 1);
    out << "   " << sink.trimmed() << '\n';

    // Where the time goes (processor time, steadier on a shared machine), as the command does it: read, then the draw
    // (which checks the request first), then the result written. Memory freed by the command is reused here, so
    // these parts add up to less than the command.
    QFile file(requestPath);
    file.open(QIODevice::ReadOnly);
    const QByteArray json = file.readAll();
    QString error;
    std::optional<DrawRequest> request;
    const Timing reading = timed([&] { request = DrawJson::parseRequest(json, &error); });
    const Timing checking = timed([&] { error = DrawJson::requestProblem(*request); });
    std::optional<DrawResult> result;
    const Timing drawing = timed([&] { result = DrawEngine::draw(*request, &error); });
    QByteArray written;
    const Timing formatting = timed([&] { written = DrawJson::write(*result); });
    out << QStringLiteral("   of which (cpu): request read %1 s, draw %2 s (%3 visits; its check of the request alone "
                          "%4 s), result written %5 s\n")
               .arg(reading.cpu, 0, 'f', 2)
               .arg(drawing.cpu, 0, 'f', 2)
               .arg(result->teams.size())
               .arg(checking.cpu, 0, 'f', 2)
               .arg(formatting.cpu, 0, 'f', 2);
    out << QStringLiteral("README| `bench_draw`: `shuangsui-cli draw`, 1,000,000 entities (%1 MB JSON), end to end | "
                          "%2 s CPU (%3 s wall), peak %4 MiB | ≤ 1.0 s CPU |\n")
               .arg(QFile(requestPath).size() / 1e6, 0, 'f', 0)
               .arg(command.cpu, 0, 'f', 2)
               .arg(command.wall, 0, 'f', 2)
               .arg(peak, 0, 'f', 0);
    out.flush();
}

// The build this benchmark was made in; a warning when it is not optimised, since the goals are for the release
// preset (a Debug build is several times slower and its figures say nothing about the goals).
void printBuild(QTextStream& out)
{
#if defined(__OPTIMIZE__) || (defined(_MSC_VER) && defined(NDEBUG))
    const bool optimised = true;
#else
    const bool optimised = false;
#endif
    const QString type = QStringLiteral(SHUANGSUI_BUILD_TYPE);
    out << QStringLiteral("Build type: %1 (%2)\n")
               .arg(type.isEmpty() ? QStringLiteral("not set") : type,
                    optimised ? QStringLiteral("optimised") : QStringLiteral("NOT optimised"));
    if (!optimised)
        out << "WARNING: this build is not optimised; the figures are not comparable with the goals, which are for\n"
               "         the release preset: cmake --preset release && cmake --build --preset release --target "
               "bench_draw\n";
    out << Qt::endl;
}

int writeRequest(const QString& path, int entities, int inspectors)
{
    const QByteArray json = DrawJson::write(wholeRequest(entities, 500, inspectors));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString section = app.arguments().value(1);
    // The parent prints the build once; its children get "--child" after the section.
    if (section != QLatin1String("write-request") && app.arguments().value(2) != QLatin1String("--child"))
        printBuild(out);
    if (section == QLatin1String("order"))
        benchOrder(out);
    else if (section == QLatin1String("draw"))
        benchWholeDraw(out);
    else if (section == QLatin1String("command"))
        benchCommand(out);
    else if (section == QLatin1String("write-request"))
        return writeRequest(app.arguments().value(2), app.arguments().value(3).toInt(),
                            app.arguments().value(4).toInt());
    if (!section.isEmpty())
        return 0;
    // Each part in its own process, so that each peak memory figure is its own.
    for (const QString& part : {QStringLiteral("order"), QStringLiteral("draw"), QStringLiteral("command")}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {part, QStringLiteral("--child")});
        child.waitForFinished(-1);
        out << Qt::endl;
    }
    return 0;
}
