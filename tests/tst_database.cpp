#include "Database.h"
#include "EntityRepository.h"
#include "Schema.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>
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
            QVERIFY(tx.commit());
        }
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, at_utc, at_local, user_name, action, object_type, object_id, "
                                      "old_values, new_values, hash FROM audit_log ORDER BY seq")));
        QString previous;
        int rows = 0;
        while (q.next()) {
            AuditEntry entry;
            entry.seq = q.value(0).toLongLong();
            entry.atUtc = q.value(1).toString();
            entry.atLocal = q.value(2).toString();
            entry.user = q.value(3).toString();
            entry.action = q.value(4).toString();
            entry.objectType = q.value(5).toString();
            entry.objectId = q.value(6).toString();
            entry.oldValues = q.value(7).toString().toUtf8();
            entry.newValues = q.value(8).toString().toUtf8();
            QCOMPARE(q.value(9).toString(), WriteTransaction::entryHash(previous, entry));
            previous = q.value(9).toString();
            ++rows;
        }
        QCOMPARE(rows, 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
