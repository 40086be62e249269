// Reads and writes the entity registry (库一). Writes take the caller's WriteTransaction and record their audit
// entry there; an entity that anything refers to is deactivated (停办/注销), never deleted.
#pragma once

#include "Entity.h"

#include <QCoreApplication>
#include <optional>

class BulkStatement;
class Database;
class WriteTransaction;

struct EntityFilter
{
    QString text;      // matches name, registry code or credit code
    QString category;  // key, empty = any
    qint64 townshipId = 0;
    QString status;    // key, empty = any
    QString riskClass; // key, empty = any
    int blacklisted = -1; // -1 any, 0 no, 1 yes
    QString tag;
};

class EntityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EntityRepository)

public:
    explicit EntityRepository(Database& db);

    std::optional<Entity> find(qint64 id) const;
    std::optional<Entity> findByCreditCode(const QString& creditCode) const;
    std::optional<Entity> findByCode(const QString& code) const;

    // sortField is one of Entity::fields() (township sorts by name); limit < 0 means all.
    QList<Entity> list(const EntityFilter& filter, const QString& sortField = QStringLiteral("code"),
                       Qt::SortOrder order = Qt::AscendingOrder, int offset = 0, int limit = -1) const;
    int count(const EntityFilter& filter = {}) const;

    // Validates, gives the entity a registry code when it has none, and sets its id.
    bool insert(WriteTransaction& tx, Entity& entity);
    bool update(WriteTransaction& tx, const Entity& entity);
    bool setStatus(WriteTransaction& tx, qint64 id, const QString& status);
    // Deletes an entity nothing refers to (a row typed in by mistake); refuses otherwise.
    bool remove(WriteTransaction& tx, qint64 id);
    bool isReferenced(qint64 id) const;

    // The registry code the next new entity gets.
    QString nextCode() const;
    static QString codeForNumber(qint64 number);

private:
    // Runs the prepared INSERT or UPDATE; a taken code is reported with the entity that has it.
    bool writeUnique(WriteTransaction& tx, BulkStatement& write, const Entity& entity);

    Database& m_db;
};
