// What the witnesses and the clerk read of a draw: the ceremony view shows every visit whole (entity and team) and
// the full request hash on a 1280×800 screen; the result panel lists what was excluded or left out and why, and
// prints the pre-draw sheet; printed tables keep each row on one page under their header row.
#include "CeremonyView.h"
#include "DemoData.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "DrawPreparation.h"
#include "DrawResultPanel.h"
#include "EntityRepository.h"
#include "ExternalTools.h"
#include "FileDialog.h"
#include "InspectorRepository.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PlanRepository.h"
#include "UiTestSupport.h"
#include "Vocabulary.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace PlanFixture;

class TestUiDrawDocs : public QObject
{
    Q_OBJECT

private:
    template<typename T> static T* child(QObject* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    // Text as it is compared with a PDF's: white space removed (so that a cell's wrapped lines join again), NFKC
    // (full-width punctuation becomes ASCII), and the radicals the CJK font maps some glyphs to (⼉ for 儿, ⻚ for
    // 页) turned back into the ideographs.
    static QString flat(const QString& text)
    {
        QString out = text.normalized(QString::NormalizationForm_KC);
        const QString radicals = QStringLiteral("⻚⻓⺠⻅⻔⻬⻰⻢⻋⻜⻩⻘⻝⻨⻛⻆⻄⻉");
        const QString ideographs = QStringLiteral("页长民见门齐龙马车飞黄青食麦风角西贝");
        for (qsizetype c = 0; c < radicals.size(); ++c)
            out.replace(radicals.at(c), ideographs.at(c));
        return out.remove(QRegularExpression(QStringLiteral("\\s")));
    }

    // The text of each page of a PDF in the order it was drawn (pdftotext -raw: cell after cell), flat().
    static QStringList pdfPages(const QString& fileName)
    {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {fileName});
        if (!info.waitForFinished(30000) || info.exitCode() != 0)
            return {};
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(QString::fromUtf8(info.readAllStandardOutput()));
        QStringList pages;
        for (int page = 1; m.hasMatch() && page <= m.captured(1).toInt(); ++page) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"),
                       {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                        QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), fileName,
                        QStringLiteral("-")});
            if (!text.waitForFinished(30000) || text.exitCode() != 0)
                return {};
            pages << flat(QString::fromUtf8(text.readAllStandardOutput()));
        }
        return pages;
    }

    // How many pages hold the text.
    static int pagesWith(const QStringList& pages, const QString& text)
    {
        const QString needle = flat(text);
        return int(std::count_if(pages.begin(), pages.end(), [&](const QString& p) { return p.contains(needle); }));
    }

    static bool has(const QString& page, const QString& text) { return page.contains(flat(text)); }

    // The 16 longest entity names of the demo registry, each with a team of two as the wizard shows it.
    static QStringList longestVisits(Database& db, int count)
    {
        QList<Entity> entities = EntityRepository(db).list(EntityFilter());
        std::stable_sort(entities.begin(), entities.end(),
                         [](const Entity& a, const Entity& b) { return a.name.size() > b.name.size(); });
        QStringList visits;
        for (int i = 0; i < count; ++i)
            visits << QStringLiteral("第%1号  %2\n1. 欧阳建华 ★、2. 司马晓梅 ★")
                          .arg(i + 1)
                          .arg(entities.at(i % entities.size()).name);
        return visits;
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void theCeremonyShowsEveryVisitWhole_data()
    {
        QTest::addColumn<int>("visits");
        QTest::newRow("1 visit") << 1;
        QTest::newRow("16 visits") << 16;
        QTest::newRow("40 visits") << 40;
    }

    void theCeremonyShowsEveryVisitWhole()
    {
        QFETCH(int, visits);
        UiTest::Fixture f;
        QString error;
        QVERIFY2(DemoData::fill(*f.db, &error), qPrintable(error));
        const QString hash = QStringLiteral("a6cce1fc4aa62cc03eab9c9b9aeb34c37c5254bc4e27a9bd609d0b9a94e8df23");
        CeremonyView view;
        view.resize(1280, 800);
        view.setPlan(QStringLiteral("昌教抽查〔2026〕1号"),
                     QStringLiteral("2026年上半年民办学校及校外培训机构办学行为双随机抽查"), hash);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSeed(QStringLiteral("36152049875271640398"), 20);
        const QStringList lines = longestVisits(*f.db, visits);
        view.reveal(lines, 1);
        view.revealAll();
        QCOMPARE(view.revealedLines(), lines);

        // The whole hash, in monospace groups the witnesses can compare with their sheet.
        QVERIFY(view.hashText().remove(QLatin1Char(' ')).contains(hash));

        const QList<QLabel*> labels = view.visitLabels();
        QCOMPARE(labels.size(), 2 * visits);
        const QRect screen = view.rect();
        for (int i = 0; i < labels.size(); ++i) {
            const QLabel* label = labels.at(i);
            const QString expected = i % 2 == 0 ? lines.at(i / 2).section(QLatin1Char('\n'), 0, 0)
                                                : lines.at(i / 2).section(QLatin1Char('\n'), 1);
            QCOMPARE(label->text(), expected);
            QVERIFY(label->isVisible());
            // The text fits its label: nothing elided or cut off, in a size a room can read.
            const QFontMetrics metrics(label->font());
            QVERIFY2(metrics.horizontalAdvance(label->text()) <= label->contentsRect().width(),
                     qPrintable(QStringLiteral("%1: %2 > %3")
                                    .arg(label->text())
                                    .arg(metrics.horizontalAdvance(label->text()))
                                    .arg(label->contentsRect().width())));
            QVERIFY(metrics.height() <= label->height());
            QVERIFY2(label->font().pixelSize() >= (visits <= 16 ? 18 : 12),
                     qPrintable(QString::number(label->font().pixelSize())));
            // On the screen, and on no other visit.
            const QRect onScreen(label->mapTo(&view, QPoint(0, 0)), label->size());
            QVERIFY(screen.contains(onScreen));
            for (int j = 0; j < i; ++j)
                QVERIFY(!onScreen.intersects(QRect(labels.at(j)->mapTo(&view, QPoint(0, 0)), labels.at(j)->size())));
        }
        // The team is on the line under its entity.
        QCOMPARE(labels.at(1)->mapTo(&view, QPoint(0, 0)).x(), labels.at(0)->mapTo(&view, QPoint(0, 0)).x());
        QVERIFY(labels.at(1)->mapTo(&view, QPoint(0, 0)).y()
                >= labels.at(0)->mapTo(&view, QPoint(0, 0)).y() + labels.at(0)->height());
    }

    void theResultPanelSaysWhoWasExcludedAndWhy()
    {
        UiTest::Fixture f;
        f.db->setCurrentUser(QStringLiteral("张三"));
        Registry r(*f.db);
        const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        const QList<Entity> schools = r.entities(30, QStringLiteral("昌黎县第小学"));
        const QList<Inspector> staff = r.inspectors(8);
        r.inspector({.code = QStringLiteral("ZF-101"), .status = QStringLiteral("on_leave")});
        r.inspector({.code = QStringLiteral("ZF-102"), .certTo = QDate(2026, 3, 31)});
        r.conflict(staff.at(0), schools.at(3), QStringLiteral("relative"));
        PlanDraw draw(*f.db);
        QString error;
        // A March plan draws some schools; April's guard leaves them out of its pool.
        const Plan march = inserted(*f.db, plan({item}, true, QDate(2026, 3, 2), QDate(2026, 3, 20)));
        QVERIFY2(draw.freeze(march.id, &error), qPrintable(error));
        const auto seeded
            = draw.addSeed(march.id, {SeedPart::fromSystem(QStringLiteral("94821993518190937865"))}, &error);
        QVERIFY2(seeded && draw.draw(seeded->id, &error), qPrintable(error));
        Plan april = plan({item});
        april.guardMonths = 6;
        april = inserted(*f.db, april);

        DrawResultPanel panel(*f.db);
        panel.resize(1200, 700);
        panel.show();
        panel.showPlan(april.id);
        auto* toggle = child<QToolButton>(&panel, QStringLiteral("exclusionToggle"));
        QVERIFY(!toggle->isEnabled()); // not frozen: nothing to say yet
        QVERIFY(!child<QPushButton>(&panel, QStringLiteral("printPreDrawSheetButton"))->isEnabled());

        QVERIFY2(draw.freeze(april.id, &error), qPrintable(error));
        panel.showPlan(april.id);
        const auto frozen = draw.frozenRequest(april.id);
        QVERIFY(!frozen->entityNotes.isEmpty());
        const int expected
            = int(frozen->request.exclusions.size() + frozen->inspectorNotes.size() + frozen->entityNotes.size());
        QTableWidget* table = panel.exclusionTable();
        QCOMPARE(table->rowCount(), expected);
        QVERIFY(toggle->text().contains(QString::number(expected)));
        // Folded away until the clerk opens it.
        QVERIFY(toggle->isEnabled() && !table->isVisible());
        toggle->click();
        QVERIFY(table->isVisible());

        QStringList rows;
        for (int i = 0; i < table->rowCount(); ++i)
            rows << QStringLiteral("%1 | %2 | %3")
                        .arg(table->item(i, 0)->text(), table->item(i, 1)->text(), table->item(i, 2)->text());
        const auto has = [&](const QString& who, const QString& what, const QString& why) {
            return std::any_of(rows.begin(), rows.end(), [&](const QString& row) {
                return row.contains(who) && row.contains(what) && row.contains(why);
            });
        };
        // In the interface language, whichever it is.
        const Vocabulary& reasons = Vocabulary::drawLeftOutReasons();
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(has(QStringLiteral("人员ZF-001"), schools.at(3).name,
                     reasons.label(QStringLiteral("conflict")) + QStringLiteral(": 亲属关系")),
                 qPrintable(all));
        QVERIFY2(has(QStringLiteral("人员ZF-101"), DrawResultPanel::tr("The whole draw"),
                     reasons.label(QStringLiteral("not_on_duty"))),
                 qPrintable(all));
        QVERIFY2(has(QStringLiteral("人员ZF-102"), DrawResultPanel::tr("Counted as not certified"),
                     reasons.label(QStringLiteral("uncertified"))),
                 qPrintable(all));
        for (const EntityNote& note : frozen->entityNotes)
            QVERIFY2(
                has(note.name, DrawResultPanel::tr("The pool of %1").arg(QStringLiteral("检查事项 JY-01")), march.code),
                qPrintable(all));
    }

    // ★ in the panel is the registry's answer on the day of the draw, as on the printed sheet: a member whose
    // certificate had expired by then (corrected after the freeze) is not starred.
    void theResultPanelStarsCertificatesValidOnTheDrawDay()
    {
        UiTest::Fixture f;
        f.db->setCurrentUser(QStringLiteral("张三"));
        Registry r(*f.db);
        const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        r.entities(30, QStringLiteral("昌黎县第小学"));
        r.inspectors(8);
        const Plan april = inserted(*f.db, plan({item}));
        PlanDraw draw(*f.db);
        QString error;
        QVERIFY2(draw.freeze(april.id, &error), qPrintable(error));
        const auto seeded
            = draw.addSeed(april.id, {SeedPart::fromSystem(QStringLiteral("94821993518190937865"))}, &error);
        QVERIFY2(seeded && draw.draw(seeded->id, &error), qPrintable(error));
        const DrawTeam team = draw.attempt(seeded->id)->result->teams.first();
        InspectorRepository inspectors(*f.db);
        Inspector expired = *inspectors.findByCode(team.members.first());
        expired.certTo = QDate(2025, 3, 3);
        {
            WriteTransaction tx(*f.db);
            QVERIFY2(inspectors.update(tx, expired) && tx.commit(), qPrintable(tx.error()));
        }

        DrawResultPanel panel(*f.db);
        panel.showPlan(april.id);
        const QString members = panel.table()->item(0, 3)->text();
        QVERIFY2(members.contains(QStringLiteral(". %1\n").arg(expired.name)) || members.endsWith(expired.name),
                 qPrintable(members));
        QVERIFY2(!members.contains(expired.name + QStringLiteral(" ★")), qPrintable(members));
        const Inspector valid = *inspectors.findByCode(team.members.at(1));
        QVERIFY2(members.contains(valid.name + QStringLiteral(" ★")), qPrintable(members));
    }

    void thePreDrawSheetPrintsFromThePlanPage()
    {
        SHUANGSUI_REQUIRE_PROGRAM("pdfinfo");
        SHUANGSUI_REQUIRE_PROGRAM("pdftotext");
        UiTest::Fixture f;
        QString error;
        QVERIFY2(DemoData::fill(*f.db, &error), qPrintable(error));
        QVERIFY2(DemoData::addFinishedPlan(*f.db, &error), qPrintable(error));
        const Plan plan = PlanRepository(*f.db).list().first();
        DrawResultPanel panel(*f.db);
        panel.show();
        panel.showPlan(plan.id);
        auto* print = child<QPushButton>(&panel, QStringLiteral("printPreDrawSheetButton"));
        auto* pdf = child<QPushButton>(&panel, QStringLiteral("preDrawSheetPdfButton"));
        QVERIFY(print->isEnabled() && pdf->isEnabled());

        print->click();
        QCOMPARE(DocumentPrinter::lastPreviewed(), QStringLiteral("抽查前公示单 ") + plan.code);
        QCOMPARE(UiTest::lastAuditEntry(*f.db), QStringLiteral("print document 抽查前公示单 ") + plan.code);

        const QString file = f.dir.filePath(QStringLiteral("抽查前公示单.pdf"));
        FileDialog::setNextFileName(file);
        pdf->click();
        QCOMPARE(UiTest::lastAuditEntry(*f.db), QStringLiteral("export file 抽查前公示单.pdf"));
        const QStringList pages = pdfPages(file);
        QVERIFY(!pages.isEmpty());
        const QString all = pages.join(QString());
        QVERIFY(has(all, QStringLiteral("随机抽查抽取前公示单")));
        // The clerk's and the supervisor's signature lines, each whole, with a date line each.
        QVERIFY(
            has(all, QStringLiteral("行政执法办公室 经办人（签字）：＿＿＿＿＿＿＿＿日期：＿＿＿＿年＿＿月＿＿日")));
        QVERIFY(has(all, QStringLiteral("监督人（签字）：＿＿＿＿＿＿＿＿日期：＿＿＿＿年＿＿月＿＿日")));
        QCOMPARE(all.count(flat(QStringLiteral("日期："))), 2);
        // The demo's leadership group signs the page.
        QVERIFY(has(all, QStringLiteral("组长：周明远")));
    }

    void aLongTablePrintsWholeRowsUnderItsHeaderOnEveryPage()
    {
        SHUANGSUI_REQUIRE_PROGRAM("pdfinfo");
        SHUANGSUI_REQUIRE_PROGRAM("pdftotext");
        QString rows;
        for (int i = 1; i <= 90; ++i)
            rows += QStringLiteral("<tr><td>第%1行</td><td>检查对象%1甲<br>检查对象%1乙%2</td><td>组员%1号</td></tr>\n")
                        .arg(i)
                        .arg(i % 7 == 0 ? QStringLiteral("<br>补充说明%1丙<br>补充说明%1丁").arg(i) : QString());
        DrawDocument document;
        document.title = QStringLiteral("长表测试");
        document.footer = QStringLiteral("长表测试 · 页脚");
        document.html = QStringLiteral("<html><head><style>table { border-collapse: collapse; } td, th { border: 1px "
                                       "solid #000; padding: 3px 5px; } th { background: #e8e8e8; }</style></head>"
                                       "<body><h1>长表测试</h1><p>表前的说明。</p><table width=\"100%\" "
                                       "cellspacing=\"0\"><thead><tr><th>序号栏</th><th>检查对象栏</th><th>检查组栏"
                                       "</th></tr></thead>\n%1</table><p>表后的说明。</p></body></html>")
                            .arg(rows);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("长表.pdf"));
        QString error;
        const int count = DocumentPrinter::writePdf(document, file, &error);
        QVERIFY2(count >= 3, qPrintable(error));
        const QStringList pages = pdfPages(file);
        QCOMPARE(pages.size(), count);
        for (int p = 0; p < pages.size(); ++p) {
            QVERIFY2(has(pages.at(p), QStringLiteral("序号栏检查对象栏检查组栏")), qPrintable(QString::number(p + 1)));
            QVERIFY(has(pages.at(p), QStringLiteral("第 %1 页 共 %2 页").arg(p + 1).arg(count)));
        }
        // Each row once, on one page, whole: every line of every cell on the same page.
        for (int i = 1; i <= 90; ++i) {
            QStringList parts {QStringLiteral("第%1行").arg(i), QStringLiteral("检查对象%1甲").arg(i),
                               QStringLiteral("检查对象%1乙").arg(i), QStringLiteral("组员%1号").arg(i)};
            if (i % 7 == 0)
                parts << QStringLiteral("补充说明%1丙").arg(i) << QStringLiteral("补充说明%1丁").arg(i);
            // (No part is a piece of another row's: 第1行 is not in 第11行, 组员1号 not in 组员11号.)
            const auto page = std::find_if(pages.begin(), pages.end(),
                                           [&](const QString& text) { return has(text, parts.first()); });
            QVERIFY2(page != pages.end(), qPrintable(parts.first()));
            for (const QString& part : parts) {
                QVERIFY2(has(*page, part), qPrintable(part));
                QCOMPARE(pagesWith(pages, part), 1);
            }
        }
        QCOMPARE(pagesWith(pages, QStringLiteral("表后的说明。")), 1);
        QVERIFY(has(pages.last(), QStringLiteral("表后的说明。")));
    }

    void theDemoDrawSheetKeepsEveryVisitOnOnePage()
    {
        SHUANGSUI_REQUIRE_PROGRAM("pdfinfo");
        SHUANGSUI_REQUIRE_PROGRAM("pdftotext");
        UiTest::Fixture f;
        QString error;
        QVERIFY2(DemoData::fill(*f.db, &error), qPrintable(error));
        QVERIFY2(DemoData::addFinishedPlan(*f.db, &error), qPrintable(error));
        const Plan plan = PlanRepository(*f.db).list().first();
        const auto document = DrawDocuments::drawSheet(*f.db, plan.id, &error);
        QVERIFY2(document, qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("随机抽取结果单.pdf"));
        QVERIFY2(DocumentPrinter::writePdf(*document, file, &error) >= 2, qPrintable(error));
        const QStringList pages = pdfPages(file);
        QVERIFY(pages.size() >= 2);
        const auto current = PlanDraw(*f.db).currentAttempt(plan.id);
        // Codes that mix digits and letters do not come out of the PDF whole: a row is found by its entity's name,
        // and is whole when every member and backup of its team is on the same page. The visit table ends at the
        // note under it; the names come again in the substitutions and exclusions below.
        QStringList table;
        for (const QString& page : pages) {
            const qsizetype end = page.indexOf(flat(QStringLiteral("检查组成员不能参加的")));
            table << (end < 0 ? page : page.left(end));
            if (end >= 0)
                break;
        }
        InspectorRepository inspectors(*f.db);
        for (const DrawTeam& team : current->result->teams) {
            const QString name = DrawPreparation::findEntity(*f.db, team.entity)->name;
            QVERIFY2(pagesWith(table, name) == 1, qPrintable(name));
            const auto page
                = std::find_if(table.begin(), table.end(), [&](const QString& text) { return has(text, name); });
            for (const QString& code : team.members + team.backups)
                QVERIFY2(has(*page, inspectors.findByCode(code)->name), qPrintable(name + QStringLiteral(": ") + code));
        }
        // The visits' header row heads every page the visit table reaches.
        const int tablePages = int(table.size());
        for (int p = 0; p < tablePages; ++p)
            QVERIFY2(has(pages.at(p), QStringLiteral("序号检查对象抽查事项检查组成员（序号为抽取顺序）备选人员")),
                     qPrintable(QString::number(p + 1)));
    }
};

QTEST_MAIN(TestUiDrawDocs)
#include "tst_ui_drawdocs.moc"
