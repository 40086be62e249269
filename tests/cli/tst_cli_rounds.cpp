// The everyday commands of the window through the program, on the demo data: a result recorded, submitted,
// approved and published by the users whose roles may (the audit entries name them), and the refusals of the core
// operations with their exit codes: 3 for a role, 1 for a rule, 2 for a command written wrong.
#include "Access.h"
#include "Database.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The demo plan (DemoData::addFinishedPlan): visit 15 is published; visit 16 (item JY-02, team ZF-027 and ZF-017,
// both certified) has no result yet.
const QString kPlan = QStringLiteral("昌教抽查〔2026〕1号");

// The tool in English, logged in as `user` (a demo account, password demo1234) unless it is empty.
TestSupport::CliResult cli(const QString& db, const QString& user, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), QStringLiteral("demo1234"));
    p.setProcessEnvironment(env);
    QStringList arguments {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
    if (!user.isEmpty())
        arguments << QStringLiteral("--user") << user;
    p.start(QStringLiteral(SHUANGSUI_CLI_PATH), arguments + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList visit(int number, const QString& item = QStringLiteral("JY-02"))
{
    return {kPlan, QStringLiteral("--visit"), QString::number(number), QStringLiteral("--item"), item};
}

// The line of `results` for the visit.
QString resultsLine(const QString& db, int number)
{
    const auto r = cli(db, {}, {QStringLiteral("results"), kPlan});
    for (const QString& line : r.out.split(QLatin1Char('\n')))
        if (line.startsWith(QString::number(number) + QLatin1Char('\t')))
            return line;
    return r.err;
}

// Who the audit entries of the result of visit 16 name, action by action.
QStringList resultAudit(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::ReadOnly);
    if (!db)
        return {error};
    QSqlQuery q(db->sql());
    q.prepare(
        QStringLiteral("SELECT action, user_name FROM audit_log WHERE object_type = 'result' AND object_id LIKE ? "
                       "ORDER BY seq"));
    q.addBindValue(QStringLiteral("%|91130322MA0RTY2T24|JY-02"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return rows;
}

int substitutions(const QString& db)
{
    const auto r = cli(db, {}, {QStringLiteral("record"), kPlan});
    return int(r.out.count(QStringLiteral("\"reason\"")));
}

} // namespace

class TestCliRounds final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_resultFile;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString demoCopy(const QString& name)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(m_demo, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("演示.sqlite"));
        const auto r = cli(m_demo, {}, {QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(resultsLine(m_demo, 16),
                 QStringLiteral("16\t昌黎县龙家店镇书香口才培训学校有限公司\tJY-02\t未录入\t"));
        m_resultFile = path(QStringLiteral("检查结果.json"));
        QVERIFY(TestSupport::writeFile(m_resultFile, R"({
            "inspectedFrom": "2026-03-10", "inspectedTo": "2026-03-10",
            "members": ["ZF-027", "ZF-017"], "categories": ["未发现问题"], "followUp": "无需后续处置",
            "remarks": "命令行录入"
        })"));
    }

    void aWholeRound()
    {
        const QString db = demoCopy(QStringLiteral("round.sqlite"));
        auto r = cli(db, QStringLiteral("luru"),
                     QStringList {QStringLiteral("result"), QStringLiteral("record")} + visit(16)
                         + QStringList {QStringLiteral("--file"), m_resultFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("visit No. 16 (昌黎县龙家店镇书香口才培训学校有限公司), item JY-02: Entered\n"));
        QCOMPARE(resultsLine(db, 16),
                 QStringLiteral("16\t昌黎县龙家店镇书香口才培训学校有限公司\tJY-02\t录入\tZF-027,ZF-017"));

        r = cli(db, QStringLiteral("luru"),
                QStringList {QStringLiteral("result"), QStringLiteral("submit")} + visit(16));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The clerk may not approve; the reviewer may.
        r = cli(db, QStringLiteral("luru"),
                QStringList {QStringLiteral("result"), QStringLiteral("approve")} + visit(16));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(Access::description(Access::Permission::ReviewResults)), qPrintable(r.err));
        r = cli(db, QStringLiteral("shenhe"),
                QStringList {QStringLiteral("result"), QStringLiteral("approve")} + visit(16));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(db, QStringLiteral("shenhe"),
                QStringList {QStringLiteral("result"), QStringLiteral("publish")} + visit(16));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.endsWith(QStringLiteral("item JY-02: Published\n")), qPrintable(r.out));
        // Published once: not again.
        r = cli(db, QStringLiteral("shenhe"),
                QStringList {QStringLiteral("result"), QStringLiteral("publish")} + visit(16));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());

        QCOMPARE(resultsLine(db, 16),
                 QStringLiteral("16\t昌黎县龙家店镇书香口才培训学校有限公司\tJY-02\t已公示\tZF-027,ZF-017"));
        QCOMPARE(resultAudit(db),
                 (QStringList {QStringLiteral("create luru"), QStringLiteral("submit luru"),
                               QStringLiteral("review shenhe"), QStringLiteral("publish shenhe")}));
        r = cli(db, {}, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void returnNeedsItsReason()
    {
        const QString db = demoCopy(QStringLiteral("return.sqlite"));
        // Visit 18 waits for review in the demo data.
        auto r = cli(db, QStringLiteral("shenhe"),
                     QStringList {QStringLiteral("result"), QStringLiteral("return")} + visit(18));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Say why the result is returned")), qPrintable(r.err));
        r = cli(db, QStringLiteral("shenhe"),
                QStringList {QStringLiteral("result"), QStringLiteral("return")} + visit(18)
                    + QStringList {QStringLiteral("--comment"), QStringLiteral("请写明检查发现")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(resultsLine(db, 18).contains(QStringLiteral("\t退回\t")));
    }

    void aReviewerMayNotSubstitute()
    {
        const QString db = demoCopy(QStringLiteral("reviewer.sqlite"));
        const int before = substitutions(db);
        const auto r = cli(db, QStringLiteral("shenhe"),
                           {QStringLiteral("substitute"), kPlan, QStringLiteral("--visit"), QStringLiteral("16"),
                            QStringLiteral("--inspector"), QStringLiteral("ZF-017"), QStringLiteral("--reason"),
                            QStringLiteral("病假")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(Access::description(Access::Permission::Draw)), qPrintable(r.err));
        QCOMPARE(substitutions(db), before);
        // The administrator may, while the visit has no result.
        const auto done = cli(db, QStringLiteral("admin"),
                              {QStringLiteral("substitute"), kPlan, QStringLiteral("--visit"), QStringLiteral("16"),
                               QStringLiteral("--inspector"), QStringLiteral("ZF-017"), QStringLiteral("--reason"),
                               QStringLiteral("病假")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(done.out.startsWith(QStringLiteral("visit No. 16 (昌黎县龙家店镇书香口才培训学校有限公司): ZF-017 is "
                                                    "replaced by ")),
                 qPrintable(done.out));
        QCOMPARE(substitutions(db), before + 1);
    }

    void noSubstitutionOnceTheResultIsPublished()
    {
        const QString db = demoCopy(QStringLiteral("published.sqlite"));
        const int before = substitutions(db);
        const auto r = cli(db, QStringLiteral("admin"),
                           {QStringLiteral("substitute"), kPlan, QStringLiteral("--visit"), QStringLiteral("15"),
                            QStringLiteral("--inspector"), QStringLiteral("ZF-006"), QStringLiteral("--reason"),
                            QStringLiteral("病假")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("visit No. 15")) && r.err.contains(QStringLiteral("is published")),
                 qPrintable(r.err));
        QCOMPARE(substitutions(db), before);
    }

    // The team of visit 16 with a single certified member, whose certificate ended before the inspection: the
    // registry updated by an import, as the office would.
    void theCertifiedMemberMustBeValidOnTheDay()
    {
        const QString db = demoCopy(QStringLiteral("certificate.sqlite"));
        const QString csv = path(QStringLiteral("执法人员.csv"));
        QVERIFY(TestSupport::writeFile(
            csv,
            QStringLiteral("人员编号,姓名,性别,所在股室,执法证号,证件有效期起,证件有效期止,专业领域,状态\n"
                           "ZF-017,张勇鹏,男,安全稳定办公室,,,,消防安全,在岗\n"
                           "ZF-027,李梅琴,女,督导室,冀秦13030000743,2024-08-01,2026-03-05,学前教育,在岗\n")
                .toUtf8()));
        auto r = cli(db, QStringLiteral("luru"), {QStringLiteral("import"), QStringLiteral("inspectors"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = cli(db, QStringLiteral("luru"),
                QStringList {QStringLiteral("result"), QStringLiteral("record")} + visit(16)
                    + QStringList {QStringLiteral("--file"), m_resultFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("certificate valid on the inspection dates")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(resultsLine(db, 16).contains(QStringLiteral("\t未录入\t")));
    }

    // A file written wrong is refused before anything is looked up, naming the field.
    void aBadResultFileNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a date") << QByteArray(R"({"inspectedFrom": "2026-03-10", "inspectedTo": "2026-3-10",
                                                      "members": ["ZF-027"], "categories": []})")
                                    << QStringLiteral("the field “inspectedTo” (Inspected until) must be a date");
        QTest::newRow("unknown field") << QByteArray(R"({"inspectedFrom": "2026-03-10", "inspectedTo": "2026-03-10",
                                                         "member": ["ZF-027"], "categories": []})")
                                       << QStringLiteral("the field “member” is unknown");
        QTest::newRow("missing field") << QByteArray(R"({"inspectedFrom": "2026-03-10", "inspectedTo": "2026-03-10",
                                                         "members": ["ZF-027"]})")
                                       << QStringLiteral("the field “categories” (Result) is missing");
        QTest::newRow("members not a list")
            << QByteArray(R"({"inspectedFrom": "2026-03-10", "inspectedTo": "2026-03-10", "members": "ZF-027",
                              "categories": ["未发现问题"]})")
            << QStringLiteral("the field “members” (Members present) must be a list of inspector codes");
        QTest::newRow("not JSON") << QByteArray("{\"inspectedFrom\": \"2026-03-10\",\n")
                                  << QStringLiteral("bad.json is not valid JSON: line 2, column 1");
        // Written right, but the rule of the team: fewer than two present.
        QTest::newRow("one member") << QByteArray(R"({"inspectedFrom": "2026-03-10", "inspectedTo": "2026-03-10",
                                                      "members": ["ZF-027"], "categories": ["未发现问题"]})")
                                    << QStringLiteral("At least 2 members of the team must have been present.");
    }
    void aBadResultFileNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString db = demoCopy(QStringLiteral("bad-file.sqlite"));
        const QString file = path(QStringLiteral("bad.json"));
        QVERIFY(TestSupport::writeFile(file, json));
        const auto r = cli(db, QStringLiteral("luru"),
                           QStringList {QStringLiteral("result"), QStringLiteral("record")} + visit(16)
                               + QStringList {QStringLiteral("--file"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(resultsLine(db, 16).contains(QStringLiteral("\t未录入\t")));
    }

    void usageAndLogin_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("result alone") << QString() << QStringList {QStringLiteral("result")} << 2
                                      << QStringLiteral("result record PLAN_CODE --visit N --item CODE --file");
        QTest::newRow("visit 0") << QStringLiteral(
            "luru") << QStringList {QStringLiteral("result"),  QStringLiteral("submit"), kPlan,
                                    QStringLiteral("--visit"), QStringLiteral("0"),      QStringLiteral("--item"),
                                    QStringLiteral("JY-02")}
                                 << 2 << QStringLiteral("--visit");
        QTest::newRow("no file") << QStringLiteral("luru")
                                 << QStringList {QStringLiteral("result"), QStringLiteral("record")} + visit(16) << 2
                                 << QStringLiteral("--file RESULT.json");
        QTest::newRow("comment beside submit") << QStringLiteral("luru")
                                               << QStringList {QStringLiteral("result"), QStringLiteral("submit")}
                + visit(17) + QStringList {QStringLiteral("--comment"), QStringLiteral("x")}
                                               << 2 << QStringLiteral("comment");
        QTest::newRow("substitute without inspector")
            << QStringLiteral("admin")
            << QStringList {QStringLiteral("substitute"), kPlan, QStringLiteral("--visit"), QStringLiteral("16")} << 2
            << QStringLiteral("--inspector CODE");
        QTest::newRow("no user") << QString()
                                 << QStringList {QStringLiteral("result"), QStringLiteral("submit")} + visit(17) << 3
                                 << QStringLiteral("--user NAME");
        QTest::newRow("wrong password") << QStringLiteral("nobody") << QStringList {QStringLiteral("void"), kPlan} << 3
                                        << QString();
        QTest::newRow("no such visit") << QStringLiteral("luru")
                                       << QStringList {QStringLiteral("result"), QStringLiteral("submit")} + visit(19)
                                       << 1 << QStringLiteral("has no visit No. 19");
        QTest::newRow("no such item") << QStringLiteral("luru")
                                      << QStringList {QStringLiteral("result"), QStringLiteral("submit")}
                + visit(16, QStringLiteral("JY-01"))
                                      << 1 << QStringLiteral("does not inspect the item JY-01");
        QTest::newRow("nothing recorded")
            << QStringLiteral("luru") << QStringList {QStringLiteral("result"), QStringLiteral("submit")} + visit(16)
            << 1 << QString();
        QTest::newRow("no such plan") << QString()
                                      << QStringList {QStringLiteral("results"), QStringLiteral("昌教抽查〔2099〕9号")}
                                      << 1 << QStringLiteral("There is no plan");
        // Results are recorded: the draw stays.
        QTest::newRow("void") << QStringLiteral(
            "admin") << QStringList {QStringLiteral("void"), kPlan, QStringLiteral("--reason"), QStringLiteral("测试")}
                              << 1 << QStringLiteral("can no longer be voided");
    }
    void usageAndLogin()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = demoCopy(QStringLiteral("usage.sqlite"));
        const auto r = cli(db, user, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRounds)
#include "tst_cli_rounds.moc"
