// The command line's trust commands: `audit verify` (is the audit trail whole?), `backup OUT.sqlite` and
// `restore IN.sqlite` (checked first; the current data is kept beside it as a copy).
#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// args are the words after `audit`: {"verify"}. Prints "audit trail verified: N entries" and returns 0, or names
// the first bad entry on err and returns 1; 2 for a usage error.
int runAuditCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err);
// args are the words after `backup`: {"OUT.sqlite"} and optionally "--force" to replace an existing OUT. Records
// an audit entry "backup". Returns 0, 1 when the copy cannot be written (or OUT exists), 2 for a usage error.
int runBackupCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err);
// args are the words after `restore`: {"IN.sqlite"}. Checks IN (Database::checkReplacement); if it is sound, keeps
// the current data as "<name>.before-restore-<yyyyMMdd-HHmmss>.sqlite" beside dbPath, puts IN's content in
// place and records an audit entry "restore" in it. Any refusal leaves everything as it was. Returns 0, 1, or 2.
// `user` is who is logged in (the audit entry names them).
int runRestoreCommand(const QString& dbPath, const QStringList& args, QTextStream& out, QTextStream& err,
                      const QString& user = {});
