// The one SQLite file of an office: opening it safely, the schema and its migrations, the lock that keeps a
// second instance out. Everything SQLite-specific (pragmas, VACUUM INTO) lives here and in Database.cpp.
#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int SchemaVersion = 12;

    // How open() treats the single-instance lock (the "<file>.lock" beside the data file).
    // Exclusive: the program and every command that changes data. The lock is held while the Database lives, so a
    //   second window, or a writing command while a window is open, is refused.
    // Shared: commands that read, and at most append an audit entry of their own (export, backup), while the
    //   clerk's window may have the file open. No lock is taken; SQLite (WAL) lets readers run beside the window's
    //   writes and serialises the short write transactions.
    // ReadOnly: as Shared, with a read-only SQLite connection (plans, deadline, audit verify).
    // Shared and ReadOnly need an existing file: a missing file is refused (nothing is created). A file that must
    // first be upgraded from an older data version is opened Exclusive instead, which needs the lock.
    enum class OpenMode { Exclusive, Shared, ReadOnly };

    ~Database();

    // Opens (and creates or migrates) the file. On failure returns nullptr and sets *error to a sentence for
    // the clerk; the file is then left exactly as it was. An SQLite file with tables but no data version is
    // another program's database and is refused; so is a file whose schema is not exactly ours for its data
    // version (SchemaCheck: an extra trigger, view, index or table, a missing or altered one), before anything is
    // written to it. A file of an older data version is first copied beside
    // itself (upgradeBackupPath()) and then migrated; upgradeNotice() then says so.
    static std::unique_ptr<Database> open(const QString& path, QString* error, OpenMode mode = OpenMode::Exclusive);
    // A private in-memory database, for tests and the draw tools.
    static std::unique_ptr<Database> openInMemory(QString* error);

    // Where the data lives when no --db is given: beside the executable in portable mode (a file named
    // "portable" next to it), otherwise under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    static bool isPortable();
    // The same for a program in `applicationDir` (the tests use a folder of their own).
    static QString defaultPathFor(const QString& applicationDir);
    static bool isPortableIn(const QString& applicationDir);

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connection, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // When open() upgraded the file from an older data version: a sentence for the clerk saying so and where the
    // copy of the file as it was is kept (the GUI shows it once, the CLI prints it to stderr). Empty otherwise.
    QString upgradeNotice() const { return m_upgradeNotice; }
    // That copy, "<name>.v<old version>-backup-<yyyyMMdd-HHmmss>.<suffix>" beside the file; empty when none.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // Who is making changes: written into every audit entry.
    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString& user) { m_user = user; }

    // Writes a compact copy of the whole database to `file` (SQLite's VACUUM INTO), which must not exist yet.
    bool backupTo(const QString& file, QString* error);
    // Checks that `file` may replace a data file: an SQLite database (header), not truncated, PRAGMA
    // integrity_check ok, a shuangsui data file (it has an audit trail) of a data version up to ours, whose schema
    // is exactly ours for that version (SchemaCheck). Whether its
    // audit trail is whole is the restore's check (DataBackup::prepareRestore). Run it on a copy: SQLite may write
    // a -wal or -shm file beside it while reading. On failure *error says why in a sentence for the clerk.
    static bool checkReplacement(const QString& file, QString* error);
    // Replaces this database's content with `file` (checked with checkReplacement, in the same folder as path()):
    // closes the connection, renames file over path() keeping the lock, removes stale -wal/-shm files and
    // reopens (migrating an older data version). The file is gone afterwards.
    bool replaceWith(const QString& file, QString* error);

    // Runs the ordered migration steps from `from` to SchemaVersion; exposed for the migration tests.
    bool migrate(int from, QString* error);

private:
    Database(QString path, QString connection);
    // Shared and ReadOnly: the connection without the lock. Nullptr with *needsLock set when the file must first be
    // created or upgraded (then open() goes on as Exclusive), or with *error set.
    static std::unique_ptr<Database> openWithoutLock(const QString& path, OpenMode mode, bool* needsLock,
                                                     QString* error);
    bool configure(QString* error);
    // Why a file of data version `version` whose schema is not ours (SchemaCheck::problem) is refused.
    static QString schemaRefusal(int version, const QString& problem);
    bool backUpBeforeUpgrade(int fromVersion, QString* error);
    // Indexes the entities above the search index's mark (Schema::entitySearchCatchUp), when there are any.
    void catchUpEntitySearch();

    QString m_path;
    QString m_connection;
    QString m_user;
    QString m_upgradeNotice;
    QString m_upgradeBackup;
    std::unique_ptr<QLockFile> m_lock;
};
