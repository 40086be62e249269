// Automatic backups: a copy of the data file in the folder "backups" beside it when the program closes and once a
// day, the newest N kept (setting backup/keep). It deletes only its own older copies, and a failure never stops
// the program closing: it goes to the log and into the audit trail, and the next start warns about it.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

class AutoBackup final
{
    Q_DECLARE_TR_FUNCTIONS(AutoBackup)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultKeep = 10;
    static QString keepKey() { return QStringLiteral("backup/keep"); }

    // clock gives "now" (local time); the system clock when empty.
    explicit AutoBackup(Database& db, Clock clock = {});

    // <folder of the data file>/backups
    QString folder() const;
    // How many automatic copies are kept: the setting backup/keep when it is a whole number from 1, else 10.
    int keep() const;
    // This data file's automatic copies in folder(), newest first (full paths).
    QStringList ownFiles() const;
    // When the newest automatic copy was made (from its name); nothing when there is none.
    std::optional<QDateTime> lastBackupTime() const;
    // True when there is no automatic copy younger than a day.
    bool isDue() const;

    // Whether run() deletes the copies beyond keep(). The window turns this off while the audit trail is broken,
    // so that the copies from before the break (the ones a restore accepts) are not rotated away.
    enum class Rotation { DeleteOldest, KeepAll };

    // Writes "<data file name>-auto-<yyyyMMdd-HHmmss>.sqlite" into folder() and then deletes this data file's
    // automatic copies beyond keep(), oldest first. On failure: false, *error says why, the failure is logged and,
    // when the data file can still be written, recorded as an audit entry "backup-failed".
    bool run(QString* error = nullptr, QString* written = nullptr, Rotation rotation = Rotation::DeleteOldest);
    // run() when isDue(); true when nothing was due.
    bool runIfDue(QString* error = nullptr, QString* written = nullptr, Rotation rotation = Rotation::DeleteOldest);

    // What went wrong when the last automatic backup failed (from the audit trail); nothing when it worked.
    std::optional<QString> lastFailure() const;

    // Whether fileName (without folder) is an automatic copy of the data file at dataPath.
    static bool isOwnFile(const QString& dataPath, const QString& fileName);

private:
    QDateTime now() const;

    Database& m_db;
    Clock m_clock;
};
