// Table cells (issue 17): a text too long for its column is cut with "…" and its whole text is the cell's tooltip;
// a text that fits has none; a model's own tooltip stays; the rows keep their height.
#include "ElidedTextDelegate.h"
#include "PlainText.h"
#include "UiTestSupport.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

namespace {

const QString kLongName = QStringLiteral("昌黎县靖安镇乐学书法培训学校有限公司（原昌黎县靖安镇少儿书法美术培训中心）");

// The tooltip the view shows for the cell under the mouse, as a hover would ask for it.
QString toolTipAt(QTableView& view, int row, int column)
{
    const QRect rect = view.visualRect(view.model()->index(row, column));
    const QPoint pos = rect.center();
    QHelpEvent event(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    // The event is accepted when a tooltip was shown (a hidden one lingers a moment, its text with it).
    QApplication::sendEvent(view.viewport(), &event);
    return event.isAccepted() && QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestUiElidedCells : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void cutTextHasItsToolTip()
    {
        QStandardItemModel model(3, 2);
        model.setItem(0, 0, new QStandardItem(kLongName));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("B")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("城关小学")));
        auto* own = new QStandardItem(QStringLiteral("黑名单"));
        own->setToolTip(QStringLiteral("预收培训费用超过三个月"));
        model.setItem(2, 0, own);
        // Markup in a name stays text.
        model.setItem(1, 1, new QStandardItem(QStringLiteral("<b>很长很长很长很长很长很长很长的名称</b>")));

        QTableView view;
        view.setModel(&model);
        auto* delegate = ElidedTextDelegate::install(&view);
        QCOMPARE(view.itemDelegate(), delegate);
        view.setColumnWidth(0, 140);
        view.setColumnWidth(1, 60);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int rowHeight = view.rowHeight(0);

        QCOMPARE(toolTipAt(view, 0, 0), plainToolTip(kLongName));
        QVERIFY(toolTipAt(view, 1, 0).isEmpty()); // 城关小学 fits
        QVERIFY(toolTipAt(view, 0, 1).isEmpty()); // B fits
        QCOMPARE(toolTipAt(view, 2, 0), QStringLiteral("预收培训费用超过三个月")); // the model's own
        const QString markup = toolTipAt(view, 1, 1);
        QVERIFY(markup.contains(QStringLiteral("&lt;b&gt;")));

        // Wide enough, the long name has no tooltip any more; the row did not grow.
        view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(kLongName) + 40);
        QVERIFY(toolTipAt(view, 0, 0).isEmpty());
        QCOMPARE(view.rowHeight(0), rowHeight);

        // The same answer without the tooltip machinery.
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.widget = &view;
        option.rect = view.visualRect(model.index(0, 0)).adjusted(0, 0, -view.columnWidth(0) + 100, 0);
        QCOMPARE(delegate->cutText(option, model.index(0, 0)), kLongName);
        option.rect = view.visualRect(model.index(1, 0));
        QVERIFY(delegate->cutText(option, model.index(1, 0)).isEmpty());
    }

    void pathsAreCutInTheMiddle()
    {
        QTableView view;
        auto* delegate = ElidedTextDelegate::install(&view);
        delegate->setMiddleElided(2);
        QCOMPARE(delegate->elideMode(0), Qt::ElideRight);
        QCOMPARE(delegate->elideMode(2), Qt::ElideMiddle);
    }
};

QTEST_MAIN(TestUiElidedCells)
#include "tst_ui_elidedcells.moc"
