#include "PagedTableModel.h"

#include <QApplication>
#include <QPalette>

PagedTableModel::PagedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PagedTableModel::setColumns(const QStringList& fields, const QString& defaultSortField)
{
    beginResetModel();
    m_columns = fields;
    m_sortField = defaultSortField;
    endResetModel();
}

int PagedTableModel::columnWidthChars(const QString&) const
{
    return 6;
}

bool PagedTableModel::isSortable(const QString&) const
{
    return true;
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : storedRows();
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == IdRole)
        return rowId(row);
    if (role == Qt::ForegroundRole && !isRowActive(row))
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return cell(row, m_columns.at(index.column()), role);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(m_columns.at(section));
    if (role == FieldRole)
        return m_columns.at(section);
    return {};
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_changing;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int before = storedRows();
    const int added = loadRows(before, PageSize);
    m_more = added == PageSize;
    if (added <= 0)
        return;
    m_changing = true;
    beginInsertRows({}, before, before + added - 1);
    commitRows();
    endInsertRows();
    m_changing = false;
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !isSortable(m_columns.at(column)))
        return;
    if (m_columns.at(column) == m_sortField && order == m_order)
        return;
    m_sortField = m_columns.at(column);
    m_order = order;
    resetRows(PageSize);
}

void PagedTableModel::resetRows(int limit)
{
    m_changing = true;
    beginResetModel();
    clearRows();
    m_more = loadRows(0, limit) == limit;
    commitRows();
    endResetModel();
    m_changing = false;
}

bool PagedTableModel::canSortColumn(int column) const
{
    return column >= 0 && column < m_columns.size() && isSortable(m_columns.at(column));
}

bool PagedTableModel::canSortAnyColumn() const
{
    for (int column = 0; column < m_columns.size(); ++column)
        if (canSortColumn(column))
            return true;
    return false;
}

qint64 PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < storedRows() ? rowId(row) : 0;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    const int n = storedRows();
    for (int row = 0; row < n; ++row)
        if (rowId(row) == id)
            return row;
    return -1;
}

int PagedTableModel::fetchUntil(qint64 id, int maxPages)
{
    int row = rowOfId(id);
    for (int page = 0; row < 0 && page < maxPages && canFetchMore({}); ++page) {
        const int from = storedRows();
        fetchMore({});
        for (int r = from; r < storedRows(); ++r)
            if (rowId(r) == id)
                row = r;
    }
    return row;
}

void PagedTableModel::reload()
{
    resetRows(PageSize);
    // A first page that is not full is the whole result: no second pass over the table to count it.
    setTotal(m_more ? countRows() : storedRows());
}

void PagedTableModel::refresh()
{
    resetRows(qMax(PageSize, storedRows()));
    setTotal(m_more ? countRows() : storedRows());
}

void PagedTableModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}
