#include "CalendarRepository.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace {

const QString kKeyPrefix = QStringLiteral("calendar/");
const QString kShippedDir = QStringLiteral(":/calendar");
const QString kObjectType = QStringLiteral("calendar");

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CalendarRepository::CalendarRepository(Database& db)
    : m_db(db)
{ }

QString CalendarRepository::settingKey(int year)
{
    return kKeyPrefix + QString::number(year);
}

WorkCalendar CalendarRepository::shipped(QStringList* problems)
{
    WorkCalendar calendar;
    const QDir dir(kShippedDir);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append(tr("The shipped calendar %1 cannot be read.").arg(name));
            continue;
        }
        const auto years = WorkCalendar::yearsFromJson(file.readAll(), problems);
        if (!years)
            continue;
        for (const WorkCalendar::Year& year : *years)
            calendar.setYear(year, problems);
    }
    return calendar;
}

std::optional<QList<WorkCalendar::Year>> CalendarRepository::readFile(const QString& path, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return std::nullopt;
    }
    return WorkCalendar::yearsFromJson(file.readAll(), problems);
}

std::optional<WorkCalendar::Year> CalendarRepository::storedYear(int year, QStringList* problems) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(settingKey(year));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto years = WorkCalendar::yearsFromJson(q.value(0).toString().toUtf8(), problems);
    if (!years || years->size() != 1)
        return std::nullopt;
    return years->first();
}

QList<int> CalendarRepository::storedYears() const
{
    QList<int> list;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT key FROM setting WHERE key LIKE ? ORDER BY key"));
    q.addBindValue(kKeyPrefix + QLatin1Char('%'));
    if (!q.exec())
        return list;
    while (q.next()) {
        bool ok = false;
        const int year = q.value(0).toString().mid(kKeyPrefix.size()).toInt(&ok);
        if (ok)
            list.append(year);
    }
    std::sort(list.begin(), list.end());
    return list;
}

WorkCalendar CalendarRepository::load(QStringList* problems) const
{
    WorkCalendar calendar = shipped(problems);
    for (int year : storedYears()) {
        QStringList found;
        const auto stored = storedYear(year, &found);
        if (!stored || stored->year != year || !calendar.setYear(*stored, &found)) {
            if (problems) {
                problems->append(tr("The calendar of %1 stored in the data file cannot be used; %2")
                                     .arg(year)
                                     .arg(calendar.hasYear(year) ? tr("the shipped one applies.")
                                                                 : tr("the year counts as having no calendar.")));
                problems->append(found);
            }
        }
    }
    return calendar;
}

QList<int> CalendarRepository::years() const
{
    return load().years();
}

bool CalendarRepository::saveYear(WriteTransaction& tx, const WorkCalendar::Year& year)
{
    if (!tx.ok())
        return false;
    const QStringList problems = year.problems();
    if (!problems.isEmpty())
        return tx.fail(
            tr("The calendar of %1 cannot be saved: %2").arg(year.year).arg(problems.join(QLatin1Char(' '))));

    const std::optional<WorkCalendar::Year> before = load().year(year.year);
    WorkCalendar::Year after = year;
    after.sort();
    const QJsonObject afterJson = after.toJson();
    const QJsonObject beforeJson = before ? before->toJson() : QJsonObject();
    if (beforeJson == afterJson)
        return true;

    // A plain upsert: SQLite and PostgreSQL both read it.
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(settingKey(year.year));
    q.addBindValue(compactJson(afterJson));
    if (!tx.exec(q))
        return false;
    return tx.recordChange(before ? QStringLiteral("update") : QStringLiteral("create"), kObjectType,
                           QString::number(year.year), beforeJson, afterJson);
}

bool CalendarRepository::resetYear(WriteTransaction& tx, int year)
{
    if (!tx.ok())
        return false;
    QSqlQuery& read = tx.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    read.addBindValue(settingKey(year));
    if (!tx.exec(read))
        return false;
    if (!read.next())
        return true; // nothing of the office's own: the shipped year already applies
    // The audit keeps the stored text as it was, even if it could no longer be read as a calendar.
    const QJsonObject beforeJson = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    read.finish();
    const std::optional<WorkCalendar::Year> after = shipped().year(year);
    const QJsonObject afterJson = after ? after->toJson() : QJsonObject();
    QSqlQuery& remove = tx.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
    remove.addBindValue(settingKey(year));
    if (!tx.exec(remove))
        return false;
    return tx.recordChange(after ? QStringLiteral("update") : QStringLiteral("delete"), kObjectType,
                           QString::number(year), beforeJson, afterJson);
}
