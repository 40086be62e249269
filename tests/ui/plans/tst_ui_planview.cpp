// The plan page follows the core, not the page's first look (issue 12): after results are submitted and approved,
// the 公示 button stays disabled for a clerk and the 递补 controls for a reviewer; a visit whose result was submitted
// takes no substitution and says why; a click that slips through is refused by the core all the same.
#include "ApprovalDialog.h"
#include "DateEdit.h"
#include "DrawResultPanel.h"
#include "InspectionApproval.h"
#include "PlanView.h"
#include "PlansPage.h"
#include "Recusal.h"
#include "RecusalDialog.h"
#include "ResultFixture.h"
#include "ResultOperations.h"
#include "ResultsPanel.h"
#include "UiTestSupport.h"
#include "VoidDrawDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using ResultFixture::DrawnPlan;

namespace {

const Actor kClerk {QStringLiteral("luru"), QStringLiteral("clerk")};
const Actor kReviewer {QStringLiteral("shenhe"), QStringLiteral("reviewer")};

template<typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

int auditEntries(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestUiPlanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }
    void cleanup() { MessageBox::resetRecord(); }

    void buttonsFollowTheRoleAfterEveryChange()
    {
        DrawnPlan f;
        Database& db = *f.db;
        PlansPage page(db);
        page.setActor(kClerk);
        page.openPlan(f.plan.id);
        auto* view = page.findChild<PlanView*>();
        QVERIFY(view);
        auto* publish = child<QPushButton>(view, "publishButton");
        auto* substitute = child<QPushButton>(view, "substituteButton");
        auto* visit = child<QComboBox>(view, "substituteVisit");
        auto* refusal = child<QLabel>(view, "substituteRefusal");
        ResultsPanel* panel = view->resultsPanel();

        QVERIFY(!publish->isEnabled());
        QVERIFY(substitute->isEnabled());

        // The clerk records and submits the first visit's result through the panel.
        const ResultRow first = f.rows().first();
        ResultVersion v = DrawnPlan::cleanVersion(first);
        QVERIFY(ResultOperations(db, kClerk).record(f.plan.id, first.entity, first.itemCode, v).ok());
        panel->showPlan(f.plan.id);
        QVERIFY(panel->selectResult(first.entity, first.itemCode));
        panel->submit();
        QCOMPARE(ResultRepository(db).latestVersion(v.resultId)->state, QStringLiteral("submitted"));
        // The page refreshed after the write: still no 公示 for the clerk.
        QVERIFY(!publish->isEnabled());
        // The submitted visit takes no substitution, and says why; another visit does.
        visit->setCurrentIndex(visit->findData(first.entity));
        QVERIFY(!substitute->isEnabled());
        QVERIFY(refusal->isVisible() || !refusal->isHidden());
        QVERIFY2(refusal->text().contains(QStringLiteral("提交审核"))
                     || refusal->text().contains(QStringLiteral("submitted")),
                 qPrintable(refusal->text()));
        // SHUANGSUI_SHOTS=DIR: the page as the clerk sees it at 1024×768, for a look.
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty()) {
            page.resize(1024, 700);
            view->tabs()->setCurrentIndex(1);
            page.show();
            QTest::qWait(50);
            page.grab().save(QDir(shots).filePath(QStringLiteral("plan-substitution-refused.png")));
        }
        for (int i = 0; i < visit->count(); ++i)
            if (visit->itemData(i).toString() != first.entity) {
                visit->setCurrentIndex(i);
                break;
            }
        QVERIFY(substitute->isEnabled());
        QVERIFY(refusal->isHidden());

