#include "BulkStatement.h"
#include "Database.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using Backend = BulkStatement::Backend;

class TestBulkStatement : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    // The row's values as text, each followed by its SQLite type.
    QStringList row(qint64 id)
    {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT a, typeof(a), b, typeof(b), n, typeof(n), u, typeof(u) FROM t WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        QStringList values;
        for (int i = 0; i < 8; ++i)
            values << q.value(i).toString();
        return values;
    }
    int count()
    {
        QSqlQuery q(m_db->sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT, n INTEGER, "
                                      "u TEXT UNIQUE)")));
    }
    void cleanup() { m_db.reset(); }

#ifdef Q_OS_LINUX
    // Debian's QSQLITE plugin uses the shared libsqlite3 we link, so imports take the fast path here.
    void sqliteApiIsUsableWithTheSystemLibrary()
    {
        QVERIFY(BulkStatement::sqliteApiUsable(m_db->sql()));
    }
#endif

    void bindsAndRuns_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("SQLite C API") << Backend::Automatic;
        QTest::newRow("QSqlQuery") << Backend::Portable;
    }
    void bindsAndRuns()
    {
        QFETCH(Backend, backend);
        BulkStatement s(m_db->sql(), QStringLiteral("INSERT INTO t (a, b, n, u) VALUES (?, ?, ?, ?)"), backend);
        QVERIFY2(s.isPrepared(), qPrintable(s.lastError()));
        QCOMPARE(s.usesSqliteApi(), backend == Backend::Automatic && BulkStatement::sqliteApiUsable(m_db->sql()));

        const QString text = QStringLiteral("昌黎县第一中学 😀 \"x\"");
        s.bindText(0, text);
        s.bindNull(1);
        s.bindInt(2, 9007199254740993);
        s.bindUtf8(3, QByteArrayView("DX000001"));
        QVERIFY2(s.exec(), qPrintable(s.lastError()));
        const qint64 first = s.lastInsertId();
        QCOMPARE(row(first),
                 QStringList({text, QStringLiteral("text"), QString(), QStringLiteral("null"),
                              QStringLiteral("9007199254740993"), QStringLiteral("integer"), QStringLiteral("DX000001"),
                              QStringLiteral("text")}));

        // A null QString is the empty text (the NOT NULL columns), and UTF-8 arrives as text, not as a blob.
        const QByteArray utf8 = QStringLiteral("民办").toUtf8();
        s.bindText(0, QString());
        s.bindUtf8(1, utf8);
        s.bindInt(2, -1);
        s.bindText(3, QStringLiteral("DX000002"));
        QVERIFY2(s.exec(), qPrintable(s.lastError()));
        const qint64 second = s.lastInsertId();
        QVERIFY(second > first);
        QCOMPARE(row(second),
                 QStringList({QString(), QStringLiteral("text"), QStringLiteral("民办"), QStringLiteral("text"),
                              QStringLiteral("-1"), QStringLiteral("integer"), QStringLiteral("DX000002"),
                              QStringLiteral("text")}));
        QCOMPARE(count(), 2);
    }

    void failuresAreReportedAndTheStatementStaysUsable_data()
    {
        bindsAndRuns_data();
    }
    void failuresAreReportedAndTheStatementStaysUsable()
    {
        QFETCH(Backend, backend);
        BulkStatement s(m_db->sql(), QStringLiteral("INSERT INTO t (a, u) VALUES (?, ?)"), backend);
        s.bindText(0, QStringLiteral("a"));
        s.bindText(1, QStringLiteral("same"));
        QVERIFY(s.exec());
        s.bindText(0, QStringLiteral("b"));
        s.bindText(1, QStringLiteral("same"));
        QVERIFY(!s.exec());
        QVERIFY2(s.lastError().contains(QStringLiteral("UNIQUE")), qPrintable(s.lastError()));
        // Nothing stays bound from one run to the next: a is NOT NULL.
        QVERIFY(!s.exec());
        QVERIFY2(s.lastError().contains(QStringLiteral("NOT NULL")), qPrintable(s.lastError()));
        s.bindText(0, QStringLiteral("c"));
        s.bindText(1, QStringLiteral("other"));
        QVERIFY2(s.exec(), qPrintable(s.lastError()));
        QCOMPARE(count(), 2);
    }

    void badSqlIsNotPrepared_data()
    {
        bindsAndRuns_data();
    }
    void badSqlIsNotPrepared()
    {
        QFETCH(Backend, backend);
        BulkStatement s(m_db->sql(), QStringLiteral("INSERT INTO nowhere VALUES (?)"), backend);
        QVERIFY(!s.isPrepared());
        QVERIFY2(s.lastError().contains(QStringLiteral("nowhere")), qPrintable(s.lastError()));
        QVERIFY(!s.exec());
    }

    void writesBelongToTheTransaction()
    {
        {
            WriteTransaction tx(*m_db);
            BulkStatement& s = tx.prepareBulk(QStringLiteral("INSERT INTO t (a) VALUES (?)"));
            QCOMPARE(&tx.prepareBulk(QStringLiteral("INSERT INTO t (a) VALUES (?)")), &s);
            s.bindText(0, QStringLiteral("rolled back"));
            QVERIFY(tx.exec(s));
            QCOMPARE(count(), 1);
            // not committed
        }
        QCOMPARE(count(), 0);
        WriteTransaction tx(*m_db);
        BulkStatement& s = tx.prepareBulk(QStringLiteral("INSERT INTO t (a, u) VALUES (?, ?)"));
        s.bindText(0, QStringLiteral("kept"));
        s.bindText(1, QStringLiteral("k"));
        QVERIFY(tx.exec(s));
        QVERIFY(tx.commit());
        QCOMPARE(count(), 1);
        // A failed statement fails the transaction with the database's words.
        WriteTransaction failing(*m_db);
        BulkStatement& again = failing.prepareBulk(QStringLiteral("INSERT INTO t (a, u) VALUES (?, ?)"));
        again.bindText(0, QStringLiteral("x"));
        again.bindText(1, QStringLiteral("k"));
        QVERIFY(!failing.exec(again));
        QVERIFY2(failing.error().contains(QStringLiteral("UNIQUE")), qPrintable(failing.error()));
        QVERIFY(!failing.commit());
    }
};

QTEST_GUILESS_MAIN(TestBulkStatement)
#include "tst_bulkstatement.moc"
