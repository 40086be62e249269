// Logins against a hostile hand and a hostile file (issue 13): wrong passwords tried in parallel, each attempt with
// its own connection to the same data file, count one each and lock the account at the threshold as five in a row
// do; a stored hash whose Argon2 costs exceed ours is refused before any hashing, with a message that says why.
#include "Database.h"
#include "Passwords.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>
#include <vector>

namespace {

struct Attempts
{
    int refused = 0; // logins that returned no user
    QStringList errors; // the messages of the attempts that could not even be tried (open failed)
};

// N threads, each opening the file as the command line does beside the window (Shared) and logging in as `name`
// with `password`, all let go at once.
Attempts tryInParallel(const QString& path, const QString& name, const QString& password, int n)
{
    std::latch start(n);
    std::vector<int> refused(static_cast<size_t>(n), 0);
    std::vector<QString> errors(static_cast<size_t>(n));
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            QString error;
            auto db = Database::open(path, &error, Database::OpenMode::Shared);
            start.arrive_and_wait();
            if (!db) {
                errors[size_t(i)] = error;
                return;
            }
            if (!UserRepository(*db).login(name, password, &error))
                refused[size_t(i)] = 1;
        });
    }
    for (auto& thread : threads)
        thread.join();
    Attempts attempts;
    for (int i = 0; i < n; ++i) {
        attempts.refused += refused[size_t(i)];
        if (!errors[size_t(i)].isEmpty())
            attempts.errors << errors[size_t(i)];
    }
    return attempts;
}

} // namespace

