// The inspector registry (库二) as a paged table: the rows of InspectorRepository::list for the current filter and
// sort, with whether each holds a certificate valid on the filter's date (today unless the clerk picked another).
#pragma once

#include "Inspector.h"
#include "InspectorRepository.h"
#include "RecordTableModel.h"

class Database;

class InspectorTableModel final : public RecordTableModel<Inspector>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorTableModel)

public:
    explicit InspectorTableModel(Database& db, QObject* parent = nullptr);

    InspectorFilter filter() const { return m_filter; }
    void setFilter(const InspectorFilter& filter);

    // A field as the clerk reads it; "certifiedToday" is the certificate's validity today; the ID card is masked.
    static QString displayValue(const Inspector& inspector, const QString& field);
    static QString certifiedTodayLabel();
    // "Certified today", or "Certified on 2026-12-01" for another date.
    static QString certifiedOnLabel(QDate date);
    // The date the certified column and filter are about.
    QDate certifiedDate() const;

    int columnWidthChars(const QString& field) const override;

protected:
    QString columnTitle(const QString& field) const override;
    bool isSortable(const QString& field) const override;
    QList<Inspector> query(int offset, int limit) const override;
    int countRows() const override;
    QVariant cell(int row, const QString& field, int role) const override;
    bool isRowActive(int row) const override;

private:
    InspectorRepository m_repo;
    InspectorFilter m_filter;
};
