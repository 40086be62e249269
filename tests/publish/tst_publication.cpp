// 一公开: the item list, draw and results pages are well-formed, self-contained and show every published field; the
// website package is written whole or not at all, recorded with each file's SHA-256, and opens in a browser, its
// verify page agreeing with the record it carries.
#include "AuditQuery.h"
#include "CreditArchive.h"
#include "DrawDocuments.h"
#include "ExternalTools.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Publication.h"
#include "PublicationKeySupport.h"
#include "PublicationSupport.h"
#include "PublishedResults.h"
#include "Settings.h"
#include "Statistics.h"
#include "TableReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace PlanFixture;
using namespace PublicationSupport;

class TestPublication final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Plan m_plan;
    QList<Entity> m_entities;
    InspectionItem m_item;

    void drawPlan()
    {
        PlanDraw draw(*m_db);
        // The ceremony the day before the period, so that the results are dated after the draw.
        draw.setClock([from = m_plan.periodFrom] { return QDateTime(from.addDays(-1), QTime(9, 30)); });
        QString error;
        if (!draw.freeze(m_plan.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        const auto attempt = draw.addSeed(
            m_plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("94821993518190937865"))},
            &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        PlanFixture::approve(*m_db, m_plan.code, attempt->id, m_plan.periodFrom.addDays(-1));
    }

    // The test key (PublicationKeySupport), made on first use.
    SigningKey key() { return *PublicationKeySupport::unlockedKey(*m_db); }

    QStringList drawnEntities()
    {
        QStringList ids;
        const auto current = PlanDraw(*m_db).currentAttempt(m_plan.id);
        for (const DrawTeam& team : current->result->teams)
            ids << team.entity;
        return ids;
    }

    void setPublishInspectorNames(bool on)
    {
        SettingsValues v = Settings(*m_db).load();
        v.publishInspectorNames = on;
        WriteTransaction tx(*m_db);
        QVERIFY(Settings(*m_db).save(tx, v) && tx.commit());
    }

    int publicationRows() { return rowCount(*m_db, QStringLiteral("publication")); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        const qint64 town = r.township(QStringLiteral("昌黎镇"));
        m_item = r.item(QStringLiteral("JY-01"), {QStringLiteral("kindergarten"), QStringLiteral("primary")});
        r.item(QStringLiteral("JY-02"), {QStringLiteral("primary")});
        m_entities = r.entities(60, QStringLiteral("昌黎县第小学"), {.township = town});
        // A name that is markup: the pages must show it as text.
        m_entities << r.entity(
            {.name = QStringLiteral("<b>童心&幼儿园</b>"), .category = QStringLiteral("kindergarten")});
        r.inspectors(8);
        Plan p = plan({m_item});
        p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
        m_plan = inserted(*m_db, p);
    }

    void cleanup() { m_db.reset(); }

    void theItemListShowsEveryColumnOfEveryItemInForce()
    {
        const QString html = Publication::itemListPage(*m_db, QDate(2026, 4, 1));
        QCOMPARE(wellFormedProblem(html), QString());
        const QString text = visibleText(html);
        for (const QString& expected :
             {QStringLiteral("随机抽查事项清单"), QStringLiteral("昌黎县教育局"), QStringLiteral("JY-01"),
              QStringLiteral("JY-02"), QStringLiteral("检查事项 JY-01"),
              QStringLiteral("《中华人民共和国民办教育促进法》第四十一条"), QStringLiteral("幼儿园、小学"),
              QStringLiteral("不低于5%，每6个月至少抽查1次"), QStringLiteral("共 2 项")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // Self-contained and readable on a phone; prints well.
        QVERIFY(html.contains(QStringLiteral("<meta name=\"viewport\"")));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")) && !html.contains(QStringLiteral("<link")));
    }

    void theDrawPageNeedsAStandingDraw()
    {
        QString error;
        QVERIFY(!Publication::drawPage(*m_db, m_plan.id, &error));
        QVERIFY2(error.contains(m_plan.code), qPrintable(error));
        QVERIFY(!Publication::resultsPage(*m_db, m_plan.id, &error));
    }

    void theDrawPageListsEveryVisitAndNamesInspectorsOnlyWhenAllowed()
    {
        drawPlan();
        QString error;
        auto html = Publication::drawPage(*m_db, m_plan.id, &error);
        QVERIFY2(html, qPrintable(error));
        QCOMPARE(wellFormedProblem(*html), QString());
        QString text = visibleText(*html);
        const auto current = PlanDraw(*m_db).currentAttempt(m_plan.id);
        QVERIFY(text.contains(current->seed));
        QVERIFY(text.contains(PlanDraw(*m_db).frozenRequest(m_plan.id)->hash));
        QVERIFY(text.contains(QStringLiteral("王建国（人大代表，县人大常委会）")));
        QVERIFY(text.contains(QStringLiteral("不定向")));
        for (const QString& id : drawnEntities()) {
            const auto e = DrawPreparation::findEntity(*m_db, id);
            QVERIFY(text.contains(e->name));
            QVERIFY(text.contains(e->creditCode));
        }
        QVERIFY(!html->contains(QStringLiteral("<b>童心")));
        QVERIFY(!text.contains(QStringLiteral("检查组成员")));
        QVERIFY(!text.contains(QStringLiteral("人员ZF-")));
        QVERIFY(html->contains(QStringLiteral("href=\"verify.html\"")));
        QVERIFY(html->contains(QStringLiteral("href=\"record.json\"")));

        setPublishInspectorNames(true);
        html = Publication::drawPage(*m_db, m_plan.id, &error);
        QCOMPARE(wellFormedProblem(*html), QString());
        text = visibleText(*html);
        QVERIFY(text.contains(QStringLiteral("检查组成员")));
        for (const QString& member : current->result->teams.first().members)
            QVERIFY(text.contains(QStringLiteral("人员") + member));
    }

    void theLeadershipGroupAndOfficeSignThePages()
    {
        drawPlan();
        SettingsValues v = Settings(*m_db).load();
        v.bureauName = QStringLiteral("秦皇岛市昌黎县教育局");
        v.office = QStringLiteral("政策法规股");
        v.leader = QStringLiteral("张组长");
        v.deputies = {QStringLiteral("李副组长")};
        v.members = {QStringLiteral("赵成员"), QStringLiteral("钱成员")};
        WriteTransaction tx(*m_db);
        QVERIFY(Settings(*m_db).save(tx, v) && tx.commit());
        const QStringList expected {v.bureauName, v.office, QStringLiteral("长：张组长"),
                                    QStringLiteral("副组长：李副组长"), QStringLiteral("赵成员、钱成员")};
        // The published pages.
        const StatisticsReport statistics = Statistics::compute(*m_db, Statistics::halfYearOf(QDate(2026, 4, 1)), true);
        for (const QString& html :
             {*Publication::resultsPage(*m_db, m_plan.id, nullptr), *Publication::drawPage(*m_db, m_plan.id, nullptr),
              Publication::itemListPage(*m_db, QDate(2026, 4, 1)), Statistics::page(*m_db, statistics)}) {
            QCOMPARE(wellFormedProblem(html), QString());
            const QString text = visibleText(html);
            for (const QString& word : expected)
                QVERIFY2(text.contains(word), qPrintable(word));
        }
        // The printed documents.
        QString error;
        const QString drawn = drawnEntities().first();
        const std::optional<DrawDocument> documents[] = {
            DrawDocuments::preDrawSheet(*m_db, m_plan.id, &error),
            DrawDocuments::drawSheet(*m_db, m_plan.id, &error),
            DrawDocuments::inspectionNotice(*m_db, m_plan.id, drawn, &error),
            DrawDocuments::inspectionNotice(*m_db, m_plan.id, QString(), &error),
            CreditArchive(*m_db).document(m_entities.first().id, &error),
            AuditQuery::printDocument(*m_db, AuditFilter(), QStringLiteral("完整"), &error),
        };
        for (const auto& document : documents) {
            QVERIFY2(document, qPrintable(error));
            const QString text = visibleText(document->html);
            for (const QString& word : expected)
                QVERIFY2(text.contains(word), qPrintable(document->title + QStringLiteral(": ") + word));
        }
    }

    void aVoidedDrawStaysOnTheDrawAnnouncement()
    {
        drawPlan();
        QString error;
        QVERIFY(!visibleText(*Publication::drawPage(*m_db, m_plan.id, &error)).contains(QStringLiteral("作废")));

        PlanDraw draw(*m_db);
        const auto first = draw.currentAttempt(m_plan.id);
        QVERIFY(
            draw.voidAttempt(first->id, QStringLiteral("见证人未到场，<重新>抽取"), QStringLiteral("李审核"), &error));
        const auto second = draw.addSeed(
            m_plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("11112222333344445555"))},
            &error);
        QVERIFY2(second && draw.draw(second->id, &error), qPrintable(error));

        const auto html = Publication::drawPage(*m_db, m_plan.id, &error);
        QVERIFY2(html, qPrintable(error));
        QCOMPARE(wellFormedProblem(*html), QString());
        QVERIFY(!html->contains(QStringLiteral("<重新>")));
        const QString text = visibleText(*html);
        const qsizetype section = text.indexOf(QStringLiteral("作废的抽取"));
        QVERIFY(section > 0);
        const QString voided = text.mid(section);
        for (const QString& word : {QStringLiteral("本计划共进行 2 次抽取，现行结果为第 2 次"),
                                    QStringLiteral("第 1 次"), first->seed, QStringLiteral("见证人未到场，<重新>抽取")})
            QVERIFY2(voided.contains(word), qPrintable(word));
        // The standing draw is the second one: its seed is in the facts at the top, the voided one only below.
        QVERIFY(text.left(section).contains(QStringLiteral("11112222333344445555")));
        QVERIFY(!text.left(section).contains(first->seed));
    }

    void theResultsPageWithoutPublishedResultsSaysSo()
    {
        drawPlan();
        QString error;
        const auto html = Publication::resultsPage(*m_db, m_plan.id, &error);
        QVERIFY2(html, qPrintable(error));
        QCOMPARE(wellFormedProblem(*html), QString());
        const QString text = visibleText(*html);
        for (const QString& header : Publication::resultHeaders())
            QVERIFY2(text.contains(header), qPrintable(header));
        QVERIFY(text.contains(QStringLiteral("暂无已公示的检查结果")));
        QVERIFY(text.contains(QStringLiteral("在浏览器中验证抽取")));
        QVERIFY(text.contains(QStringLiteral("一致 ✓")));
        QVERIFY(Publication::publishedResults(*m_db, m_plan.id).isEmpty());
    }

    // Four visits: no problem; rectification ordered, then corrected; a case opened; one not yet published.
    QStringList recordResults()
    {
        drawPlan();
        const QStringList ids = drawnEntities();
        if (ids.size() < 4)
            qFatal("expected at least 4 visits, got %lld", qlonglong(ids.size()));
        PublishedResults::record(*m_db, m_plan.id, ids.at(0), QStringLiteral("JY-01"));
        const qint64 corrected = PublishedResults::record(
            *m_db, m_plan.id, ids.at(1), QStringLiteral("JY-01"),
            {.categories = {QStringLiteral("ordered_rectify")}, .followUp = QStringLiteral("rectify")});
        PublishedResults::correct(*m_db, corrected, QStringLiteral("整改期限录入有误"),
                                  {.categories = {QStringLiteral("ordered_rectify"), QStringLiteral("not_disclosed")},
                                   .followUp = QStringLiteral("rectify"),
                                   .remarks = QStringLiteral("已约谈负责人")});
        PublishedResults::record(*m_db, m_plan.id, ids.at(2), QStringLiteral("JY-01"),
                                 {.categories = {QStringLiteral("false_disclosure")},
                                  .followUp = QStringLiteral("case"),
                                  .caseNumber = QStringLiteral("昌教罚〔2026〕3号")});
        PublishedResults::record(*m_db, m_plan.id, ids.at(3), QStringLiteral("JY-01"), {.publish = false});
        return ids;
    }

    void theResultsAnnouncementShowsEveryPublishedField()
    {
        const QStringList ids = recordResults();
        const QList<PublishedResult> results = Publication::publishedResults(*m_db, m_plan.id);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).entity, ids.at(0)); // the draw's visit order
        QCOMPARE(results.at(1).version, 2);
        QCOMPARE(results.at(1).remarksText(), QStringLiteral("更正（第2版）：整改期限录入有误；已约谈负责人"));
        QCOMPARE(results.at(2).followUpText(), QStringLiteral("立案查处（昌教罚〔2026〕3号）"));

        const QList<QStringList> rows = Publication::resultRows(results);
        QCOMPARE(rows.at(1),
                 (QStringList {
                     m_plan.code, m_plan.title, QStringLiteral("昌黎县教育局"), QStringLiteral("不定向"),
                     QStringLiteral("检查事项 JY-01"), DrawPreparation::findEntity(*m_db, ids.at(1))->name, ids.at(1),
                     QStringLiteral("2026-04-11"), QStringLiteral("发现问题已责令整改；未按规定公示应当公示的信息"),
                     QStringLiteral("责令限期整改"), QStringLiteral("更正（第2版）：整改期限录入有误；已约谈负责人")}));

        QString error;
        const auto html = Publication::resultsPage(*m_db, m_plan.id, &error);
        QVERIFY2(html, qPrintable(error));
        QCOMPARE(wellFormedProblem(*html), QString());
        const QString text = visibleText(*html);
        for (const QStringList& row : rows)
            for (const QString& field : row)
                QVERIFY2(text.contains(field), qPrintable(field));
        QVERIFY(text.contains(QStringLiteral("共 3 条")));
        QVERIFY(html->contains(QStringLiteral("class=\"corrected\"")));
        // The result not yet published is not on the page.
        QVERIFY(!text.contains(DrawPreparation::findEntity(*m_db, ids.at(3))->name));
    }

    void theCreditFilesHoldTheSameRows()
    {
        recordResults();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("package"));
        QString error;
        QVERIFY2(Publication::writePackage(*m_db, m_plan.id, out, key(), nullptr, &error), qPrintable(error));
        const QList<QStringList> rows = Publication::resultRows(Publication::publishedResults(*m_db, m_plan.id));
        const QList<QStringList> expected = QList<QStringList> {Publication::resultHeaders()} + rows;

        const auto xlsx = TableReader::read(QDir(out).filePath(Publication::resultsXlsxName()), &error);
        QVERIFY2(xlsx, qPrintable(error));
        // A row read back ends at its last non-empty cell: compare cell by cell.
        const auto sameCells = [&expected](const Table& table) {
            if (table.rows.size() != expected.size())
                return false;
            for (qsizetype r = 0; r < expected.size(); ++r)
                for (qsizetype c = 0; c < expected.at(r).size(); ++c)
                    if (table.cell(r, c) != expected.at(r).at(c))
                        return false;
            return true;
        };
        QVERIFY(sameCells(*xlsx));
        // CSV: UTF-8 with its BOM, read back to the same cells.
        QFile csvFile(QDir(out).filePath(Publication::resultsCsvName()));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.read(3) == QByteArray("\xEF\xBB\xBF"));
        const auto csv = TableReader::read(csvFile.fileName(), &error);
        QVERIFY2(csv, qPrintable(error));
        QVERIFY(sameCells(*csv));

        QFile json(QDir(out).filePath(Publication::resultsJsonName()));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError parse;
        const QJsonObject root = QJsonDocument::fromJson(json.readAll(), &parse).object();
        QCOMPARE(parse.error, QJsonParseError::NoError);
        const QJsonArray list = root[QStringLiteral("results")].toArray();
        QCOMPARE(list.size(), rows.size());
        const QJsonObject second = list.at(1).toObject();
        QCOMPARE(second[QStringLiteral("creditCode")].toString(), rows.at(1).at(6));
        QCOMPARE(second[QStringLiteral("completedOn")].toString(), QStringLiteral("2026-04-11"));
        QCOMPARE(second[QStringLiteral("version")].toInt(), 2);
        QCOMPARE(second[QStringLiteral("correction")].toString(), QStringLiteral("整改期限录入有误"));
        QCOMPARE(second[QStringLiteral("remarks")].toString(), rows.at(1).at(10));
    }

    void aPlanWithoutADrawWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("公示"));
        QString error;
        QVERIFY(!Publication::writePackage(*m_db, m_plan.id, out, key(), nullptr, &error));
        QVERIFY2(error.contains(m_plan.code), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QCOMPARE(publicationRows(), 0);
    }

    void aFolderThatIsNotEmptyIsRefused()
    {
        drawPlan();
        QTemporaryDir dir;
        QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("old.html")), "x"));
        QString error;
        QVERIFY(!Publication::writePackage(*m_db, m_plan.id, dir.path(), key(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("not an empty folder")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("old.html")});
        QCOMPARE(publicationRows(), 0);
    }

    void aCancelledPackageLeavesNothingBehind()
    {
        drawPlan();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("公示"));
        QString error;
        int calls = 0;
        QVERIFY(!Publication::writePackage(*m_db, m_plan.id, out, key(), nullptr, &error,
                                           [&](int step, int, const QString&) { return ++calls, step < 5; }));
        QVERIFY(calls == 6);
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QCOMPARE(publicationRows(), 0);
    }

    void thePackageHoldsEveryFileWithItsHashRecorded()
    {
        drawPlan();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("昌教抽查 公示"));
        QList<PublishedFile> files;
        QString error;
        QVERIFY2(Publication::writePackage(*m_db, m_plan.id, out, key(), &files, &error), qPrintable(error));
        const QStringList signing {Publication::publicKeyName(), Publication::manifestName(),
                                   Publication::signatureName()};
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), [&signing] {
            QStringList n = Publication::packageFileNames() + signing;
            n.sort();
            return n;
        }());
        // Nothing else was left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);

        // The publication row lists each file with the SHA-256 of what is on disk, and it is audited.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id, plan_id, kind, files, published_by FROM publication")) && q.next());
        QCOMPARE(q.value(1).toLongLong(), m_plan.id);
        QCOMPARE(q.value(2).toString(), QStringLiteral("package"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("张三"));
        const QJsonArray stored = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
        QCOMPARE(stored.size(), Publication::packageFileNames().size() + signing.size());
        for (const QJsonValue& v : stored) {
            QFile f(QDir(out).filePath(v[QStringLiteral("name")].toString()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QCOMPARE(v[QStringLiteral("sha256")].toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(v[QStringLiteral("size")].toInteger(), bytes.size());
        }
        QSqlQuery audit(m_db->sql());
        QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'publication'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);

        // The record is the plan's published record; the verify page carries it.
        QFile record(QDir(out).filePath(Publication::recordName()));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QCOMPARE(record.readAll(), *PlanDraw(*m_db).publishedRecordJson(m_plan.id, nullptr));
        QFile verify(QDir(out).filePath(Publication::verifyPageName()));
        QVERIFY(verify.open(QIODevice::ReadOnly));
        QVERIFY(verify.readAll().contains(PlanDraw(*m_db).currentAttempt(m_plan.id)->seed.toUtf8()));

        // The pages are well-formed; the credit files have the fixed headers.
        for (const QString& page : {Publication::resultsPageName(), Publication::drawPageName(),
                                    Publication::itemsPageName(), Publication::statisticsPageName()}) {
            QFile f(QDir(out).filePath(page));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(f.readAll());
            QCOMPARE(wellFormedProblem(html), QString());
            // Nothing runs and nothing loads from elsewhere: a Content-Security-Policy on every page (issue 13).
            QVERIFY2(html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                                                  "'none'; style-src 'unsafe-inline'; img-src data:\"/>")),
                     qPrintable(page));
            QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(page));
        }
        // The verify page is the one page with a script, and its policy allows only its own inline script.
        for (const QString& name : QDir(out).entryList({QStringLiteral("*.html")}, QDir::Files)) {
            QFile f(QDir(out).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll().contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
                     qPrintable(name));
        }
        QString readError;
        const auto xlsx = TableReader::read(QDir(out).filePath(Publication::resultsXlsxName()), &readError);
        QVERIFY2(xlsx, qPrintable(readError));
        QCOMPARE(xlsx->rows.value(0), Publication::resultHeaders());
        const auto csv = TableReader::read(QDir(out).filePath(Publication::resultsCsvName()), &readError);
        QVERIFY2(csv, qPrintable(readError));
        QCOMPARE(csv->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(csv->rows.value(0), Publication::resultHeaders());
        QFile json(QDir(out).filePath(Publication::resultsJsonName()));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root[QStringLiteral("plan")].toString(), m_plan.code);
        QVERIFY(root[QStringLiteral("results")].isArray());

        // The same folder again is refused: a package is never overwritten.
        QVERIFY(!Publication::writePackage(*m_db, m_plan.id, out, key(), nullptr, &error));
        QCOMPARE(publicationRows(), 1);
    }

    void anEmptyFolderIsFilled()
    {
        drawPlan();
        QTemporaryDir dir;
        QString error;
        QVERIFY2(Publication::writePackage(*m_db, m_plan.id, dir.path(), key(), nullptr, &error), qPrintable(error));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(Publication::resultsPageName())));
    }

    void thePackageOpensInABrowserAndItsDrawVerifies()
    {
        SHUANGSUI_REQUIRE_PROGRAM("browser");
        drawPlan();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("网站"));
        QString error;
        QVERIFY2(Publication::writePackage(*m_db, m_plan.id, out, key(), nullptr, &error), qPrintable(error));

        QString problem;
        const auto index = chromiumDom(QDir(out).filePath(Publication::resultsPageName()), &problem);
        QVERIFY2(index, qPrintable(problem));
        QVERIFY(index->contains(QStringLiteral("抽查结果公示")));
        QVERIFY(index->contains(m_plan.code.toHtmlEscaped()));

        const auto verify = chromiumDom(QDir(out).filePath(Publication::verifyPageName()), &problem);
        QVERIFY2(verify, qPrintable(problem));
        QVERIFY(verify->contains(QStringLiteral("data-state=\"done\"")));
        const auto overall
            = QRegularExpression(QStringLiteral("<div id=\"overall\" class=\"\\w+\" data-verdict=\"(\\w+)\">"
                                                "(.*?)</div>"),
                                 QRegularExpression::DotMatchesEverythingOption)
                  .match(*verify);
        QCOMPARE(overall.captured(1), QStringLiteral("ok"));
        QVERIFY2(visibleText(overall.captured(2)).contains(QStringLiteral("一致")), qPrintable(overall.captured(2)));
    }
};

QTEST_GUILESS_MAIN(TestPublication)
#include "tst_publication.moc"
