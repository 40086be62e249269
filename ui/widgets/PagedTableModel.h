// The base of the registry tables: rows come from a repository a page at a time (canFetchMore/fetchMore), sorting
// asks the database again with ORDER BY, and the model never holds more rows than the view has scrolled to, so a
// registry of 100,000 entities opens and filters at once. Subclasses say how to load, count and show their rows.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    static constexpr int PageSize = 200;
    // The record's database id, for every cell (Qt::UserRole).
    static constexpr int IdRole = Qt::UserRole;
    // The field key of a column (headerData, Qt::UserRole).
    static constexpr int FieldRole = Qt::UserRole + 1;

    explicit PagedTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // How many records match the filter (repo.count), whatever has been fetched.
    int totalCount() const { return m_total; }
    QString sortField() const { return m_sortField; }
    Qt::SortOrder sortOrder() const { return m_order; }
    QStringList columnFields() const { return m_columns; }
    int columnOf(const QString& field) const { return int(m_columns.indexOf(field)); }

    // Whether clicking the column's heading sorts (the repository can ORDER BY it).
    bool canSortColumn(int column) const;
    bool canSortAnyColumn() const;

    qint64 idAt(int row) const;
    // The row of a record among those fetched, -1 if it is not (yet) fetched.
    int rowOfId(qint64 id) const;
    // Fetches more pages until the record is among the rows, at most maxPages; returns its row or -1.
    int fetchUntil(qint64 id, int maxPages);

    // Loads the first page again and counts (the filter changed).
    void reload();
    // Reloads as many rows as are fetched now (a record changed), keeping the view where it is.
    void refresh();

Q_SIGNALS:
    void totalCountChanged(int count);

protected:
    // Columns, as field keys of the record type, and which of them the repository can sort by.
    void setColumns(const QStringList& fields, const QString& defaultSortField);
    virtual QString columnTitle(const QString& field) const = 0;
public:
    // The width a column wants, in Chinese characters (the view turns it into pixels with its font).
    virtual int columnWidthChars(const QString& field) const;
protected:
    virtual bool isSortable(const QString& field) const;

    virtual int storedRows() const = 0;
    virtual void clearRows() = 0;
    // Loads the rows [offset, offset + limit) in the current sort order aside and returns how many came;
    // commitRows() then appends them (views are told in between). RecordTableModel implements these.
    virtual int loadRows(int offset, int limit) = 0;
    virtual void commitRows() = 0;
    virtual int countRows() const = 0;
    virtual qint64 rowId(int row) const = 0;
    virtual QVariant cell(int row, const QString& field, int role) const = 0;
    // Inactive rows (deactivated, retired …) are drawn greyed.
    virtual bool isRowActive(int row) const = 0;

private:
    void setTotal(int total);
    // Replaces all rows by the first `limit` rows in the current order.
    void resetRows(int limit);

    QStringList m_columns;
    QString m_sortField;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_more = false;
    int m_total = 0;
    // True while the model announces a change (reset, inserted rows): a listener asking for more rows then would
    // start a second change inside the first.
    bool m_changing = false;
};
