// Importing a registry from a clerk's spreadsheet (CSV in any Chinese encoding, or .xlsx): first a preview that
// gives every row its verdict (new, update, unchanged, rejected with row, field and reason), then — only if the
// clerk says so — one transaction that writes the accepted rows through the repositories. Never half a file.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class Database;
class WriteTransaction;
struct ColumnSpec;
struct Table;

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

    bool isUsable() const { return error.isEmpty(); }
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

    static ImportPreview preview(Database& db, Registry registry, const QString& path,
                                 const ImportProgress& progress = {});
    static ImportPreview previewTable(Database& db, Registry registry, const Table& table,
                                      const ImportProgress& progress = {});

    // Writes every row that is not rejected, in one transaction, plus one audit entry for the import itself.
    static bool apply(Database& db, const ImportPreview& preview, ImportSummary* summary, QString* error,
                      const ImportProgress& progress = {});
    // The same inside the caller's transaction (several files that must land together).
    static bool applyIn(WriteTransaction& tx, const ImportPreview& preview, ImportSummary* summary, QString* error,
                        const ImportProgress& progress = {});
};
