// The demo registry of 昌黎县 (fictional entities and staff, real structure), shipped in resources/demo/ and loaded
// through the same importers a clerk uses, so a new user sees a working office at once.
#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Fills an empty database; refuses one that already holds entities.
    static bool fill(Database& db, QString* error);
};
