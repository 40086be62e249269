// 行政检查审批 (issue 14 item 3): the inspections of a draw are approved before the first result; the approval is
// checked field by field, recorded once with its audit entry, never changed, lapses with a voided draw, and no
// inspection day lies before it. Plans that started before approvals existed go on.
#include "AuditQuery.h"
#include "InspectionApproval.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PlanOperations.h"
#include "ResultOperations.h"
#include "ResultRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PlanFixture;

namespace {

const Actor kClerk {QStringLiteral("luru"), QStringLiteral("clerk")};
const QDate kDrawDay(2026, 3, 31);

} // namespace

Q_DECLARE_METATYPE(InspectionApproval)

class TestInspectionApproval final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    InspectionItem m_item;
    Plan m_plan;

    PlanOperations operations() const
    {
        PlanOperations ops(*m_db, kClerk);
        // Today is 10 April 2026 for the approval's date check.
        ops.setClock([] { return QDateTime(QDate(2026, 4, 10), QTime(10, 0)); });
        return ops;
    }

    static InspectionApproval approval(QDate day = QDate(2026, 4, 1))
    {
        InspectionApproval a;
        a.approver = QStringLiteral("  王立新 ");
        a.post = QStringLiteral("副局长");
        a.approvedOn = day;
        a.opinion = QStringLiteral("同意按计划开展检查。");
        return a;
    }

    // The first visit × item, with a valid clean result inspected on `day`.
    std::pair<ResultRow, ResultVersion> firstRow(QDate day) const
    {
        const ResultRow row = ResultRepository(*m_db).planResults(m_plan.id).first();
        ResultVersion v;
        v.inspectedFrom = v.inspectedTo = day;
        v.members = row.team;
        v.categories = {QStringLiteral("no_problem")};
        return {row, v};
    }

    Outcome record(QDate day)
    {
        auto [row, v] = firstRow(day);
        return ResultOperations(*m_db, kClerk).record(m_plan.id, row.entity, row.itemCode, v);
    }

    qint64 standingAttempt() const { return PlanDraw(*m_db).currentAttempt(m_plan.id)->id; }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        m_item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")}, 2000);
        r.entities(20, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
        Plan p = plan({m_item});
        p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
        m_plan = inserted(*m_db, p);
        addUser(*m_db, QStringLiteral("luru"), QStringLiteral("clerk"));
        m_db->setCurrentUser(kClerk.user);
        PlanDraw draw(*m_db);
        draw.setClock([] { return QDateTime(kDrawDay, QTime(9, 30)); });
        QString error;
        QVERIFY2(draw.freeze(m_plan.id, &error), qPrintable(error));
        const auto attempt = draw.addSeed(
            m_plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("27182818284590452353"))},
            &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    // Without the approval neither the window's nor the command line's way records a result, nor the repository.
    void noResultBeforeTheApproval()
    {
        const QString expected = InspectionApprovals::notApprovedText(m_plan.code);
        QVERIFY(expected.contains(m_plan.code));
        const Outcome o = record(QDate(2026, 4, 2));
        QVERIFY(!o.ok());
        QCOMPARE(o.message(), expected);
        auto [row, v] = firstRow(QDate(2026, 4, 2));
        WriteTransaction tx(*m_db);
        QVERIFY(!ResultRepository(*m_db).create(tx, m_plan.id, row.entity, row.itemCode, v));
        QCOMPARE(tx.error(), expected);
        QVERIFY(operations().check(PlanAction::Approve, m_plan.id).ok());
        QVERIFY(operations().allowed(m_plan.id).contains(PlanAction::Approve));
        QCOMPARE(rowCount(*m_db, QStringLiteral("result")), 0);
    }

    // Each field's rule, with the refusal the clerk reads; nothing is stored.
    void theFieldsAreChecked_data()
    {
        QTest::addColumn<InspectionApproval>("approval");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        InspectionApproval a = approval();
        a.approver = QStringLiteral("  ");
        QTest::newRow("no approver") << a << "approver"
                                     << "Enter the name of the leader who approved.";
        a = approval();
        a.approver = QString(41, QChar(u'王'));
        QTest::newRow("long approver") << a << "approver"
                                       << "The approver's name must be one line of at most 40 characters.";
        a = approval();
        a.post = QStringLiteral("副局长\n党组成员");
        QTest::newRow("two-line post") << a << "post"
                                       << "The post must be one line of at most 40 characters.";
        a = approval();
        a.post.clear();
        QTest::newRow("no post") << a << "post"
                                 << "Enter the approver's post, e.g. 副局长.";
        a = approval(QDate());
        QTest::newRow("no date") << a << "approvedOn"
                                 << "Enter the date of the approval.";
        a = approval(QDate(2026, 3, 30));
        QTest::newRow("before the draw")
            << a << "approvedOn"
            << "The approval (2026-03-30) cannot be before the draw (2026-03-31): it approves the entities and teams "
               "the draw gave.";
        a = approval(QDate(2026, 4, 11));
        QTest::newRow("in the future")
            << a << "approvedOn"
            << "The approval date 2026-04-11 is in the future: record an approval once it is signed.";
        a = approval();
        a.opinion = QStringLiteral(" ");
        QTest::newRow("no opinion") << a << "opinion"
                                    << "Enter the approver's opinion.";
        a.opinion = QString(501, QChar(u'同'));
        QTest::newRow("long opinion") << a << "opinion"
                                      << "The opinion may be at most 500 characters.";
    }

    void theFieldsAreChecked()
    {
        QFETCH(InspectionApproval, approval);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const FieldErrors errors = approval.problems(kDrawDay, QDate(2026, 4, 10));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QCOMPARE(errors.first().message, message);
        const Outcome o = operations().approve(m_plan.id, approval);
        QCOMPARE(o.message(), message);
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_approval")), 0);
    }

    // Recorded once, trimmed, with its audit entry; then results may be recorded, none dated before it.
    void recordedOnceThenResults()
    {
        InspectionApproval a = approval(QDate(2026, 4, 3));
        QVERIFY(!operations().facts(m_plan.id)->approved);
        const Outcome o = operations().approve(m_plan.id, a);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QVERIFY(a.id > 0);
        QCOMPARE(a.attemptId, standingAttempt());
        QCOMPARE(a.recordedBy, kClerk.user);
        const auto stored = InspectionApprovals::ofPlan(*m_db, m_plan.id);
        QVERIFY(stored);
        QCOMPARE(stored->approver, QStringLiteral("王立新"));
        QCOMPARE(stored->post, QStringLiteral("副局长"));
        QCOMPARE(stored->approvedOn, QDate(2026, 4, 3));
        QCOMPARE(stored->opinion, QStringLiteral("同意按计划开展检查。"));
        QCOMPARE(InspectionApprovals::describe(*stored),
                 QStringLiteral("王立新 (副局长) approved on 2026年4月3日: 同意按计划开展检查。"));
        QVERIFY(operations().facts(m_plan.id)->approved);

        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT action, object_type, object_id, new_values, user_name FROM audit_log "
                                      "ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("approve"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("inspection"));
        QCOMPARE(q.value(2).toString(), m_plan.code);
        const QJsonObject values = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(values.value(QStringLiteral("approver")).toString(), QStringLiteral("王立新"));
        QCOMPARE(values.value(QStringLiteral("approvedOn")).toString(), QStringLiteral("2026-04-03"));
        QCOMPARE(values.value(QStringLiteral("attempt")).toInt(), 1);
        QCOMPARE(q.value(4).toString(), kClerk.user);
        QCOMPARE(AuditQuery::actionLabel(QStringLiteral("approve")), QStringLiteral("Approve the inspections"));
        QCOMPARE(AuditQuery::objectTypeLabel(QStringLiteral("inspection")), QStringLiteral("Inspections of a plan"));
        QCOMPARE(AuditQuery::fieldLabel(QStringLiteral("inspection"), QStringLiteral("approvedOn")),
                 QStringLiteral("Date of approval"));

        // Once.
        InspectionApproval again = approval(QDate(2026, 4, 4));
        const Outcome twice = operations().approve(m_plan.id, again);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.message().contains(QStringLiteral("already approved")), qPrintable(twice.message()));
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_approval")), 1);

        // No inspection day before the approval; on its day, a result, and the plan is 检查中.
        const Outcome early = record(QDate(2026, 4, 2));
        QVERIFY(!early.ok());
        QCOMPARE(early.message(),
                 QStringLiteral("Inspected from: 2026-04-02 is before the approval of the inspections (2026-04-03): an "
                                "inspection starts once it is approved."));
        const Outcome onTheDay = record(QDate(2026, 4, 3));
        QVERIFY2(onTheDay.ok(), qPrintable(onTheDay.message()));
        QCOMPARE(PlanRepository(*m_db).find(m_plan.id)->status, QStringLiteral("inspecting"));
        const Outcome late = operations().approve(m_plan.id, again);
        QVERIFY2(late.message().contains(QStringLiteral("inspections have started")), qPrintable(late.message()));
    }

    // The table refuses a change or a deletion even outside the program.
    void neverChanged()
    {
        InspectionApproval a = approval();
        QVERIFY(operations().approve(m_plan.id, a).ok());
        QSqlQuery q(m_db->sql());
        QVERIFY(!q.exec(QStringLiteral("UPDATE inspection_approval SET approver = '别人'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM inspection_approval")));
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_approval")), 1);
    }

    // A void makes the approval lapse with its draw: the new draw is approved again.
    void lapsesWithAVoidedDraw()
    {
        InspectionApproval a = approval();
        QVERIFY(operations().approve(m_plan.id, a).ok());
        PlanDraw draw(*m_db);
        draw.setClock([] { return QDateTime(QDate(2026, 4, 1), QTime(16, 0)); });
        QString error;
        QVERIFY2(draw.voidAttempt(standingAttempt(), QStringLiteral("见证人未到场"), QStringLiteral("shenhe"), &error),
                 qPrintable(error));
        QVERIFY(!InspectionApprovals::ofPlan(*m_db, m_plan.id));
        QVERIFY(InspectionApprovals::ofAttempt(*m_db, a.attemptId));
        const auto second = draw.addSeed(
            m_plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("16180339887498948482"))},
            &error);
        QVERIFY2(second && draw.draw(second->id, &error), qPrintable(error));
        QVERIFY(!operations().facts(m_plan.id)->approved);
        QCOMPARE(record(QDate(2026, 4, 2)).message(), InspectionApprovals::notApprovedText(m_plan.code));
        InspectionApproval b = approval(QDate(2026, 4, 2));
        const Outcome o = operations().approve(m_plan.id, b);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QCOMPARE(b.attemptId, second->id);
        QVERIFY(record(QDate(2026, 4, 2)).ok());
    }

    // A plan already 检查中 when approvals came (data version 10) records its remaining results without one.
    void aPlanStartedBeforeApprovalsGoesOn()
    {
        {
            WriteTransaction tx(*m_db);
            check(PlanRepository(*m_db).setStatus(tx, m_plan.id, QStringLiteral("inspecting")), tx, "status");
        }
        const Outcome o = record(QDate(2026, 4, 2));
        QVERIFY2(o.ok(), qPrintable(o.message()));
    }

    // A clerk without the right to manage plans, and a plan without a draw, are told so.
    void whoAndWhen()
    {
        InspectionApproval a = approval();
        const Outcome viewer
            = PlanOperations(*m_db, {QStringLiteral("chakan"), QStringLiteral("viewer")}).approve(m_plan.id, a);
        QCOMPARE(viewer.kind(), Outcome::Kind::RefusedByRole);
        Plan other = plan({m_item});
        other.title = QStringLiteral("未冻结的计划");
        other = inserted(*m_db, other);
        const Outcome draft = operations().approve(other.id, a);
        QVERIFY2(draft.message().contains(QStringLiteral("only while it is")), qPrintable(draft.message()));
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_approval")), 0);
    }
};

QTEST_GUILESS_MAIN(TestInspectionApproval)
#include "tst_inspectionapproval.moc"
