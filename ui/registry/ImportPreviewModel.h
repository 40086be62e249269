// The rows of an import preview for a table view: row number, verdict, code, name and the problems or remarks,
// coloured by verdict, optionally only the rejected rows.
#pragma once

#include "RegistryImport.h"

#include <QAbstractTableModel>

class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column { RowNumber, Verdict, Key, Name, Remarks, ColumnCount };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    void setRejectedOnly(bool on);
    bool rejectedOnly() const { return m_rejectedOnly; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictText(ImportRow::Verdict verdict);

private:
    void rebuild();
    // A cell's text; the remarks (problems and notes) joined by the separator.
    static QString text(const ImportRow& row, int column, const QString& remarksSeparator);

    QList<ImportRow> m_all;
    QList<int> m_shown; // indexes into m_all
    bool m_rejectedOnly = false;
};
