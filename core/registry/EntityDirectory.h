// Every entity's public facts by its draw id (credit code, else registry code), read in one query: what the
// published pages and statistics print beside a drawn id, without one lookup per visit (a plan may have thousands).
#pragma once

#include <QHash>
#include <QString>

class Database;

struct EntityFacts
{
    QString name;
    QString code; // registry code
    QString creditCode;
    QString category; // Vocabulary::categories() key
    qint64 townshipId = 0;
    QString township; // the township's name, empty when none
};

class EntityDirectory final
{
public:
    explicit EntityDirectory(Database& db);

    // The entity drawn under this id, or nullptr when none has it (an entity deleted before any plan).
    const EntityFacts* find(const QString& drawId) const;
    QString name(const QString& drawId) const;

private:
    QHash<QString, EntityFacts> m_byDrawId;
};
