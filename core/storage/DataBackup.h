// Copies of the data file the clerk can go back to: writing a backup (complete or not at all, recorded in the
// audit trail) and restoring one (checked first, the current data kept beside it). Used by the CLI and the window.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class Database;

// A backup file checked and copied beside the data file, ready to take its place, and what the clerk is asked
// to confirm: when its data was last changed, its data version and how many audit entries it holds.
struct RestoreCandidate
{
    QString source; // the file the clerk chose (never written)
    QString copy; // the checked copy in the data file's folder
    int schemaVersion = 0;
    qint64 entries = 0;
    QDateTime lastChange; // the time of its newest audit entry (local time); invalid when it has none
    QDateTime modified; // the file's modification time
    qint64 users = 0; // its user accounts (none in a file from before data version 3)
    qint64 administrators = 0; // of them, the active administrators
};

class DataBackup final
{
    Q_DECLARE_TR_FUNCTIONS(DataBackup)

public:
    // Writes a complete copy of db to target: into a new file beside it first and renamed, so an existing file is
    // only ever replaced (when `replace`) by a complete copy. Records an audit entry "backup" (object "database",
    // the file's path) with the file, its size and `details`. false and *error when nothing usable was written.
    static bool writeBackup(Database& db, const QString& target, bool replace, const QJsonObject& details,
                            QString* error, qint64* bytes = nullptr);

    // Copies source beside the data file at dataPath and checks the copy (Database::checkReplacement, and its
    // audit trail must be whole: AuditTrail::verify). On failure nothing is left behind and *error names source.
    static std::optional<RestoreCandidate> prepareRestore(const QString& dataPath, const QString& source,
                                                          QString* error);
    // Removes a candidate's copy (the clerk said no).
    static void discard(const RestoreCandidate& candidate);
    // Whether the candidate may replace db's data as far as the accounts go: when db has users, the backup must
    // have an active administrator (else restoring it would open the data to anyone without a login, or leave no
    // one to manage users and restores). A data file without users may take any backup. false and *error (a
    // sentence for the clerk naming the backup) otherwise.
    static bool keepsAnAdministrator(Database& db, const RestoreCandidate& candidate, QString* error);
    // Checks keepsAnAdministrator, keeps the current data as "<name>.before-restore-<yyyyMMdd-HHmmss>.sqlite"
    // beside it, puts the candidate's content in place (Database::replaceWith, db stays usable), makes the trail
    // now in the file the one the program's anchor follows (AuditAnchor::reset) and records an audit entry
    // "restore" in it. *keptCopy names the kept copy once it was written (also on a later failure). The user
    // logged in may not exist in the restored data: the caller asks who works next.
    static bool restore(Database& db, const RestoreCandidate& candidate, QString* keptCopy, QString* error);

    // A name in the folder of `path` that nothing uses yet.
    static QString tempBeside(const QString& path, const QString& what);
    static void removeWithCompanions(const QString& path);

private:
    // Whether the audit trail of the data file `file` is whole; *error says where it is not.
    static bool trailIsWhole(const QString& file, QString* error);
};
