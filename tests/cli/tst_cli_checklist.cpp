// `shuangsui-cli checklist export|import` and check points in `result record --file` (issue 14 items 1, 2, 8): on the
// demo office, whose three items have checklists and whose results conclude every point. The rules and sentences
// are the dialogs' (RegistryOperations::importChecklist, ResultVersion::checkPointProblems).
#include "CliInProcess.h"
#include "Database.h"
#include "ItemRepository.h"
#include "PlanChecklist.h"
#include "PlanRepository.h"
#include "ResultRepository.h"
#include "Translations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using CliInProcess::Run;
using CliInProcess::run;

class TestCliChecklist final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList as(const QString& user) const
    {
        return {QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--db"),   m_db,
                QStringLiteral("--user"), user};
    }

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    InspectionItem item(const QString& code)
    {
        QString error;
        auto db = Database::open(m_db, &error, Database::OpenMode::ReadOnly);
        return *ItemRepository(*db).findByCode(code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As main() does for --lang en: the English plural forms.
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        m_db = m_dir.filePath(QStringLiteral("演示.sqlite"));
        const Run demo = run({QStringLiteral("--db"), m_db, QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        qputenv("SHUANGSUI_PASSWORD", "demo1234");
    }

    void theDemoItemsHaveChecklists()
    {
        for (const auto& [code, points] : {std::pair {"JY-01", 12}, std::pair {"JY-02", 11}, std::pair {"JY-03", 10}}) {
            const InspectionItem i = item(QLatin1String(code));
            QCOMPARE(i.checklist.size(), points);
            QVERIFY(Checklist::problems(i.checklist).isEmpty());
            for (const CheckPoint& p : i.checklist)
                QVERIFY2(p.basis.startsWith(QStringLiteral("《")), qPrintable(p.basis));
        }
        // Every recorded result of the finished plan concludes every point of its item.
        QString error;
        auto db = Database::open(m_db, &error, Database::OpenMode::ReadOnly);
        const Plan plan = PlanRepository(*db).list().first();
        int concluded = 0;
        for (const ResultRow& row : ResultRepository(*db).planResults(plan.id)) {
            if (!row.latest)
                continue;
            const QList<CheckPoint> checklist = PlanChecklist::of(*db, plan.id, row.itemCode);
            QCOMPARE(row.latest->checkPoints.size(), checklist.size());
            QVERIFY(row.latest->checkPointProblems(checklist).isEmpty());
            QCOMPARE(row.latest->hasNonconformingPoint(), row.latest->foundProblem());
            ++concluded;
        }
        QVERIFY(concluded > 10);
    }

    void anExportedChecklistImportsAsTheSame()
    {
        const QString path = m_dir.filePath(QStringLiteral("JY-02检查表.xlsx"));
        const Run exported
            = run(as(QStringLiteral("chakan"))
                  + QStringList {QStringLiteral("checklist"), QStringLiteral("export"), QStringLiteral("JY-02"), path});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("11 check points of JY-02")), qPrintable(exported.out));
        QString error;
        const auto read = Checklist::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, item(QStringLiteral("JY-02")).checklist);
        // Imported back: the same points, no new version.
        const int version = item(QStringLiteral("JY-02")).version;
        const Run same
            = run(as(QStringLiteral("luru"))
                  + QStringList {QStringLiteral("checklist"), QStringLiteral("import"), QStringLiteral("JY-02"), path});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        QVERIFY2(same.out.contains(QStringLiteral("nothing changed")), qPrintable(same.out));
        QCOMPARE(item(QStringLiteral("JY-02")).version, version);
    }

    void anImportIsTheItemsNextVersion()
    {
        const int version = item(QStringLiteral("JY-03")).version;
        const QString path
            = file(QStringLiteral("幼儿园检查表.csv"),
                   "序号,检查内容,检查标准,法律依据\r\n1,登记注册,已登记注册,《幼儿园管理条例》第十一条\r\n"
                   "2,班额,不超过规定,\r\n");
        const Run r
            = run(as(QStringLiteral("luru"))
                  + QStringList {QStringLiteral("checklist"), QStringLiteral("import"), QStringLiteral("JY-03"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("JY-03 has 2 check points now (version %1).").arg(version + 1));
        QCOMPARE(item(QStringLiteral("JY-03")).checklist.size(), 2);
    }

    void aBadImportNamesRowAndColumnAndWritesNothing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no standard") << QStringLiteral("luru") << QStringLiteral("JY-01")
                                     << QByteArray("检查内容,检查标准\r\n办学许可证,有效\r\n招生简章,\r\n") << 1
                                     << QStringLiteral("坏.csv: Row 3, column 检查标准: required");
        QTest::newRow("unknown item") << QStringLiteral("luru") << QStringLiteral("JY-99")
                                      << QByteArray("检查内容,检查标准\r\n办学许可证,有效\r\n") << 1
                                      << QStringLiteral("There is no item JY-99 in the item list.");
        QTest::newRow("viewer") << QStringLiteral("chakan") << QStringLiteral("JY-01")
                                << QByteArray("检查内容,检查标准\r\n办学许可证,有效\r\n") << 3 << QString();
    }
    void aBadImportNamesRowAndColumnAndWritesNothing()
    {
        QFETCH(QString, user);
        QFETCH(QString, code);
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const InspectionItem before = item(QStringLiteral("JY-01"));
        const QString path = file(QStringLiteral("坏.csv"), bytes);
        const Run r = run(as(user) + QStringList {QStringLiteral("checklist"), QStringLiteral("import"), code, path});
        QCOMPARE(r.exitCode, exitCode);
        if (!message.isEmpty())
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(item(QStringLiteral("JY-01")).version, before.version);
        QCOMPARE(item(QStringLiteral("JY-01")).checklist, before.checklist);
    }

    void aResultFileConcludesThePoints()
    {
        QString error;
        std::optional<ResultRow> open;
        int visitNumber = 0;
        Plan plan;
        {
            auto db = Database::open(m_db, &error, Database::OpenMode::ReadOnly);
            plan = PlanRepository(*db).list().first();
            ResultRepository results(*db);
            for (const ResultRow& row : results.planResults(plan.id))
                if (!row.latest)
                    open = row;
            QVERIFY(open);
            const QList<PlanVisit> visits = results.visits(plan.id);
            for (qsizetype i = 0; i < visits.size(); ++i)
                if (visits.at(i).entity == open->entity)
                    visitNumber = int(i + 1);
            QVERIFY(visitNumber > 0);
        }
        const int points = item(open->itemCode).checklist.size();
        QStringList conclusions;
        for (int n = 1; n <= points; ++n)
            conclusions << QStringLiteral("{\"number\": %1, \"outcome\": \"%2\"%3}")
                               .arg(n)
                               .arg(n == 2 ? QStringLiteral("不符合") : QStringLiteral("符合"))
                               .arg(n == 2 ? QStringLiteral(", \"note\": \"未公示\"") : QString());
        const auto resultFile = [&](const QString& categories) {
            return file(QStringLiteral("result.json"),
                        QStringLiteral("{\"inspectedFrom\": \"2026-04-20\", \"inspectedTo\": \"2026-04-20\", "
                                       "\"members\": [\"%1\", \"%2\"], \"categories\": [%3], \"followUp\": \"%4\", "
                                       "\"findings\": \"第2项不符合\", \"checkPoints\": [%5]}")
                            .arg(open->team.value(0), open->team.value(1), categories,
                                 categories.contains(QStringLiteral("未发现问题")) ? QStringLiteral("无需后续处置")
                                                                                   : QStringLiteral("移交日常监管"),
                                 conclusions.join(QStringLiteral(", ")))
                            .toUtf8());
        };
        const QStringList record {
            QStringLiteral("result"),     QStringLiteral("record"), plan.code,      QStringLiteral("--visit"),
            QString::number(visitNumber), QStringLiteral("--item"), open->itemCode, QStringLiteral("--file")};
        const Run refused
            = run(as(QStringLiteral("luru")) + record + QStringList {resultFile(QStringLiteral("\"未发现问题\""))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("A check point does not conform")), qPrintable(refused.err));
        const Run recorded = run(as(QStringLiteral("luru")) + record
                                 + QStringList {resultFile(QStringLiteral("\"违反其他部门相关规定\""))});
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err + recorded.out));
        auto db = Database::open(m_db, &error, Database::OpenMode::ReadOnly);
        for (const ResultRow& row : ResultRepository(*db).planResults(plan.id))
            if (row.entity == open->entity && row.itemCode == open->itemCode) {
                QCOMPARE(row.latest->checkPoints.size(), points);
                QCOMPARE(row.latest->checkPoints.at(1).outcome, QStringLiteral("nonconform"));
                QCOMPARE(row.latest->checkPoints.at(1).note, QStringLiteral("未公示"));
            }
    }
};

QTEST_GUILESS_MAIN(TestCliChecklist)
#include "tst_cli_checklist.moc"
