// `shuangsui-cli plans` and `publish PLAN_CODE --out DIR` as a script uses them: one plan a line with its Chinese
// status, the package written with every file, and nothing at all written for an unknown plan or a plan not drawn.
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Publication.h"
#include "PublicationKeySupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;

class TestPublishCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_drawnCode;
    QString m_draftCode;
    QString m_passphraseFile; // the publication key's passphrase (PublicationKeySupport)

    static TestSupport::CliResult cli(const QStringList& args)
    {
        return TestSupport::runCli(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
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
        Plan drawn = inserted(*db, plan({item}));
        Plan p2 = plan({item});
        p2.title = QStringLiteral("草稿计划");
        Plan draft = inserted(*db, p2);
        PlanDraw draw(*db);
        QVERIFY2(draw.freeze(drawn.id, &error), qPrintable(error));
        const auto attempt
            = draw.addSeed(drawn.id, {SeedPart::fromSystem(QStringLiteral("12345678901234567890"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        m_drawnCode = drawn.code;
        m_draftCode = draft.code;
        QVERIFY(PublicationKeySupport::giveKey(*db));
        m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(TestSupport::writeFile(m_passphraseFile, PublicationKeySupport::passphrase().toUtf8()));
    }

    void plansListsCodeTitleAndStatus()
    {
        const auto run = cli({QStringLiteral("--db"), m_dbPath, QStringLiteral("plans")});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        QStringList expected {m_drawnCode + QStringLiteral("\t2026年民办学校办学行为双随机抽查\t已抽取"),
                              m_draftCode + QStringLiteral("\t草稿计划\t草稿")};
        expected.sort();
        QCOMPARE(lines, expected);
        QCOMPARE(cli({QStringLiteral("--db"), m_dbPath, QStringLiteral("plans"), QStringLiteral("x")}).exitCode, 2);
    }

    void publishWritesThePackage()
    {
        const QString out = m_dir.filePath(QStringLiteral("网站 公示"));
        const auto run = cli({QStringLiteral("--db"), m_dbPath, QStringLiteral("publish"), m_drawnCode,
                              QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), m_passphraseFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList names = Publication::packageFileNames()
            + QStringList {Publication::publicKeyName(), Publication::manifestName(), Publication::signatureName()};
        names.sort();
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), names);
        for (const QString& name : names)
            QVERIFY2(run.out.contains(QStringLiteral("  ") + name), qPrintable(run.out));
        // Again into the same folder: refused, the package stays as it was.
        const auto again = cli({QStringLiteral("--db"), m_dbPath, QStringLiteral("publish"), m_drawnCode,
                                QStringLiteral("--out=") + out, QStringLiteral("--passphrase-file"), m_passphraseFile});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("not an empty folder")), qPrintable(again.err));
    }

    void nothingIsWrittenForAPlanThatCannotBePublished_data()
    {
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown code") << true << "There is no plan";
        // PublishOperations: the plan's status (PlanRules) says why, as in the window.
        QTest::newRow("no standing draw") << false << "only while it is";
    }

    void nothingIsWrittenForAPlanThatCannotBePublished()
    {
        QFETCH(bool, unknown);
        QFETCH(QString, message);
        QTemporaryDir parent;
        const QString out = parent.filePath(QStringLiteral("out"));
        const auto run
            = cli({QStringLiteral("--db"), m_dbPath, QStringLiteral("publish"),
                   unknown ? QStringLiteral("昌教抽查〔2099〕9号") : m_draftCode, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(QDir(parent.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no code") << QStringList {QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("no out") << QStringList {QStringLiteral("CODE")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("CODE"), QStringLiteral("--bogus")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto run = cli(QStringList {QStringLiteral("--db"), m_dbPath, QStringLiteral("publish")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("usage: shuangsui-cli --db FILE publish PLAN_CODE --out DIR")));
    }
};

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publish_cli.moc"
