#include "EntityPage.h"
#include "ItemPage.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PlanView.h"
#include "PlansPage.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using Section = Overview::Section;

class TestUiOverview : public QObject
{
    Q_OBJECT

private:
    // A plan of September 2026 over the item, frozen and drawn.
    static Plan drawnPlan(Database& db, const InspectionItem& item)
    {
        Plan p = PlanFixture::inserted(db, PlanFixture::plan({item}, true, QDate(2026, 9, 1), QDate(2026, 9, 30)));
        PlanDraw draw(db);
        QString error;
        if (!draw.freeze(p.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        const auto attempt = draw.addSeed(p.id, {SeedPart::fromSystem(QStringLiteral("27182818284590452353"))}, &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        return p;
    }

    static OverviewPage* overviewOf(MainWindow& window, const QDate& today)
    {
        window.showPage(QStringLiteral("overview"));
        auto* page = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
        page->setToday(today);
        page->reloadData();
        return page;
    }

    static void doubleClickRow(QTableWidget* table, int row)
    {
        const QRect rect = table->visualRect(table->model()->index(row, 2));
        // A widget's double click is the press of a first click, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void calmWhenAllIsInOrder()
    {
        UiTest::Fixture fixture;
        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OverviewPage* page = overviewOf(window, QDate(2026, 5, 1));
        for (Section section : Overview::sections()) {
            const QString title = Overview::sectionTitle(section);
            QVERIFY2(page->sectionRows(section).isEmpty(), qPrintable(title));
            QVERIFY(!page->sectionTable(section)->isVisible());
            QVERIFY(page->sectionHeader(section)->text().contains(title.toHtmlEscaped()));
            auto* allClear = page->findChild<QLabel*>(
                page->sectionTable(section)->objectName().replace(QStringLiteral("Table"), QStringLiteral("AllClear")));
            QVERIFY(allClear && allClear->isVisible());
            QCOMPARE(allClear->text(), QCoreApplication::translate("OverviewPage", "All in order"));
        }
    }

    void anOverduePlanIsRedAndOpensOnDoubleClick()
    {
        UiTest::Fixture fixture;
        PlanFixture::Registry r(*fixture.db);
        const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        r.entities(30, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
        const Plan plan = drawnPlan(*fixture.db, item);

        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The deadline of a period ending 2026-09-30 is 2026-10-20 (国庆); the next day the plan is overdue.
        OverviewPage* page = overviewOf(window, QDate(2026, 10, 21));
        QTableWidget* table = page->sectionTable(Section::PublicationDue);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), plan.code);
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("2026-10-20")));
        QCOMPARE(table->item(0, 0)->foreground().color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(page->sectionRows(Section::PublicationDue).first().severity, OverviewRow::Severity::Red);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("publicationDueAllClear"))->isVisible());

        doubleClickRow(table, 0);
        QTRY_COMPARE(window.currentPageKey(), QStringLiteral("plans"));
        auto* plans = qobject_cast<PlansPage*>(window.currentPage());
        QVERIFY(plans);
        QTRY_VERIFY(plans->planView()->isVisible());
        QCOMPARE(plans->planView()->planId(), plan.id);
    }

    void anItemNotDrawnOpensTheItem()
    {
        UiTest::Fixture fixture;
        PlanFixture::Registry r(*fixture.db);
        r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        const InspectionItem second = r.item(QStringLiteral("JY-02"), {QStringLiteral("kindergarten")});

        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OverviewPage* page = overviewOf(window, QDate(2026, 6, 15));
        QTableWidget* table = page->sectionTable(Section::ItemsNotDrawn);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("JY-02"));
        QCOMPARE(page->sectionRows(Section::ItemsNotDrawn).at(1).severity, OverviewRow::Severity::Red);

        // Enter on the selected row opens it too.
        table->setFocus();
        table->setCurrentCell(1, 2);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(window.currentPageKey(), QStringLiteral("items"));
        auto* items = qobject_cast<ItemPage*>(window.currentPage());
        QVERIFY(items);
        QCOMPARE(items->currentId(), second.id);
    }

    void anEntityWithoutCreditCodeOpensTheEntity()
    {
        UiTest::Fixture fixture;
        PlanFixture::Registry r(*fixture.db);
        r.entities(3, QStringLiteral("昌黎县小学"));
        const Entity noCode = r.entity({.name = QStringLiteral("无代码幼儿园"), .withCreditCode = false});

        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OverviewPage* page = overviewOf(window, QDate(2026, 6, 15));
        QTableWidget* table = page->sectionTable(Section::RegistryHealth);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        doubleClickRow(table, 0);
        QTRY_COMPARE(window.currentPageKey(), QStringLiteral("entities"));
        auto* entities = qobject_cast<EntityPage*>(window.currentPage());
        QVERIFY(entities);
        QCOMPARE(entities->currentId(), noCode.id);
    }
};

QTEST_MAIN(TestUiOverview)
#include "tst_ui_overview.moc"
