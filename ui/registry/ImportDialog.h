// Importing a registry from Excel or CSV, as the clerk sees it: choose the file, watch it being read and checked
// (with a cancel button), look at every row's verdict — new, update, unchanged, rejected with its reason — then
// import the valid rows or cancel. What is written is one transaction: never half a file.
#pragma once

#include "Actor.h"
#include "RegistryImport.h"

#include <QDialog>

class Database;
class ImportPreviewModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // `actor`: who imports (RegistryOperations::importRows checks the role).
    ImportDialog(Database& db, Actor actor, Registry registry, QWidget* parent = nullptr);

    // Reads and checks the file, showing progress. When a required column is missing the clerk chooses the file's
    // columns (ColumnMappingDialog, offering the ones remembered for that header) and the file is checked again.
    // False (after telling the clerk why) when the file cannot be used or the clerk cancelled.
    bool loadFile(const QString& path);
    const ImportPreview& preview() const { return m_preview; }
    ImportPreviewModel* previewModel() const { return m_model; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summaryLabel() const { return m_summary; }
    QCheckBox* rejectedOnlyBox() const { return m_rejectedOnly; }

    // Writes the rows that were not rejected; accepts the dialog when done.
    bool importRows();
    const ImportSummary& result() const { return m_result; }

    // The whole task from a page's 导入 button: asks for the file, previews, lets the clerk decide.
    // True when rows were written.
    static bool run(Database& db, const Actor& actor, Registry registry, QWidget* parent);

private:
    // Shows the choice of columns for the current preview, starting from `mapping` (or, when it is empty, the
    // columns remembered for the header, else those found). False when the clerk cancels.
    bool chooseColumns(ColumnMapping& mapping);

    Database& m_db;
    Actor m_actor;
    Registry m_registry;
    ImportPreview m_preview;
    ImportSummary m_result;
    ImportPreviewModel* m_model;
    QLabel* m_summary;
    QCheckBox* m_rejectedOnly;
    QTableView* m_table;
    QPushButton* m_import;
};
