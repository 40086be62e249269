// The item list (一单) as a paged table: the rows of ItemRepository::list for the current filter and sort.
#pragma once

#include "InspectionItem.h"
#include "ItemRepository.h"
#include "RecordTableModel.h"

class Database;

class ItemTableModel final : public RecordTableModel<InspectionItem>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemTableModel)

public:
    explicit ItemTableModel(Database& db, QObject* parent = nullptr);

    ItemFilter filter() const { return m_filter; }
    void setFilter(const ItemFilter& filter);

    // A field of an item as the clerk reads it (category names, "5 %", "every 6 months" …).
    static QString displayValue(const InspectionItem& item, const QString& field);

    int columnWidthChars(const QString& field) const override;

protected:
    QString columnTitle(const QString& field) const override;
    QList<InspectionItem> query(int offset, int limit) const override;
    int countRows() const override;
    QVariant cell(int row, const QString& field, int role) const override;
    bool isRowActive(int row) const override;

private:
    ItemRepository m_repo;
    ItemFilter m_filter;
};
