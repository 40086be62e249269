// `shuangsui-cli recusal` (被检查人申请回避, issue 14 item 5): the same rules and sentences as the window — a usage
// error for a missing decision or a bad date (exit 2), the core's refusal for a member not on the team (exit 1), and
// a granted application that replaces the member by the draw's rule.
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Recusal.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;

class TestCliRecusal final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    Plan m_plan;
    DrawTeam m_first;
    qint64 m_attempt = 0;

    TestSupport::CliResult cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), userPassword());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH),
                QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_dbPath,
                             QStringLiteral("--user"), QStringLiteral("luru"), QStringLiteral("recusal"), m_plan.code,
                             QStringLiteral("--visit"), QStringLiteral("1")}
                    + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList application(const QString& inspector, const QString& decision) const
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        return {QStringLiteral("--inspector"),  inspector,
                QStringLiteral("--applied"),    today,
                QStringLiteral("--reason"),     QStringLiteral("与本单位负责人系同学关系"),
                QStringLiteral("--decision"),   decision,
                QStringLiteral("--decided-by"), QStringLiteral("王立新（副局长）"),
                QStringLiteral("--decided-on"), today};
    }

    QList<RecusalRequest> stored()
    {
        QString error;
        auto db = Database::open(m_dbPath, &error, Database::OpenMode::ReadOnly);
        return db ? Recusals::ofAttempt(*db, m_attempt) : QList<RecusalRequest>();
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
        r.inspectors(8);
        m_plan = inserted(*db, plan({item}));
        PlanDraw draw(*db);
        QVERIFY2(draw.freeze(m_plan.id, &error), qPrintable(error));
        const auto attempt
            = draw.addSeed(m_plan.id, {SeedPart::fromSystem(QStringLiteral("12345678901234567890"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        m_attempt = attempt->id;
        m_first = draw.attempt(attempt->id)->result->teams.first();
        addUser(*db, QStringLiteral("luru"), QStringLiteral("clerk"));
    }

    void usageErrors()
    {
        QStringList args = application(m_first.members.first(), QStringLiteral("maybe"));
        auto r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--decision granted or --decision refused")), qPrintable(r.err));
        args = application(m_first.members.first(), QStringLiteral("granted"));
        args[3] = QStringLiteral("4月2日");
        r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--applied 4月2日 is not a date")), qPrintable(r.err));
        QVERIFY(stored().isEmpty());
    }

    void notOnTheTeam()
    {
        const auto r = cli(application(m_first.backups.first(), QStringLiteral("granted")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a member of this visit's team now")), qPrintable(r.err));
        QVERIFY(stored().isEmpty());
    }

    void refusedThenGranted()
    {
        auto r = cli(application(m_first.members.first(), QStringLiteral("refused")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("is refused and recorded; the team stays")), qPrintable(r.out));
        r = cli(application(m_first.members.first(), QStringLiteral("granted")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("is granted; %1 is replaced by").arg(m_first.members.first())),
                 qPrintable(r.out));
        const QList<RecusalRequest> list = stored();
        QCOMPARE(list.size(), 2);
        QVERIFY(!list.at(0).granted);
        QVERIFY(list.at(1).granted);
        QVERIFY(!list.at(1).replacement.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRecusal)
#include "tst_cli_recusal.moc"
