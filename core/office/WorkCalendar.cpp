#include "WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>

namespace {

// The years a calendar may be entered for: catches a mistyped year before it silently covers nothing.
constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

const QString kYearKey = QStringLiteral("year");
const QString kSourceKey = QStringLiteral("source");
const QString kHolidaysKey = QStringLiteral("holidays");
const QString kWorkdaysKey = QStringLiteral("workdays");
const QString kDateKey = QStringLiteral("date");
const QString kNameKey = QStringLiteral("name");

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

void sortByDate(QList<WorkCalendar::Day>& days)
{
    std::stable_sort(days.begin(), days.end(),
                     [](const WorkCalendar::Day& a, const WorkCalendar::Day& b) { return a.date < b.date; });
}

QJsonArray daysToJson(QList<WorkCalendar::Day> days)
{
    sortByDate(days);
    QJsonArray array;
    for (const WorkCalendar::Day& day : days)
        array.append(QJsonObject {{kDateKey, iso(day.date)}, {kNameKey, day.name}});
    return array;
}

} // namespace

// ---- Year -----------------------------------------------------------------------------------------------------

QStringList WorkCalendar::Year::problems() const
{
    QStringList list;
    if (year < kFirstYear || year > kLastYear) {
        list << tr("The year %1 is not between %2 and %3.").arg(year).arg(kFirstYear).arg(kLastYear);
        return list;
    }
    QSet<QDate> holidayDates;
    for (const Day& day : holidays) {
        if (!day.date.isValid()) {
            list << tr("A holiday has no valid date.");
            continue;
        }
        if (day.date.year() != year)
            list << tr("The holiday %1 is not in %2.").arg(iso(day.date)).arg(year);
        if (holidayDates.contains(day.date))
            list << tr("%1 is listed as a holiday more than once.").arg(iso(day.date));
        holidayDates.insert(day.date);
        if (day.name.trimmed().isEmpty())
            list << tr("The holiday %1 has no name.").arg(iso(day.date));
    }
    QSet<QDate> workdayDates;
    for (const Day& day : workdays) {
        if (!day.date.isValid()) {
            list << tr("A make-up working day has no valid date.");
            continue;
        }
        if (day.date.year() != year)
            list << tr("The make-up working day %1 is not in %2.").arg(iso(day.date)).arg(year);
        if (!isWeekend(day.date))
            list << tr("%1 is a weekday: only a Saturday or Sunday can be a make-up working day.").arg(iso(day.date));
        if (workdayDates.contains(day.date))
            list << tr("%1 is listed as a make-up working day more than once.").arg(iso(day.date));
        workdayDates.insert(day.date);
        if (holidayDates.contains(day.date))
            list << tr("%1 is listed both as a holiday and as a make-up working day.").arg(iso(day.date));
        if (day.name.trimmed().isEmpty())
            list << tr("The make-up working day %1 has no name.").arg(iso(day.date));
    }
    return list;
}

void WorkCalendar::Year::sort()
{
    sortByDate(holidays);
    sortByDate(workdays);
}

QJsonObject WorkCalendar::Year::toJson() const
{
    return QJsonObject {
        {kYearKey, year},
        {kSourceKey, source},
        {kHolidaysKey, daysToJson(holidays)},
        {kWorkdaysKey, daysToJson(workdays)},
    };
}

std::optional<WorkCalendar::Year> WorkCalendar::Year::fromJson(const QJsonObject& object, QStringList* problems)
{
    QStringList found;
    Year result;
    const QJsonValue yearValue = object.value(kYearKey);
    result.year = yearValue.toInt(0);
    if (!yearValue.isDouble() || result.year == 0) {
        found << tr("The calendar has no year (a number such as 2026).");
    }
    result.source = object.value(kSourceKey).toString().trimmed();

    const auto readDays = [&](const QString& key, QList<Day>& days) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            found << tr("“%1” must be a list of dates and names.").arg(key);
            return;
        }
        for (const QJsonValue& entry : value.toArray()) {
            const QJsonObject o = entry.toObject();
            const QString text = o.value(kDateKey).toString().trimmed();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid()) {
                found << tr("“%1” in “%2” is not a date of the form 2026-10-01.").arg(text, key);
                continue;
            }
            days.append(Day {date, o.value(kNameKey).toString().trimmed()});
        }
    };
    readDays(kHolidaysKey, result.holidays);
    readDays(kWorkdaysKey, result.workdays);

    if (found.isEmpty())
        found = result.problems();
    if (!found.isEmpty()) {
        if (problems) {
            const QString prefix = result.year ? tr("Calendar %1: ").arg(result.year) : QString();
            for (const QString& p : found)
                problems->append(prefix + p);
        }
        return std::nullopt;
    }
    result.sort();
    return result;
}

