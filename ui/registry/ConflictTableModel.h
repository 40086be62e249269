// The conflicts of interest (回避关系) as a paged table: the rows of ConflictRepository::list, in its fixed order
// (inspector, entity, start of the period) — the repository does not sort otherwise.
#pragma once

#include "Conflict.h"
#include "ConflictRepository.h"
#include "RecordTableModel.h"

class Database;

class ConflictTableModel final : public RecordTableModel<Conflict>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictTableModel)

public:
    explicit ConflictTableModel(Database& db, QObject* parent = nullptr);

    ConflictFilter filter() const { return m_filter; }
    void setFilter(const ConflictFilter& filter);

    static QString displayValue(const Conflict& conflict, const QString& field);

    int columnWidthChars(const QString& field) const override;

protected:
    QString columnTitle(const QString& field) const override;
    bool isSortable(const QString& field) const override;
    QList<Conflict> query(int offset, int limit) const override;
    int countRows() const override;
    QVariant cell(int row, const QString& field, int role) const override;
    bool isRowActive(int row) const override;

private:
    ConflictRepository m_repo;
    ConflictFilter m_filter;
};
