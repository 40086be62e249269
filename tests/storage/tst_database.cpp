#include "Database.h"
#include "EntityRepository.h"
#include "Schema.h"
#include "StoredAudit.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileBytes(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    static Entity sampleEntity()
    {
        Entity e;
        e.name = QStringLiteral("昌黎县第一中学");
        e.creditCode = QStringLiteral("12100000400000624D");
        e.category = QStringLiteral("senior");
        return e;
    }

private Q_SLOTS:
    void createsNewFileAtCurrentVersion()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("新建文件夹/数据.sqlite"));
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void reopensAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY(db);
            WriteTransaction tx(*db);
            Entity e = sampleEntity();
            QVERIFY(EntityRepository(*db).insert(tx, e));
            QVERIFY(tx.commit());
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(EntityRepository(*db).count(), 1);
    }

    void migrationFromEmptyCreatesEveryTable()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY(db);
        for (const char* table :
             {"township", "inspection_item", "inspection_item_version", "entity", "inspector", "conflict", "setting",
              "audit_log", "plan", "plan_item", "plan_stratum", "plan_witness", "plan_request", "draw_attempt",
              "draw_result", "draw_void", "draw_substitution"}) {
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
    }

    // Every earlier schema version, built step by step as an older program left it, migrates to the current one.
    void migrationFromEveryEarlierVersion()
    {
        for (int from = 0; from < Database::SchemaVersion; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            {
                QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                old.setDatabaseName(path);
                QVERIFY(old.open());
                for (int step = 1; step <= from; ++step)
                    for (const QString& sql : Schema::migrationStatements(step))
                        QVERIFY(QSqlQuery(old).exec(sql));
                QVERIFY(QSqlQuery(old).exec(QStringLiteral("PRAGMA user_version = %1").arg(from)));
                old.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        }
    }

    void failedMigrationRollsBack()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY(db);
        // Pretend the file is at version 0 while its tables exist: step 1 fails, and nothing may change.
        QVERIFY(QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA user_version = 0")));
        QVERIFY(!db->migrate(0, &error));
        QVERIFY(error.contains(QStringLiteral("version 1")));
        QCOMPARE(db->schemaVersion(), 0);
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a text file, not a database.\n");
        f.close();
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY(error.contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesCorruptSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\xff') + QByteArray(4000, 'x'));
        f.close();
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileBytes(path), before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY(db);
            QVERIFY(QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
    }

    // An SQLite file of another program has data version 0 like a new file, but tables: it is refused and left
    // byte for byte as it was (no tables of ours, no data version, no write-ahead log).
    void refusesTheDatabaseOfAnotherProgram_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("browser history") << QStringList {
            QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
            QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://www.changli.gov.cn/')")};
        QTest::newRow("a table named like ours")
            << QStringList {QStringLiteral("CREATE TABLE entity (name TEXT)"),
                            QStringLiteral("INSERT INTO entity VALUES ('昌黎县第一中学')")};
        QTest::newRow("only a view") << QStringList {QStringLiteral("CREATE VIEW answer AS SELECT 42")};
    }

    void refusesTheDatabaseOfAnotherProgram()
    {
        QFETCH(QStringList, statements);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            for (const QString& sql : statements)
                QVERIFY2(QSqlQuery(other).exec(sql), qPrintable(sql));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not a shuangsui data file")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was changed")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("other.sqlite")});

        const auto r = TestSupport::runCli(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path, QStringLiteral("plans")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another program")), qPrintable(r.err));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("other.sqlite")});
    }

    void refusesReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            QString error;
            QVERIFY(Database::open(path, &error));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
        const QByteArray before = fileBytes(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void refusesSecondInstance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QString error;
        auto first = Database::open(path, &error);
        QVERIFY(first);
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
        first.reset();
        QVERIFY(Database::open(path, &error));
    }

    void auditRowInSameTransaction()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        db->setCurrentUser(QStringLiteral("张三"));
        EntityRepository repo(*db);
        {
            WriteTransaction tx(*db);
            Entity e = sampleEntity();
            QVERIFY2(repo.insert(tx, e), qPrintable(tx.error()));
            // not committed: rolled back with its audit entry
        }
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(repo.count(), 0);

        WriteTransaction tx(*db);
        Entity e = sampleEntity();
        QVERIFY(repo.insert(tx, e));
        QVERIFY(tx.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, user_name, action, object_type, object_id, old_values, new_values, "
                                      "hash FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("张三"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("create"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("entity"));
        QCOMPARE(q.value(4).toString(), e.code);
        QVERIFY(q.value(5).isNull());
        const QJsonObject after = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("creditCode")).toString(), QStringLiteral("12100000400000624D"));
        QCOMPARE(q.value(7).toString().size(), 64);
    }

    void auditEntriesAreChained()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        EntityRepository repo(*db);
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        Entity e = sampleEntity();
        {
            WriteTransaction tx(*db);
            QVERIFY(repo.insert(tx, e));
            QVERIFY(tx.commit());
        }
        {
            WriteTransaction tx(*db);
            e.name = QStringLiteral("昌黎县第一中学（新校区）");
            QVERIFY(repo.update(tx, e));
            // An entry whose values are a QJsonObject, written by Qt's JSON writer, chains the same way.
            QVERIFY(tx.recordChange(QStringLiteral("export"), QStringLiteral("file"), QStringLiteral("名录.xlsx"), {},
                                    QJsonObject {{QStringLiteral("rows"), 1}}));
            QVERIFY(tx.commit());
        }
        {
            WriteTransaction tx(*db);
            QVERIFY(repo.remove(tx, e.id));
            QVERIFY(tx.commit());
        }
        const qint64 end = QDateTime::currentMSecsSinceEpoch();

        QSqlQuery q(db->sql());
        QVERIFY(q.exec(StoredAudit::selectAll()));
        QString previous;
        QStringList actions;
        while (q.next()) {
            AuditEntry entry = StoredAudit::entry(q);
            QCOMPARE(entry.seq, qint64(actions.size() + 1));
            QCOMPARE(StoredAudit::hash(q), WriteTransaction::entryHash(previous, entry));
            // Both times name the same instant, within the test's run; UTC is written with Z.
            const QDateTime utc = QDateTime::fromString(entry.atUtc, Qt::ISODateWithMs);
            const QDateTime local = QDateTime::fromString(entry.atLocal, Qt::ISODateWithMs);
            QVERIFY2(entry.atUtc.endsWith(QLatin1Char('Z')), qPrintable(entry.atUtc));
            QCOMPARE(local.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());
            QVERIFY(utc.toMSecsSinceEpoch() >= start && utc.toMSecsSinceEpoch() <= end);
            QCOMPARE(local.offsetFromUtc(), QDateTime::fromMSecsSinceEpoch(start).offsetFromUtc());
            // A creation has no old values, a deletion no new ones: NULL, not an empty text.
            QCOMPARE(q.value(7).isNull(),
                     entry.action == QLatin1String("create") || entry.action == QLatin1String("export"));
            QCOMPARE(q.value(8).isNull(), entry.action == QLatin1String("delete"));
            previous = StoredAudit::hash(q);
            actions << entry.action;
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("export"),
                              QStringLiteral("delete")}));
    }

    void localTimeCarriesItsOffset()
    {
        // The clerk's PC is in China; a POSIX TZ rule needs no time zone files.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "CST-8");
        QString error;
        auto db = Database::openInMemory(&error);
        {
            WriteTransaction tx(*db);
            Entity e = sampleEntity();
            QVERIFY(EntityRepository(*db).insert(tx, e));
            QVERIFY(tx.commit());
        }
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT at_utc, at_local FROM audit_log")) && q.next());
        const QString atUtc = q.value(0).toString();
        const QString atLocal = q.value(1).toString();
        QVERIFY2(atLocal.endsWith(QStringLiteral("+08:00")), qPrintable(atLocal));
        QCOMPARE(QDateTime::fromString(atLocal, Qt::ISODateWithMs), QDateTime::fromString(atUtc, Qt::ISODateWithMs));
        QCOMPARE(atLocal.left(23),
                 QDateTime::fromString(atUtc, Qt::ISODateWithMs)
                     .toOffsetFromUtc(8 * 3600)
                     .toString(Qt::ISODateWithMs)
                     .left(23));
    }

    void canonicalEntryIsAsDocumented()
    {
        AuditEntry entry;
        entry.seq = 7;
        entry.atUtc = QStringLiteral("2026-03-01T08:00:00.123Z");
        entry.atLocal = QStringLiteral("2026-03-01T16:00:00.123+08:00");
        entry.user = QStringLiteral("张三");
        entry.action = QStringLiteral("create");
        entry.objectType = QStringLiteral("entity");
        entry.objectId = QStringLiteral("DX000001");
        entry.newValues = QStringLiteral("{\"name\":\"一\"}").toUtf8();
        const QByteArray expected = QStringLiteral("1:7,24:2026-03-01T08:00:00.123Z,29:2026-03-01T16:00:00.123+08:00,"
                                                   "6:张三,6:create,6:entity,8:DX000001,0:,14:{\"name\":\"一\"},")
                                        .toUtf8();
        QCOMPARE(WriteTransaction::canonicalEntry(entry), expected);

        // SHA-256 over the previous hash's hex digits and these bytes, in lower-case hex.
        const QString previous = QString(64, QLatin1Char('a'));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        sha.addData(previous.toLatin1());
        sha.addData(expected);
        QCOMPARE(WriteTransaction::entryHash(previous, entry), QString::fromLatin1(sha.result().toHex()));
        QCOMPARE(WriteTransaction::entryHash(QString(), entry),
                 QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));

        // Moving text from one field to the next changes the bytes, so it changes the hash.
        AuditEntry moved = entry;
        moved.user = QStringLiteral("张");
        moved.action = QStringLiteral("三create");
        QVERIFY(WriteTransaction::canonicalEntry(moved) != expected);
        QVERIFY(WriteTransaction::entryHash(previous, moved) != WriteTransaction::entryHash(previous, entry));
    }

    void isoDateTimeAsQtWritesIt_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<int>("offset");
        const QDateTime t(QDate(2026, 3, 1), QTime(8, 0, 0, 123), Qt::UTC);
        QTest::newRow("UTC") << t << 0;
        QTest::newRow("Beijing") << t << 8 * 3600;
        QTest::newRow("Newfoundland") << t << -(3 * 3600 + 30 * 60);
        QTest::newRow("date line") << t << 14 * 3600;
        QTest::newRow("day changes") << QDateTime(QDate(2025, 12, 31), QTime(20, 59, 59, 999), Qt::UTC) << 8 * 3600;
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 0, 0, 5), Qt::UTC) << 3600;
        QTest::newRow("century") << QDateTime(QDate(2000, 2, 29), QTime(0, 0), Qt::UTC) << 0;
        QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC) << 0;
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC) << 0;
        QTest::newRow("seconds offset") << t << 8 * 3600 + 17;
    }
    void isoDateTimeAsQtWritesIt()
    {
        QFETCH(QDateTime, utc);
        QFETCH(int, offset);
        const QDateTime shifted = utc.toOffsetFromUtc(offset);
        QCOMPARE(WriteTransaction::isoDateTime(utc.toMSecsSinceEpoch(), offset), shifted.toString(Qt::ISODateWithMs));
        QCOMPARE(WriteTransaction::isoDateTime(utc.toMSecsSinceEpoch(), offset, false), shifted.toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
