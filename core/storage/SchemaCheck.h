// Whether a data file's schema is exactly ours for its data version. A file could otherwise bring triggers, views or
// indexes of its own that act behind the program's back (a trigger that makes a read-only user an administrator at
// the next import, unaudited). Every table, index, trigger and view in sqlite_master is compared — type, name,
// table and SQL text with its white space normalised — with those that Schema's steps up to that version create in
// a private in-memory database (any one edition, Schema.h). SQLite's own objects are left out: sqlite_sequence,
// sqlite_stat1…4 and the automatic indexes of UNIQUE and PRIMARY KEY constraints (which follow from the tables'
// text). Database runs it on every file it opens before anything is written, and on a backup before a restore.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class SchemaCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // One object as sqlite_master lists it.
    struct Object
    {
        QString type; // table, index, trigger or view
        QString name;
        QString table; // tbl_name
        QString sql;
    };

    // Empty when db's schema is ours for data version `version` (1 … Database::SchemaVersion); otherwise a phrase
    // for the clerk naming the first objects that differ ("extra trigger x on table entity; …").
    static QString problem(const QSqlDatabase& db, int version);

    // The objects of db's schema, SQLite's own left out, in sqlite_master's order; nothing when it cannot be read.
    static std::optional<QList<Object>> objectsOf(const QSqlDatabase& db);
    // The objects that Schema's steps 1 … version of `edition` create; nothing when they cannot be built.
    static std::optional<QList<Object>> expected(int version, int edition);
    // How `actual` differs from `ours`, one phrase per object: extra ones in actual's order, then missing ones.
    static QStringList differences(const QList<Object>& actual, const QList<Object>& ours);
    // The SQL text as compared: each run of white space one space, none at the ends.
    static QString normalised(const QString& sql);
};
