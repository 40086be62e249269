// PagedTableModel for one record type: keeps the fetched records of type Row and loads pages through query(),
// which a registry's model implements with its repository's list(filter, sort, order, offset, limit).
#pragma once

#include "PagedTableModel.h"

#include <QList>

template<class Row>
class RecordTableModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    const Row& record(int row) const { return m_rows.at(row); }
    const QList<Row>& records() const { return m_rows; }

protected:
    virtual QList<Row> query(int offset, int limit) const = 0;

    int storedRows() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    int loadRows(int offset, int limit) override
    {
        m_pending = query(offset, limit);
        return int(m_pending.size());
    }
    void commitRows() override
    {
        m_rows += m_pending;
        m_pending.clear();
    }
    qint64 rowId(int row) const override { return m_rows.at(row).id; }

private:
    QList<Row> m_rows;
    QList<Row> m_pending;
};
