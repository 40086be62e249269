// `shuangsui-cli void` under the four-eyes rule (issue 17, 7): the clerk (--user) voids, a second user confirms
// (--confirmed-by NAME, the password in --confirm-password-file or SHUANGSUI_CONFIRM_PASSWORD); every refusal is the
// core's sentence (exit 1, as in the window), and the data file names both after the void.
#include "PlanDraw.h"
#include "PlanFixture.h"

#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;

class TestCliVoid final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_code;

    // The tool in English as luru (the clerk), with the confirming password in the environment unless it is null.
    TestSupport::CliResult cli(const QStringList& args, const QString& confirmPassword = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), userPassword());
        env.remove(QStringLiteral("SHUANGSUI_CONFIRM_PASSWORD"));
        if (!confirmPassword.isNull())
            env.insert(QStringLiteral("SHUANGSUI_CONFIRM_PASSWORD"), confirmPassword);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH),
                QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_dbPath,
                             QStringLiteral("--user"), QStringLiteral("luru"), QStringLiteral("void"), m_code,
                             QStringLiteral("--reason"), QStringLiteral("见证人未到场")}
                    + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList voids()
    {
        QString error;
        auto db = Database::open(m_dbPath, &error, Database::OpenMode::ReadOnly);
        if (!db)
            return {error};
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT voided_by, confirmed_by FROM draw_void"));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        return rows;
    }

    int failedLogins(const QString& name)
    {
        QString error;
        auto db = Database::open(m_dbPath, &error, Database::OpenMode::ReadOnly);
        return db ? UserRepository(*db).find(name)->failedLogins : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("数据.sqlite"));
        QString error;
        auto db = Database::open(m_dbPath, &error);
        QVERIFY2(db, qPrintable(error));
        db->setCurrentUser(QStringLiteral("张三"));
        Registry r(*db);
        const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        r.entities(12, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
        const Plan drawn = inserted(*db, plan({item}));
        PlanDraw draw(*db);
        QVERIFY2(draw.freeze(drawn.id, &error), qPrintable(error));
        const auto attempt
            = draw.addSeed(drawn.id, {SeedPart::fromSystem(QStringLiteral("12345678901234567890"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        m_code = drawn.code;
        addUser(*db, QStringLiteral("luru"), QStringLiteral("clerk"));
        addUser(*db, QStringLiteral("luru2"), QStringLiteral("clerk"));
        addUser(*db, QStringLiteral("shenhe"), QStringLiteral("reviewer"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("confirmPassword");
        QTest::addColumn<QStringList>("messages");
        const QString hint = QStringLiteral("Give the confirming user with --confirmed-by NAME");
        QTest::newRow("no confirming user")
            << QStringList() << QString()
            << QStringList {QStringLiteral("A second user must confirm the void: a reviewer (审核员) or an "
                                           "administrator (管理员) other than you enters their user name and "
                                           "password."),
                            hint};
        QTest::newRow("the clerk themselves")
            << QStringList {QStringLiteral("--confirmed-by"), QStringLiteral("luru")} << userPassword()
            << QStringList {QStringLiteral("You cannot confirm your own void")};
        QTest::newRow("another clerk") << QStringList {QStringLiteral("--confirmed-by"), QStringLiteral("luru2")}
                                       << userPassword()
                                       << QStringList {
                                              QStringLiteral("luru2 has the role Clerk and may not confirm a void")};
        QTest::newRow("no password") << QStringList {QStringLiteral("--confirmed-by"), QStringLiteral("shenhe")}
                                     << QString() << QStringList {QStringLiteral("Enter the password of shenhe"), hint};
        QTest::newRow("wrong password") << QStringList {QStringLiteral("--confirmed-by"), QStringLiteral("shenhe")}
                                        << QStringLiteral("wrong123")
                                        << QStringList {QStringLiteral("The password of shenhe is wrong.")};
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, confirmPassword);
        QFETCH(QStringList, messages);
        const auto r = cli(args, confirmPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        for (const QString& message : messages)
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (messages.size() == 1)
            QVERIFY2(!r.err.contains(QStringLiteral("--confirmed-by NAME")), qPrintable(r.err));
        QVERIFY(voids().isEmpty());
        QCOMPARE(failedLogins(QStringLiteral("shenhe")),
                 QTest::currentDataTag() == QLatin1String("wrong password") ? 1 : 0);
    }

    // The password from a file (its line end stripped): the void is done, and both names are on the record.
    void aConfirmedVoid()
    {
        const QString file = m_dir.filePath(QStringLiteral("shenhe.txt"));
        QVERIFY(TestSupport::writeFile(file, (userPassword() + QStringLiteral("\r\n")).toUtf8()));
        const auto r = cli({QStringLiteral("--confirmed-by"), QStringLiteral("shenhe"),
                            QStringLiteral("--confirm-password-file"), file},
                           QStringLiteral("wrong123")); // the file wins over the environment
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            r.out,
            QStringLiteral("the draw of %1 is void (confirmed by shenhe); a new seed and draw follow\n").arg(m_code));
        QCOMPARE(voids(), QStringList {QStringLiteral("luru shenhe")});
        QCOMPARE(failedLogins(QStringLiteral("shenhe")), 0);
        // Voided: nothing stands to void again.
        const auto again = cli({QStringLiteral("--confirmed-by"), QStringLiteral("shenhe")}, userPassword());
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(voids().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliVoid)
#include "tst_cli_void.moc"
