// The registry pages as the clerk uses them: searching as you type and with the filter combos (the count follows),
// deactivating and deleting with the confirmation answered, the item history after an edit, the inspectors certified
// on a chosen date, recording a conflict from an entity and from an inspector with the type-to-search picker, and
// the main window's shortcuts.
#include "AboutDialog.h"
#include "ChecklistEditor.h"
#include "ConflictDialog.h"
#include "ConflictSection.h"
#include "DemoData.h"
#include "DetailForm.h"
#include "EntityDialog.h"
#include "EntityPage.h"
#include "EntityTableModel.h"
#include "FileDialog.h"
#include "InspectorPage.h"
#include "InspectorTableModel.h"
#include "ItemDialog.h"
#include "ItemPage.h"
#include "ItemTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecordPicker.h"
#include "ScreenFit.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestUiPages : public QObject
{
    Q_OBJECT

private:
    static QString countText(int n) { return RegistryPage::tr("%Ln record(s)", nullptr, n); }

    static void typeText(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }

    static void selectRow(RegistryPage& page, int row)
    {
        page.tableView()->setCurrentIndex(page.pagedModel()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void entityPageFiltersAsYouType()
    {
        UiTest::Fixture fixture;
        fixture.addEntities(30, {QStringLiteral("primary"), QStringLiteral("junior"), QStringLiteral("training")});
        EntityPage page(*fixture.db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.countLabel()->text(), countText(30));

        // Latin text typed key by key; the list follows once typing pauses.
        QTest::keyClicks(page.searchBox(), EntityRepository::codeForNumber(20).chopped(1));
        QTRY_COMPARE(page.countLabel()->text(), countText(10));
        QCOMPARE(page.pagedModel()->rowCount(), 10);
        // Chinese text, as an input method commits it.
        page.searchBox()->clear();
        typeText(page.searchBox(), QStringLiteral("测试1"));
        QTRY_COMPARE(page.countLabel()->text(), countText(11));

        // And a filter combo on top of the search: applied at once.
        auto* category = page.findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        category->setCurrentIndex(category->findData(QStringLiteral("junior")));
        QCOMPARE(page.countLabel()->text(), countText(3)); // junior: 11, 14, 17
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->record(row).category, QStringLiteral("junior"));

        // Nothing matches: the page says so and offers to clear everything.
        page.searchBox()->setText(QStringLiteral("不存在的学校"));
        page.applyFilterNow();
        QCOMPARE(page.countLabel()->text(), countText(0));
        auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(page.searchBox()->text(), QString());
        QCOMPARE(category->currentIndex(), 0);
        QCOMPARE(page.countLabel()->text(), countText(30));
        QVERIFY(!clear->isVisible());

        // Esc in the search box clears it.
        typeText(page.searchBox(), QStringLiteral("测试2"));
        QTRY_COMPARE(page.countLabel()->text(), countText(11));
        QTest::keyClick(page.searchBox(), Qt::Key_Escape);
        QTRY_COMPARE(page.countLabel()->text(), countText(30));
    }

    void entityDeactivationAsksFirst()
    {
        UiTest::Fixture fixture;
        const QList<Entity> added = fixture.addEntities(5);
        EntityPage page(*fixture.db);
        page.show();
        selectRow(page, 1);
        QCOMPARE(page.currentId(), added[1].id);
        auto* suspend = page.findChild<QAction*>(QStringLiteral("setStatus_suspended"));
        QVERIFY(suspend);

        // Cancelled: nothing changes.
        MessageBox::setNextConfirmation(false);
        suspend->trigger();
        QVERIFY(MessageBox::lastText().contains(added[1].name));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("停办")));
        QCOMPARE(EntityRepository(*fixture.db).find(added[1].id)->status, QStringLiteral("normal"));
        QCOMPARE(page.countLabel()->text(), countText(5));

        // Confirmed: suspended, gone from the list of active entities, and the page says where it went.
        MessageBox::setNextConfirmation(true);
        suspend->trigger();
        QCOMPARE(EntityRepository(*fixture.db).find(added[1].id)->status, QStringLiteral("suspended"));
        QCOMPARE(page.countLabel()->text(), countText(4));
        QCOMPARE(page.model()->rowOfId(added[1].id), -1);
        auto* notice = page.findChild<QLabel*>(QStringLiteral("notice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(added[1].name));

        // "Show inactive" lists it again, greyed; reactivating asks too.
        page.showInactiveBox()->setChecked(true);
        QCOMPARE(page.countLabel()->text(), countText(5));
        const int row = page.model()->rowOfId(added[1].id);
        QVERIFY(row >= 0);
        QVERIFY(page.model()->index(row, 0).data(Qt::ForegroundRole).isValid());
        selectRow(page, row);
        auto* reactivate = page.findChild<QPushButton*>(QStringLiteral("reactivateButton"));
        QVERIFY(reactivate->isVisibleTo(&page));
        MessageBox::setNextConfirmation(true);
        QTest::mouseClick(reactivate, Qt::LeftButton);
        QCOMPARE(EntityRepository(*fixture.db).find(added[1].id)->status, QStringLiteral("normal"));
    }

    void onlyUnreferencedEntitiesCanBeDeleted()
    {
        UiTest::Fixture fixture;
        const QList<Entity> added = fixture.addEntities(2);
        const QList<Inspector> staff = fixture.addInspectors(1);
        fixture.addConflict(staff[0].id, added[0].id);
        EntityPage page(*fixture.db);
        page.show();
        auto* remove = page.findChild<QPushButton*>(QStringLiteral("deleteButton"));
        selectRow(page, 0);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(added[0].name)); // says why
        QCOMPARE(page.conflictSection()->list()->count(), 1);
        QVERIFY(page.conflictSection()->list()->item(0)->text().contains(staff[0].name));

        selectRow(page, 1);
        QVERIFY(remove->isEnabled());
        MessageBox::setNextConfirmation(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(EntityRepository(*fixture.db).find(added[1].id));
        MessageBox::setNextConfirmation(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!EntityRepository(*fixture.db).find(added[1].id));
        QCOMPARE(page.countLabel()->text(), countText(1));
    }

    void conflictRecordedFromAnEntity()
    {
        UiTest::Fixture fixture;
        const QList<Entity> added = fixture.addEntities(3);
        const QList<Inspector> staff = fixture.addInspectors(12);
        EntityPage page(*fixture.db);
        page.show();
        selectRow(page, 2);
        QTest::mouseClick(page.conflictSection()->addButton(), Qt::LeftButton);
        auto* dialog = page.findChild<ConflictDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->entityPicker()->currentId(), added[2].id); // the entity is filled in
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->errorText(QStringLiteral("inspector")),
                 Conflict::tr("Choose the inspector who must not "
                              "inspect the entity."));

        // Typing part of a name offers the matches from the registry.
        RecordPicker* picker = dialog->inspectorPicker();
        typeText(picker->lineEdit(), QStringLiteral("检查员1"));
        QCOMPARE(picker->matches().size(), 4); // 1, 10, 11, 12
        QCOMPARE(picker->currentId(), 0);
        // A whole code matches one inspector; Enter picks it.
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("ZF-011"));
        QCOMPARE(picker->matches().size(), 1);
        Q_EMIT picker->lineEdit()->returnPressed();
        QCOMPARE(picker->currentId(), staff[10].id);
        QVERIFY(dialog->okButton()->isEnabled());

        // "Other" needs the details.
        auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reasonEdit"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("other")));
        QVERIFY(!dialog->okButton()->isEnabled());
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("reasonTextEdit")), QStringLiteral("与该校校长系同学"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ConflictDialog*>());

        ConflictFilter filter;
        filter.entityId = added[2].id;
        const QList<Conflict> stored = ConflictRepository(*fixture.db).list(filter);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].inspectorId, staff[10].id);
        QCOMPARE(stored[0].reasonText, QStringLiteral("与该校校长系同学"));
        QCOMPARE(page.conflictSection()->list()->count(), 1);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
    }

    void inspectorPageFilters()
    {
        UiTest::Fixture fixture;
        fixture.addInspectors(20, {QStringLiteral("行政执法办公室"), QStringLiteral("基础教育股")}, 5);
        InspectorPage page(*fixture.db);
        page.show();
        QCOMPARE(page.countLabel()->text(), countText(20));
        auto* section = page.findChild<QComboBox*>(QStringLiteral("sectionFilter"));
        section->setCurrentIndex(section->findData(QStringLiteral("基础教育股")));
        QCOMPARE(page.countLabel()->text(), countText(10));
        auto* certified = page.findChild<QComboBox*>(QStringLiteral("certifiedFilter"));
        certified->setCurrentIndex(certified->findData(0));
        QCOMPARE(page.countLabel()->text(), countText(2)); // ZF-010, ZF-020
        QTest::keyClicks(page.searchBox(), QStringLiteral("ZF-02"));
        QTRY_COMPARE(page.countLabel()->text(), countText(1));
        // The detail pane shows the certificate's state today, and never the whole ID card number.
        QCOMPARE(page.model()->record(0).code, QStringLiteral("ZF-020"));
        auto* fields = page.findChild<DetailForm*>(QStringLiteral("detailFields"));
        QCOMPARE(fields->valueOf(InspectorTableModel::certifiedTodayLabel()), InspectorTableModel::tr("No"));
    }

    void inspectorPageCertifiedOnADate()
    {
        UiTest::Fixture fixture;
        // Certified from 2020-01-01 to the end of next year, except every 5th.
        fixture.addInspectors(10, {QStringLiteral("行政执法办公室")}, 5);
        InspectorPage page(*fixture.db);
        page.show();
        auto* certified = page.findChild<QComboBox*>(QStringLiteral("certifiedFilter"));
        QDateEdit* date = page.certifiedOnEdit();
        QCOMPARE(date->date(), QDate::currentDate()); // today unless the clerk picks the inspection date
        QVERIFY(!date->isEnabled());

        certified->setCurrentIndex(certified->findData(1));
        QVERIFY(date->isEnabled());
        QCOMPARE(page.countLabel()->text(), countText(8));
        const int column = page.model()->columnOf(QStringLiteral("certifiedToday"));
        QVERIFY(column >= 0);
        QCOMPARE(page.model()->headerData(column, Qt::Horizontal).toString(),
                 InspectorTableModel::certifiedTodayLabel());

        // An inspection after every certificate has run out: nobody is certified on that day.
        const QDate later(QDate::currentDate().year() + 2, 3, 1);
        date->setDate(later);
        QCOMPARE(page.countLabel()->text(), countText(0));
        const QString laterLabel = InspectorTableModel::certifiedOnLabel(later);
        QVERIFY(laterLabel.contains(later.toString(Qt::ISODate)));
        QCOMPARE(page.model()->headerData(column, Qt::Horizontal).toString(), laterLabel);
        certified->setCurrentIndex(certified->findData(0));
        QCOMPARE(page.countLabel()->text(), countText(10));
        selectRow(page, 0);
        QCOMPARE(page.model()->index(0, column).data().toString(), InspectorTableModel::tr("No"));
        // The detail pane answers for today and for the chosen day.
        auto* fields = page.findChild<DetailForm*>(QStringLiteral("detailFields"));
        QCOMPARE(fields->valueOf(InspectorTableModel::certifiedTodayLabel()), InspectorTableModel::tr("Yes"));
        QCOMPARE(fields->valueOf(laterLabel), InspectorTableModel::tr("No"));

        // A day inside the certificates' validity: the same 8 as today.
        certified->setCurrentIndex(certified->findData(1));
        date->setDate(QDate(2020, 6, 1));
        QCOMPARE(page.countLabel()->text(), countText(8));
        date->setDate(QDate(2019, 12, 31)); // before they were issued
        QCOMPARE(page.countLabel()->text(), countText(0));

        // Clearing the filters brings the date back to today.
        page.clearFilters();
        QCOMPARE(date->date(), QDate::currentDate());
        QVERIFY(!date->isEnabled());
        QCOMPARE(page.countLabel()->text(), countText(10));
    }

    void conflictRecordedFromAnInspector()
    {
        UiTest::Fixture fixture;
        const QList<Entity> added = fixture.addEntities(12);
        const QList<Inspector> staff = fixture.addInspectors(3);
        InspectorPage page(*fixture.db);
        page.show();
        selectRow(page, 1);
        QCOMPARE(page.currentId(), staff[1].id);
        QCOMPARE(page.conflictSection()->list()->count(), 1);
        QCOMPARE(page.conflictSection()->list()->item(0)->text(), ConflictSection::tr("None recorded."));
        auto* remove = page.findChild<QPushButton*>(QStringLiteral("deleteButton"));
        QVERIFY(remove->isEnabled()); // nothing refers to the inspector yet

        QTest::mouseClick(page.conflictSection()->addButton(), Qt::LeftButton);
        auto* dialog = page.findChild<ConflictDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->inspectorPicker()->currentId(), staff[1].id); // the inspector is filled in
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(dialog->errorText(QStringLiteral("entity")),
                 Conflict::tr("Choose the entity the inspector must not inspect."));

        // Part of a name offers the matching entities; a whole registry code picks one with Enter.
        RecordPicker* picker = dialog->entityPicker();
        typeText(picker->lineEdit(), QStringLiteral("测试1"));
        QCOMPARE(picker->matches().size(), 4); // 1, 10, 11, 12
        QCOMPARE(picker->currentId(), 0);
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), added[10].code);
        QCOMPARE(picker->matches().size(), 1);
        Q_EMIT picker->lineEdit()->returnPressed();
        QCOMPARE(picker->currentId(), added[10].id);
        QVERIFY(dialog->okButton()->isEnabled());

        auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reasonEdit"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("former_employee")));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ConflictDialog*>());

        ConflictFilter filter;
        filter.inspectorId = staff[1].id;
        const QList<Conflict> stored = ConflictRepository(*fixture.db).list(filter);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].entityId, added[10].id);
        QCOMPARE(stored[0].reason, QStringLiteral("former_employee"));
        QCOMPARE(stored[0].validFrom, QDate::currentDate());
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db).section(QLatin1Char(' '), 0, 1),
                 QStringLiteral("create conflict"));
        // The inspector's page lists it at once, and the inspector can no longer be deleted.
        QCOMPARE(page.currentId(), staff[1].id);
        QCOMPARE(page.conflictSection()->list()->count(), 1);
        QVERIFY(page.conflictSection()->list()->item(0)->text().contains(added[10].name));
        QVERIFY(!remove->isEnabled());
    }

    void itemEditKeepsTheHistory()
    {
        UiTest::Fixture fixture;
        const InspectionItem item = fixture.addItem(QStringLiteral("民办学校办学行为检查"));
        ItemPage page(*fixture.db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.currentId(), item.id); // the first row is selected
        QCOMPARE(page.historyList()->count(), 1);

        page.tableView()->setFocus();
        QTest::keyClick(page.tableView(), Qt::Key_Return);
        auto* dialog = page.findChild<ItemDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("versionNote"))->text().contains(QLatin1Char('2')));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        name->selectAll();
        typeText(name, QStringLiteral("民办学校办学行为专项检查"));
        // The object types with their 事项类别, one a line.
        auto* kinds = dialog->findChild<QPlainTextEdit*>(QStringLiteral("objectKindsEdit"));
        QVERIFY(kinds);
        typeText(kinds, QStringLiteral("民办学校：重点"));
        QTest::keyClick(kinds, Qt::Key_Return);
        typeText(kinds, QStringLiteral("民办幼儿园：一般"));
        // SHUANGSUI_SHOTS=DIR: the dialog as the clerk sees it, for a look.
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("item-dialog.png"))));
        // The dialog fits the screen (the offscreen screen is 800 px high, like a 1024×768 office PC with a taskbar);
        // the fields that do not fit scroll.
        auto* scroll = dialog->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY(dialog->height() <= dialog->screen()->availableGeometry().height());
        QVERIFY(scroll->widget()->height() <= scroll->viewport()->height() || scroll->verticalScrollBar()->isVisible());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ItemDialog*>());

        QCOMPARE(page.historyList()->count(), 2);
        QVERIFY(page.historyList()->item(0)->text().contains(QLatin1Char('2'))); // newest first
        const QString nameLabel = InspectionItem::fieldLabel(QStringLiteral("name"));
        QCOMPARE(page.detailFields()->valueOf(nameLabel), QStringLiteral("民办学校办学行为专项检查"));
        QCOMPARE(page.detailFields()->valueOf(InspectionItem::fieldLabel(QStringLiteral("objectKinds"))),
                 QStringLiteral("民办学校（重点）、民办幼儿园（一般）"));
        // Selecting the first version shows the item as it was.
        page.historyList()->setCurrentRow(1);
        QCOMPARE(page.detailFields()->valueOf(nameLabel), QStringLiteral("民办学校办学行为检查"));
        QCOMPARE(page.detailFields()->valueOf(InspectionItem::fieldLabel(QStringLiteral("version"))),
                 QStringLiteral("1"));

        // Withdrawing asks, and the item leaves the list of items in force.
        MessageBox::setNextConfirmation(true);
        page.setCurrentStatus(QStringLiteral("retired"));
        QCOMPARE(ItemRepository(*fixture.db).find(item.id)->status, QStringLiteral("retired"));
        QCOMPARE(page.countLabel()->text(), countText(0));
    }

    // The checklist (检查表) in the item dialog: points added, typed, moved and removed, a file imported over them
    // (asked first), a point without its standard refused beside the checklist; saved as the next version, which
    // the detail pane lists.
    void theChecklistIsEditedInTheItemDialog()
    {
        UiTest::Fixture fixture;
        const InspectionItem item = fixture.addItem(QStringLiteral("民办学校办学行为检查"));
        ItemDialog dialog(*fixture.db, {QStringLiteral("luru"), QStringLiteral("clerk")}, item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ChecklistEditor* editor = dialog.checklistEditor();
        QTableWidget* table = editor->table();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!editor->exportButton()->isEnabled());
        const auto setCell
            = [table](int row, int column, const QString& text) { table->item(row, column)->setText(text); };
        editor->addButton()->click();
        setCell(0, 0, QStringLiteral("收费公示"));
        // Without its standard the point is refused beside the checklist, and OK waits.
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(
            dialog.errorText(QStringLiteral("checklist")).contains(Checklist::columnName(QStringLiteral("standard"))),
            qPrintable(dialog.errorText(QStringLiteral("checklist"))));
        setCell(0, 1, QStringLiteral("在显著位置公示"));
        editor->addButton()->click();
        setCell(1, 0, QStringLiteral("办学许可证"));
        setCell(1, 1, QStringLiteral("在有效期内"));
        setCell(1, 2, QStringLiteral("《中华人民共和国民办教育促进法》第十八条"));
        QVERIFY(dialog.okButton()->isEnabled());
        // The licence first.
        table->setCurrentCell(1, 0);
        editor->upButton()->click();
        QCOMPARE(editor->points().first().content, QStringLiteral("办学许可证"));

        // A file over the points: asked first; cancelled, nothing changes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("检查表.csv"));
        QString error;
        QVERIFY(Checklist::writeFile(path,
                                     {{QStringLiteral("登记证书"), QStringLiteral("与许可证一致"), {}},
                                      {QStringLiteral("办学许可证"), QStringLiteral("在有效期内"), {}},
                                      {QStringLiteral("招生简章"), QStringLiteral("已备案"), {}}},
                                     &error));
        MessageBox::setNextConfirmation(false);
        QVERIFY(!editor->importFrom(path));
        QCOMPARE(table->rowCount(), 2);
        MessageBox::setNextConfirmation(true);
        FileDialog::setNextFileName(path);
        editor->importButton()->click();
        QCOMPARE(table->rowCount(), 3);
        // SHUANGSUI_SHOTS=DIR: the checklist as the clerk sees it, for a look.
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty()) {
            dialog.findChild<QScrollArea*>()->ensureWidgetVisible(editor);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("item-dialog-checklist.png"))));
        }
        // The last one removed.
        table->setCurrentCell(2, 0);
        editor->removeButton()->click();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        const auto stored = ItemRepository(*fixture.db).find(item.id);
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->checklist.size(), 2);
        QCOMPARE(stored->checklist.at(0).content, QStringLiteral("登记证书"));

        // The item page lists the points of the version shown.
        ItemPage page(*fixture.db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.detailFields()->valueOf(InspectionItem::fieldLabel(QStringLiteral("checklist"))),
                 QStringLiteral("1. 登记证书\n2. 办学许可证"));
        page.historyList()->setCurrentRow(1);
        QCOMPARE(page.detailFields()->valueOf(InspectionItem::fieldLabel(QStringLiteral("checklist"))),
                 ItemPage::tr("none yet (add the check points in the item's dialog)"));
    }

    // The office's screen is 1024×768 (issue 17; the tests' screen, tests/support/offscreen-1024x768.json): with the
    // demo's data on every page, no page needs more room than that screen leaves a window (less a taskbar of 40 px),
    // so nothing is off-screen.
    void everyPageFitsA1024x768Screen()
    {
        UiTest::Fixture fixture;
        QString error;
        QVERIFY2(DemoData::fill(*fixture.db, &error), qPrintable(error));
        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize room = ScreenFit::room(&window) - QSize(0, 40);
        QStringList tooLarge;
        for (const QString& key : {QStringLiteral("overview"), QStringLiteral("items"), QStringLiteral("entities"),
                                   QStringLiteral("inspectors"), QStringLiteral("conflicts"), QStringLiteral("plans"),
                                   QStringLiteral("statistics"), QStringLiteral("audit")}) {
            window.showPage(key);
            QCoreApplication::processEvents();
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            if (needed.width() > room.width() || needed.height() > room.height())
                tooLarge << QStringLiteral("%1 %2×%3").arg(key).arg(needed.width()).arg(needed.height());
            // SHUANGSUI_SHOTS=DIR: each page as it looks in a window that fills a 1024×768 screen, for a look.
            if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty()) {
                window.resize(room);
                QCoreApplication::processEvents();
                QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("page-%1-1024.png").arg(key))));
            }
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral(", "))));
    }

    void mainWindowShortcutsAndAbout()
    {
        UiTest::Fixture fixture;
        fixture.addEntities(2);
        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("entities"));
        QCOMPARE(window.currentPageKey(), QStringLiteral("entities"));
        auto* page = qobject_cast<EntityPage*>(window.currentPage());
        QVERIFY(page);

        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(page->searchBox()->hasFocus());
        QTest::keySequence(&window, QKeySequence::New);
        auto* dialog = page->findChild<EntityDialog*>();
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape); // Esc closes without saving
        QTRY_VERIFY(!page->findChild<EntityDialog*>());
        QCOMPARE(EntityRepository(*fixture.db).count(), 2);

        // Ctrl+1 goes to the first page; the data file is shown with the system's separators.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageKey(), QStringLiteral("overview"));
        auto* file = window.findChild<QLabel*>(QStringLiteral("dataFileLabel"));
        QVERIFY(file->text().contains(QDir::toNativeSeparators(fixture.db->path())));

        const AboutDialog about(*fixture.db);
        QVERIFY(about.text().contains(QStringLiteral("shuangsui-draw/1")));
        QVERIFY(about.text().contains(QStringLiteral(SHUANGSUI_VERSION)));
        QVERIFY(about.text().contains(QString::number(Database::SchemaVersion)));
    }
};

QTEST_MAIN(TestUiPages)
#include "tst_ui_pages.moc"
