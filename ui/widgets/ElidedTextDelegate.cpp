#include "ElidedTextDelegate.h"

#include "PlainText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QTextLayout>
#include <QToolTip>

#include <cmath>

ElidedTextDelegate::ElidedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

ElidedTextDelegate* ElidedTextDelegate::install(QAbstractItemView* view)
{
    auto* delegate = new ElidedTextDelegate(view);
    view->setItemDelegate(delegate);
    view->setTextElideMode(Qt::ElideRight);
    return delegate;
}

void ElidedTextDelegate::setMiddleElided(int column)
{
    m_middleElided.insert(column);
}

Qt::TextElideMode ElidedTextDelegate::elideMode(int column) const
{
    return m_middleElided.contains(column) ? Qt::ElideMiddle : Qt::ElideRight;
}

void ElidedTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = elideMode(index.column());
}

QString ElidedTextDelegate::cutText(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!opt.features.testFlag(QStyleOptionViewItem::HasDisplay) || opt.text.isEmpty())
        return {};
    // The rectangle the style draws the text in, as QCommonStyle lays a cell out.
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return opt.text;

    // Laid out as the style lays it out (line breaks are line separators by now): cut when a line is wider than
    // the cell or the lines are taller.
    QTextOption textOption;
    textOption.setWrapMode(opt.features.testFlag(QStyleOptionViewItem::WrapText)
                               ? QTextOption::WrapAtWordBoundaryOrAnywhere
                               : QTextOption::ManualWrap);
    QTextLayout layout(opt.text, opt.font);
    layout.setTextOption(textOption);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(textRect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    if (std::ceil(widest) <= textRect.width() && std::floor(height) <= textRect.height())
        return {};
    QString text = opt.text;
    return text.replace(QChar::LineSeparator, QLatin1Char('\n'));
}

bool ElidedTextDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                   const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid()
        || index.data(Qt::ToolTipRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = plainToolTip(cutText(option, index));
    QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    event->setAccepted(!tip.isEmpty());
    return !tip.isEmpty();
}
