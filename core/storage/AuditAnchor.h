// What the program remembers outside the data file, in its own settings: the newest audit entry (seq and hash) it
// wrote or verified in each data file. Entries deleted from the end leave a whole chain behind; this catches them.
#pragma once

#include "AuditProblem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One audit entry as the anchor remembers it.
struct AuditMark
{
    qint64 seq = 0;
    QString hash;

    friend bool operator==(const AuditMark&, const AuditMark&) = default;
};

// Anchors are kept per data file, under the file's canonical absolute path, in the settings of the application
// (QSettings: the registry on Windows, shuangsui.conf elsewhere). The window and the command line tool share them.
// A program without an organization name has no settings of its own and keeps no anchors (the core's tests).
// Someone who can edit both the data file and the user's settings can still hide a deletion; the anchor raises
// the bar from "any SQLite tool" to "knows where and what the program keeps".
class AuditAnchor final
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    // Whether anchors are kept at all (an application with a name, a data file on disk).
    static bool isKept(const QString& dataPath);

    // The entry remembered for the data file at dataPath; nothing when none is.
    static std::optional<AuditMark> load(const QString& dataPath);
    // After this program wrote or verified entries up to `newest` in db, the connection to the data file at
    // dataPath: remembers it, unless the entry remembered already is as new, or is no longer in db's trail as it
    // was (then the tampering stays on record: a later entry must not cover it up).
    static void advance(const QString& dataPath, const QSqlDatabase& db, const AuditMark& newest);
    // The same with db's newest entry.
    static void advance(const QString& dataPath, const QSqlDatabase& db);
    // Remembers db's newest entry whatever was remembered (nothing when its trail is empty): after a restore put
    // another file's trail in place, and for a data file created just now.
    static void reset(const QString& dataPath, const QSqlDatabase& db);
    static void forget(const QString& dataPath);
    // Writes what is still kept in memory for the file (see AuditAnchor.cpp on why writes wait up to a second);
    // Database calls it when it closes the file.
    static void flush(const QString& dataPath);

    // Whether db's trail still holds the remembered entry: a problem when the trail ends before it (entries were
    // deleted from the end, the first missing one named) or holds another entry under its number.
    static std::optional<AuditProblem> check(const QSqlDatabase& db, const AuditMark& anchor);
    // The newest entry of db's trail; nothing when it is empty or cannot be read.
    static std::optional<AuditMark> newestEntry(const QSqlDatabase& db);
};