// ---- WorkCalendar ---------------------------------------------------------------------------------------------

std::optional<WorkCalendar::Year> WorkCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.constEnd())
        return std::nullopt;
    return it.value();
}

bool WorkCalendar::setYear(const Year& year, QStringList* problems)
{
    const QStringList found = year.problems();
    if (!found.isEmpty()) {
        if (problems)
            problems->append(found);
        return false;
    }
    Year sorted = year;
    sorted.sort();
    m_years.insert(sorted.year, sorted);
    rebuildIndex();
    return true;
}

void WorkCalendar::removeYear(int year)
{
    if (m_years.remove(year))
        rebuildIndex();
}

void WorkCalendar::rebuildIndex()
{
    m_special.clear();
    for (const Year& y : std::as_const(m_years)) {
        for (const Day& day : y.holidays)
            m_special.insert(day.date, DayInfo {DayKind::Holiday, day.name, true});
        for (const Day& day : y.workdays)
            m_special.insert(day.date, DayInfo {DayKind::MakeUpWorkday, day.name, true});
    }
}

WorkCalendar::DayInfo WorkCalendar::dayKind(const QDate& date) const
{
    const auto it = m_special.constFind(date);
    if (it != m_special.constEnd())
        return it.value();
    DayInfo info;
    info.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Working;
    info.yearKnown = hasYear(date.year());
    return info;
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid())
        return false;
    const DayKind kind = dayKind(date).kind;
    return kind == DayKind::Working || kind == DayKind::MakeUpWorkday;
}

QDate WorkCalendar::addWorkingDays(const QDate& start, int n, QStringList* warnings) const
{
    if (!start.isValid() || n < 0)
        return {};
    QDate day = start;
    int counted = 0;
    int lastYearChecked = 0;
    while (counted < n) {
        day = day.addDays(1);
        if (day.year() != lastYearChecked) {
            lastYearChecked = day.year();
            if (!hasYear(lastYearChecked) && warnings)
                warnings->append(missingYearWarning(lastYearChecked));
        }
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

QDate WorkCalendar::publicationDeadline(const QDate& inspectionEnd, QStringList* warnings) const
{
    return addWorkingDays(inspectionEnd, kPublicationWorkingDays, warnings);
}

QString WorkCalendar::missingYearWarning(int year)
{
    return tr("The holiday arrangement of %1 has not been entered yet; the deadline counts Monday to Friday as "
              "working days. Please check it.")
        .arg(year);
}

std::optional<QList<WorkCalendar::Year>> WorkCalendar::yearsFromJson(const QByteArray& bytes, QStringList* problems)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull()) {
        if (problems)
            problems->append(tr("The calendar file is not valid JSON: %1 (at character %2).")
                                 .arg(error.errorString())
                                 .arg(error.offset));
        return std::nullopt;
    }
    QJsonArray objects;
    if (doc.isObject())
        objects.append(doc.object());
    else
        objects = doc.array();
    QList<Year> years;
    QSet<int> seen;
    bool ok = true;
    for (const QJsonValue& value : std::as_const(objects)) {
        if (!value.isObject()) {
            if (problems)
                problems->append(tr("The calendar file must hold one year or a list of years."));
            ok = false;
            continue;
        }
        const auto year = Year::fromJson(value.toObject(), problems);
        if (!year) {
            ok = false;
            continue;
        }
        if (seen.contains(year->year)) {
            if (problems)
                problems->append(tr("The calendar file holds %1 more than once.").arg(year->year));
            ok = false;
            continue;
        }
        seen.insert(year->year);
        years.append(*year);
    }
    if (years.isEmpty() && ok) {
        if (problems)
            problems->append(tr("The calendar file holds no year."));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return years;
}
