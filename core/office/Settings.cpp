#include "Settings.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString listText(const QStringList& names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString& text)
{
    QStringList names;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        if (!v.toString().trimmed().isEmpty())
            names << v.toString().trimmed();
    return names;
}

int numberFrom(const QString& text, int fallback)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : fallback;
}

QStringList cleaned(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        if (!name.trimmed().isEmpty())
            out << name.trimmed();
    return out;
}

} // namespace

Settings::Settings(Database& db)
    : m_db(db)
{
}

QString Settings::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

SettingsValues Settings::load() const
{
    SettingsValues v;
    const SettingsValues d;
    const QString bureau = value(bureauNameKey()).trimmed();
    v.bureauName = bureau.isEmpty() ? d.bureauName : bureau;
    v.office = value(officeKey(), d.office).trimmed();
    v.leader = value(leaderKey()).trimmed();
    v.deputies = listFrom(value(deputiesKey()));
    v.members = listFrom(value(membersKey()));
    v.publishInspectorNames = value(publishInspectorNamesKey()) == QLatin1String("1");
    v.lateYellowDays = numberFrom(value(lateYellowDaysKey()), d.lateYellowDays);
    v.lateRedDays = numberFrom(value(lateRedDaysKey()), d.lateRedDays);
    v.backupKeep = numberFrom(value(backupKeepKey()), d.backupKeep);
    v.idleMinutes = numberFrom(value(idleMinutesKey()).trimmed(), d.idleMinutes);
    if (v.idleMinutes < 0)
        v.idleMinutes = d.idleMinutes;
    return v;
}

FieldErrors Settings::problems(const SettingsValues& values)
{
    FieldErrors errors;
    if (values.bureauName.trimmed().isEmpty())
        errors.append({QStringLiteral("bureauName"), tr("The bureau's name is required: it heads every page.")});
    const auto tooLong = [&](const QString& field, const QString& text) {
        if (text.trimmed().size() > 100)
            errors.append({field, tr("A name has at most 100 characters.")});
    };
    tooLong(QStringLiteral("bureauName"), values.bureauName);
    tooLong(QStringLiteral("office"), values.office);
    tooLong(QStringLiteral("leader"), values.leader);
    for (const QString& name : values.deputies)
        tooLong(QStringLiteral("deputies"), name);
    for (const QString& name : values.members)
        tooLong(QStringLiteral("members"), name);
    if (values.lateYellowDays < 1 || values.lateYellowDays > MaxLateDays)
        errors.append({QStringLiteral("lateYellowDays"),
                       tr("Days before a late result turns yellow: 1 to %1.").arg(MaxLateDays)});
    if (values.lateRedDays <= values.lateYellowDays || values.lateRedDays > MaxLateDays)
        errors.append({QStringLiteral("lateRedDays"),
                       tr("Days before a late result turns red: more than the yellow days, at most %1.")
                           .arg(MaxLateDays)});
    if (values.backupKeep < 1 || values.backupKeep > MaxBackupKeep)
        errors.append({QStringLiteral("backupKeep"), tr("Backups kept: 1 to %1.").arg(MaxBackupKeep)});
    if (values.idleMinutes < 0 || values.idleMinutes > MaxIdleMinutes)
        errors.append({QStringLiteral("idleMinutes"),
                       tr("Lock after idle time: 0 (never) to %1 minutes.").arg(MaxIdleMinutes)});
    return errors;
}

bool Settings::store(WriteTransaction& tx, const QString& key, const QString& before, const QString& after)
{
    if (before == after)
        return true;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(after);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("setting"), key,
                           {{QStringLiteral("value"), before}}, {{QStringLiteral("value"), after}});
}

bool Settings::setValue(WriteTransaction& tx, const QString& key, const QString& value)
{
    if (!tx.ok())
        return false;
    return store(tx, key, this->value(key), value);
}

bool Settings::save(WriteTransaction& tx, const SettingsValues& values)
{
    if (!tx.ok())
        return false;
    const FieldErrors errors = problems(values);
    if (!errors.isEmpty())
        return tx.fail(errors.first().message);
    const SettingsValues old = load();
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    return store(tx, bureauNameKey(), old.bureauName, values.bureauName.trimmed())
        && store(tx, officeKey(), old.office, values.office.trimmed())
        && store(tx, leaderKey(), old.leader, values.leader.trimmed())
        && store(tx, deputiesKey(), listText(old.deputies), listText(cleaned(values.deputies)))
        && store(tx, membersKey(), listText(old.members), listText(cleaned(values.members)))
        && store(tx, publishInspectorNamesKey(), flag(old.publishInspectorNames), flag(values.publishInspectorNames))
        && store(tx, lateYellowDaysKey(), QString::number(old.lateYellowDays), QString::number(values.lateYellowDays))
        && store(tx, lateRedDaysKey(), QString::number(old.lateRedDays), QString::number(values.lateRedDays))
        && store(tx, backupKeepKey(), QString::number(old.backupKeep), QString::number(values.backupKeep))
        && store(tx, idleMinutesKey(), QString::number(old.idleMinutes), QString::number(values.idleMinutes));
}
