// `shuangsui-cli approve-inspection` (行政检查审批, issue 14 item 3): the same rules and sentences as the window's
// dialog (PlanOperations::approve) — each field refused by name, a role that may not manage plans refused by role
// (exit 3), recorded once — and the approval in the data file afterwards.
#include "InspectionApproval.h"
#include "PlanDraw.h"
#include "PlanFixture.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;

class TestCliApprove final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    Plan m_plan;

    // The tool in English as `user`, approving the plan with `args`.
    TestSupport::CliResult cli(const QStringList& args, const QString& user = QStringLiteral("luru"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), userPassword());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH),
                QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_dbPath,
                             QStringLiteral("--user"), user, QStringLiteral("approve-inspection"), m_plan.code}
                    + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList valid(const QDate& day = QDate::currentDate())
    {
        return {QStringLiteral("--approver"), QStringLiteral("王立新"), QStringLiteral("--post"),
                QStringLiteral("副局长"),     QStringLiteral("--date"), day.toString(Qt::ISODate)};
    }

    std::optional<InspectionApproval> stored()
    {
        QString error;
        auto db = Database::open(m_dbPath, &error, Database::OpenMode::ReadOnly);
        return db ? InspectionApprovals::ofPlan(*db, m_plan.id) : std::nullopt;
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
        m_plan = inserted(*db, plan({item}));
        PlanDraw draw(*db);
        QVERIFY2(draw.freeze(m_plan.id, &error), qPrintable(error));
        const auto attempt
            = draw.addSeed(m_plan.id, {SeedPart::fromSystem(QStringLiteral("12345678901234567890"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        addUser(*db, QStringLiteral("luru"), QStringLiteral("clerk"));
        addUser(*db, QStringLiteral("chakan"), QStringLiteral("viewer"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QTest::newRow("no approver") << QStringList {QStringLiteral("--post"), QStringLiteral("副局长"),
                                                     QStringLiteral("--date"),
                                                     QDate::currentDate().toString(Qt::ISODate)}
                                     << "luru" << 1 << "Enter the name of the leader who approved.";
        QTest::newRow("no post") << QStringList {QStringLiteral("--approver"), QStringLiteral("王立新"),
                                                 QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate)}
                                 << "luru" << 1 << "Enter the approver's post, e.g. 副局长.";
        QTest::newRow("not a date") << (valid().mid(0, 4)
                                        + QStringList {QStringLiteral("--date"), QStringLiteral("3月3日")})
                                    << "luru" << 2 << "--date 3月3日 is not a date: write it as 2026-03-03.";
        QTest::newRow("tomorrow") << (valid().mid(0, 4) + QStringList {QStringLiteral("--date"), tomorrow}) << "luru"
                                  << 1 << QStringLiteral("The approval date %1 is in the future").arg(tomorrow);
        QTest::newRow("empty opinion") << (valid() + QStringList {QStringLiteral("--opinion"), QStringLiteral(" ")})
                                       << "luru" << 1 << "Enter the approver's opinion.";
        QTest::newRow("read only") << valid() << "chakan" << 3 << "may not";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, user);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = cli(args, user);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!stored());
    }

    // Recorded with the default opinion, said on stdout; a second approval is refused.
    void recordedOnce()
    {
        const auto r = cli(valid());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("the inspections of %1 are approved: 王立新 (副局长) approved on").arg(m_plan.code)),
            qPrintable(r.out));
        const auto approval = stored();
        QVERIFY(approval);
        QCOMPARE(approval->opinion, QStringLiteral("Approved: carry out the inspections as planned."));
        QCOMPARE(approval->recordedBy, QStringLiteral("luru"));
        const auto again = cli(valid());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already approved")), qPrintable(again.err));
    }

    // `documents`: the plan's four documents as HTML, the approval form with the approval recorded above; each file
    // an audited export; a folder that is not empty is refused.
    void documentsWritesEveryPaper()
    {
        const QString out = m_dir.filePath(QStringLiteral("文书"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), userPassword());
        p.setProcessEnvironment(env);
        const QStringList args {QStringLiteral("--lang"),    QStringLiteral("en"), QStringLiteral("--db"),  m_dbPath,
                                QStringLiteral("documents"), m_plan.code,          QStringLiteral("--out"), out};
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH), args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList {QStringLiteral("approval-form.html"), QStringLiteral("draw-sheet.html"),
                               QStringLiteral("inspection-notices.html"), QStringLiteral("on-site-records.html"),
                               QStringLiteral("pre-draw-sheet.html")}));
        QFile form(QDir(out).filePath(QStringLiteral("approval-form.html")));
        QVERIFY(form.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(form.readAll());
        QVERIFY(html.contains(QStringLiteral("行政检查审批表")));
        QVERIFY(html.contains(QStringLiteral("王立新（副局长）")));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("行政检查审批表 ") + m_plan.code));
        QString error;
        {
            auto db = Database::open(m_dbPath, &error, Database::OpenMode::ReadOnly);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND object_id LIKE "
                                          "'%approval-form.html'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH), args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("is not empty")));
    }
};

QTEST_GUILESS_MAIN(TestCliApprove)
#include "tst_cli_approve.moc"
