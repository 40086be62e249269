// Choosing which column of a clerk's file is which field, when the file names a required column otherwise: one
// drop-down per field with the file's columns and the first rows as examples. Thin: the rule that checks the choice
// is RegistryImport::mappingProblem, the preview then says whether the columns fit, and importing remembers them
// (RegistryOperations::importRows).
#pragma once

#include "RegistryImport.h"

#include <QDialog>
#include <QHash>

class QComboBox;

class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingDialog)

public:
    // `preview`: the file's columns, examples and what is wrong (its error is shown at the top). `offered`: the
    // columns chosen at first (remembered for this header set, or as found); `remembered` says which.
    ColumnMappingDialog(const ImportPreview& preview, const ColumnMapping& offered, bool remembered,
                        QWidget* parent = nullptr);

    // The columns chosen now: field key → column name (fields left at "not imported" are absent).
    ColumnMapping mapping() const;
    // The drop-down of a field (tests drive it); null for an unknown key.
    QComboBox* fieldBox(const QString& key) const { return m_boxes.value(key); }

    // Checks the choice (RegistryImport::mappingProblem) and closes; a problem is shown and the dialog stays.
    void accept() override;
    // Asks before a changed choice is thrown away.
    void reject() override;

private:
    Registry m_registry;
    QHash<QString, QComboBox*> m_boxes;
    ColumnMapping m_offered;
};
