// The reproduction of issue 13, finding 4: shuangsui-cli started N times at once with --user and a wrong password,
// on one data file. Each attempt counts (N below the threshold: failed_logins = N), the account locks at the
// threshold as attempts in a row do, and every attempt is in the audit trail.
#include "Database.h"
#include "TestSupport.h"
#include "UserRepository.h"

#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestCliLogins final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // the demo data: users admin, luru, shenhe, chakan (password demo1234)

    QString demoCopy(const QString& name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        return QFile::copy(m_demo, copy) ? copy : QString();
    }

    // N programs at once: `--user admin backup …` (a command that runs beside others) with a wrong password.
    // Returns their exit codes.
    QList<int> wrongPasswordsAtOnce(const QString& file, int n)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), QStringLiteral("wrong9999"));
        std::vector<std::unique_ptr<QProcess>> programs;
        for (int i = 0; i < n; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(SHUANGSUI_CLI_PATH),
                     {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file,
                      QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("backup"),
                      m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i))});
            programs.push_back(std::move(p));
        }
        QList<int> codes;
        for (auto& p : programs) {
            p->waitForFinished(120000);
            codes << (p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1);
        }
        return codes;
    }

    struct Admin
    {
        int failedLogins = -1;
        bool locked = false;
        QStringList failures; // the values of admin's login_failed entries
    };
    static Admin admin(const QString& file)
    {
        Admin a;
        QString error;
        auto db = Database::open(file, &error, Database::OpenMode::ReadOnly);
        if (!db)
            return a;
        const auto user = UserRepository(*db).find(QStringLiteral("admin"));
        a.failedLogins = user->failedLogins;
        a.locked = user->isLocked(QDateTime::currentDateTimeUtc());
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'login_failed' AND object_id = "
                              "'admin' ORDER BY seq"));
        while (q.next())
            a.failures << q.value(0).toString();
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto r = TestSupport::runCli({QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void belowTheThresholdEachCounts()
    {
        const QString file = demoCopy(QStringLiteral("four.sqlite"));
        const int n = UserRepository::MaxFailedLogins - 1;
        QCOMPARE(wrongPasswordsAtOnce(file, n), QList<int>(n, 3)); // 3: refused
        const Admin a = admin(file);
        QCOMPARE(a.failedLogins, n);
        QVERIFY(!a.locked);
        QCOMPARE(a.failures.size(), n);
    }

    // The twelve.
    void twelveLockTheAccount()
    {
        const QString file = demoCopy(QStringLiteral("twelve.sqlite"));
        const int n = 12;
        QCOMPARE(wrongPasswordsAtOnce(file, n), QList<int>(n, 3));
        const Admin a = admin(file);
        QVERIFY(a.locked);
        QCOMPARE(a.failures.size(), n);
        QCOMPARE(a.failures.filter(QStringLiteral("wrong_password")).size(), UserRepository::MaxFailedLogins);
        QCOMPARE(a.failures.filter(QStringLiteral("\"reason\":\"locked\"")).size(),
                 n - UserRepository::MaxFailedLogins);

        // The right password now gets the lock's message.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QProcess p;
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), QStringLiteral("demo1234"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), file, QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("backup"), m_dir.filePath(QStringLiteral("after.sqlite"))});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("is locked until")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliLogins)
#include "tst_cli_logins.moc"
