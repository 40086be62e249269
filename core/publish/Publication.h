// 一公开: what the bureau publishes about its inspections — the item list, a plan's draw announcement and results
// announcement as self-contained web pages (resources/templates/publish-*.html), the results for the city credit
// platform (.xlsx, CSV, JSON), and the whole website package of a plan written at once and recorded.
#pragma once

#include "EntityDirectory.h"
#include "Plan.h"
#include "PlanDraw.h"
#include "PublicationKey.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;
class WriteTransaction;

// One published result (the latest published version of a visit × item), in the words the public reads.
struct PublishedResult
{
    qint64 resultId = 0;
    QString planCode;
    QString planTitle;
    QString authority; // 检查机关: the bureau
    QString drawType; // 定向 / 不定向 (the plan's scope of the item)
    QString itemCode;
    QString itemName;
    QString entity; // draw id
    QString entityName;
    QString creditCode;
    QDate completedOn; // 检查完成日期: the last day of the inspection
    QStringList categories; // Vocabulary::resultCategories() keys
    QString followUp; // Vocabulary::followUpMeasures() key
    QString caseNumber;
    QString remarks;
    int version = 1;
    QString correctionReason; // empty for version 1

    QString categoriesText() const; // the Chinese words joined by "；"
    QString followUpText() const; // the Chinese word, with the case number when there is one
    QString remarksText() const; // a correction says "更正（第 n 版）：reason" before the remarks
};

// A plan as its published pages show it, read once (Publication::snapshot): the pages of a package are written
// from one reading, not each from its own.
struct PlanSnapshot
{
    Plan plan;
    std::optional<FrozenRequest> frozen;
    QList<DrawAttempt> attempts; // by number, voided ones included
    std::optional<DrawAttempt> standing {}; // the attempt that is not voided
    std::optional<DrawRecord> record {}; // the published record (PlanDraw::publishedRecord)
    QString recordProblem {}; // why there is no record
    SettingsValues settings;
    EntityDirectory entities;
    QHash<QString, QString> scopes {}; // item code → its scope in words, with the registry's township names
    QList<PublishedResult> results {}; // Publication::publishedResults
    // When the settings publish the inspectors' names: each visit's team as it stands after the substitutions
    // (entity → members), and the names of their members (registry code → name).
    QHash<QString, QStringList> teamsNow {};
    QHash<QString, QString> inspectorNames {};

    bool hasStandingDraw() const { return frozen && standing && standing->result; }
};

// One file of a written package and its SHA-256 (64 lower-case hex digits), as the publication row keeps them.
struct PublishedFile
{
    QString name;
    QString sha256;
    qint64 size = 0;
};

class Publication final
{
    Q_DECLARE_TR_FUNCTIONS(Publication)

public:
    // The file names of a plan's website package (README "Website package").
    static QString resultsPageName() { return QStringLiteral("index.html"); }
    static QString drawPageName() { return QStringLiteral("draw.html"); }
    static QString itemsPageName() { return QStringLiteral("items.html"); }
    static QString recordName() { return QStringLiteral("record.json"); }
    static QString verifyPageName() { return QStringLiteral("verify.html"); }
    static QString resultsXlsxName() { return QStringLiteral("results.xlsx"); }
    static QString resultsCsvName() { return QStringLiteral("results.csv"); }
    static QString resultsJsonName() { return QStringLiteral("results.json"); }
    static QString statisticsPageName() { return QStringLiteral("statistics.html"); }
    // The pages and files above, in the package's order (the manifest lists them, then publicKeyName()).
    static QStringList packageFileNames();
    // What makes a package checkable from outside (issue 19, docs/publication-package.md): the publication key's
    // public part, the manifest of every other file, and the manifest's signature (128 hex digits and "\n").
    static QString publicKeyName() { return QStringLiteral("publication-key.txt"); }
    static QString manifestName() { return QStringLiteral("manifest.json"); }
    static QString signatureName() { return QStringLiteral("manifest.sig"); }
    // publication-key.txt: the bureau, the public key in hex and its fingerprint, and how to check a package.
    static QByteArray publicKeyText(const PublicationKey& key, const QString& bureau);

    // The published results of a plan (ResultRepository: of each visit × item its newest published version) in the
    // public's words, in the order of the draw's visits and their items. Results never published are left out.
    static QList<PublishedResult> publishedResults(Database& db, qint64 planId);

    // Reads what the pages of a plan show, once. Nothing (and *error) when there is no such plan; a plan without a
    // standing draw gives a snapshot without one (hasStandingDraw(), record).
    static std::optional<PlanSnapshot> snapshot(Database& db, qint64 planId, QString* error);

    // The fixed headers of the credit platform files, and one row per result under them.
    static QStringList resultHeaders();
    static QList<QStringList> resultRows(const QList<PublishedResult>& results);
    // {"plan": code, "title", "authority", "generatedAt", "results": [{planCode, planTitle, authority, drawType,
    // itemCode, item, entityName, creditCode, completedOn, result, followUp, remarks, version, correction}]}.
    static QByteArray resultsJson(const QList<PublishedResult>& results, const QString& planCode,
                                  const QString& planTitle);

    // The pages, each a complete XHTML-compatible HTML document (UTF-8, inline CSS, nothing fetched).
    // (a) 抽查事项清单: the items in force on `date`.
    static QString itemListPage(Database& db, QDate date);
    // (b) the draw announcement of a plan's standing draw: per item its scope and pool, then every visit with its
    // entity and items (and the team when the setting allows). Needs a standing draw.
    static std::optional<QString> drawPage(Database& db, qint64 planId, QString* error);
    static std::optional<QString> drawPage(const PlanSnapshot& plan, QString* error);
    // (c) the results announcement, with the links to the record and the verify page and how to check the draw.
    static std::optional<QString> resultsPage(Database& db, qint64 planId, QString* error);
    static std::optional<QString> resultsPage(const PlanSnapshot& plan, QString* error);

    // Progress of writing a package: step of steps, and what is being written. Returning false cancels.
    using Progress = std::function<bool(int step, int steps, const QString& what)>;

    // Writes the website package of a plan into outDir (which must not exist, or be an empty folder): every file
    // is written into a new folder beside it, which takes outDir's place only when all are written, so a failure
    // leaves nothing behind. The package is signed with `key` (PublicationKeys::unlock): publication-key.txt, then
    // manifest.json (PackageManifest: the files, the audit head and the previous manifest's SHA-256, read in the
    // publication's own transaction) and manifest.sig. Then appends the `publication` row (kind "package", every
    // file with its SHA-256, the manifest's SHA-256 and the key) with its audit entry. Refuses a plan without a
    // standing draw before writing anything.
    static bool writePackage(Database& db, qint64 planId, const QString& outDir, const SigningKey& key,
                             QList<PublishedFile>* files, QString* error, const Progress& progress = {});
    static bool writePackage(Database& db, const PlanSnapshot& plan, const QString& outDir, const SigningKey& key,
                             QList<PublishedFile>* files, QString* error, const Progress& progress = {});

    // Appends a `publication` row and its audit entry; sets *id. A package gives its manifest's SHA-256 and the id
    // of the key that signed it.
    static bool recordPublication(WriteTransaction& tx, qint64 planId, const QString& kind,
                                  const QList<PublishedFile>& files, qint64* id = nullptr,
                                  const QString& manifestSha256 = {}, qint64 keyId = 0);
};
