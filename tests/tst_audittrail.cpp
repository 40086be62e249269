// The audit trail's checks: a whole chain verifies; each kind of tampering through raw SQL is caught at the right
// entry, in the library and through `shuangsui-cli audit verify`; listing with filters.
#include "AuditTrail.h"
#include "Database.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Ten entries: creations, updates and one deletion of a few objects, by two users.
void writeEntries(Database& db, int count = 10)
{
    for (int i = 1; i <= count; ++i) {
        db.setCurrentUser(i % 2 ? QStringLiteral("张三") : QStringLiteral("李四"));
        WriteTransaction tx(db);
        const QString id = QStringLiteral("T%1").arg(i % 3);
        const QJsonObject before {{QStringLiteral("name"), QStringLiteral("旧名%1").arg(i)}};
        const QJsonObject after {{QStringLiteral("name"), QStringLiteral("新名%1").arg(i)}};
        if (i % 3 == 1)
            QVERIFY(tx.recordChange(QStringLiteral("create"), QStringLiteral("township"), id, {}, after));
        else if (i == 9)
            QVERIFY(tx.recordChange(QStringLiteral("delete"), QStringLiteral("entity"), id, before, {}));
        else
            QVERIFY(tx.recordChange(QStringLiteral("update"), QStringLiteral("township"), id, before, after));
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }
}

bool execAll(Database& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db.sql());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
    }
    return true;
}

// Moves entries from..last one place up, freeing seq `from`.
QStringList shiftUpFrom(int from)
{
    return {QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq >= %1").arg(from),
            QStringLiteral("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")};
}

} // namespace

