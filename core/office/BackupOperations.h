// Backups and restores of the data file as the acting user asks for them: every role may save a copy (View); only
// a role with Restore may replace the data with a backup. A restore is two steps, so that the clerk can confirm
// what the checked backup holds: prepareRestore (the permission, the backup copied beside the data file and
// checked, and that it keeps an active administrator), then restore or discard. The window (DataSafety) and the
// command line call these and nothing below them.
#pragma once

#include "Actor.h"
#include "DataBackup.h"
#include "Outcome.h"

#include <optional>

class Database;

class BackupOperations final
{
public:
    BackupOperations(Database& db, Actor actor);

    // May the user save a backup / replace the data with one? (Enable the menu entries.)
    Outcome checkBackup() const;
    Outcome checkRestore() const;

    // Writes a complete copy of the data to `target` (DataBackup::writeBackup, audited); `replace` allows an
    // existing file to be replaced. *bytes gets the copy's size. Refused by rule for the data file itself and for an
    // existing file without `replace`.
    Outcome backup(const QString& target, bool replace, qint64* bytes = nullptr);

    // The backup `source` copied beside the data file and checked; *candidate gets it for the confirmation. A
    // file that is not a whole backup of this program, or a backup without an active administrator for a data file
    // with users, is refused by rule and nothing is left behind.
    Outcome prepareRestore(const QString& source, std::optional<RestoreCandidate>* candidate);
    // Replaces the data with the candidate's (DataBackup::restore): the data as it was is kept beside the data
    // file first, *keptCopy names it (also when a later step failed). The candidate's copy is used up.
    Outcome restore(const RestoreCandidate& candidate, QString* keptCopy = nullptr);
    // The clerk said no: the candidate's copy is removed.
    static void discard(const RestoreCandidate& candidate);

private:
    Database& m_db;
    Actor m_actor;
};
