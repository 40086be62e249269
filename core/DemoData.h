// The demo registry of 昌黎县 (fictional entities and staff, real structure), shipped in resources/demo/ and loaded
// through the same importers a clerk uses, so a new user sees a working office at once; and a finished plan with its
// results, so the whole flow from draw to publication is there to look at.
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
    // The second step, after fill(): one finished plan of the first half of 2026 (frozen, drawn by two witnesses,
    // one substitution), a result for every visit × item — most 未发现问题, one 责令限期整改 with its follow-up
    // visit, one 立案查处, one 移交日常监管 — all reviewed and published; and the blacklist's history (one entity
    // added and later removed, one added and still on it). Fixed 2026 dates. Refuses a file that has plans.
    static bool addFinishedPlan(Database& db, QString* error);
};
