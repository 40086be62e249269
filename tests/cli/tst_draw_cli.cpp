// `shuangsui-cli draw` and `shuangsui-cli verify` end to end, as a witness or auditor would run them: output,
// files (with Chinese names), messages and exit codes (0 ok, 1 data error, 2 usage error).
#include "DrawCommands.h"
#include "DrawEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

QByteArray docFile(const QString& name)
{
    QFile file(QStringLiteral(SHUANGSUI_DOCS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess process;
    // English messages, whatever translations the program ships.
    process.start(QStringLiteral(SHUANGSUI_CLI_PATH),
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!process.waitForFinished(60000))
        qFatal("shuangsui-cli did not finish");
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDrawCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_request = m_dir.filePath(QStringLiteral("昌教抽查〔2026〕1号 请求.json"));
        QVERIFY(writeFile(m_request, docFile(QStringLiteral("draw-vector-1.request.json"))));
    }

    void drawToStandardOutput()
    {
        const Run run = cli({QStringLiteral("draw"), m_request});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object(),
                 QJsonDocument::fromJson(docFile(QStringLiteral("draw-vector-1.result.json"))).object());
        QVERIFY(run.err.isEmpty());
    }

    void drawToFile()
    {
        const QString result = m_dir.filePath(QStringLiteral("抽查结果.json"));
        const Run run = cli({QStringLiteral("draw"), m_request, QStringLiteral("-o"), result});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(readFile(result)).object(),
                 QJsonDocument::fromJson(docFile(QStringLiteral("draw-vector-1.result.json"))).object());
        QVERIFY2(run.out.contains("6 teams"), run.out);
    }

    void drawRefusesABadRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(
            writeFile(path, docFile(QStringLiteral("draw-vector-1.request.json")).replace("\"ZF-05\"", "\"ZF-05 \"")));
        const Run run = cli({QStringLiteral("draw"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("inspectors[4].id")) && run.err.contains(QStringLiteral("ZF-05 ")),
                 qPrintable(run.err));
    }

    void drawWithTooFewInspectors()
    {
        QString error;
        std::optional<DrawRequest> request
            = DrawJson::readRequest(docFile(QStringLiteral("draw-vector-1.request.json")), &error);
        QVERIFY(request);
        request->teams.maxTeamsPerInspector = 1;
        const QString path = m_dir.filePath(QStringLiteral("few.json"));
        QVERIFY(writeFile(path, DrawJson::write(*request)));
        const Run run = cli({QStringLiteral("draw"), path});
        QCOMPARE(run.exitCode, 1);
        // One team each: the fourth visit finds only two inspectors left, neither certified.
        QVERIFY2(run.err.contains(QStringLiteral("Not enough eligible inspectors for 52130322MJ0B000017")),
                 qPrintable(run.err));
    }

    // Spec §1: a seed holds at least 20 decimal digits; §4: f is at least 2 (twice the number needed).
    void drawRefusesAShortSeedOrTooFewBackups_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("mention");
        QTest::newRow("seed 123") << QByteArray("\"94821993518190937865\"") << QByteArray("\"123\"")
                                  << QStringLiteral("at least 20");
        QTest::newRow("backupFactor 1") << QByteArray("\"backupFactor\": 2") << QByteArray("\"backupFactor\": 1")
                                        << QStringLiteral("teams.backupFactor");
    }
    void drawRefusesAShortSeedOrTooFewBackups()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, mention);
        const QByteArray vector = docFile(QStringLiteral("draw-vector-1.request.json"));
        QVERIFY(vector.contains(from));
        const QString path = m_dir.filePath(QStringLiteral("refused.json"));
        QVERIFY(writeFile(path, QByteArray(vector).replace(from, to)));
        const Run run = cli({QStringLiteral("draw"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    }

    void drawMissingFile()
    {
        const Run run = cli({QStringLiteral("draw"), m_dir.filePath(QStringLiteral("没有.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("没有.json")), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("draw, no file") << QStringList {QStringLiteral("draw")};
        QTest::newRow("draw, two files") << QStringList {QStringLiteral("draw"), QStringLiteral("a.json"),
                                                         QStringLiteral("b.json")};
        QTest::newRow("draw, -o without a name")
            << QStringList {QStringLiteral("draw"), QStringLiteral("a.json"), QStringLiteral("-o")};
        QTest::newRow("draw, unknown option")
            << QStringList {QStringLiteral("draw"), QStringLiteral("--fast"), QStringLiteral("a.json")};
        QTest::newRow("verify, no file") << QStringList {QStringLiteral("verify")};
        QTest::newRow("verify, two files")
            << QStringList {QStringLiteral("verify"), QStringLiteral("a.json"), QStringLiteral("b.json")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Usage:")), qPrintable(run.err));
    }

    void verifyARecord()
    {
        const QString path = writeRecord(QStringLiteral("公示记录.json"), [](DrawRecord&) {});
        const Run run = cli({QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("verified"));
    }

    void verifyATamperedRecord()
    {
        const QString path = writeRecord(QStringLiteral("tampered.json"),
                                         [](DrawRecord& record) { record.result.teams[2].members.swapItemsAt(0, 1); });
        const Run run = cli({QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("52130322MJ0B000033") && run.out.contains("members"), run.out);
    }

    // Seed parts (docs/seed-parts.md, beyond the spec) that make the seed verify; parts that do not are named.
    void verifySeedParts()
    {
        const auto parts = [](const QString& last) {
            return QList<SeedPart> {
                SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("9482199351")),
                SeedPart::fromPublic(QStringLiteral("中国福利彩票“双色球”"), QStringLiteral("2026-12-08"), last)};
        };
        const QString good = writeRecord(QStringLiteral("parts.json"), [&parts](DrawRecord& record) {
            record.seedParts = parts(QStringLiteral("8190937865"));
        });
        Run run = cli({QStringLiteral("verify"), good});
        QCOMPARE(run.exitCode, 0);
        const QString bad = writeRecord(QStringLiteral("parts-bad.json"), [&parts](DrawRecord& record) {
            record.seedParts = parts(QStringLiteral("8190937866"));
        });
        run = cli({QStringLiteral("verify"), bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("seed parts make") && run.out.contains("94821993518190937866"), run.out);
    }

    void verifyAWrongSubstitution()
    {
        const QString path = writeRecord(QStringLiteral("substitution.json"), [](DrawRecord& record) {
            record.substitutions.first().in = QStringLiteral("ZF-02");
        });
        const Run run = cli({QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("ZF-02") && run.out.contains("ZF-03"), run.out);
    }

    // A record that does not meet §1 or §6 is refused before anything is recomputed: exit 1 and why.
    void verifyRefusesAnIncompleteRecord_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mention");
        QTest::newRow("seed 123") << QStringLiteral("短种子.json") << QStringLiteral("at least 20");
        QTest::newRow("no substitutions") << QStringLiteral("无递补.json") << QStringLiteral("substitutions");
        QTest::newRow("no voided") << QStringLiteral("无作废.json") << QStringLiteral("voided");
        QTest::newRow("empty reason") << QStringLiteral("无理由.json") << QStringLiteral("substitutions[0].reason");
    }
    void verifyRefusesAnIncompleteRecord()
    {
        QFETCH(QString, name);
        QFETCH(QString, mention);
        QString path;
        if (name == QStringLiteral("短种子.json")) {
            path = writeRecord(name, [](DrawRecord& record) { record.request.seed = QStringLiteral("123"); });
        } else if (name == QStringLiteral("无理由.json")) {
            path = writeRecord(name, [](DrawRecord& record) { record.substitutions.first().reason.clear(); });
        } else {
            path = writeRecord(name, [](DrawRecord&) {});
            QJsonObject object = QJsonDocument::fromJson(readFile(path)).object();
            object.remove(name == QStringLiteral("无递补.json") ? QStringLiteral("substitutions")
                                                                : QStringLiteral("voided"));
            QVERIFY(writeFile(path, QJsonDocument(object).toJson()));
        }
        const Run run = cli({QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(mention), qPrintable(run.err));
        QVERIFY(!run.out.contains("verified"));
    }

    void verifyAnUnreadableRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(path, "{\"request\": "));
        const Run run = cli({QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("JSON")), qPrintable(run.err));
    }

    // The functions the dispatcher calls, in-process.
    void commandFunctions()
    {
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runDrawCommand({m_request}, out, err), 0);
        out.flush();
        QCOMPARE(QJsonDocument::fromJson(outText.toUtf8()).object(),
                 QJsonDocument::fromJson(docFile(QStringLiteral("draw-vector-1.result.json"))).object());
        outText.clear();
        const QString record = writeRecord(QStringLiteral("in-process.json"), [](DrawRecord&) {});
        QCOMPARE(runVerifyCommand({record}, out, err), 0);
        out.flush();
        QCOMPARE(outText.trimmed(), QStringLiteral("verified"));
        QCOMPARE(runVerifyCommand({}, out, err), 2);
        QCOMPARE(runDrawCommand({QStringLiteral("-x")}, out, err), 2);
    }

private:
    // The vector's record with one substitution (ZF-01 → ZF-03 for 12130322MB0A000061), changed by `tamper`.
    template<typename Tamper> QString writeRecord(const QString& name, Tamper tamper)
    {
        QString error;
        const std::optional<DrawRequest> request
            = DrawJson::readRequest(docFile(QStringLiteral("draw-vector-1.request.json")), &error);
        const std::optional<DrawResult> result = request ? DrawEngine::draw(*request, &error) : std::nullopt;
        if (!result)
            qFatal("%s", qPrintable(error));
        DrawRecord record {*request, *result, {}, {}};
        if (!DrawEngine::substitute(record, QStringLiteral("12130322MB0A000061"), QStringLiteral("ZF-01"),
                                    QStringLiteral("病假"), QDateTime::currentDateTime(), &error))
            qFatal("%s", qPrintable(error));
        tamper(record);
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, DrawJson::write(record)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    QString m_request;
};

QTEST_GUILESS_MAIN(TestDrawCli)
#include "tst_draw_cli.moc"