class TestAuditTrail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanChainVerifies()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY(!AuditTrail::verify(*db)); // an empty trail is whole
        writeEntries(*db);
        const auto problem = AuditTrail::verify(*db);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        qint64 entries = 0;
        QVERIFY(!AuditTrail::verify(db->sql(), &entries));
        QCOMPARE(entries, 10);
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("words");

        const QString forged
            = QStringLiteral(
                  "INSERT INTO audit_log (seq, at_utc, at_local, user_name, action, object_type, object_id, "
                  "old_values, "
                  "new_values, hash) VALUES (5, '2026-03-01T08:00:00.000Z', '2026-03-01T16:00:00.000+08:00', '张三', "
                  "'delete', 'entity', 'T1', '{\"name\":\"x\"}', NULL, '%1')")
                  .arg(QString(64, QLatin1Char('a')));
        QTest::newRow("edited new values")
            << QStringList {QStringLiteral("UPDATE audit_log SET new_values = '{\"name\":\"改过\"}' WHERE seq = 4")}
            << qint64(4) << "was changed";
        QTest::newRow("edited user") << QStringList {QStringLiteral(
            "UPDATE audit_log SET user_name = '王五' WHERE seq = 7")}
                                     << qint64(7) << "was changed";
        QTest::newRow("edited last entry")
            << QStringList {QStringLiteral("UPDATE audit_log SET object_id = 'T9' WHERE seq = 10")} << qint64(10)
            << "was changed";
        QTest::newRow("deleted entry") << QStringList {QStringLiteral("DELETE FROM audit_log WHERE seq = 6")}
                                       << qint64(6) << "is missing";
        QTest::newRow("deleted first entry")
            << QStringList {QStringLiteral("DELETE FROM audit_log WHERE seq = 1")} << qint64(1) << "is missing";
        QTest::newRow("deleted two entries")
            << QStringList {QStringLiteral("DELETE FROM audit_log WHERE seq IN (3, 4)")} << qint64(3)
            << "3 to 4 are missing";
        QTest::newRow("forged entry inserted") << (shiftUpFrom(5) << forged) << qint64(5) << "inserted or reordered";
        QTest::newRow("entries swapped") << QStringList {QStringLiteral("UPDATE audit_log SET seq = -3 WHERE seq = 3"),
                                                         QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 8"),
                                                         QStringLiteral("UPDATE audit_log SET seq = 8 WHERE seq = -3")}
                                         << qint64(3) << "inserted or reordered";
        QTest::newRow("neighbours swapped")
            << QStringList {QStringLiteral("UPDATE audit_log SET seq = -5 WHERE seq = 5"),
                            QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = 6"),
                            QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = -5")}
            << qint64(5) << "inserted or reordered";
        QTest::newRow("hash replaced") << QStringList {QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 2")
                                                           .arg(QString(64, QLatin1Char('0')))}
                                       << qint64(2) << "breaks at entry 2";
    }

    void tamperingIsCaught()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, seq);
        QFETCH(QString, words);
        QString error;
        auto db = Database::openInMemory(&error);
        writeEntries(*db);
        QVERIFY(execAll(*db, statements));
        const auto problem = AuditTrail::verify(*db);
        QVERIFY(problem);
        QCOMPARE(problem->seq, seq);
        QVERIFY2(problem->message.contains(QStringLiteral("entry %1").arg(seq))
                     || problem->message.contains(QStringLiteral("entries %1").arg(seq)),
                 qPrintable(problem->message));
        QVERIFY2(problem->message.contains(words), qPrintable(problem->message));
    }

    // A forger who recomputes the hash of the entry they insert still breaks the link of the entry after it.
    void insertedEntryWithValidHashIsCaughtAtTheNextEntry()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        writeEntries(*db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 4")) && q.next());
        AuditEntry forged;
        forged.seq = 5;
        forged.atUtc = QStringLiteral("2026-03-01T08:00:00.000Z");
        forged.atLocal = QStringLiteral("2026-03-01T16:00:00.000+08:00");
        forged.user = QStringLiteral("张三");
        forged.action = QStringLiteral("delete");
        forged.objectType = QStringLiteral("entity");
        forged.objectId = QStringLiteral("T1");
        forged.oldValues = R"({"name":"x"})";
        const QString hash = WriteTransaction::entryHash(q.value(0).toString(), forged);
        q.finish();
        QVERIFY(execAll(*db, shiftUpFrom(5)));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_utc, at_local, user_name, action, "
                                         "object_type, object_id, old_values, new_values, hash) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")));
        for (const QVariant& v :
             {QVariant(forged.seq), QVariant(forged.atUtc), QVariant(forged.atLocal), QVariant(forged.user),
              QVariant(forged.action), QVariant(forged.objectType), QVariant(forged.objectId),
              QVariant(QString::fromUtf8(forged.oldValues)), QVariant(hash)})
            q.addBindValue(v);
        QVERIFY(q.exec());
        const auto problem = AuditTrail::verify(*db);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 6);
        QVERIFY2(problem->message.contains(QStringLiteral("inserted or reordered")), qPrintable(problem->message));
    }

    // A long trail verifies whole; the time is printed, not asserted (bench_auditverify measures it).
    void verifiesALongTrail()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        {
            WriteTransaction tx(*db);
            const QByteArray after = R"({"name":"昌黎县第一中学","creditCode":"12100000400000624D"})";
            for (int i = 1; i <= 200000; ++i)
                QVERIFY(tx.recordChangeJson(QStringLiteral("create"), QStringLiteral("entity"), QString::number(i), {},
                                            after));
            QVERIFY(tx.commit());
        }
        QElapsedTimer timer;
        timer.start();
        qint64 entries = 0;
        QVERIFY(!AuditTrail::verify(db->sql(), &entries));
        const qint64 ms = timer.elapsed();
        qInfo("verified 200,000 entries in %lld ms", ms);
        QCOMPARE(entries, 200000);
    }

    void listsWithFilters()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        writeEntries(*db);
        const auto all = AuditTrail::list(*db, {}, 0, 100);
        QCOMPARE(all.size(), size_t(10));
        QCOMPARE(all.front().seq, 10); // newest first
        QCOMPARE(all.back().seq, 1);
        QCOMPARE(AuditTrail::count(*db, {}), 10);

        const auto page = AuditTrail::list(*db, {}, 3, 4);
        QCOMPARE(page.size(), size_t(4));
        QCOMPARE(page.front().seq, 7);
        QCOMPARE(page.back().seq, 4);

        AuditFilter byUser;
        byUser.user = QStringLiteral("李四");
        QCOMPARE(AuditTrail::count(*db, byUser), 5);
        for (const AuditEntry& e : AuditTrail::list(*db, byUser, 0, 100))
            QCOMPARE(e.user, QStringLiteral("李四"));

        AuditFilter deletion;
        deletion.action = QStringLiteral("delete");
        const auto deleted = AuditTrail::list(*db, deletion, 0, 100);
        QCOMPARE(deleted.size(), size_t(1));
        QCOMPARE(deleted.front().seq, 9);
        QCOMPARE(deleted.front().objectType, QStringLiteral("entity"));
        QVERIFY(deleted.front().newValues.isEmpty());
        QCOMPARE(deleted.front().oldValues, QByteArray(R"({"name":"旧名9"})"));

        AuditFilter object;
        object.objectType = QStringLiteral("township");
        object.objectId = QStringLiteral("T1");
        const auto t1 = AuditTrail::list(*db, object, 0, 100);
        QCOMPARE(t1.size(), size_t(4)); // the creations at seq 1, 4, 7 and 10
        QCOMPARE(t1.front().seq, 10);

        AuditFilter future;
        future.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(AuditTrail::count(*db, future), 0);
        AuditFilter past;
        past.to = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QCOMPARE(AuditTrail::count(*db, past), 0);
        AuditFilter around;
        around.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        around.to = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(AuditTrail::count(*db, around), 10);
    }

    void commandLineVerify()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("数据.sqlite"));
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            writeEntries(*db);
        }
        auto r = TestSupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("audit trail verified: 10 entries"));

        r = TestSupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("audit")});
        QCOMPARE(r.exitCode, 2);

        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY(execAll(*db, {QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}));
        }
        r = TestSupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry 3 is missing")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("verified")));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
