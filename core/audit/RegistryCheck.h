#pragma once
// Whether the three registries (entities, inspectors, inspection items) still hold what their audit entries say.
// The audit chain proves the log was not altered; this proves the rows were not altered beside it (an UPDATE typed
// into the file with another tool): every create, update and delete is replayed in order, and each stored record
// must equal the record of its last entry, field by field. Rows with no entry, and entries whose row is gone, are
// differences too.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

struct RegistryDifference
{
    QString objectType; // "entity", "inspector" or "inspection_item"
    QString code; // the registry code
    QString field; // empty: the whole row (added or deleted outside the program)
    QString logged; // the value the audit log says, as JSON text; empty when the row has no entry
    QString stored; // the value in the data file, as JSON text; empty when the row is gone
};

class RegistryCheck final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCheck)

public:
    // The differences, in registry and code order, at most `limit`; nullopt with *error set when the data cannot be
    // read.
    static std::optional<QList<RegistryDifference>> run(Database& db, int limit, QString* error);
    // One sentence for the clerk: which record, which field, what the log says and what the file holds.
    static QString describe(const RegistryDifference& difference);
};
