// What the harnesses share: a QCoreApplication (the SQLite driver needs one) and an empty in-memory data file with
// the demo registries, against which a fuzzed table is previewed as an import would.
#pragma once

#include "Database.h"
#include "DemoData.h"
#include "RegistryImport.h"
#include "TableReader.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

inline void startApplication(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
}

inline Database& demoDatabase()
{
    static std::unique_ptr<Database> db = [] {
        QString error;
        auto database = Database::openInMemory(&error);
        if (!database || !DemoData::fill(*database, &error)) {
            std::fprintf(stderr, "demo database: %s\n", qPrintable(error));
            std::abort();
        }
        return database;
    }();
    return *db;
}

// Every registry's preview of the table (a preview reads the data file but never writes it). Large tables are
// previewed only as entities, to keep each run short.
inline void previewEverywhere(const Table& table)
{
    Database& db = demoDatabase();
    const Registry all[]
        = {Registry::Entities, Registry::Townships, Registry::Items, Registry::Inspectors, Registry::Conflicts};
    for (const Registry registry : all) {
        const ImportPreview preview = RegistryImport::previewTable(db, registry, table);
        if (preview.isUsable())
            (void)preview.rejectionLines();
        if (table.rows.size() > 64)
            break;
    }
}

} // namespace FuzzSupport
