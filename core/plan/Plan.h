// An inspection plan (抽查计划 / 实施方案, policy §6.1, R5): what is inspected and when, how the entities of each item
// are drawn (scope, strata, ratios), how the teams are formed, who witnesses the draw, and how far it has advanced.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

struct InspectionItem;

// The conditions of a directed draw (定向抽查, R4). Each non-empty condition narrows the pool; an entity must meet
// all of them, and within a list any one entry (any of the categories, any of the tags …).
struct PlanConditions
{
    QStringList categories; // keys of Vocabulary::categories(); within the item's categories
    QStringList ownerships; // keys of Vocabulary::ownerships()
    QList<qint64> townshipIds;
    QStringList tags;
    bool blacklistedOnly = false;
    QDate notInspectedSince; // invalid = no condition; else entities without a visit in a plan ending on or after it

    bool isEmpty() const;
    QJsonObject toJson() const;
    static PlanConditions fromJson(const QJsonObject& object);
    bool operator==(const PlanConditions& other) const = default;
};

// One stratum of an item's pool with its share: exactly one of ratioBp (basis points, 500 = 5 %) and count.
struct PlanStratum
{
    QString name; // key of Vocabulary::drawStrata(): A, B, C, D or normal, then blacklist
    std::optional<int> ratioBp;
    std::optional<int> count;

    bool operator==(const PlanStratum& other) const = default;
};

// How one item of the plan draws its entities: undirected (the item's categories) or directed (with conditions),
// with the credit risk strata A–D or one `normal` stratum, and always the blacklist stratum last.
struct PlanItemScope
{
    Q_DECLARE_TR_FUNCTIONS(PlanItemScope)

public:
    static constexpr int DefaultBlacklistRatioBp = 5000;

    qint64 itemId = 0;
    bool directed = false;
    PlanConditions conditions;
    bool useRiskStrata = true;
    QList<PlanStratum> strata;

    // Read from the item list for display and the ratio rules; not stored with the plan.
    QString itemCode;
    QString itemName;
    int itemMinRatioBp = 500;
    QStringList itemCategories;
    QString itemObjectKinds; // InspectionItem::objectKindsText(): "民办学校（重点）、民办幼儿园（一般）", or empty

    // The scope of an item with the default strata, its display fields filled.
    static PlanItemScope forItem(const InspectionItem& item, bool useRiskStrata = true);
    // The stratum names in the request's fixed order: A, B, C, D, blacklist — or normal, blacklist.
    static QStringList strataNames(bool useRiskStrata);
    // A 5 %, B 5 %, C 10 %, D 20 %, blacklist 50 % (or normal = the item's minimum, blacklist 50 %), none below the
    // item's minimum nor below a lower-risk stratum.
    static QList<PlanStratum> defaultStrata(bool useRiskStrata, int itemMinRatioBp);

    // THE stratum rules, for the plan, the freeze and the wizard alike: the names in the fixed order; exactly one
    // of ratio and count; a ratio of at least 5 %, at least the item's minimum and at least the ratio of every
    // lower-risk stratum (the blacklist counts as the highest risk), at most 100 %; a fixed count only when it
    // reaches that floor of its stratum's pool (poolSizes by stratum name; a stratum missing there is not judged
    // by count). Each error's field is "strata" or "strata.<name>".
    static FieldErrors stratumProblems(const QList<PlanStratum>& strata, bool useRiskStrata, int itemMinRatioBp,
                                       const QHash<QString, int>& poolSizes = {});
    // The smallest number of entities a fixed count may give for a pool of poolSize at the floor floorBp.
    static int minimumCount(int poolSize, int floorBp);

    // The stratum rules and the conditions. Fields as in stratumProblems, or "directed", "conditions.<name>".
    FieldErrors problems(const QHash<QString, int>& poolSizes = {}) const;
    // The scope for printouts, in Chinese: "不定向" or e.g. "定向：民办；幼儿园、小学；昌黎镇、靖安镇；仅黑名单".
    QString conditionsInWords(const QHash<qint64, QString>& townshipNames) const;
    // Same draw scope (display fields ignored).
    bool sameScope(const PlanItemScope& other) const;
    QJsonObject toJson() const;

    // 500 → "5%", 1250 → "12.5%".
    static QString percentText(int bp);
};

// A witness of the draw (R4): an NPC deputy, a CPPCC member, the media, or someone else; printed on the sheets.
struct Witness
{
    QString name;
    QString role = QStringLiteral("other"); // Vocabulary::witnessRoles()
    QString unit;

    bool operator==(const Witness& other) const = default;
    QJsonObject toJson() const;
};

struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    static constexpr int MinTeamSize = 2;
    static constexpr int MaxTeamSize = 10;
    // The policy's "按实际需要人数的2倍" is read as a minimum: more backups are allowed, fewer are not.
    static constexpr int MinBackupFactor = 2;
    static constexpr int MaxBackupFactor = 5;
    static constexpr int MaxGuardMonths = 36;

    qint64 id = 0;
    QString code; // 昌教抽查〔2026〕3号; the request's "plan"
    QString title;
    QString section; // 发起股室
    QList<PlanItemScope> items;
    QDate periodFrom;
    QDate periodTo;
    QString purpose;
    QString method; // 检查方式
    QString confidentiality;
    QString resultUse; // 检查结果运用
    int teamSize = 2;
    int minCertified = 1;
    int backupFactor = 2;
    int maxTeamsPerInspector = 0; // 0 = no limit
    bool rotation = false; // no inspector who inspected the same entity in its previous plan
    int guardMonths = 0; // 0 = off; else entities inspected within so many months leave the normal strata
    QList<Witness> witnesses;
    QString status = QStringLiteral("draft"); // Vocabulary::planStatuses()

    bool isDraft() const { return status == QLatin1String("draft"); }
    // What even an unfinished draft must meet to be saved (the wizard saves between its steps): a valid code, the
    // team numbers, the witnesses, the period's order, each item once, and strata the request can hold (the names
    // in order, exactly one of ratio and count, 0–100 %, no negative count). The policy's rules are in problems().
    FieldErrors storageProblems() const;
    // Every rule a plan must meet; poolSizes[i] are the pool sizes of items[i] by stratum (see stratumProblems).
    // Fields are those of fields(), items as "items.<index>.<scope field>".
    FieldErrors problems(const QList<QHash<QString, int>>& poolSizes = {}) const;
    QJsonObject toJson() const;

    static QString fieldLabel(const QString& field);
    static QStringList fields();
    // The fields that can no longer change in a status: none while a draft; after freezing all but the witnesses
    // (they are typed in at the draw); after the draw all of them.
    static QStringList lockedFields(const QString& status);
    // The fields of fields() whose values differ (items by draw scope, not by display fields).
    static QStringList changedFields(const Plan& a, const Plan& b);
    // 0 draft … 4 completed; -1 for an unknown status.
    static int statusRank(const QString& status);
};
