// The cost of keeping the audit anchor (AuditAnchor: one settings write after each transaction that appends audit
// entries): N one-entry transactions on a data file with the anchor kept, against the baseline of the same
// transactions with no anchor kept (a program without an organization name). Prints figures; asserts nothing.
#include "AuditAnchor.h"
#include "Database.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

namespace {

qint64 transactions(Database& db, int n)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        WriteTransaction tx(db);
        if (!tx.recordChange(QStringLiteral("update"), QStringLiteral("township"), QString::number(i), {},
                             {{QStringLiteral("name"), QStringLiteral("城关镇")}})
            || !tx.commit())
            qFatal("%s", qPrintable(tx.error()));
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    // The settings go to the temporary folder, not the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    const qint64 baseline = transactions(*db, n);
    QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationName(QStringLiteral("shuangsui-bench"));
    const qint64 anchored = transactions(*db, n);
    if (!AuditAnchor::load(db->path()) || AuditAnchor::load(db->path())->seq != 2 * n)
        qFatal("the anchor did not follow the transactions");
    std::printf("%d one-entry transactions: %lld ms without the anchor, %lld ms with it (%.2f ms more per "
                "transaction)\n",
                n, baseline, anchored, double(anchored - baseline) / n);
    // The row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    std::printf(
        "README| `bench_auditanchor`: %d one-entry transactions without / with the audit anchor | %lld / %lld ms "
        "(%.2f ms more each) | report |\n",
        n, baseline, anchored, double(anchored - baseline) / n);
    return 0;
}
