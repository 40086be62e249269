// The entity registry (库一) as a paged table: the rows of EntityRepository::list for the current filter and sort.
#pragma once

#include "Entity.h"
#include "EntityRepository.h"
#include "RecordTableModel.h"

class Database;

class EntityTableModel final : public RecordTableModel<Entity>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTableModel)

public:
    explicit EntityTableModel(Database& db, QObject* parent = nullptr);

    EntityFilter filter() const { return m_filter; }
    // Applies the filter and loads its first page.
    void setFilter(const EntityFilter& filter);

    // A field of an entity as the clerk reads it (vocabulary labels, dates as yyyy-MM-dd).
    static QString displayValue(const Entity& entity, const QString& field);

    int columnWidthChars(const QString& field) const override;

protected:
    QString columnTitle(const QString& field) const override;
    bool isSortable(const QString& field) const override;
    QList<Entity> query(int offset, int limit) const override;
    int countRows() const override;
    QVariant cell(int row, const QString& field, int role) const override;
    bool isRowActive(int row) const override;

private:
    EntityRepository m_repo;
    EntityFilter m_filter;
};
