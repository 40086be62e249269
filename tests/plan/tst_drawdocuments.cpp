#include "AuditQuery.h"
#include "AuditTrail.h"
#include "CreditArchive.h"
#include "DrawDocuments.h"
#include "ItemRepository.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PublicationKeySupport.h"
#include "PublicationSupport.h"

#include <QLocale>
#include <QTest>

using namespace PlanFixture;

class TestDrawDocuments final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Plan m_plan;
    QList<Inspector> m_inspectors;
    QList<qint64> m_entityIds;

    DrawAttempt drawWith(const QString& digits)
    {
        PlanDraw draw(*m_db);
        QString error;
        const auto attempt = draw.addSeed(m_plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), digits)}, &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        return *draw.attempt(attempt->id);
    }

    void freeze()
    {
        QString error;
        if (!PlanDraw(*m_db).freeze(m_plan.id, &error))
            qFatal("freeze: %s", qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        const InspectionItem item
            = r.item(QStringLiteral("JY-01"), {QStringLiteral("kindergarten"), QStringLiteral("primary")});
        m_entityIds.clear();
        for (const Entity& e : r.entities(30, QStringLiteral("昌黎县小学")))
            m_entityIds << e.id;
        // A name that is HTML: it must be printed as text, not as markup.
        r.entity({.name = QStringLiteral("<b>童心&幼儿园</b>"),
                  .category = QStringLiteral("kindergarten"),
                  .blacklisted = true});
        m_inspectors = r.inspectors(8);
        Plan p = plan({item});
        p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")},
                       {QStringLiteral("<i>李华</i>"), QStringLiteral("media"), QStringLiteral("昌黎电视台")}};
        m_plan = inserted(*m_db, p);
    }

    void cleanup() { m_db.reset(); }

    void templatesAreEmbedded_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("pre-draw") << QStringLiteral("pre-draw-sheet.html");
        QTest::newRow("draw") << QStringLiteral("draw-sheet.html");
        QTest::newRow("notice") << QStringLiteral("inspection-notice.html");
    }

    void templatesAreEmbedded()
    {
        QFETCH(QString, fileName);
        const QString html = DrawDocuments::templateText(fileName);
        QVERIFY(html.contains(QStringLiteral("{{planCode}}")));
        QVERIFY(html.contains(QStringLiteral("{{bureau}}")));
        QVERIFY(html.contains(QStringLiteral("\"Microsoft YaHei\",\"SimSun\",\"Noto Sans CJK SC\"")));
    }

    void fillReplacesEveryPlaceholder()
    {
        QCOMPARE(DrawDocuments::fill(
                     QStringLiteral("<p>{{a}}·{{b}}·{{a}}{{missing}}</p>"),
                     {{QStringLiteral("a"), QStringLiteral("甲")}, {QStringLiteral("b"), QStringLiteral("$1\\1")}}),
                 QStringLiteral("<p>甲·$1\\1·甲</p>"));
    }

    void preDrawSheetNeedsAFrozenPlan()
    {
        QString error;
        QVERIFY(!DrawDocuments::preDrawSheet(*m_db, m_plan.id, &error));
        QVERIFY(error.contains(m_plan.code));
        QVERIFY(!DrawDocuments::drawSheet(*m_db, m_plan.id, &error));
    }

    void preDrawSheetShowsPoolsHashAndWitnesses()
    {
        freeze();
        QString error;
        const auto doc = DrawDocuments::preDrawSheet(*m_db, m_plan.id, &error);
        QVERIFY2(doc, qPrintable(error));
        const auto frozen = PlanDraw(*m_db).frozenRequest(m_plan.id);
        QVERIFY(doc->html.contains(m_plan.code));
        QVERIFY(doc->html.contains(QStringLiteral("昌黎县教育局")));
        QVERIFY(doc->html.contains(frozen->hash));
        QVERIFY(doc->footer.contains(frozen->hash));
        QVERIFY(doc->html.contains(QStringLiteral("王建国")));
        QVERIFY(doc->html.contains(QStringLiteral("人大代表")));
        QVERIFY(doc->html.contains(QStringLiteral("&lt;i&gt;李华&lt;/i&gt;")));
        QVERIFY(!doc->html.contains(QStringLiteral("<i>李华")));
        QVERIFY(!doc->html.contains(QStringLiteral("{{")));
        // Every stratum's pool size is printed: 30 primary schools of class B.
        QVERIFY(doc->html.contains(QStringLiteral("<td class=\"num\">30</td>")));
    }

    void theBureauNameIsASetting()
    {
        freeze();
        WriteTransaction tx(*m_db);
        QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"));
        q.addBindValue(DrawDocuments::bureauNameKey());
        q.addBindValue(QStringLiteral("秦皇岛市教育局"));
        QVERIFY(tx.exec(q) && tx.commit());
        const auto doc = DrawDocuments::preDrawSheet(*m_db, m_plan.id, nullptr);
        QVERIFY(doc->html.contains(QStringLiteral("秦皇岛市教育局")));
        QVERIFY(!doc->html.contains(QStringLiteral("昌黎县教育局")));
    }

    void drawSheetListsSeedHashVisitsMembersAndVoidedAttempts()
    {
        freeze();
        const DrawAttempt first = drawWith(QStringLiteral("11111111112222222222"));
        QString error;
        QVERIFY2(
            PlanDraw(*m_db).voidAttempt(first.id, QStringLiteral("见证人未到场"), QStringLiteral("李审核"), &error),
            qPrintable(error));
        const DrawAttempt second = drawWith(QStringLiteral("94821993518190937865"));
        const DrawTeam& team = second.result->teams.first();
        const auto sub = PlanDraw(*m_db).substitute(second.id, team.entity, team.members.first(),
                                                    QStringLiteral("因病住院"), &error);
        QVERIFY2(sub, qPrintable(error));

        const auto doc = DrawDocuments::drawSheet(*m_db, m_plan.id, &error);
        QVERIFY2(doc, qPrintable(error));
        const auto frozen = PlanDraw(*m_db).frozenRequest(m_plan.id);
        QVERIFY(doc->html.contains(m_plan.code));
        QVERIFY(doc->html.contains(second.seed));
        QVERIFY(doc->html.contains(frozen->hash));
        QVERIFY(doc->footer.contains(second.seed));
        QVERIFY(doc->footer.contains(frozen->hash));
        InspectorRepository inspectors(*m_db);
        for (const DrawTeam& t : second.result->teams) {
            const auto entity = DrawPreparation::findEntity(*m_db, t.entity);
            QVERIFY(entity);
            QVERIFY2(doc->html.contains(entity->name.toHtmlEscaped()), qPrintable(entity->name));
            for (const QString& member : t.members + t.backups)
                QVERIFY(doc->html.contains(inspectors.findByCode(member)->name));
        }
        QVERIFY(doc->html.contains(QStringLiteral("&lt;b&gt;童心&amp;幼儿园&lt;/b&gt;")));
        QVERIFY(!doc->html.contains(QStringLiteral("<b>童心")));
        // The voided attempt stays on the sheet with its seed and reason, the clerk who voided it and the second
        // user who confirmed it; the substitution with its reason.
        QVERIFY(doc->html.contains(first.seed));
        QVERIFY(doc->html.contains(QStringLiteral("见证人未到场")));
        QVERIFY(doc->html.contains(QStringLiteral("经办人 张三，确认人 李审核")));
        QVERIFY(doc->html.contains(QStringLiteral("因病住院")));
        QVERIFY(doc->html.contains(inspectors.findByCode(sub->in)->name));
        // A signature line for the clerk, each witness and the supervisor.
        QVERIFY(doc->html.contains(QStringLiteral("经办人（签字）")));
        QVERIFY(doc->html.contains(QStringLiteral("王建国（签字）")));
        QVERIFY(doc->html.contains(QStringLiteral("&lt;i&gt;李华&lt;/i&gt;（签字）")));
        QVERIFY(doc->html.contains(QStringLiteral("监督人（签字）")));
        QVERIFY(!doc->html.contains(QStringLiteral("无见证人")));
        QVERIFY(!doc->html.contains(QStringLiteral("{{")));
    }

    // Both sheets print the audit chain's head at printing: its entry number and the first 16 hex digits of its
    // hash. Printing is recorded after the document is made, so a later print shows the earlier print's entry.
    void bothSheetsCarryTheAuditHeadAtPrinting()
    {
        const auto shows = [](const std::optional<DrawDocument>& doc, const AuditMark& head) {
            return doc
                && doc->html.contains(QStringLiteral("审计日志第 %1 条 · 摘要前16位 <span class=\"hash\">%2</span>")
                                          .arg(head.seq)
                                          .arg(head.hash.left(16)));
        };
        freeze();
        const std::optional<AuditMark> frozen = AuditTrail::head(*m_db);
        QVERIFY(frozen);
        QCOMPARE(frozen->hash.size(), 64);
        const auto preDraw = DrawDocuments::preDrawSheet(*m_db, m_plan.id, nullptr);
        QVERIFY(shows(preDraw, *frozen));
        QVERIFY(preDraw->html.contains(QStringLiteral("<th>打印时审计日志</th>")));

        drawWith(QStringLiteral("94821993518190937865"));
        const std::optional<AuditMark> drawn = AuditTrail::head(*m_db);
        QVERIFY(drawn->seq > frozen->seq);
        const auto sheet = DrawDocuments::drawSheet(*m_db, m_plan.id, nullptr);
        QVERIFY(shows(sheet, *drawn));
        QVERIFY(sheet->html.contains(QStringLiteral("<th>打印时审计日志</th>")));

        // The print is an entry of its own: the next sheets carry it, and no longer the head before it.
        QVERIFY(AuditTrail::recordEvent(*m_db, QStringLiteral("print"), QStringLiteral("document"), sheet->title, {}));
        const std::optional<AuditMark> printed = AuditTrail::head(*m_db);
        QCOMPARE(printed->seq, drawn->seq + 1);
        for (const auto& again : {DrawDocuments::preDrawSheet(*m_db, m_plan.id, nullptr),
                                  DrawDocuments::drawSheet(*m_db, m_plan.id, nullptr)}) {
            QVERIFY(shows(again, *printed));
            QVERIFY(!again->html.contains(drawn->hash.left(16)));
        }
    }

    // Both sheets name the key the plan's website packages are signed with (issue 19), or that there is none yet.
    void bothSheetsNameThePublicationKey()
    {
        freeze();
        auto preDraw = DrawDocuments::preDrawSheet(*m_db, m_plan.id, nullptr);
        QVERIFY(preDraw && preDraw->html.contains(QStringLiteral("<th>公示签名密钥</th><td>尚未创建")));
        QVERIFY(PublicationKeySupport::giveKey(*m_db));
        const QString fingerprint = PublicationKeys::inForce(*m_db)->fingerprint();
        QCOMPARE(fingerprint.size(), 39); // 8 groups of 4 and 7 spaces
        drawWith(QStringLiteral("94821993518190937865"));
        preDraw = DrawDocuments::preDrawSheet(*m_db, m_plan.id, nullptr);
        const auto sheet = DrawDocuments::drawSheet(*m_db, m_plan.id, nullptr);
        for (const auto& doc : {preDraw, sheet})
            QVERIFY(doc && doc->html.contains(QStringLiteral("指纹 <span class=\"hash\">%1</span>").arg(fingerprint)));
    }

    // The other printed reports pin the history and name the key too: the audit log's print and an entity's
    // credit archive (issue 19: "printed on every draw sheet and report").
    void theReportsCarryTheAuditHeadAndTheKey()
    {
        QVERIFY(PublicationKeySupport::giveKey(*m_db));
        freeze();
        drawWith(QStringLiteral("94821993518190937865"));
        const QString fingerprint = PublicationKeys::inForce(*m_db)->fingerprint();
        const std::optional<AuditMark> head = AuditTrail::head(*m_db);
        QVERIFY(head);
        QString error;
        const auto log = AuditQuery::printDocument(*m_db, AuditFilter(), QStringLiteral("完整"), &error);
        QVERIFY2(log, qPrintable(error));
        const auto archive = CreditArchive(*m_db).document(m_entityIds.first(), &error);
        QVERIFY2(archive, qPrintable(error));
        for (const auto& doc : {log, archive}) {
            QVERIFY(doc->html.contains(QStringLiteral("指纹 <span class=\"hash\">%1</span>").arg(fingerprint)));
            QVERIFY(doc->html.contains(QStringLiteral("审计日志第 %1 条").arg(head->seq)));
            QVERIFY(doc->html.contains(head->hash.left(16)));
        }
    }

    // A draw without witnesses (机选 alone) says so on its sheet instead of signature lines nobody signs.
    void aDrawWithoutWitnessesSaysSo()
    {
        Plan p = *PlanRepository(*m_db).find(m_plan.id);
        p.witnesses.clear();
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(PlanRepository(*m_db).update(tx, p) && tx.commit(), qPrintable(tx.error()));
        }
        freeze();
        PlanDraw draw(*m_db);
        QString error;
        const auto attempt
            = draw.addSeed(m_plan.id, {SeedPart::fromSystem(QStringLiteral("94821993518190937865"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
        const auto doc = DrawDocuments::drawSheet(*m_db, m_plan.id, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->html.count(QStringLiteral("无见证人")), 1);
        QVERIFY(doc->html.contains(QStringLiteral("见证人：无见证人（抽取时未登记见证人）")));
        // The clerk and the supervisor still sign; nobody else.
        QVERIFY(doc->html.contains(QStringLiteral("经办人（签字）")));
        QVERIFY(doc->html.contains(QStringLiteral("监督人（签字）")));
        QCOMPARE(doc->html.count(QStringLiteral("（签字）")), 2);
    }

    // ★ on the draw sheet and the certificate number on the notice are the registry's answer on the day of the
    // draw: a certificate that had expired by then (corrected in the registry after the freeze) is not shown as
    // valid, though the frozen request still counts its holder as certified.
    void anExpiredCertificateIsNotShownAsCertified()
    {
        freeze();
        const DrawAttempt attempt = drawWith(QStringLiteral("94821993518190937865"));
        const DrawTeam& team = attempt.result->teams.first();
        QCOMPARE(team.members.size(), 2);
        InspectorRepository inspectors(*m_db);
        Inspector expired = *inspectors.findByCode(team.members.at(0));
        const Inspector valid = *inspectors.findByCode(team.members.at(1));
        expired.certTo = QDate(2025, 3, 3);
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(inspectors.update(tx, expired) && tx.commit(), qPrintable(tx.error()));
        }
        const auto frozen = PlanDraw(*m_db).frozenRequest(m_plan.id);
        for (const DrawInspector& x : frozen->request.inspectors)
            if (x.id == expired.code)
                QVERIFY(x.certified);

        QString error;
        const auto sheet = DrawDocuments::drawSheet(*m_db, m_plan.id, &error);
        QVERIFY2(sheet, qPrintable(error));
        QVERIFY(sheet->html.contains(QStringLiteral(". %1<").arg(expired.name))); // listed, without ★
        QVERIFY(!sheet->html.contains(expired.name + QStringLiteral("★")));
        QVERIFY(sheet->html.contains(valid.name + QStringLiteral("★")));
        QVERIFY(sheet->html.contains(DrawDocuments::chineseDate(attempt.drawnAt.toLocalTime().date())
                                     + QStringLiteral("（抽取之日）")));

        const auto notice = DrawDocuments::inspectionNotice(*m_db, m_plan.id, team.entity, &error);
        QVERIFY2(notice, qPrintable(error));
        QVERIFY(notice->html.contains(QStringLiteral("%1（执法证号 %2）").arg(valid.name, valid.certNo)));
        QVERIFY(notice->html.contains(expired.name));
        QVERIFY(!notice->html.contains(expired.certNo));

        // Valid again on the day of the draw: shown as certified on both.
        expired.certTo = attempt.drawnAt.toLocalTime().date();
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(inspectors.update(tx, expired) && tx.commit(), qPrintable(tx.error()));
        }
        QVERIFY(DrawDocuments::drawSheet(*m_db, m_plan.id, &error)->html.contains(expired.name + QStringLiteral("★")));
        QVERIFY(DrawDocuments::inspectionNotice(*m_db, m_plan.id, team.entity, &error)
                    ->html.contains(QStringLiteral("%1（执法证号 %2）").arg(expired.name, expired.certNo)));
    }

    void inspectionNoticesOnePerVisit()
    {
        freeze();
        const DrawAttempt attempt = drawWith(QStringLiteral("94821993518190937865"));
        const QList<DrawTeam>& teams = attempt.result->teams;
        QString error;
        const auto one = DrawDocuments::inspectionNotice(*m_db, m_plan.id, teams.last().entity, &error);
        QVERIFY2(one, qPrintable(error));
        const auto entity = DrawPreparation::findEntity(*m_db, teams.last().entity);
        QVERIFY(one->html.contains(entity->name.toHtmlEscaped()));
        QVERIFY(one->html.contains(QStringLiteral("第 %1 家").arg(teams.size())));
        QVERIFY(!one->html.contains(QStringLiteral("page-break-before")));

        const auto all = DrawDocuments::inspectionNotice(*m_db, m_plan.id, QString(), &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->html.count(QStringLiteral("page-break-before")), teams.size() - 1);
        QCOMPARE(all->html.count(QStringLiteral("<body>")), 1);
        for (const DrawTeam& t : teams)
            QVERIFY(all->html.contains(DrawPreparation::findEntity(*m_db, t.entity)->name.toHtmlEscaped()));

        QVERIFY(!DrawDocuments::inspectionNotice(*m_db, m_plan.id, QStringLiteral("nobody"), &error));
    }

    // 行政检查审批表: the task, items with their legal basis, method, period, the draw, every visit with its team and
    // certificate numbers; blank signature lines until the approval is recorded, then the approval itself.
    void theApprovalFormNamesEverythingTheLeaderApproves()
    {
        QString error;
        QVERIFY(!DrawDocuments::approvalForm(*m_db, m_plan.id, &error));
        QVERIFY2(error.contains(QStringLiteral("no standing draw")), qPrintable(error));
        freeze();
        const DrawAttempt attempt = drawWith(QStringLiteral("94821993518190937865"));
        const auto blank = DrawDocuments::approvalForm(*m_db, m_plan.id, &error);
        QVERIFY2(blank, qPrintable(error));
        const QString text = PublicationSupport::visibleText(blank->html);
        const auto item = ItemRepository(*m_db).findByCode(QStringLiteral("JY-01"));
        for (const QString& expected :
             {QStringLiteral("行政检查审批表"), m_plan.code, m_plan.title, QStringLiteral("JY-01 ") + item->name,
              item->legalBasis.split(QLatin1Char('\n')).first(), m_plan.method,
              QStringLiteral("2026年4月1日 至 2026年4月30日"), attempt.seed,
              PlanDraw(*m_db).frozenRequest(m_plan.id)->hash,
              QStringLiteral("随机抽取 %1 家").arg(attempt.result->teams.size()), QStringLiteral("承办人意见"),
              QStringLiteral("审批人：＿＿＿＿＿＿＿＿"), QStringLiteral("＿＿＿＿年＿＿月＿＿日")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const DrawTeam& team : attempt.result->teams) {
            QVERIFY(text.contains(DrawPreparation::findEntity(*m_db, team.entity)->name));
            for (const QString& member : team.members) {
                const auto x = InspectorRepository(*m_db).findByCode(member);
                QVERIFY2(text.contains(QStringLiteral("%1（%2）").arg(x->name, x->certNo)), qPrintable(x->name));
            }
        }
        QVERIFY(blank->footer.contains(attempt.seed));
        // The entity whose name is markup is printed as text (when drawn).
        QVERIFY(!blank->html.contains(QStringLiteral("<b>童心")));

        PlanFixture::approve(*m_db, m_plan.code, attempt.id, QDate::currentDate());
        const auto signed_ = DrawDocuments::approvalForm(*m_db, m_plan.id, &error);
        QVERIFY2(signed_, qPrintable(error));
        const QString after = PublicationSupport::visibleText(signed_->html);
        QVERIFY(after.contains(QStringLiteral("同意。")));
        QVERIFY(after.contains(QStringLiteral("审批人：王立新（副局长） ")
                               + DrawDocuments::chineseDate(QDate::currentDate())));
        QVERIFY(!after.contains(QStringLiteral("审批人：＿")));
    }
};

QTEST_GUILESS_MAIN(TestDrawDocuments)
#include "tst_drawdocuments.moc"
