#include "CalendarRepository.h"

#include "Database.h"
#include "ExportFile.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
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

// The 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

QMap<QDate, QString> namesByDate(const QList<WorkCalendar::Day>& days)
{
    QMap<QDate, QString> map;
    for (const WorkCalendar::Day& day : days)
        map.insert(day.date, day.name);
    return map;
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
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(tr("%1 cannot be opened: %2").arg(fileName, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull()) {
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        if (problems)
            problems->append(tr("%1 is not a valid calendar file: line %2, column %3: %4.")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(column)
                                 .arg(error.errorString()));
        return std::nullopt;
    }

    static const QStringList yearFields {QStringLiteral("year"), QStringLiteral("source"), QStringLiteral("holidays"),
                                         QStringLiteral("workdays")};
    static const QStringList dayFields {QStringLiteral("date"), QStringLiteral("name")};
    QStringList unknown;
    const QJsonArray objects = doc.isObject() ? QJsonArray {doc.object()} : doc.array();
    for (const QJsonValue& value : objects) {
        const QJsonObject object = value.toObject();
        const QString year = QString::number(object.value(QStringLiteral("year")).toInt());
        for (const QString& key : object.keys()) {
            if (!yearFields.contains(key))
                unknown << tr("Calendar %1: the field “%2” is unknown (the fields are year, source, holidays and "
                              "workdays).")
                               .arg(year, key);
        }
        for (const QString& list : {QStringLiteral("holidays"), QStringLiteral("workdays")}) {
            int entry = 0;
            for (const QJsonValue& day : object.value(list).toArray()) {
                ++entry;
                if (!day.isObject()) {
                    unknown << tr("Calendar %1: entry %2 of “%3” is not a date with a name, such as {\"date\": "
                                  "\"2026-10-01\", \"name\": \"国庆节\"}.")
                                   .arg(year)
                                   .arg(entry)
                                   .arg(list);
                    continue;
                }
                for (const QString& key : day.toObject().keys())
                    if (!dayFields.contains(key))
                        unknown << tr("Calendar %1: entry %2 of “%3” has the unknown field “%4” (the fields are "
                                      "date and name).")
                                       .arg(year)
                                       .arg(entry)
                                       .arg(list, key);
            }
        }
    }
    if (!unknown.isEmpty()) {
        if (problems)
            problems->append(unknown);
        return std::nullopt;
    }
    return WorkCalendar::yearsFromJson(bytes, problems);
}

bool CalendarRepository::exportFile(const QString& path, const QList<WorkCalendar::Year>& years, QString* error)
{
    QJsonDocument doc;
    QJsonArray exported;
    if (years.size() == 1) {
        doc.setObject(years.first().toJson());
    } else {
        QJsonArray array;
        for (const WorkCalendar::Year& year : years)
            array.append(year.toJson());
        doc.setArray(array);
    }
    for (const WorkCalendar::Year& year : years)
        exported.append(year.year);
    return ExportFile::write(m_db, path, doc.toJson(QJsonDocument::Indented), {{kObjectType, exported}}, error);
}

bool CalendarRepository::isShipped(int year)
{
    return shipped().hasYear(year);
}

QStringList CalendarRepository::differences(const std::optional<WorkCalendar::Year>& before,
                                            const WorkCalendar::Year& after)
{
    QStringList lines;
    if (!before) {
        lines << tr("%1 is new: %2 holidays, %3 make-up working days.")
                     .arg(after.year)
                     .arg(after.holidays.size())
                     .arg(after.workdays.size());
        return lines;
    }
    const auto compare = [&lines](const QList<WorkCalendar::Day>& was, const QList<WorkCalendar::Day>& now,
                                  bool holiday) {
        const QMap<QDate, QString> a = namesByDate(was);
        const QMap<QDate, QString> b = namesByDate(now);
        QList<QDate> dates = a.keys() + b.keys();
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        for (const QDate& date : std::as_const(dates)) {
            const QString iso = date.toString(Qt::ISODate);
            if (!a.contains(date))
                lines << (holiday ? tr("adds the holiday %1 (%2)") : tr("adds the make-up working day %1 (%2)"))
                             .arg(iso, b.value(date));
            else if (!b.contains(date))
                lines << (holiday ? tr("removes the holiday %1 (%2)") : tr("removes the make-up working day %1 (%2)"))
                             .arg(iso, a.value(date));
            else if (a.value(date) != b.value(date))
                lines << (holiday ? tr("renames the holiday %1 from %2 to %3")
                                  : tr("renames the make-up working day %1 from %2 to %3"))
                             .arg(iso, a.value(date), b.value(date));
        }
    };
    compare(before->holidays, after.holidays, true);
    compare(before->workdays, after.workdays, false);
    if (before->source != after.source)
        lines << (after.source.isEmpty() ? tr("removes the source “%1”").arg(before->source)
                                         : tr("changes the source to “%1”").arg(after.source));
    return lines;
}

QList<CalendarRepository::YearChange> CalendarRepository::changes(const QList<WorkCalendar::Year>& years) const
{
    const WorkCalendar current = load();
    const QList<int> stored = storedYears();
    QList<YearChange> list;
    for (const WorkCalendar::Year& year : years) {
        YearChange change;
        change.year = year.year;
        change.before = current.year(year.year);
        change.beforeStored = change.before && stored.contains(year.year);
        change.after = year;
        change.after.sort();
        change.differences = differences(change.before, change.after);
        list.append(change);
    }
    return list;
}

bool CalendarRepository::importYears(WriteTransaction& tx, const QList<WorkCalendar::Year>& years)
{
    for (const WorkCalendar::Year& year : years)
        if (!saveYear(tx, year))
            return false;
    return tx.ok();
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
    if (const QString problem = saveProblem(year); !problem.isEmpty())
        return tx.fail(problem);

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

QString CalendarRepository::saveProblem(const WorkCalendar::Year& year)
{
    const QStringList problems = year.problems();
    if (problems.isEmpty())
        return {};
    return tr("The calendar of %1 cannot be saved: %2").arg(year.year).arg(problems.join(QLatin1Char(' ')));
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