        // The reviewer approves: 公示 is theirs, 递补 is not — before and after the write.
        page.setActor(kReviewer);
        QVERIFY(publish->isEnabled());
        QVERIFY(!substitute->isEnabled());
        QVERIFY(panel->selectResult(first.entity, first.itemCode));
        MessageBox::setNextConfirmation(true);
        panel->approve();
        QCOMPARE(ResultRepository(db).latestVersion(v.resultId)->state, QStringLiteral("reviewed"));
        QVERIFY(publish->isEnabled());
        QVERIFY(!substitute->isEnabled());
        QVERIFY(!child<QComboBox>(view, "substituteMember")->isEnabled());
        QVERIFY(!child<QPushButton>(view, "voidButton")->isEnabled());

        // Back to the clerk after the approval: 公示 stays disabled, and a call that slips past the button is
        // refused by the core with nothing written.
        page.setActor(kClerk);
        QVERIFY(!publish->isEnabled());
        const int entries = auditEntries(db);
        QVERIFY(view->publishPackage().isEmpty());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("公示"))
                     || MessageBox::lastText().contains(QStringLiteral("publish")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(auditEntries(db), entries);
    }

    // 作废 asks for a second user (four eyes): the dialog has their name and password (hidden as typed), shows the
    // core's refusal and stays open — nobody, the clerk themselves, a wrong password — until a reviewer confirms;
    // both names are then on the record tab. Cancelled, nothing is voided.
    // 检查审批 in the window: the results tab says why nothing is recorded yet; the dialog refuses with the core's
    // sentences, asks before it throws typed input away and before it records; then the approval shows.
    void theApprovalIsRecordedInItsDialog()
    {
        DrawnPlan f(false);
        Database& db = *f.db;
        db.setCurrentUser(kClerk.user);
        PlansPage page(db);
        page.setActor(kReviewer);
        page.openPlan(f.plan.id);
        auto* view = page.findChild<PlanView*>();
        QVERIFY(view);
        QPushButton* approve = view->approveButton();
        QVERIFY(!approve->isHidden());
        QVERIFY(!approve->isEnabled()); // a reviewer does not manage plans
        page.setActor(kClerk);
        QVERIFY(approve->isEnabled());
        auto* resultsSummary = child<QLabel>(view->resultsPanel(), "resultsSummary");
        QVERIFY2(resultsSummary->text().contains(InspectionApprovals::notApprovedText(f.plan.code)),
                 qPrintable(resultsSummary->text()));
        QVERIFY(!child<QPushButton>(view->resultsPanel(), "recordResultButton")->isEnabled());
        auto* drawSummary = child<QLabel>(view->resultPanel(), "resultSummary");
        QVERIFY2(drawSummary->text().contains(DrawResultPanel::tr(
                     "The inspections are not approved yet: print the approval form, and record the signed approval "
                     "(Approval of the inspections…) before the first result.")),
                 qPrintable(drawSummary->text()));

        // Typed input and cancel: asked first; kept when the clerk says no.
        bool keptOpen = false;
        UiTest::whenModal<ApprovalDialog>([&](ApprovalDialog* dialog) {
            dialog->approverEdit()->setText(QStringLiteral("王立新"));
            MessageBox::setNextConfirmation(false);
            dialog->reject();
            keptOpen = dialog->isVisible();
            MessageBox::setNextConfirmation(true);
            dialog->reject();
        });
        QVERIFY(!view->approveInspections());
        QVERIFY(keptOpen);
        QCOMPARE(MessageBox::lastText(),
                 ApprovalDialog::tr("The approval has not been recorded. Discard what you typed and close?"));

        QStringList refusals;
        bool notConfirmed = false;
        UiTest::whenModal<ApprovalDialog>([&](ApprovalDialog* dialog) {
            QCOMPARE(dialog->opinionEdit()->toPlainText(), InspectionApprovals::defaultOpinion());
            dialog->recordButton()->click();
            refusals << dialog->messageLabel()->text();
            dialog->approverEdit()->setText(QStringLiteral("王立新"));
            dialog->postEdit()->setText(QStringLiteral("副局长"));
            dialog->dateEdit()->setDate(DrawnPlan::drawnAt().date().addDays(-1));
            dialog->recordButton()->click();
            refusals << dialog->messageLabel()->text();
            dialog->dateEdit()->setDate(DrawnPlan::drawnAt().date());
            MessageBox::setNextConfirmation(false);
            dialog->recordButton()->click();
            notConfirmed = dialog->isVisible() && !InspectionApprovals::ofPlan(db, f.plan.id);
            // SHUANGSUI_SHOTS=DIR: the dialog, for a look.
            if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty())
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("approval-dialog.png")));
            MessageBox::setNextConfirmation(true);
            dialog->recordButton()->click();
        });
        approve->click();
        QCOMPARE(refusals.size(), 2);
        QVERIFY2(refusals.at(0).contains(InspectionApprovals::tr("Enter the name of the leader who approved.")),
                 qPrintable(refusals.at(0)));
        QVERIFY2(refusals.at(1).contains(QStringLiteral("2026-03-30")), qPrintable(refusals.at(1)));
        QVERIFY(notConfirmed);
        const auto approval = InspectionApprovals::ofPlan(db, f.plan.id);
        QVERIFY(approval);
        QCOMPARE(approval->approver, QStringLiteral("王立新"));
        QCOMPARE(approval->approvedOn, DrawnPlan::drawnAt().date());
        QVERIFY(approve->isHidden());
        QVERIFY2(drawSummary->text().contains(
                     DrawResultPanel::tr("Inspections approved: %1").arg(InspectionApprovals::describe(*approval))),
                 qPrintable(drawSummary->text()));
        QVERIFY(!resultsSummary->text().contains(InspectionApprovals::notApprovedText(f.plan.code)));
    }

    // 被检查人申请回避 on the 递补 tab: the core's refusal in the dialog, a confirmation, then the granted
    // application replaces the member and the page says by whom.
    void aGrantedRecusalReplacesTheMember()
    {
        DrawnPlan f;
        Database& db = *f.db;
        db.setCurrentUser(kClerk.user);
        PlansPage page(db);
        page.setActor(kClerk);
        page.openPlan(f.plan.id);
        auto* view = page.findChild<PlanView*>();
        QVERIFY(view);
        QVERIFY(view->recusalButton()->isEnabled());
        auto* member = child<QComboBox>(view, "substituteMember");
        const QString out = member->currentData().toString();
        QStringList refusals;
        UiTest::whenModal<RecusalDialog>([&](RecusalDialog* dialog) {
            dialog->recordButton()->click(); // no reason, nobody decided
            refusals << dialog->messageLabel()->text();
            dialog->reasonEdit()->setText(QStringLiteral("与本单位负责人系近亲属"));
            dialog->decidedByEdit()->setText(QStringLiteral("王立新（副局长）"));
            dialog->appliedEdit()->setDate(QDate::currentDate());
            dialog->decidedOnEdit()->setDate(QDate::currentDate());
            QVERIFY(dialog->grantedButton()->isChecked());
            if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty())
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("recusal-dialog.png")));
            MessageBox::setNextConfirmation(true);
            dialog->recordButton()->click();
        });
        view->recusalButton()->click();
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(Recusals::tr("Enter the reason the party gave.")),
                 qPrintable(refusals.first()));
        QVERIFY2(refusals.first().contains(Recusals::tr("Enter who decided on the application.")),
                 qPrintable(refusals.first()));
        const QList<RecusalRequest> stored = Recusals::ofAttempt(db, f.attemptId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().inspector, out);
        QVERIFY(stored.first().granted);
        const DrawAttempt after = *PlanDraw(db).currentAttempt(f.plan.id);
        QCOMPARE(after.substitutions.size(), 1);
        QCOMPARE(after.substitutions.first().substitution.reason,
                 QStringLiteral("被检查人申请回避：与本单位负责人系近亲属"));
        auto* result = child<QLabel>(view, "substituteResult");
        QVERIFY2(!result->text().isEmpty(), "the page says what happened");
        QCOMPARE(child<QTableWidget>(view, "substitutionTable")->rowCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("published"))
                     || MessageBox::lastText().contains(QStringLiteral("公示")),
                 qPrintable(MessageBox::lastText()));
    }

    void voidingAsksForASecondUser()
    {
        DrawnPlan f;
        Database& db = *f.db;
        PlanFixture::addUser(db, QStringLiteral("shenhe"), QStringLiteral("reviewer"));
        db.setCurrentUser(kClerk.user);
        PlansPage page(db);
        page.setActor(kClerk);
        page.openPlan(f.plan.id);
        auto* view = page.findChild<PlanView*>();
        QVERIFY(view);
        auto* reason = child<QLineEdit>(view, "voidReason");
        auto* voidButton = child<QPushButton>(view, "voidButton");
        QVERIFY(voidButton->isEnabled());
        reason->setText(QStringLiteral("见证人未到场"));

        // Cancelled: nothing happens.
        bool opened = false;
        UiTest::whenModal<VoidDrawDialog>([&](VoidDrawDialog* dialog) {
            opened = true;
            dialog->reject();
        });
        voidButton->click();
        QVERIFY(opened);
        QCOMPARE(f.status(), QStringLiteral("drawn"));

        QStringList refusals;
        bool passwordHidden = false;
        bool accepted = false;
        UiTest::whenModal<VoidDrawDialog>([&](VoidDrawDialog* dialog) {
            passwordHidden = dialog->passwordEdit()->echoMode() == QLineEdit::Password;
            const auto tryWith = [&](const QString& user, const QString& password) {
                dialog->userEdit()->setText(user);
                dialog->passwordEdit()->setText(password);
                dialog->voidButton()->click();
                if (dialog->result() != QDialog::Accepted) {
                    refusals << dialog->messageLabel()->text();
                    // The password is cleared after a refusal; the name stays.
                    if (!dialog->passwordEdit()->text().isEmpty() || dialog->userEdit()->text() != user)
                        refusals << QStringLiteral("password kept");
                }
            };
            tryWith(QString(), QString());
            tryWith(QStringLiteral("luru"), PlanFixture::userPassword());
            tryWith(QStringLiteral("shenhe"), QStringLiteral("wrong123"));
            // SHUANGSUI_SHOTS=DIR: the dialog after a wrong password, for a look.
            if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty())
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("void-dialog.png")));
            tryWith(QStringLiteral("shenhe"), PlanFixture::userPassword());
            accepted = dialog->result() == QDialog::Accepted;
        });
        voidButton->click();
        QVERIFY(passwordHidden);
        QVERIFY(accepted);
        QCOMPARE(refusals.size(), 3);
        QCOMPARE(refusals.at(0), PlanDraw::noConfirmationText());
        QVERIFY2(refusals.at(1).contains(QStringLiteral("审核员")), qPrintable(refusals.at(1)));
        QCOMPARE(refusals.at(2), UserRepository::tr("The password of %1 is wrong.").arg(QStringLiteral("shenhe")));
        QVERIFY(refusals.at(2).contains(QStringLiteral("密码")));

        QCOMPARE(f.status(), QStringLiteral("frozen"));
        const DrawAttempt voided = PlanDraw(db).attempts(f.plan.id).first();
        QCOMPARE(voided.voidedBy, kClerk.user);
        QCOMPARE(voided.voidConfirmedBy, QStringLiteral("shenhe"));
        const QString shown = child<QTableWidget>(view, "attemptTable")->item(0, 4)->text();
        QVERIFY2(shown.contains(QStringLiteral("见证人未到场")) && shown.contains(QStringLiteral("luru"))
                     && shown.contains(QStringLiteral("shenhe")),
                 qPrintable(shown));
        QVERIFY(reason->text().isEmpty());
    }
};

QTEST_MAIN(TestUiPlanView)
#include "tst_ui_planview.moc"
