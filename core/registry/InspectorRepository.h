// Reads and writes the inspector registry (库二). Writes take the caller's WriteTransaction and record their audit
// entry there; an inspector that anything refers to is given another status (调离/退休), never deleted.
#pragma once

#include "Inspector.h"

#include <QCoreApplication>
#include <optional>

class Database;
class WriteTransaction;

struct InspectorFilter
{
    QString text;        // matches name, registry code or certificate number
    QString section;     // exact, empty = any
    QString status;      // key, empty = any
    int certified = -1;  // -1 any, 0 not certified, 1 certified on `certifiedOn`
    QDate certifiedOn;   // invalid = today
};

class InspectorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InspectorRepository)

public:
    explicit InspectorRepository(Database& db);

    std::optional<Inspector> find(qint64 id) const;
    std::optional<Inspector> findByCode(const QString& code) const;
    std::optional<Inspector> findByCertNo(const QString& certNo) const;

    // sortField is one of Inspector::fields(); limit < 0 means all.
    QList<Inspector> list(const InspectorFilter& filter = {}, const QString& sortField = QStringLiteral("code"),
                          Qt::SortOrder order = Qt::AscendingOrder, int offset = 0, int limit = -1) const;
    int count(const InspectorFilter& filter = {}) const;
    // The sections named in the registry, for the filter.
    QStringList sections() const;

    // Validates, gives the inspector a registry code when it has none, and sets its id.
    bool insert(WriteTransaction& tx, Inspector& inspector);
    bool update(WriteTransaction& tx, const Inspector& inspector);
    bool setStatus(WriteTransaction& tx, qint64 id, const QString& status);
    // Deletes an inspector nothing refers to (a row typed in by mistake); refuses otherwise.
    bool remove(WriteTransaction& tx, qint64 id);
    bool isReferenced(qint64 id) const;

    // The registry code the next new inspector gets: ZF-001, ZF-002 …
    QString nextCode() const;

private:
    bool checkUnique(WriteTransaction& tx, const Inspector& inspector);

    Database& m_db;
};
