// Importing a registry from a clerk's spreadsheet (CSV in any Chinese encoding, or .xlsx): first a preview that
// gives every row its verdict (new, update, unchanged, rejected with row, field and reason), then — only if the
// clerk says so — one transaction that writes the accepted rows through the repositories. Never half a file.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class Database;
class WriteTransaction;
struct ColumnSpec;
struct Table;

// The file column chosen for a field: the field's key (ColumnSpec::key) → the column's name in the file. The same
// type as TableHeader's ColumnMapping.
using ColumnMapping = QHash<QString, QString>;

enum class Registry { Townships, Items, Entities, Inspectors, Conflicts };

struct ImportRow
{
    enum class Verdict { New, Update, Unchanged, Rejected };
    int rowNumber = 0; // as the clerk sees it in Excel (1-based); an item over several rows: its first row
    QList<int> moreRows; // an item over several rows (issue 16): its other rows, in the file's order
    Verdict verdict = Verdict::New;
    QString key;  // the code that identifies the record (credit code, 事项编码, 人员编号 …)
    QString name; // what it is called, for the preview
    FieldErrors problems; // FieldError.field is the column's name as the clerk sees it
    QStringList notes;    // remarks that do not stop the row (a township that will be added …)

    // The row numbers as the preview shows them: "4", or "4–7" for an item over rows 4 to 7, "4–5、9" when a later
    // row repeats the item.
    QString rowRange() const;
};

// Called now and then with (done, total); returning false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportPreview
{
    Registry registry = Registry::Entities;
    QString fileName;
    QString error; // the file as a whole cannot be used (unreadable, no header …)
    QList<ImportRow> rows;
    QStringList ignoredColumns;

    // The file's columns, for choosing by hand which column is which field (the import dialog, --map):
    QStringList fileColumns; // the header's name of each column ("" for an unnamed one), in the file's order
    QList<QStringList> examples; // the first data rows (at most kExampleRows), cleaned, on one line each
    QStringList missingFields; // the key of each required field with no column (the error names them)
    QStringList unfitFields; // the key of each field whose chosen column is not in the file (the error names it)
    QHash<QString, int> foundColumns; // field key → column index, as found (the mapping included)
    QString headerSet; // TableHeader::headerSetKey(fileColumns): where a mapping for these columns is remembered
    ColumnMapping mapping; // the mapping the preview was made with (importing remembers it for headerSet)
    static constexpr int kExampleRows = 3;

    bool isUsable() const { return error.isEmpty(); }
    // Columns are missing, or a chosen one is not in the file, and the file has a header to choose from.
    bool needsMapping() const
    {
        return !fileColumns.isEmpty() && (!missingFields.isEmpty() || !unfitFields.isEmpty());
    }
    int count(ImportRow::Verdict verdict) const;
    // One line per rejected row: "row R: field: reason" (several problems joined with "; ").
    QStringList rejectionLines() const;

    // The accepted rows' writes, prepared by the preview; apply() runs them.
    struct Step
    {
        int rowIndex;
        std::function<bool(WriteTransaction&)> write;
    };
    std::shared_ptr<const QList<Step>> steps;
};

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
};

class RegistryImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryImport)

public:
    // The columns of a registry's files: key, accepted header names (the first is the one we export), required.
    static QList<ColumnSpec> columns(Registry registry);
    static QString registryLabel(Registry registry);
    // "items", "entities", "inspectors", "conflicts", "townships" (the command line's words).
    static std::optional<Registry> registryFromName(const QString& name);
    static QString registryName(Registry registry);

    // `mapping`: the columns the clerk chose (checked by mappingProblem; a chosen column missing from the file makes
    // the preview unusable, naming it).
    static ImportPreview preview(Database& db, Registry registry, const QString& path,
                                 const ImportProgress& progress = {}, const ColumnMapping& mapping = {});
    static ImportPreview previewTable(Database& db, Registry registry, const Table& table,
                                      const ImportProgress& progress = {}, const ColumnMapping& mapping = {});

    // --- Choosing columns by hand (the dialog and --map use these) ---
    // The field's name as the template's header has it ("单位名称"), or the key when there is none.
    static QString fieldLabel(Registry registry, const QString& key);
    // The field a word names: its label as in the template header or its key ("单位名称", "name"); empty if none.
    static QString fieldKey(Registry registry, const QString& word);
    static QString fieldLabels(Registry registry); // every field's label, joined by "、"
    // What is wrong with a mapping, in one sentence, or empty: an unknown field, a field without a column, one
    // column chosen for two fields.
    static QString mappingProblem(Registry registry, const ColumnMapping& mapping);
    // Reads "字段=列名" assignments (the command line's --map, repeatable) into *mapping; false with *problem
    // naming the assignment that is wrong.
    static bool parseMapping(Registry registry, const QStringList& assignments, ColumnMapping* mapping,
                             QString* problem);
    // "单位名称=企业名称" for each chosen field, in the registry's column order.
    static QStringList mappingAssignments(Registry registry, const ColumnMapping& mapping);
    // The mapping last used to import a file with this header set (the settings store), or an empty one.
    static ColumnMapping rememberedMapping(Database& db, Registry registry, const QString& headerSet);
    // What the column chooser starts from for a preview whose columns do not fit: the mapping last used for this
    // header set (*remembered true), else the columns the preview found by their names.
    static ColumnMapping offeredMapping(Database& db, Registry registry, const ImportPreview& preview,
                                        bool* remembered);
    // The settings key it is kept under: "import/columns/<registry>/<headerSet>".
    static QString mappingSettingKey(Registry registry, const QString& headerSet);
    static QString mappingText(const ColumnMapping& mapping); // the stored form, a JSON object

    // Writes every row that is not rejected, in one transaction, plus one audit entry for the import itself.
    static bool apply(Database& db, const ImportPreview& preview, ImportSummary* summary, QString* error,
                      const ImportProgress& progress = {});
    // The same inside the caller's transaction (several files that must land together).
    static bool applyIn(WriteTransaction& tx, const ImportPreview& preview, ImportSummary* summary, QString* error,
                        const ImportProgress& progress = {});
};
