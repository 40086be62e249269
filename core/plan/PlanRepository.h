// Reads and writes inspection plans with their item scopes and witnesses. Writes take the caller's WriteTransaction
// and record their audit entry there. A plan advances only forward; its fields lock as it does (Plan::lockedFields).
#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <optional>

class Database;
class WriteTransaction;

struct PlanFilter
{
    QString text; // matches code or title
    QString status; // key, empty = any
    int year = 0; // year of the period's start, 0 = any
};

class PlanRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    // The `setting` key of the code prefix, and the prefix when none is set.
    static QString codePrefixKey() { return QStringLiteral("plan/codePrefix"); }
    static QString defaultCodePrefix() { return QStringLiteral("昌教抽查"); }

    explicit PlanRepository(Database& db);

    // With the items' display fields (code, name, minimum ratio, categories) read from the item list.
    std::optional<Plan> find(qint64 id) const;
    std::optional<Plan> findByCode(const QString& code) const;
    // Newest period first, then by code.
    QList<Plan> list(const PlanFilter& filter = {}) const;

    // A new plan is a draft; it gets nextCode(year of periodFrom, or this year) when it has no code. Checks
    // Plan::storageProblems() (a draft may be unfinished) and sets the id.
    bool insert(WriteTransaction& tx, Plan& plan);
    // Saves the fields the plan's stored status still allows to change; refuses, naming them, any change of a
    // locked field. The status is not changed here (see setStatus).
    bool update(WriteTransaction& tx, const Plan& plan);
    // One step forward: draft → frozen (only with a frozen request stored), frozen → drawn (only with a drawn
    // attempt that is not voided), drawn → inspecting → completed; and drawn → frozen only after the draw was
    // voided. PlanDraw calls this for the ceremony's steps; the plan page for the last two.
    bool setStatus(WriteTransaction& tx, qint64 id, const QString& status);
    // Deletes a draft (nothing refers to it yet); refuses any other plan.
    bool remove(WriteTransaction& tx, qint64 id);

    // "<prefix>〔<year>〕<n>号" with n one more than the largest n of that prefix and year.
    QString nextCode(int year) const;
    QString codePrefix() const;
    bool setCodePrefix(WriteTransaction& tx, const QString& prefix);

    // The scope of an item with its default strata and display fields; nullopt if there is no such item.
    std::optional<PlanItemScope> scopeForItem(qint64 itemId, bool useRiskStrata = true) const;
    // PlanItemScope::conditionsInWords with the township names of the registry.
    QString conditionsInWords(const PlanItemScope& scope) const;

    // True when a frozen request is stored for the plan.
    bool hasFrozenRequest(qint64 planId) const;
    // True when the plan has a draw attempt with a result that is not voided.
    bool hasCurrentDraw(qint64 planId) const;

private:
    bool checkUniqueCode(WriteTransaction& tx, const Plan& plan);
    bool writeChildren(WriteTransaction& tx, const Plan& plan, bool scopes);
    bool deleteChildren(WriteTransaction& tx, qint64 planId, bool scopes);
    void loadChildren(Plan& plan) const;

    Database& m_db;
};
