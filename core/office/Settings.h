// The office's settings kept in the data file (`setting` table): the bureau's name and office, the leadership group
// (领导小组, policy attachment 4) printed on every page, what the draw announcement publishes, and a few thresholds.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class WriteTransaction;

// Every setting at once, as the settings dialog edits them; the defaults are what a new data file uses.
struct SettingsValues
{
    QString bureauName = QStringLiteral("昌黎县教育局");
    QString office = QStringLiteral("行政执法办公室"); // the office that runs the draws (policy §4)
    QString leader; // 领导小组组长
    QStringList deputies; // 副组长
    QStringList members; // 成员
    bool publishInspectorNames = false; // the draw announcement names the inspectors of each team
    int lateYellowDays = 5; // results late by so many days after the inspection period are shown yellow …
    int lateRedDays = 10; // … and red from this many
    int backupKeep = 10; // automatic backups kept
    int idleMinutes = 15; // the program locks after so many minutes without input; 0 = never

    bool operator==(const SettingsValues& other) const = default;
};

class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    // The keys in the `setting` table (print/bureauName is the one DrawDocuments has always read).
    static QString bureauNameKey() { return QStringLiteral("print/bureauName"); }
    static QString officeKey() { return QStringLiteral("print/office"); }
    static QString leaderKey() { return QStringLiteral("print/leader"); }
    static QString deputiesKey() { return QStringLiteral("print/deputies"); } // a JSON array of names
    static QString membersKey() { return QStringLiteral("print/members"); } // a JSON array of names
    static QString publishInspectorNamesKey() { return QStringLiteral("publish/inspectorNames"); } // "1" or "0"
    static QString lateYellowDaysKey() { return QStringLiteral("overview/lateYellowDays"); }
    static QString lateRedDaysKey() { return QStringLiteral("overview/lateRedDays"); }
    static QString backupKeepKey() { return QStringLiteral("backup/keep"); }
    static QString idleMinutesKey() { return QStringLiteral("security/idleMinutes"); }

    static constexpr int MaxLateDays = 365;
    static constexpr int MaxBackupKeep = 1000;
    static constexpr int MaxIdleMinutes = 480;

    explicit Settings(Database& db);

    // The stored values, each missing or unreadable one replaced by its default.
    SettingsValues load() const;
    QString bureauName() const { return load().bureauName; }

    // What is wrong with these values (field names as in SettingsValues): a bureau name is required; names are
    // at most 100 characters; 1 ≤ yellow < red ≤ MaxLateDays; 1 ≤ backups kept ≤ MaxBackupKeep; 0 ≤ idle minutes ≤ MaxIdleMinutes.
    static FieldErrors problems(const SettingsValues& values);
    // Stores every value that changed, each with its own audit entry (object "setting", id = key). Refuses values
    // with problems(), naming the first.
    bool save(WriteTransaction& tx, const SettingsValues& values);

    // The raw stored text of a key, or fallback when none is stored.
    QString value(const QString& key, const QString& fallback = {}) const;
    // Stores one raw value (a key the settings dialog does not edit, e.g. the columns chosen for an import, see
    // RegistryImport::mappingSettingKey) with its audit entry; nothing when it is unchanged. The caller's operation
    // checks the role.
    bool setValue(WriteTransaction& tx, const QString& key, const QString& value);

private:
    bool store(WriteTransaction& tx, const QString& key, const QString& before, const QString& after);

    Database& m_db;
};
