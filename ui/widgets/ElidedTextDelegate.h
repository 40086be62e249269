// Table cells cut a text that is too long for their column with "…" (at the right; in the middle for a column of
// file paths, whose ends say the most) and show the whole text as a tooltip when, and only when, it is cut (issue
// 17). A cell whose model gives a tooltip of its own (an entity's blacklist reason, an item's legal basis) keeps it.
// Rows keep their height. Every table of ui/ installs it: ElidedTextDelegate::install(view).
#pragma once

#include <QSet>
#include <QStyledItemDelegate>

class QAbstractItemView;

class ElidedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ElidedTextDelegate(QObject* parent = nullptr);

    // Makes a new delegate the view's (owned by the view) and returns it.
    static ElidedTextDelegate* install(QAbstractItemView* view);

    // The column shows file paths: cut in the middle.
    void setMiddleElided(int column);
    Qt::TextElideMode elideMode(int column) const;

    // The cell's whole text when the cell as laid out in `option` cannot show all of it; empty when it fits.
    QString cutText(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QSet<int> m_middleElided;
};
