// The plan page follows the core, not the page's first look (issue 12): after results are submitted and approved,
// the 公示 button stays disabled for a clerk and the 递补 controls for a reviewer; a visit whose result was submitted
// takes no substitution and says why; a click that slips through is refused by the core all the same.
#include "PlanView.h"
#include "PlansPage.h"
#include "ResultFixture.h"
#include "ResultOperations.h"
#include "ResultsPanel.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
};

QTEST_MAIN(TestUiPlanView)
#include "tst_ui_planview.moc"
