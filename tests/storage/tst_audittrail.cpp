// The audit trail's checks: a whole chain verifies; each kind of tampering through raw SQL is caught at the right
// entry, in the library and through `shuangsui-cli audit verify`; listing with filters.
#include "AuditAnchor.h"
#include "AuditTrail.h"
#include "Database.h"
#include "Schema.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// What someone with an SQLite tool does first when the triggers refuse: drops them, then changes the trail, and
// puts them back as they were (a file without them is refused when it is opened: tst_schemacheck).
bool tamper(Database& db, const QStringList& statements)
{
    return execAll(db,
                   QStringList {QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"),
                                QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")}
                       + statements + Schema::migrationStatements(4).filter(QStringLiteral(" ON audit_log ")));
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

    // The settings where the program keeps its anchors: a folder of this test's own, shared with the command line
    // tool it starts (which inherits XDG_CONFIG_HOME and, like this test, calls itself shuangsui).
    QTemporaryDir m_config;

    TestSupport::CliResult verifyWithCli(const QString& path)
    {
        return TestSupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path,
                                    QStringLiteral("audit"), QStringLiteral("verify")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Before the first QSettings: it reads the folder once.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
        QCoreApplication::setApplicationName(QStringLiteral("shuangsui"));
    }

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
        QVERIFY(tamper(*db, statements));
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
        QVERIFY(tamper(*db, shiftUpFrom(5)));
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
            QVERIFY(tamper(*db, {QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}));
        }
        r = TestSupport::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry 3 is missing")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("verified")));
    }

    // Data version 4: through SQL, with the triggers in place, the trail and a result's identity cannot change.
    void triggersRefuseChangesToTheTrail_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("words");
        QTest::newRow("delete the last entry")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
            << "audit_log is append-only";
        QTest::newRow("delete the last 50")
            << QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 50 FROM audit_log)")
            << "audit_log is append-only";
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_log") << "audit_log is append-only";
        QTest::newRow("update an entry") << QStringLiteral("UPDATE audit_log SET user_name = '王五' WHERE seq = 3")
                                         << "audit_log is append-only";
        QTest::newRow("renumber an entry") << QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 60")
                                           << "audit_log is append-only";
        QTest::newRow("update a result") << QStringLiteral("UPDATE result SET entity = 'ZZZ' WHERE id = 1")
                                         << "result is never changed";
        QTest::newRow("delete a result") << QStringLiteral("DELETE FROM result WHERE id = 1")
                                         << "result is never deleted";
    }

    void triggersRefuseChangesToTheTrail()
    {
        QFETCH(QString, statement);
        QFETCH(QString, words);
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY2(db, qPrintable(error));
        writeEntries(*db, 60);
        QVERIFY(execAll(*db, {QStringLiteral("INSERT INTO plan (id, code, title, created_at, updated_at) VALUES "
                                             "(1, 'P1', '春季检查', '2026-03-01', '2026-03-01')"),
                              QStringLiteral("INSERT INTO result (id, plan_id, entity, item_code, created_at, "
                                             "created_by) VALUES (1, 1, 'E001', 'JY-01', '2026-03-01', '张三')")}));
        QSqlQuery q(db->sql());
        QVERIFY(!q.exec(statement));
        QVERIFY2(q.lastError().text().contains(words), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(seq) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 60);
        QCOMPARE(q.value(1).toInt(), 60);
        QVERIFY(q.exec(QStringLiteral("SELECT entity FROM result WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("E001"));
        QVERIFY(!AuditTrail::verify(*db));
    }

    // Entries removed from the end (the triggers dropped first) leave a whole chain; the anchor the program keeps
    // outside the file catches it, in the library, in the start-up check and in `audit verify` (exit 1).
    void anchorCatchesEntriesDeletedFromTheEnd_data()
    {
        QTest::addColumn<QString>("deletion");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("words");
        QTest::newRow("last entry") << QStringLiteral("DELETE FROM audit_log WHERE seq = 60") << qint64(60)
                                    << "Audit entry 60 and every entry after it were deleted: the trail now ends at "
                                       "entry 59";
        QTest::newRow("last 50") << QStringLiteral("DELETE FROM audit_log WHERE seq > 10") << qint64(11)
                                 << "Audit entry 11 and every entry after it were deleted: the trail now ends at "
                                    "entry 10";
        QTest::newRow("all") << QStringLiteral("DELETE FROM audit_log") << qint64(1)
                             << "All audit entries were deleted";
    }

    void anchorCatchesEntriesDeletedFromTheEnd()
    {
        QFETCH(QString, deletion);
        QFETCH(qint64, seq);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("数据.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            writeEntries(*db, 60);
            QVERIFY(!AuditTrail::verify(*db));
            QVERIFY(tamper(*db, {deletion}));
        }
        auto r = verifyWithCli(path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("verified")));

        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        for (const auto& problem : {AuditTrail::verify(*db), AuditTrail::verifyFile(path, nullptr, {}, nullptr)}) {
            QVERIFY(problem);
            QCOMPARE(problem->seq, seq);
            QVERIFY2(problem->message.contains(words), qPrintable(problem->message));
            QVERIFY2(problem->message.contains(QStringLiteral("entry 60")), qPrintable(problem->message));
        }
        // The chain alone (a copy of the file elsewhere, without the anchor) sees nothing: that is what the anchor is for.
        QVERIFY(!AuditTrail::verify(db->sql()));
    }

    // Writing on after a deletion does not cover it up: the anchor stays at the entry the program knew, and the
    // entry now under that number is another one.
    void laterWritesDoNotCoverADeletionUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        writeEntries(*db, 60);
        const auto anchored = AuditAnchor::load(path);
        QVERIFY(anchored);
        QCOMPARE(anchored->seq, 60);
        QVERIFY(tamper(*db, {QStringLiteral("DELETE FROM audit_log WHERE seq > 55")}));
        writeEntries(*db, 10); // entries 56 to 65, in a whole chain
        QCOMPARE(AuditAnchor::load(path), anchored);
        const auto problem = AuditTrail::verify(*db);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 60);
        QVERIFY2(problem->message.contains(QStringLiteral("not the entry this program wrote")),
                 qPrintable(problem->message));
        QCOMPARE(AuditAnchor::load(path), anchored); // a failed check does not move it either
        db.reset();
        const auto r = verifyWithCli(path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Audit entry 60 is not the entry")), qPrintable(r.err));
    }

    // The anchor follows every transaction that writes entries and every verification; a data file deleted and
    // created anew at the same path starts a trail of its own.
    void anchorFollowsTheTrail()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(!AuditAnchor::load(path));
            writeEntries(*db, 3);
            QCOMPARE(AuditAnchor::load(path), AuditAnchor::newestEntry(db->sql()));
            QCOMPARE(AuditAnchor::load(path)->seq, 3);
            // Another path to the same file is the same anchor.
            const QString roundabout = QStringLiteral("%1/../%2/./office.sqlite")
                                           .arg(dir.path(), QFileInfo(dir.path()).fileName());
            QCOMPARE(AuditAnchor::load(roundabout), AuditAnchor::load(path));
#ifndef Q_OS_WIN
            // (On Windows QFile::link makes a shortcut, a file of its own, not another path to this one.)
            QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.sqlite"))));
            QCOMPARE(AuditAnchor::load(dir.filePath(QStringLiteral("link.sqlite")))->seq, 3);
#endif
            // A transaction without audit entries (there is none in the program, but a read in one) leaves it.
            {
                WriteTransaction tx(*db);
                QVERIFY(tx.commit());
            }
            QCOMPARE(AuditAnchor::load(path)->seq, 3);
        }
        // Entries another copy of the program wrote (on another computer) are taken on when verified here.
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QCoreApplication::setOrganizationName(QString()); // a program without settings keeps no anchor
            writeEntries(*db, 2);
            QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
            QCOMPARE(AuditAnchor::load(path)->seq, 3);
            qint64 entries = 0;
            QVERIFY(!AuditTrail::verify(*db, &entries));
            QCOMPARE(entries, 5);
            QCOMPARE(AuditAnchor::load(path)->seq, 5);
        }
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!AuditAnchor::load(path));
        QVERIFY(!AuditTrail::verify(*db));
        writeEntries(*db, 1);
        QVERIFY(!AuditTrail::verify(*db));
        QCOMPARE(AuditAnchor::load(path)->seq, 1);
    }

    // A file that holds data written through the program has audit entries: an empty trail there was emptied.
    void emptyTrailInAFileWithData_data()
    {
        QTest::addColumn<QString>("insert");
        QTest::newRow("entity") << QStringLiteral(
            "INSERT INTO entity (code, name, category, ownership, updated_at) VALUES ('E1', '昌黎县第一中学', "
            "'senior', 'public', '2026-03-01')");
        QTest::newRow("inspector") << QStringLiteral(
            "INSERT INTO inspector (code, name, updated_at) VALUES ('I1', '张三', '2026-03-01')");
        QTest::newRow("user") << QStringLiteral(
            "INSERT INTO app_user (name, role, password_hash, created_at, updated_at) VALUES ('admin', 'admin', 'x', "
            "'2026-03-01', '2026-03-01')");
    }

    void emptyTrailInAFileWithData()
    {
        QFETCH(QString, insert);
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!AuditTrail::verify(*db)); // a new, empty file
        QVERIFY(execAll(*db, {insert}));
        const auto problem = AuditTrail::verify(*db);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 1);
        QVERIFY2(problem->message.contains(QStringLiteral("empty although the data file holds")),
                 qPrintable(problem->message));
        // On a file, also without an anchor (removed, or never kept on this computer) and through the CLI.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("emptied.sqlite"));
        {
            auto file = Database::open(path, &error);
            QVERIFY2(file, qPrintable(error));
            writeEntries(*file, 2);
            QVERIFY(tamper(*file, {insert, QStringLiteral("DELETE FROM audit_log")}));
            AuditAnchor::forget(path);
        }
        const auto r = verifyWithCli(path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("all audit entries were deleted")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
