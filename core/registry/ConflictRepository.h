// Reads and writes the conflicts of interest (回避关系). Writes take the caller's WriteTransaction and record their
// audit entry there; a conflict that no longer applies is deactivated, never deleted (R6, R10).
#pragma once

#include "Conflict.h"

#include <QCoreApplication>
#include <optional>

class Database;
class WriteTransaction;

struct ConflictFilter
{
    qint64 inspectorId = 0; // 0 = any
    qint64 entityId = 0;    // 0 = any
    QString text;           // matches the inspector's name or code, the entity's name, code or credit code, details
    int active = 1;         // 1 active, 0 deactivated, -1 any
};

class ConflictRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    explicit ConflictRepository(Database& db);

    std::optional<Conflict> find(qint64 id) const;
    // Ordered by inspector code, entity code, start of the period; limit < 0 means all.
    QList<Conflict> list(const ConflictFilter& filter = {}, int offset = 0, int limit = -1) const;
    int count(const ConflictFilter& filter = {}) const;
    // The active conflicts in force on at least one day of [from, to] (an invalid date leaves that end open):
    // the pairs a draw for that period must keep apart.
    QList<Conflict> inForce(QDate from, QDate to) const;

    // Validates and sets the id and the display fields. Refuses an active conflict of the same inspector and entity
    // whose period overlaps another active one.
    bool insert(WriteTransaction& tx, Conflict& conflict);
    bool update(WriteTransaction& tx, const Conflict& conflict);
    bool setActive(WriteTransaction& tx, qint64 id, bool active);

private:
    bool check(WriteTransaction& tx, const Conflict& conflict);

    Database& m_db;
};
