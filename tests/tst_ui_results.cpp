// The results tab of the plan page as the clerk and the reviewer use it: record a result with errors shown beside
// the fields, submit, return with a comment, edit, submit again, approve, publish (confirmed), attach a file;
// and on the entity page: put an entity on the blacklist, see its history and its credit archive, export it.
#include "BlacklistDialog.h"
#include "CreditArchiveDialog.h"
#include "DocumentPrinter.h"
#include "EntityPage.h"
#include "EntityTableModel.h"
#include "FileDialog.h"
#include "FollowUpDialog.h"
#include "OptionalDateEdit.h"
#include "PagedTableModel.h"
#include "PlanView.h"
#include "ResultDialog.h"
#include "ResultFixture.h"
#include "ResultsPanel.h"
#include "UiTestSupport.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using ResultFixture::DrawnPlan;

class TestUiResults : public QObject
{
    Q_OBJECT

    static void typeText(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }

    template<typename T> static T* child(QObject* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    static QString stateCell(ResultsPanel* panel)
    {
        const int row = panel->table()->currentRow();
        return panel->table()->item(row, 4)->data(Qt::UserRole).toString();
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void recordReviewAndPublishAResult()
    {
        DrawnPlan f;
        MessageBox::resetRecord();
        PlanView view(*f.db);
        view.showPlan(f.plan.id);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ResultsPanel* panel = view.resultsPanel();
        view.tabs()->setCurrentWidget(panel);
        QCOMPARE(panel->table()->rowCount(), int(f.rows().size()));
        const ResultRow row = f.rows().first();
        QVERIFY(panel->selectResult(row.entity, row.itemCode));
        auto* record = child<QPushButton>(panel, QStringLiteral("recordResultButton"));
        auto* submit = child<QPushButton>(panel, QStringLiteral("submitResultButton"));
        QVERIFY(record->isEnabled());
        QVERIFY(!submit->isEnabled());

        // Recording: the errors are said beside the fields, and Save waits for them.
        record->click();
        auto* dialog = panel->findChild<ResultDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->mode(), ResultDialog::Mode::Create);
        dialog->fromEdit()->setDate(QDate(2026, 4, 10));
        dialog->toEdit()->setDate(QDate(2026, 4, 10));
        QVERIFY(!dialog->okButton()->isEnabled()); // no category yet
        QVERIFY(dialog->errorLabel(QStringLiteral("categories"))->isVisible());
        dialog->memberBox(row.team.at(1))->click();
        QCOMPARE(dialog->errorText(QStringLiteral("members")),
                 ResultVersion::tr("At least %1 members of the team must have been present.").arg(2));
        dialog->memberBox(row.team.at(1))->click();
        QVERIFY(dialog->errorText(QStringLiteral("members")).isEmpty());
        dialog->categoryBox(QStringLiteral("ordered_rectify"))->click();
        QCOMPARE(dialog->errorText(QStringLiteral("findings")), ResultVersion::tr("Describe what was found."));
        typeText(dialog->findingsEdit(), QStringLiteral("未在显著位置公示收费标准"));
        QVERIFY(dialog->errorText(QStringLiteral("findings")).isEmpty());
        dialog->followUpCombo()->setCurrentIndex(dialog->followUpCombo()->findData(QStringLiteral("rectify")));
        QCOMPARE(dialog->errorText(QStringLiteral("rectifyBy")),
                 ResultVersion::tr("Enter the deadline for the rectification."));
        dialog->rectifyByEdit()->setDate(QDate(2026, 5, 10));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QTRY_VERIFY(!panel->findChild<ResultDialog*>());
        QCOMPARE(stateCell(panel), QStringLiteral("entered"));
        QCOMPARE(PlanRepository(*f.db).find(f.plan.id)->status, QStringLiteral("inspecting"));
        QCOMPARE(child<QLabel>(&view, QStringLiteral("planStatus"))->text(),
                 Vocabulary::planStatuses().label(QStringLiteral("inspecting")));
        const qint64 id = ResultRepository(*f.db).planResults(f.plan.id).first().resultId;
        QVERIFY(id > 0);

        // Submitted; the reviewer returns it, with a comment only.
        submit->click();
        QCOMPARE(stateCell(panel), QStringLiteral("submitted"));
        auto* returnButton = child<QPushButton>(panel, QStringLiteral("returnResultButton"));
        returnButton->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QCOMPARE(stateCell(panel), QStringLiteral("submitted"));
        typeText(child<QLineEdit>(panel, QStringLiteral("returnComment")), QStringLiteral("缺少整改通知书编号"));
        returnButton->click();
        QCOMPARE(stateCell(panel), QStringLiteral("returned"));

        // The clerk sees the comment, edits and submits again.
        record->click();
        dialog = panel->findChild<ResultDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ResultDialog::Mode::Edit);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("returnComment"))
                    ->text()
                    .contains(QStringLiteral("缺少整改通知书编号")));
        QVERIFY(dialog->categoryBox(QStringLiteral("ordered_rectify"))->isChecked());
        typeText(child<QLineEdit>(dialog, QStringLiteral("remarksEdit")),
                 QStringLiteral("整改通知书昌教整〔2026〕5号"));
        dialog->okButton()->click();
        QTRY_VERIFY(!panel->findChild<ResultDialog*>());
        QCOMPARE(ResultRepository(*f.db).latestVersion(id)->remarks, QStringLiteral("整改通知书昌教整〔2026〕5号"));
        submit->click();
        // Only a role that may review sees approve enabled: a clerk enters, a reviewer approves.
        auto* approve = child<QPushButton>(panel, QStringLiteral("approveResultButton"));
        panel->setAllowed(Access::permissions(QStringLiteral("clerk")));
        QVERIFY(!approve->isEnabled());
        panel->setAllowed(Access::permissions(QStringLiteral("viewer")));
        QVERIFY(!approve->isEnabled() && !record->isEnabled());
        panel->setAllowed(Access::permissions(QStringLiteral("reviewer")));
        QVERIFY(approve->isEnabled());
        approve->click();
        QCOMPARE(stateCell(panel), QStringLiteral("reviewed"));
        panel->setAllowed(Access::permissions(QStringLiteral("admin")));

        // Publishing asks first; refused, nothing happens.
        auto* publish = child<QPushButton>(panel, QStringLiteral("publishResultButton"));
        MessageBox::setNextConfirmation(false);
        publish->click();
        QCOMPARE(stateCell(panel), QStringLiteral("reviewed"));
        MessageBox::setNextConfirmation(true);
        publish->click();
        QCOMPARE(stateCell(panel), QStringLiteral("published"));
        QVERIFY(!record->isEnabled());
        QVERIFY(child<QPushButton>(panel, QStringLiteral("correctResultButton"))->isEnabled());
        QCOMPARE(child<QListWidget>(panel, QStringLiteral("resultHistory"))->count(), 1);
        const auto published = ResultRepository(*f.db).latestVersion(id);
        QCOMPARE(published->state, QStringLiteral("published"));
        QCOMPARE(published->findings, QStringLiteral("未在显著位置公示收费标准"));
        QCOMPARE(published->rectifyBy, QDate(2026, 5, 10));

        // A follow-up visit and a file with a Chinese name.
        child<QPushButton>(panel, QStringLiteral("addFollowUpButton"))->click();
        auto* followUp = panel->findChild<FollowUpDialog*>();
        QVERIFY(followUp);
        followUp->findChild<QDateEdit*>(QStringLiteral("visitedOnEdit"))->setDate(QDate(2026, 5, 8));
        followUp->okButton()->click();
        QTRY_VERIFY(!panel->findChild<FollowUpDialog*>());
        QCOMPARE(child<QTableWidget>(panel, QStringLiteral("followUpTable"))->rowCount(), 1);
        const QString photo = f.dir.filePath(QStringLiteral("整改后 照片.jpg"));
        QVERIFY(TestSupport::writeFile(photo, "jpeg bytes"));
        FileDialog::setNextFileName(photo);
        child<QPushButton>(panel, QStringLiteral("addAttachmentButton"))->click();
        auto* files = child<QTableWidget>(panel, QStringLiteral("attachmentTable"));
        QCOMPARE(files->rowCount(), 1);
        QCOMPARE(files->item(0, 0)->text(), QStringLiteral("整改后 照片.jpg"));
        QCOMPARE(files->item(0, 2)->text().size(), 64);
        MessageBox::resetRecord();
        child<QPushButton>(panel, QStringLiteral("checkAttachmentsButton"))->click();
        QCOMPARE(MessageBox::lastText(),
                 ResultsPanel::tr("Every attached file is there and unchanged (SHA-256 "
                                  "checked)."));

        // The state chips filter the table.
        child<QPushButton>(panel, QStringLiteral("resultChip_published"))->click();
        QCOMPARE(panel->table()->rowCount(), 1);
        child<QPushButton>(panel, QStringLiteral("resultChip_none"))->click();
        QCOMPARE(panel->table()->rowCount(), int(f.rows().size()) - 1);
    }

    void blacklistAndCreditArchiveOnTheEntityPage()
    {
        DrawnPlan f;
        MessageBox::resetRecord();
        EntityPage page(*f.db);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tableView()->setCurrentIndex(page.pagedModel()->index(0, 0));
        auto* button = child<QPushButton>(&page, QStringLiteral("blacklistButton"));
        QCOMPARE(button->text(), EntityPage::tr("Put on blacklist…"));
        button->click();
        auto* dialog = page.findChild<BlacklistDialog*>();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        typeText(dialog->reasonEdit(), QStringLiteral("违规收费"));
        typeText(dialog->documentEdit(), QStringLiteral("昌教执〔2026〕2号"));
        dialog->fromEdit()->setDate(QDate(2026, 3, 1));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QTRY_VERIFY(!page.findChild<BlacklistDialog*>());
        const qint64 entityId = page.model()->record(0).id;
        QVERIFY(EntityRepository(*f.db).find(entityId)->blacklisted);
        page.tableView()->setCurrentIndex(page.pagedModel()->index(0, 0));
        QCOMPARE(button->text(), EntityPage::tr("Take off blacklist…"));
        auto* history = child<QListWidget>(&page, QStringLiteral("blacklistHistory"));
        QCOMPARE(history->count(), 1);
        QVERIFY(history->item(0)->text().contains(QStringLiteral("违规收费")));

        child<QPushButton>(&page, QStringLiteral("creditArchiveButton"))->click();
        auto* archive = page.findChild<CreditArchiveDialog*>();
        QVERIFY(archive);
        QVERIFY(archive->table()->rowCount() >= 1);
        QCOMPARE(archive->table()->item(0, 1)->text(), QStringLiteral("列入黑名单"));
        const QString out = f.dir.filePath(QStringLiteral("诚信档案.xlsx"));
        FileDialog::setNextFileName(out);
        child<QPushButton>(archive, QStringLiteral("exportArchiveButton"))->click();
        QVERIFY(QFile::exists(out));
        child<QPushButton>(archive, QStringLiteral("printArchiveButton"))->click();
        QVERIFY(DocumentPrinter::lastPreviewed().contains(QStringLiteral("诚信档案")));
        QCOMPARE(UiTest::lastAuditEntry(*f.db), QStringLiteral("print document ") + DocumentPrinter::lastPreviewed());
        archive->close();
    }
};

QTEST_MAIN(TestUiResults)
#include "tst_ui_results.moc"