class TestLogins : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // A fresh data file with the clerk wang (password secret123).
    void makeFile(const QString& name)
    {
        m_path = m_dir.filePath(name);
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        WriteTransaction tx(*db);
        User wang;
        wang.name = QStringLiteral("wang");
        wang.role = QStringLiteral("clerk");
        QVERIFY2(UserRepository(*db).create(tx, wang, QStringLiteral("secret123")), qPrintable(tx.error()));
        QVERIFY(tx.commit());
    }

    // What the file says about wang, read afresh.
    struct Account
    {
        int failedLogins = -1;
        bool locked = false;
        QStringList failures; // the values of wang's login_failed entries, in order
    };
    Account account()
    {
        Account a;
        QString error;
        auto db = Database::open(m_path, &error, Database::OpenMode::ReadOnly);
        if (!db)
            return a;
        const auto user = UserRepository(*db).find(QStringLiteral("wang"));
        a.failedLogins = user->failedLogins;
        a.locked = user->isLocked(QDateTime::currentDateTimeUtc());
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'login_failed' AND object_id = 'wang' "
                              "ORDER BY seq"));
        while (q.next())
            a.failures << q.value(0).toString();
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Fewer than the threshold: each counts (before, every attempt read 0 before its write and wrote 1).
    void parallelFailuresCountEach()
    {
        makeFile(QStringLiteral("four.sqlite"));
        const int n = UserRepository::MaxFailedLogins - 1;
        const Attempts attempts = tryInParallel(m_path, QStringLiteral("wang"), QStringLiteral("wrong1234"), n);
        QVERIFY2(attempts.errors.isEmpty(), qPrintable(attempts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(attempts.refused, n);
        const Account a = account();
        QCOMPARE(a.failedLogins, n);
        QVERIFY(!a.locked);
        QCOMPARE(a.failures.size(), n);
        // Each entry names the count it wrote: 1, 2, … n, once each.
        QStringList counts;
        for (int i = 1; i <= n; ++i)
            counts << QStringLiteral("\"failed_logins\":%1,").arg(i);
        for (const QString& values : a.failures) {
            const auto it = std::find_if(counts.begin(), counts.end(),
                                         [&](const QString& count) { return values.contains(count); });
            QVERIFY2(it != counts.end(), qPrintable(values));
            counts.erase(it);
        }
    }

    // At the threshold and beyond: the account is locked by the attempt that reached it; those that find the lock
    // in the file are refused as locked (not counted again), and every attempt is in the audit trail.
    void parallelFailuresLockAtTheThreshold()
    {
        makeFile(QStringLiteral("seven.sqlite"));
        const int n = UserRepository::MaxFailedLogins + 2;
        const Attempts attempts = tryInParallel(m_path, QStringLiteral("wang"), QStringLiteral("wrong1234"), n);
        QVERIFY2(attempts.errors.isEmpty(), qPrintable(attempts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(attempts.refused, n);
        const Account a = account();
        QVERIFY(a.locked);
        QCOMPARE(a.failedLogins, 0); // the count starts again when the lock ends
        QCOMPARE(a.failures.size(), n);
        QCOMPARE(a.failures.filter(QStringLiteral("wrong_password")).size(), UserRepository::MaxFailedLogins);
        QCOMPARE(a.failures.filter(QStringLiteral("locked_until")).size(), 1);
        QCOMPARE(a.failures.filter(QStringLiteral("\"reason\":\"locked\"")).size(),
                 n - UserRepository::MaxFailedLogins);

        // The right password is refused as well now.
        QString error;
        auto db = Database::open(m_path, &error, Database::OpenMode::Shared);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!UserRepository(*db).login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
        QVERIFY2(error.contains(QStringLiteral("wang")), qPrintable(error));
    }

    void costsOfAStoredHash_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<bool>("refused");
        const QString tail = QStringLiteral("$PRVKHReOB5syj2EI6g/PfQ$WG8kRs05INe0ttiEoro3l/thafEj9e+HIIGPG5v6eFs");
        QTest::newRow("ours") << Passwords::hash(QStringLiteral("secret123")) << false;
        QTest::newRow("cheaper") << QStringLiteral("$argon2id$v=19$m=4096,t=1,p=1") + tail << false;
        QTest::newRow("memory") << QStringLiteral("$argon2id$v=19$m=4194304,t=2,p=1") + tail << true;
        QTest::newRow("passes") << QStringLiteral("$argon2id$v=19$m=65536,t=1000,p=1") + tail << true;
        QTest::newRow("lanes") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=4") + tail << true;
        QTest::newRow("beyond 64 bits") << QStringLiteral("$argon2id$v=19$m=99999999999999999999,t=2,p=1") + tail
                                        << true;
        QTest::newRow("argon2i") << QStringLiteral("$argon2i$v=19$m=65536,t=2,p=1") + tail << true;
        QTest::newRow("other version") << QStringLiteral("$argon2id$v=16$m=65536,t=2,p=1") + tail << true;
        QTest::newRow("extra field") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1,x=9") + tail << true;
        QTest::newRow("empty") << QString() << true;
    }

    void costsOfAStoredHash()
    {
        QFETCH(QString, hash);
        QFETCH(bool, refused);
        QCOMPARE(!Passwords::costProblem(hash).isEmpty(), refused);
        if (refused)
            QVERIFY(!Passwords::verify(hash, QStringLiteral("secret123")));
    }

    // A data file whose hash asks 4 GiB and 1,000 passes (minutes of work and gigabytes for every login, were it
    // checked): refused at once with the message, audited, not counted as a wrong password.
    void aHashAboveOurCostsIsRefusedBeforeHashing()
    {
        makeFile(QStringLiteral("costly.sqlite"));
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        {
            // The file as a hostile hand edited it, around the program.
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE app_user SET password_hash = '$argon2id$v=19$m=4194304,t=1000,p=1$PRVKHReOB5syj2EI6g/PfQ$"
                "WG8kRs05INe0ttiEoro3l/thafEj9e+HIIGPG5v6eFs' WHERE name = 'wang'")));
        }
        QVERIFY(!UserRepository(*db).login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
        QCOMPARE(error, Passwords::costProblem(QStringLiteral("$argon2id$v=19$m=4194304,t=1000,p=1$x$y")));
        QVERIFY2(error.contains(QStringLiteral("64")), qPrintable(error)); // our memory, in MiB
        QVERIFY(!UserRepository(*db).passwordMatches(QStringLiteral("wang"), QStringLiteral("secret123")));
        db.reset();
        const Account a = account();
        QCOMPARE(a.failedLogins, 0);
        QCOMPARE(a.failures.size(), 1);
        QVERIFY2(a.failures.first().contains(QStringLiteral("password_hash_refused")), qPrintable(a.failures.first()));
    }
};

QTEST_GUILESS_MAIN(TestLogins)
#include "tst_logins.moc"
