// The results tab of the plan page as the clerk and the reviewer use it: record a result with errors shown beside
// the fields, submit, return with a comment, edit, submit again, approve, publish (confirmed), attach a file;
// several rows submitted, approved and published at once; any version viewed read-only; the overview's late results
// opening the plan's results filtered to what is still to be submitted; and on the entity page: put an entity on the
// blacklist, see its history and its credit archive, export it.
#include "BlacklistDialog.h"
#include "CheckPointsEditor.h"
#include "CreditArchiveDialog.h"
#include "DocumentPrinter.h"
#include "EntityPage.h"
#include "EntityTableModel.h"
#include "FileDialog.h"
#include "FollowUpDialog.h"
#include "OptionalDateEdit.h"
#include "OverviewPage.h"
#include "PagedTableModel.h"
#include "PlanView.h"
#include "PlansPage.h"
#include "Recusal.h"
#include "ResultDialog.h"
#include "ResultFixture.h"
#include "ResultVersionDialog.h"
#include "ResultsPanel.h"
#include "ScreenFit.h"
#include "SubstitutionOperations.h"
#include "UiTestSupport.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

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

    static int count(Database& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
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
        panel->setActor({QStringLiteral("clerk"), QStringLiteral("clerk")});
        QVERIFY(!approve->isEnabled());
        panel->setActor({QStringLiteral("viewer"), QStringLiteral("viewer")});
        QVERIFY(!approve->isEnabled() && !record->isEnabled());
        panel->setActor({QStringLiteral("reviewer"), QStringLiteral("reviewer")});
        QVERIFY(approve->isEnabled());
        // Approving asks first and shows the inspection's text (issue 17); refused, nothing happens.
        MessageBox::resetRecord();
        MessageBox::setNextConfirmation(false);
        approve->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(ResultRepository(*f.db).latestVersion(id)->findings),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("责令限期整改")));
        QCOMPARE(stateCell(panel), QStringLiteral("submitted"));
        MessageBox::setNextConfirmation(true);
        approve->click();
        QCOMPARE(stateCell(panel), QStringLiteral("reviewed"));
        panel->setActor({QStringLiteral("admin"), QStringLiteral("admin")});

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
        // Open: the photo opens without a question; a program is not opened, its folder is offered.
        files->setCurrentCell(0, 0);
        MessageBox::resetRecord();
        child<QPushButton>(panel, QStringLiteral("openAttachmentButton"))->click();
        QCOMPARE(MessageBox::shownCount(), 0);
        const QString program = f.dir.filePath(QStringLiteral("整改说明.pdf.exe"));
        QVERIFY(TestSupport::writeFile(program, "MZ"));
        FileDialog::setNextFileName(program);
        child<QPushButton>(panel, QStringLiteral("addAttachmentButton"))->click();
        QCOMPARE(files->rowCount(), 2);
        files->setCurrentCell(1, 0);
        MessageBox::resetRecord();
        MessageBox::setNextChoice(1); // Cancel
        child<QPushButton>(panel, QStringLiteral("openAttachmentButton"))->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("整改说明.pdf.exe")),
                 qPrintable(MessageBox::lastText()));

        // The state chips filter the table.
        child<QPushButton>(panel, QStringLiteral("resultChip_published"))->click();
        QCOMPARE(panel->table()->rowCount(), 1);
        child<QPushButton>(panel, QStringLiteral("resultChip_none"))->click();
        QCOMPARE(panel->table()->rowCount(), int(f.rows().size()) - 1);
    }

    // Several rows at once: one confirmation naming the count and what is skipped, one transaction, a summary.
    void bulkActionsOnSelectedRows()
    {
        DrawnPlan f;
        const QList<ResultRow> rows = f.rows();
        QVERIFY(rows.size() >= 5);
        f.publish(rows.at(0));
        for (qsizetype i = 2; i < rows.size(); ++i)
            QVERIFY(f.record(rows.at(i)));
        const int entered = int(rows.size()) - 2;
        const auto audited = [&f](const char* action) {
            return count(
                *f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action)));
        };
        const int submitsBefore = audited("submit"); // the first row's
        const int reviewsBefore = audited("review");
        MessageBox::resetRecord();
        PlanView view(*f.db);
        view.showPlan(f.plan.id);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ResultsPanel* panel = view.resultsPanel();
        view.tabs()->setCurrentWidget(panel);
        auto* submit = child<QPushButton>(panel, QStringLiteral("submitResultButton"));
        auto* approve = child<QPushButton>(panel, QStringLiteral("approveResultButton"));
        auto* publish = child<QPushButton>(panel, QStringLiteral("publishResultButton"));
        auto* record = child<QPushButton>(panel, QStringLiteral("recordResultButton"));

        panel->table()->selectAll();
        QCOMPARE(panel->selectedRows().size(), rows.size());
        QVERIFY(!panel->currentRow());
        QVERIFY(submit->isEnabled());
        QVERIFY(!approve->isEnabled());
        QVERIFY(!record->isEnabled()); // recording is for one row

        // Refused: nothing changes; the question names the count and the rows skipped.
        MessageBox::setNextConfirmation(false);
        submit->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(
            MessageBox::lastText().startsWith(ResultsPanel::tr("Submit %n result(s) for review?", nullptr, entered)),
            qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(
                     ResultsPanel::tr("%1: %n row(s)", nullptr, 1).arg(ResultsPanel::tr("Not recorded"))),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(
            MessageBox::lastText().contains(ResultsPanel::tr("%1: %n row(s)", nullptr, 1)
                                                .arg(Vocabulary::resultStates().label(QStringLiteral("published")))));
        QCOMPARE(audited("submit"), submitsBefore);

        // Confirmed: every entered row is submitted, each its own audit entry; the summary says what was skipped.
        MessageBox::setNextConfirmation(true);
        submit->click();
        int submitted = 0;
        for (const ResultRow& row : f.rows())
            submitted += row.latest && row.latest->state == QLatin1String("submitted") ? 1 : 0;
        QCOMPARE(submitted, entered);
        QCOMPARE(audited("submit"), submitsBefore + entered);
        QVERIFY2(
            MessageBox::lastText().startsWith(ResultsPanel::tr("%n result(s) submitted for review.", nullptr, entered)),
            qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(ResultsPanel::tr("Not recorded")));
        QCOMPARE(panel->selectedRows().size(), rows.size()); // the selection stays for the next step

        // Nothing of the selection can be submitted any more.
        QVERIFY(!submit->isEnabled());
        MessageBox::resetRecord();
        panel->submit();
        QVERIFY(MessageBox::lastText().startsWith(
            ResultsPanel::tr("None of the %n selected rows can be changed this way (%1):", nullptr, int(rows.size()))
                .arg(ResultsPanel::tr("only an entered or returned result can be submitted"))));

        // One transaction per click: a row that changed behind the table's back stops the whole click.
        QVERIFY(approve->isEnabled());
        const QString error = f.write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.returnForRework(tx, f.rows().at(rows.size() - 1).resultId, QStringLiteral("日期有误"));
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MessageBox::setNextConfirmation(true);
        approve->click();
        QVERIFY2(MessageBox::lastText().startsWith(ResultsPanel::tr("Nothing was changed: %1").arg(QString())),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(audited("review"), reviewsBefore);

        // The reviewer approves the rest and publishes them: two clicks, one confirmation each.
        panel->setActor({QStringLiteral("reviewer"), QStringLiteral("reviewer")});
        panel->table()->selectAll();
        MessageBox::resetRecord();
        MessageBox::setNextConfirmation(true);
        approve->click();
        QCOMPARE(audited("review"), reviewsBefore + entered - 1);
        panel->setActor({QStringLiteral("clerk"), QStringLiteral("clerk")});
        QVERIFY(!publish->isEnabled()); // a clerk does not publish
        panel->setActor({QStringLiteral("reviewer"), QStringLiteral("reviewer")});
        QVERIFY(publish->isEnabled());
        MessageBox::setNextConfirmation(true);
        publish->click();
        QCOMPARE(f.rows().at(0).published.has_value(), true);
        int published = 0;
        for (const ResultRow& row : f.rows())
            published += row.latest && row.latest->isPublished() ? 1 : 0;
        QCOMPARE(published, entered); // the first row earlier, and all approved but the returned one
        QCOMPARE(MessageBox::shownCount(), 4); // approve: question and summary; publish: question and summary
        QVERIFY(MessageBox::lastText().startsWith(ResultsPanel::tr("%n result(s) published.", nullptr, entered - 1)));
        QCOMPARE(f.status(), QStringLiteral("inspecting")); // one row is not recorded, one returned
        panel->setActor({QStringLiteral("admin"), QStringLiteral("admin")});
    }

    // Any version, published and older ones too, is shown read-only with every recorded field.
    void versionsAreViewedReadOnly()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        const qint64 id = f.publish(row);
        ResultVersion v2 = DrawnPlan::cleanVersion(row);
        v2.resultId = id;
        v2.inspectedFrom = v2.inspectedTo = QDate(2026, 4, 9);
        v2.categories = {QStringLiteral("ordered_rectify")};
        v2.findings = QStringLiteral("未公示收费标准");
        v2.followUp = QStringLiteral("rectify");
        v2.rectifyBy = QDate(2026, 5, 9);
        v2.correctionReason = QStringLiteral("检查日期录入有误");
        QVERIFY(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.correct(tx, v2); }).isEmpty());

        ResultsPanel panel(*f.db);
        panel.showPlan(f.plan.id);
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectResult(row.entity, row.itemCode));
        auto* history = child<QListWidget>(&panel, QStringLiteral("resultHistory"));
        QCOMPARE(history->count(), 2);
        QVERIFY(child<QPushButton>(&panel, QStringLiteral("viewVersionButton"))->isEnabled());

        // Double-click the published first version.
        const QRect first = history->visualItemRect(history->item(0));
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(history->viewport(), Qt::LeftButton, {}, first.center());
        auto* dialog = panel.findChild<ResultVersionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->version().version, 1);
        QCOMPARE(dialog->valueText(QStringLiteral("state")),
                 Vocabulary::resultStates().label(QStringLiteral("published")));
        QCOMPARE(dialog->valueText(QStringLiteral("inspected")), QStringLiteral("2026-04-10"));
        QCOMPARE(dialog->valueText(QStringLiteral("categories")),
                 Vocabulary::resultCategories().label(QStringLiteral("no_problem")));
        QVERIFY(dialog->valueText(QStringLiteral("members")).contains(row.team.first()));
        QVERIFY(dialog->valueText(QStringLiteral("recorded")).contains(QStringLiteral("张三")));
        QVERIFY(dialog->valueText(QStringLiteral("reviewed")).contains(QStringLiteral("张三")));
        QVERIFY(dialog->valueText(QStringLiteral("published")).startsWith(QStringLiteral("20")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("supersededNote")));
        QVERIFY(dialog->findChildren<QLineEdit*>().isEmpty()); // nothing to edit
        QVERIFY(dialog->view()->isReadOnly());
        QVERIFY(dialog->view()->toPlainText().contains(dialog->valueText(QStringLiteral("members"))));
        dialog->close();
        QTRY_VERIFY(!panel.findChild<ResultVersionDialog*>());

        // The button shows the correction, not yet reviewed.
        history->setCurrentRow(1);
        child<QPushButton>(&panel, QStringLiteral("viewVersionButton"))->click();
        dialog = panel.findChild<ResultVersionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->valueText(QStringLiteral("version")), QStringLiteral("2"));
        QCOMPARE(dialog->valueText(QStringLiteral("state")),
                 Vocabulary::resultStates().label(QStringLiteral("entered")));
        QCOMPARE(dialog->valueText(QStringLiteral("correctionReason")), QStringLiteral("检查日期录入有误"));
        QCOMPARE(dialog->valueText(QStringLiteral("findings")), QStringLiteral("未公示收费标准"));
        QVERIFY(dialog->view()->toPlainText().contains(QStringLiteral("未公示收费标准")));
        QCOMPARE(dialog->valueText(QStringLiteral("rectifyBy")), QStringLiteral("2026-05-09"));
        QCOMPARE(dialog->valueText(QStringLiteral("followUp")),
                 Vocabulary::followUpMeasures().label(QStringLiteral("rectify")));
        QCOMPARE(dialog->valueText(QStringLiteral("published")), ResultVersionDialog::tr("Not yet"));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("supersededNote")));
        dialog->close();
    }

    // The overview's late results open the plan on its results, showing only the visits still to be submitted.
    void lateResultsOpenTheResultsFiltered()
    {
        DrawnPlan f;
        const QList<ResultRow> rows = f.rows();
        f.publish(rows.at(0));
        QVERIFY(f.record(rows.at(1))); // entered
        const auto submittedOne = f.record(rows.at(2));
        QVERIFY(submittedOne);
        QVERIFY(f.write([&](WriteTransaction& tx, ResultRepository& r) {
                     return r.submit(tx, submittedOne->resultId);
                 }).isEmpty());

        OverviewPage overview(*f.db);
        overview.setToday(QDate(2026, 5, 25));
        overview.reloadData();
        const QList<OverviewRow> late = overview.sectionRows(Overview::Section::LateResults);
        QCOMPARE(late.size(), 1);
        QSignalSpy spy(&overview, &Page::navigateRequested);
        auto* table = overview.sectionTable(Overview::Section::LateResults);
        Q_EMIT table->activated(table->model()->index(0, 0));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("plans"));
        QCOMPARE(spy.first().at(1).toString(), PlansPage::lateResultsArgument(f.plan.id));

        PlansPage plans(*f.db);
        plans.resize(1200, 800);
        plans.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plans));
        plans.showFiltered(spy.first().at(1).toString());
        PlanView* view = plans.planView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->planId(), f.plan.id);
        QCOMPARE(view->tabs()->currentWidget(), view->resultsPanel());
        ResultsPanel* panel = view->resultsPanel();
        QCOMPARE(panel->stateFilter(), ResultsPanel::unsubmittedFilter());
        QVERIFY(child<QPushButton>(panel, QStringLiteral("resultChip_unsubmitted"))->isChecked());
        QCOMPARE(panel->shownRows().size(), rows.size() - 2); // not the published and not the submitted one
        for (int i = 0; i < panel->shownRows().size(); ++i) {
            const ResultRow& row = panel->shownRows().at(i);
            QVERIFY(!row.latest || row.latest->state == QLatin1String("entered"));
            // A visit without a result shows no version, date or result left over from the unfiltered table.
            const QTableWidgetItem* version = panel->table()->item(i, 5);
            QCOMPARE(version ? version->text() : QString(), row.latest ? QStringLiteral("1") : QString());
        }

        // Opened again from the list, the same plan keeps the filter; the All chip shows every row.
        plans.openPlan(f.plan.id);
        QCOMPARE(panel->shownRows().size(), rows.size() - 2);
        child<QPushButton>(panel, QStringLiteral("resultChip_all"))->click();
        QCOMPARE(panel->shownRows().size(), rows.size());
    }

    // Typed work is not lost without a word (issue 17): Esc in a dialog with typed findings asks first; refused, the
    // dialog stays open with the text; agreed, it closes. Unchanged, Esc closes at once.
    void escAsksBeforeTypedWorkIsDiscarded()
    {
        DrawnPlan f;
        ResultDialog dialog(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, f.rows().first(),
                            ResultDialog::Mode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MessageBox::resetRecord();
        typeText(dialog.findingsEdit(), QStringLiteral("未在显著位置公示收费标准"));
        MessageBox::setNextConfirmation(false);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(MessageBox::shownCount(), 1);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("放弃填写的内容？"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findingsEdit()->toPlainText(), QStringLiteral("未在显著位置公示收费标准"));
        MessageBox::setNextConfirmation(true);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        ResultDialog untouched(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, f.rows().first(),
                               ResultDialog::Mode::Create);
        untouched.show();
        QVERIFY(QTest::qWaitForWindowExposed(&untouched));
        MessageBox::resetRecord();
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QVERIFY(!untouched.isVisible());
        QCOMPARE(MessageBox::shownCount(), 0);
    }

    // The check points of the plan's checklist in the result dialog: a 不符合 point writes the findings and refuses
    // 未发现问题 beside the result; 全部符合 fills the rest; the conclusions are stored with the result.
    void theDialogConcludesEveryCheckPoint()
    {
        const QList<CheckPoint> checklist {{QStringLiteral("办学许可证"), QStringLiteral("在有效期内"), {}},
                                           {QStringLiteral("收费公示"), QStringLiteral("在显著位置公示"), {}},
                                           {QStringLiteral("校车"), QStringLiteral("符合规定"), {}}};
        DrawnPlan f(true, checklist);
        ResultRow row;
        for (const ResultRow& r : f.rows())
            if (r.itemCode == QLatin1String("JY-01"))
                row = r;
        ResultDialog dialog(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, row, ResultDialog::Mode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CheckPointsEditor* points = dialog.checkPointsEditor();
        QVERIFY(points);
        QCOMPARE(points->table()->rowCount(), 3);
        dialog.fromEdit()->setDate(QDate(2026, 4, 10));
        dialog.toEdit()->setDate(QDate(2026, 4, 10));
        dialog.categoryBox(QStringLiteral("no_problem"))->click();
        QVERIFY(dialog.okButton()->isEnabled()); // no point concluded yet: a result without points

        // One point only: the others are asked for.
        VocabularyCombo::select(points->outcomeCombo(2), QStringLiteral("nonconform"));
        points->table()->item(1, 3)->setText(QStringLiteral("未公示收费标准"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.errorText(QStringLiteral("checkPoints"))
                     .contains(ResultVersion::tr("Point %1 (%2) has no conclusion: give one for every point of the "
                                                 "checklist.")
                                   .arg(1)
                                   .arg(QStringLiteral("办学许可证"))),
                 qPrintable(dialog.errorText(QStringLiteral("checkPoints"))));
        // The findings follow the 不符合 point.
        QCOMPARE(dialog.findingsEdit()->toPlainText(),
                 ResultVersion::tr("Point %1 %2: does not conform.").arg(2).arg(QStringLiteral("收费公示"))
                     + QStringLiteral(" 未公示收费标准"));
        points->allConformButton()->click();
        QCOMPARE(VocabularyCombo::key(points->outcomeCombo(1)), QStringLiteral("conform"));
        QCOMPARE(VocabularyCombo::key(points->outcomeCombo(2)), QStringLiteral("nonconform"));
        QVERIFY(dialog.errorText(QStringLiteral("checkPoints")).isEmpty());
        // 未发现问题 with a 不符合 point is refused beside the result.
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorText(QStringLiteral("categories")).isEmpty());
        dialog.categoryBox(QStringLiteral("no_problem"))->click();
        dialog.categoryBox(QStringLiteral("ordered_rectify"))->click();
        VocabularyCombo::select(dialog.followUpCombo(), QStringLiteral("rectify"));
        dialog.rectifyByEdit()->setDate(QDate(2026, 5, 10));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.errorText(QStringLiteral("categories"))));
        // The clerk's own findings stay when a point changes.
        dialog.findingsEdit()->setPlainText(QStringLiteral("收费公示栏缺失。"));
        VocabularyCombo::select(points->outcomeCombo(3), QStringLiteral("not_applicable"));
        QCOMPARE(dialog.findingsEdit()->toPlainText(), QStringLiteral("收费公示栏缺失。"));
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("result-checkpoints.png"))));
        dialog.okButton()->click();
        const auto stored = ResultRepository(*f.db).latestVersion(dialog.savedResultId());
        QVERIFY(stored);
        QCOMPARE(stored->checkPoints,
                 (QList<PointConclusion> {{1, QStringLiteral("conform"), {}},
                                          {2, QStringLiteral("nonconform"), QStringLiteral("未公示收费标准")},
                                          {3, QStringLiteral("not_applicable"), {}}}));
        // Opened again for editing, the conclusions are there.
        ResultRow again = row;
        again.resultId = dialog.savedResultId();
        again.latest = stored;
        ResultDialog edit(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, again, ResultDialog::Mode::Edit);
        QCOMPARE(edit.checkPointsEditor()->conclusions(), stored->checkPoints);
    }

    // A new result starts on the first day it may have: the plan's first day, but not before the approval.
    void aNewResultStartsNoEarlierThanTheApproval()
    {
        DrawnPlan f(false);
        PlanFixture::approve(*f.db, f.plan.code, f.attemptId, QDate(2026, 4, 3));
        ResultDialog dialog(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, f.rows().first(),
                            ResultDialog::Mode::Create);
        QCOMPARE(dialog.fromEdit()->date(), QDate(2026, 4, 3));
        QCOMPARE(dialog.toEdit()->date(), QDate(2026, 4, 3));
        QVERIFY(dialog.errorText(QStringLiteral("inspectedFrom")).isEmpty());
    }

    // A party's application for recusal shows on the results of its visit, refused ones too (granted ones also
    // changed the team).
    void recusalsShowOnTheVisitsResults()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        RecusalRequest r;
        r.entity = row.entity;
        r.inspector = row.team.first();
        r.appliedOn = QDate(2026, 4, 2);
        r.reason = QStringLiteral("曾在本校任教");
        r.granted = false;
        r.decidedBy = QStringLiteral("王立新（副局长）");
        r.decidedOn = QDate(2026, 4, 3);
        SubstitutionOperations ops(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")});
        ops.setClock([] { return QDateTime(QDate(2026, 4, 5), QTime(10, 0)); });
        const Outcome o = ops.recordRecusal(f.plan.id, r, nullptr);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        ResultsPanel panel(*f.db);
        panel.showPlan(f.plan.id);
        QVERIFY(panel.selectResult(row.entity, row.itemCode));
        const QString title = child<QLabel>(&panel, QStringLiteral("resultDetailTitle"))->text();
        QVERIFY2(title.contains(QStringLiteral("曾在本校任教")) && title.contains(Recusals::decisionText(false))
                     && title.contains(QStringLiteral("2026-04-03")),
                 qPrintable(title));
    }

    // The result dialog fits what the tests' 1024×768 screen leaves a window; its fields scroll.
    void theDialogFitsA1024x768Screen()
    {
        DrawnPlan f;
        ResultDialog dialog(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, f.rows().first(),
                            ResultDialog::Mode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize());
        const QSize room = ScreenFit::room(&dialog);
        QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(needed.width()).arg(needed.height())));
    }

    // The dialog refuses a visit in the future or before the draw beside the date, and warns about one outside the
    // plan's period without refusing it.
    void theDialogChecksTheDatesAgainstThePlan()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        ResultDialog dialog(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, row, ResultDialog::Mode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.categoryBox(QStringLiteral("no_problem"))->click();
        dialog.fromEdit()->setDate(QDate(2026, 4, 10));
        dialog.toEdit()->setDate(QDate(2026, 4, 10));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.dateWarning().isEmpty());

        const QDate future = QDate::currentDate().addDays(1);
        dialog.toEdit()->setDate(future);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.errorText(QStringLiteral("inspectedTo")),
                 ResultVersion::tr("%1 is after today (%2): record a visit once it has taken place.")
                     .arg(future.toString(Qt::ISODate), QDate::currentDate().toString(Qt::ISODate)));

        dialog.fromEdit()->setDate(QDate(2026, 3, 30));
        dialog.toEdit()->setDate(QDate(2026, 3, 30));
        QCOMPARE(dialog.errorText(QStringLiteral("inspectedFrom")),
                 ResultVersion::tr("%1 is before the plan's draw (%2): nobody knew whom to visit before it.")
                     .arg(QStringLiteral("2026-03-30"), QStringLiteral("2026-03-31")));
        QVERIFY(!dialog.okButton()->isEnabled());

        // A visit that slipped into May: a warning line naming the field, and saving allowed.
        dialog.fromEdit()->setDate(QDate(2026, 5, 6));
        dialog.toEdit()->setDate(QDate(2026, 5, 6));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY2(dialog.dateWarning().startsWith(
                     ResultDialog::tr("Note — %1: %2")
                         .arg(ResultVersion::fieldLabel(QStringLiteral("inspectedFrom")),
                              ResultVersion::tr("%1 is outside the plan's inspection period (%2 to %3); it can be "
                                                "saved if the visit slipped.")
                                  .arg(QStringLiteral("2026-05-06"), QStringLiteral("2026-04-01"),
                                       QStringLiteral("2026-04-30")))),
                 qPrintable(dialog.dateWarning()));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("dateWarning"))->isVisible());
        dialog.okButton()->click();
        QCOMPARE(ResultRepository(*f.db).latestVersion(dialog.savedResultId())->inspectedFrom, QDate(2026, 5, 6));
    }

    // The clerk's bug: a member whose certificate expired before the inspection was listed "(certified)" for
    // having a number. The label is the result rule's answer on the dates shown, and follows them.
    void theDialogMarksOnlyCertificatesValidOnTheDates()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        QCOMPARE(row.team.size(), 2);
        InspectorRepository inspectors(*f.db);
        Inspector x = *inspectors.findByCode(row.team.at(0));
        x.certTo = QDate(2026, 4, 9);
        {
            WriteTransaction tx(*f.db);
            QVERIFY2(inspectors.update(tx, x) && tx.commit(), qPrintable(tx.error()));
        }
        const QString certified = ResultDialog::tr(" (certified)");
        ResultDialog dialog(*f.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, row, ResultDialog::Mode::Create);
        dialog.fromEdit()->setDate(QDate(2026, 4, 9));
        dialog.toEdit()->setDate(QDate(2026, 4, 9));
        QCOMPARE(dialog.memberBox(x.code)->text(), QStringLiteral("%1 %2").arg(x.code, x.name) + certified);
        QVERIFY(dialog.memberBox(row.team.at(1))->text().endsWith(certified));
        dialog.toEdit()->setDate(QDate(2026, 4, 10));
        QCOMPARE(dialog.memberBox(x.code)->text(), QStringLiteral("%1 %2").arg(x.code, x.name));
        QVERIFY(dialog.memberBox(row.team.at(1))->text().endsWith(certified));
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
