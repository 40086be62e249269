// The editable list of townships (乡镇) entities belong to.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class WriteTransaction;

struct Township
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("town"); // Vocabulary::townshipKinds()
    int sortOrder = 0;
    bool active = true;
};

class TownshipRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TownshipRepository)

public:
    explicit TownshipRepository(Database& db);

    QList<Township> list(bool includeInactive = false) const;
    qint64 idForName(const QString& name) const; // 0 if none
    bool insert(WriteTransaction& tx, Township& township);
    bool update(WriteTransaction& tx, const Township& township);
    // The id of the township with this name, adding it when it is new.
    qint64 ensure(WriteTransaction& tx, const QString& name);

private:
    Database& m_db;
};
