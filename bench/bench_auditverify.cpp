// Timings of the audit trail at the sizes the start-up check and the audit page must handle: verifying 100,000
// entries (AuditTrail::verifyFile, as the window does in the background at start) against the baseline of only
// reading them, and the audit page's queries (first page, a page deep down, count, distinct values, a filter).
// Prints figures; asserts nothing.
#include "AuditTrail.h"
#include "Database.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

namespace {

template<class F> qint64 timed(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    const QByteArray record = R"({"code":"DX000001","creditCode":"12130322MB0000001X","name":"昌黎县第一中学",)"
                              R"("category":"senior","ownership":"public","township":"昌黎镇","status":"operating"})";
    const qint64 writeMs = timed([&] {
        WriteTransaction tx(*db);
        for (int i = 0; i < n; ++i) {
            db->setCurrentUser(i % 7 == 0 ? QStringLiteral("李四") : QStringLiteral("张三"));
            tx.recordChangeJson(i % 3 ? QStringLiteral("update") : QStringLiteral("create"),
                                i % 2 ? QStringLiteral("entity") : QStringLiteral("inspector"),
                                QStringLiteral("DX%1").arg(i % 5000, 6, 10, QLatin1Char('0')),
                                i % 3 ? record : QByteArray(), record);
        }
        if (!tx.commit())
            qFatal("%s", qPrintable(tx.error()));
    });
    std::printf("%d entries written in %lld ms\n", n, writeMs);

    const qint64 readMs = timed([&] {
        QSqlQuery q(db->sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT seq, at_utc, at_local, user_name, action, object_type, object_id, old_values, "
                              "new_values, hash FROM audit_log ORDER BY seq"));
        qint64 rows = 0;
        while (q.next())
            rows += q.value(0).toLongLong() > 0;
        if (rows != n)
            qFatal("read %lld rows", rows);
    });
    qint64 entries = 0;
    const qint64 verifyMs = timed([&] {
        const auto problem = AuditTrail::verifyFile(db->path(), &entries, {}, nullptr);
        if (problem)
            qFatal("%s", qPrintable(problem->message));
    });
    std::printf("baseline, reading every entry: %lld ms\n", readMs);
    // The row of the README's benchmark table (scripts/bench.sh collects the lines that start with "README|").
    std::printf(
        "README| `bench_auditverify`: verify the audit chain of %lld entries at start-up vs reading every entry "
        "| %lld ms vs %lld ms (%.1f×) | report |\n",
        entries, verifyMs, readMs, readMs > 0 ? double(verifyMs) / double(readMs) : 0.0);
    std::printf("verifyFile (start-up check): %lld ms for %lld entries (%.1f x the baseline)\n", verifyMs, entries,
                readMs > 0 ? double(verifyMs) / double(readMs) : 0.0);

    AuditFilter none;
    AuditFilter deep;
    deep.beforeSeq = 100;
    AuditFilter byUser;
    byUser.user = QStringLiteral("李四");
    AuditFilter byId;
    byId.objectIdContains = QStringLiteral("004999");
    std::printf("first page: %lld ms\n", timed([&] { AuditTrail::list(*db, none, 0, 200); }));
    std::printf("a page near the oldest (keyset): %lld ms\n", timed([&] { AuditTrail::list(*db, deep, 0, 200); }));
    std::printf("count, no filter: %lld ms\n", timed([&] { AuditTrail::count(*db, none); }));
    std::printf("count, one user: %lld ms\n", timed([&] { AuditTrail::count(*db, byUser); }));
    std::printf("first page, object id contains: %lld ms\n", timed([&] { AuditTrail::list(*db, byId, 0, 200); }));
    std::printf("distinct users, object types and actions: %lld ms\n", timed([&] {
                    AuditTrail::distinctValues(*db, AuditTrail::Column::User);
                    AuditTrail::distinctValues(*db, AuditTrail::Column::ObjectType);
                    AuditTrail::distinctValues(*db, AuditTrail::Column::Action);
                }));
    return 0;
}
