// The demo registry of 昌黎县 (fictional entities and staff, real structure), shipped in resources/demo/ and loaded
// through the same importers a clerk uses, so a new user sees a working office at once; and a finished plan with its
// results, so the whole flow from draw to publication is there to look at. One account per role, all with the
// password demo1234 (admin 管理员, luru 录入员, shenhe 审核员, chakan 只读).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class Database;

class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static QString password() { return QStringLiteral("demo1234"); }
    // The passphrase of the demo office's publication key (PublicationKey.h), published like the passwords.
    static QString publicationPassphrase() { return QStringLiteral("demo-publication"); }
    // The demo accounts: name and role key, one per role.
    static QList<std::pair<QString, QString>> accounts();
    // The setting that marks a demo data file (the login dialog then shows the demo accounts).
    static QString flagKey() { return QStringLiteral("demo"); }

    // Fills an empty database; refuses one that already holds entities or users.
    static bool fill(Database& db, QString* error);
    // The visit items of the demo plan left unfinished for practice: one not recorded, one entered (by luru), one
    // submitted and awaiting review (by shenhe), the last three of the draw.
    static constexpr int PracticeResults = 3;
    // The second step, after fill(): one plan of the first half of 2026 (frozen on 26 and drawn on 27 February by
    // two witnesses, one substitution on 2 March, the inspections approved on 3 March), a result for every visit ×
    // item but the PracticeResults — most 未发现问题, one 责令限期整改 with its follow-up visit, one 立案查处, one
    // 移交日常监管 — recorded and submitted by luru, reviewed and published by shenhe; and the blacklist's history (one entity added and later removed,
    // one added and still on it). Fixed 2026 dates. Refuses a file that has plans.
    static bool addFinishedPlan(Database& db, QString* error);
    // True for a data file that fill() made.
    static bool isDemo(const Database& db);
};
