// Names and file contents are shown as typed, never as rich text (issue 13, finding 8): a registry name holding
// "<a href=…>" must not become a clickable link in a label, a message box or a tooltip. cmake/CheckPlainText.cmake
// keeps the code on PlainLabel, MessageBox and plainToolTip; this test looks at the widgets themselves.
#include "EntityPage.h"
#include "InspectorPage.h"
#include "ItemPage.h"
#include "MessageBox.h"
#include "PagedTableModel.h"
#include "PlainText.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QProgressDialog>
#include <QTableView>
#include <QTest>

namespace {

const QString hostile = QStringLiteral("<a href=\"https://evil.example/\">点我</a><img src=\"/etc/passwd\">");

// Every label under `root` that holds the hostile text shows it as plain text; returns how many hold it.
int labelsHoldingHostileText(QWidget* root)
{
    int holding = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->text().contains(QStringLiteral("<a href")))
            continue;
        ++holding;
        if (label->textFormat() != Qt::PlainText)
            qWarning("label %s (%s) shows rich text", qPrintable(label->objectName()),
                     label->metaObject()->className());
        if (label->textFormat() != Qt::PlainText)
            return -1;
    }
    return holding;
}

} // namespace

class TestUiPlainText : public QObject
{
    Q_OBJECT

    static void selectFirstRow(RegistryPage& page)
    {
        page.tableView()->setCurrentIndex(page.pagedModel()->index(0, 0));
    }

    static void checkToolTips(QAbstractItemModel* model)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                QVERIFY2(!tip.contains(QStringLiteral("<a href")), qPrintable(tip));
                QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
            }
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void helpersShowTextAsTyped()
    {
        PlainLabel label(hostile);
        QCOMPARE(label.textFormat(), Qt::PlainText);
        QCOMPARE(label.text(), hostile);
        PlainLabel empty;
        QCOMPARE(empty.textFormat(), Qt::PlainText);

        const QString tip = plainToolTip(hostile + QStringLiteral("\n第二行"));
        QVERIFY2(tip.contains(QStringLiteral("&lt;a href=")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<a href")));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(tip.contains(QStringLiteral("<br")));
        QCOMPARE(plainToolTip(QString()), QString());

        for (const auto icon : {QMessageBox::Question, QMessageBox::Warning, QMessageBox::Critical})
            QCOMPARE(MessageBox::build(icon, hostile, hostile, nullptr)->textFormat(), Qt::PlainText);

        QProgressDialog progress(hostile, QStringLiteral("取消"), 0, 1);
        setPlainLabel(progress);
        QCOMPARE(progress.labelText(), hostile);
        QCOMPARE(labelsHoldingHostileText(&progress), 1);
    }

    void registryNamesStayPlainOnTheEntityPage()
    {
        UiTest::Fixture fixture;
        Entity e;
        e.code = EntityRepository::codeForNumber(1);
        e.creditCode = UiTest::creditCode(1);
        e.category = QStringLiteral("primary");
        e.name = hostile;
        e.address = hostile;
        e.blacklisted = true;
        e.blacklistReason = hostile;
        e.blacklistFrom = QDate(2026, 1, 1);
        {
            WriteTransaction tx(*fixture.db);
            QVERIFY(EntityRepository(*fixture.db).insert(tx, e));
            QVERIFY(tx.commit());
        }
        EntityPage page(*fixture.db);
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        selectFirstRow(page);
        QTRY_VERIFY(labelsHoldingHostileText(&page) != 0); // the details show the name …
        QVERIFY(labelsHoldingHostileText(&page) > 0); // … as plain text
        checkToolTips(page.tableView()->model());
    }

    void registryNamesStayPlainOnTheItemAndInspectorPages()
    {
        UiTest::Fixture fixture;
        InspectionItem item = fixture.addItem(hostile);
        Inspector p;
        p.code = QStringLiteral("ZF-001");
        p.name = hostile;
        p.section = hostile;
        {
            WriteTransaction tx(*fixture.db);
            QVERIFY(InspectorRepository(*fixture.db).insert(tx, p));
            QVERIFY(tx.commit());
        }
        ItemPage items(*fixture.db);
        items.show();
        QVERIFY(QTest::qWaitForWindowExposed(&items));
        selectFirstRow(items);
        QTRY_VERIFY(labelsHoldingHostileText(&items) != 0);
        QVERIFY(labelsHoldingHostileText(&items) > 0);
        checkToolTips(items.tableView()->model());

        InspectorPage inspectors(*fixture.db);
        inspectors.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspectors));
        selectFirstRow(inspectors);
        QTRY_VERIFY(labelsHoldingHostileText(&inspectors) != 0);
        QVERIFY(labelsHoldingHostileText(&inspectors) > 0);
        checkToolTips(inspectors.tableView()->model());
    }
};

QTEST_MAIN(TestUiPlainText)
#include "tst_ui_plaintext.moc"
