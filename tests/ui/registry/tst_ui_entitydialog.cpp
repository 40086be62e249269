// The clerk adds an entity through the entity page: types Chinese, is told beside the field what is wrong with a
// credit code (and cannot save), saves a valid one and sees the row; a duplicate code is refused in the dialog.
#include "EntityDialog.h"
#include "EntityPage.h"
#include "EntityTableModel.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class TestUiEntityDialog : public QObject
{
    Q_OBJECT

private:
    static void typeText(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        // QTest::keyClicks aborts on non-Latin-1 text: send the text in one key event, as an input method does.
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }

    static EntityDialog* openNewDialog(EntityPage& page)
    {
        page.createNew();
        auto* dialog = page.findChild<EntityDialog*>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    template<class T>
    static T* field(QWidget* dialog, const QString& name)
    {
        return dialog->findChild<T*>(name);
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void addEntityThroughTheDialog()
    {
        UiTest::Fixture fixture;
        fixture.township(QStringLiteral("昌黎镇"));
        EntityPage page(*fixture.db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->totalCount(), 0);

        EntityDialog* dialog = openNewDialog(page);
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled()); // no name yet
        QCOMPARE(dialog->errorText(QStringLiteral("name")), Entity::tr("The name is required."));

        auto* name = field<QLineEdit>(dialog, QStringLiteral("nameEdit"));
        typeText(name, QStringLiteral("昌黎县第二实验小学"));
        QCOMPARE(name->text(), QStringLiteral("昌黎县第二实验小学"));
        QVERIFY(dialog->errorText(QStringLiteral("name")).isEmpty());
        QVERIFY(dialog->okButton()->isEnabled());

        // A code with a wrong check character: the core's sentence beside the field, and no saving.
        auto* credit = field<QLineEdit>(dialog, QStringLiteral("creditCodeEdit"));
        const QString wrong = QStringLiteral("12100000400000624E");
        QTest::keyClicks(credit, wrong);
        QCOMPARE(credit->text(), wrong);
        QLabel* creditError = dialog->errorLabel(QStringLiteral("creditCode"));
        QCOMPARE(creditError->text(), Validators::creditCodeProblem(wrong));
        QVERIFY(creditError->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(credit, Qt::Key_Return); // Enter does not save either
        QVERIFY(dialog->isVisible());
        QCOMPARE(EntityRepository(*fixture.db).count(), 0);

        // The same code typed full-width, as a Chinese input method gives it: turned into ASCII and accepted.
        credit->clear();
        typeText(credit, QStringLiteral("１２１０００００４０００００６２４ｄ"));
        QCOMPARE(credit->text(), QStringLiteral("12100000400000624D"));
        QVERIFY(creditError->text().isEmpty());
        QVERIFY(!creditError->isVisible());
        QVERIFY(dialog->okButton()->isEnabled());

        auto* category = field<QComboBox>(dialog, QStringLiteral("categoryEdit"));
        QCOMPARE(category->currentText(), QStringLiteral("小学"));
        auto* township = field<QComboBox>(dialog, QStringLiteral("townshipEdit"));
        township->setCurrentIndex(township->findText(QStringLiteral("昌黎镇")));
        auto* phone = field<QLineEdit>(dialog, QStringLiteral("phoneEdit"));
        QTest::keyClicks(phone, QStringLiteral("12345"));
        QCOMPARE(dialog->errorText(QStringLiteral("phone")), Validators::phoneProblem(QStringLiteral("12345")));
        QVERIFY(!dialog->okButton()->isEnabled());
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("0335-2012345"));
        QVERIFY(dialog->okButton()->isEnabled());

        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<EntityDialog*>()); // closed and deleted

        const auto saved = EntityRepository(*fixture.db).findByCreditCode(QStringLiteral("12100000400000624D"));
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("昌黎县第二实验小学"));
        QCOMPARE(saved->townshipName, QStringLiteral("昌黎镇"));
        QCOMPARE(saved->phone, QStringLiteral("0335-2012345"));
        QCOMPARE(saved->code, EntityRepository::codeForNumber(1));
        // The row is in the table, selected, and counted.
        QCOMPARE(page.model()->totalCount(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.currentId(), saved->id);
        const int nameColumn = page.model()->columnOf(QStringLiteral("name"));
        QCOMPARE(page.model()->index(0, nameColumn).data().toString(), QStringLiteral("昌黎县第二实验小学"));
        QVERIFY(page.countLabel()->text().contains(QLatin1Char('1')));
    }

    void duplicateCreditCodeIsRefusedInTheDialog()
    {
        UiTest::Fixture fixture;
        const QList<Entity> existing = fixture.addEntities(1);
        EntityPage page(*fixture.db);
        page.show();
        EntityDialog* dialog = openNewDialog(page);
        QVERIFY(dialog);
        typeText(field<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("重复代码幼儿园"));
        QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("creditCodeEdit")), existing[0].creditCode);
        QVERIFY(dialog->okButton()->isEnabled()); // the code itself is valid
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        // Still open, with the repository's reason, and nothing typed is lost.
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText({}).contains(existing[0].name), qPrintable(dialog->errorText({})));
        QVERIFY(dialog->errorLabel({})->isVisible());
        QCOMPARE(field<QLineEdit>(dialog, QStringLiteral("nameEdit"))->text(), QStringLiteral("重复代码幼儿园"));
        QCOMPARE(EntityRepository(*fixture.db).count(), 1);
        dialog->reject();
    }

    void newTownshipIsAddedAfterAsking()
    {
        UiTest::Fixture fixture;
        EntityPage page(*fixture.db);
        page.show();
        EntityDialog* dialog = openNewDialog(page);
        QVERIFY(dialog);
        typeText(field<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("泥井镇中心小学"));
        auto* township = field<QComboBox>(dialog, QStringLiteral("townshipEdit"));
        typeText(township->lineEdit(), QStringLiteral("泥井镇"));
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("townshipHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("泥井镇")));

        // Refused: nothing saved, the dialog says why and stays open.
        MessageBox::setNextConfirmation(false);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("泥井镇")));
        QVERIFY(!dialog->errorText({}).isEmpty());
        QCOMPARE(TownshipRepository(*fixture.db).idForName(QStringLiteral("泥井镇")), 0);

        MessageBox::setNextConfirmation(true);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<EntityDialog*>());
        const qint64 townshipId = TownshipRepository(*fixture.db).idForName(QStringLiteral("泥井镇"));
        QVERIFY(townshipId > 0);
        const QList<Entity> all = EntityRepository(*fixture.db).list({});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].townshipId, townshipId);
        // The page's township filter offers the new township at once.
        auto* filter = page.findChild<QComboBox*>(QStringLiteral("townshipFilter"));
        QVERIFY(filter->findText(QStringLiteral("泥井镇")) > 0);
    }

    void editKeepsTheRecordAndShowsTheChange()
    {
        UiTest::Fixture fixture;
        fixture.addEntities(3);
        EntityPage page(*fixture.db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tableView()->setFocus();
        page.tableView()->setCurrentIndex(page.model()->index(1, 0));
        QTest::keyClick(page.tableView(), Qt::Key_Return); // Enter edits
        auto* dialog = page.findChild<EntityDialog*>();
        QVERIFY(dialog);
        auto* name = field<QLineEdit>(dialog, QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("测试2号学校"));
        name->selectAll();
        typeText(name, QStringLiteral("测试二号学校"));
        auto* blacklisted = dialog->findChild<QAbstractButton*>(QStringLiteral("blacklistedEdit"));
        blacklisted->setChecked(true);
        QVERIFY(!dialog->okButton()->isEnabled()); // a blacklisting needs its reason
        QVERIFY(!dialog->errorText(QStringLiteral("blacklistReason")).isEmpty());
        typeText(field<QLineEdit>(dialog, QStringLiteral("blacklistReasonEdit")), QStringLiteral("无证办学"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<EntityDialog*>());
        const auto stored = EntityRepository(*fixture.db).findByCode(EntityRepository::codeForNumber(2));
        QCOMPARE(stored->name, QStringLiteral("测试二号学校"));
        QVERIFY(stored->blacklisted);
        QCOMPARE(page.model()->totalCount(), 3);
        QCOMPARE(page.currentId(), stored->id);
        QCOMPARE(page.model()->record(page.currentRow()).name, QStringLiteral("测试二号学校"));
    }
};

QTEST_MAIN(TestUiEntityDialog)
#include "tst_ui_entitydialog.moc"
