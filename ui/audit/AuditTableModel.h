// The audit entries of a filter, newest first, a page at a time: each further page continues after the last entry
// fetched (seq < last), so scrolling through a million entries never makes SQLite count past the earlier ones.
#pragma once

#include "AuditTrail.h"
#include "PagedTableModel.h"

#include <QList>

class Database;

class AuditTableModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    explicit AuditTableModel(Database& db, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }

    int columnWidthChars(const QString& field) const override;

protected:
    QString columnTitle(const QString& field) const override;
    bool isSortable(const QString& field) const override;
    int storedRows() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    int loadRows(int offset, int limit) override;
    void commitRows() override;
    int countRows() const override;
    qint64 rowId(int row) const override { return m_rows.at(row).seq; }
    QVariant cell(int row, const QString& field, int role) const override;
    bool isRowActive(int) const override { return true; }

private:
    Database& m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    QList<AuditEntry> m_pending;
};
