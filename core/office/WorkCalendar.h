// The working-day calendar: per year, the public holidays and make-up working days (调休上班) of the State Council's
// holiday notice, and the one rule that turns an inspection's end into its publication deadline (policy §6.4).
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class WorkCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    // Policy §6.4: the inspection report is published within 10 working days after the inspection ends.
    static constexpr int kPublicationWorkingDays = 10;

    // One special day: a holiday ("国庆节") or a make-up working day ("国庆节调休上班").
    struct Day
    {
        QDate date;
        QString name;
        bool operator==(const Day&) const = default;
    };

    // The arrangement of one year, as one State Council notice gives it. Holidays list every day off, weekend
    // days inside a holiday included; workdays list the Saturdays and Sundays that are worked instead.
    struct Year
    {
        int year = 0;
        QList<Day> holidays;
        QList<Day> workdays;
        QString source; // the notice, e.g. "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）"

        bool operator==(const Year&) const = default;

        // What is wrong, one sentence per problem naming the date; empty when the year can be used.
        QStringList problems() const;
        // Both lists in date order.
        void sort();

        // {"year": 2026, "source": "...", "holidays": [{"date": "2026-10-01", "name": "国庆节"}, ...],
        //  "workdays": [...]}, days in date order.
        QJsonObject toJson() const;
        // Reads one year and checks it; on failure returns nothing and appends every problem found.
        static std::optional<Year> fromJson(const QJsonObject& object, QStringList* problems);
    };

    enum class DayKind {
        Working, // Monday to Friday, not a holiday
        Weekend, // Saturday or Sunday, not worked
        Holiday, // a day off of the notice (name: the holiday)
        MakeUpWorkday, // a Saturday or Sunday worked instead (name: e.g. "春节调休上班")
    };
    struct DayInfo
    {
        DayKind kind = DayKind::Working;
        QString name; // holidays and make-up working days only
        bool yearKnown = false; // false: the year has no calendar and the kind is by weekday alone
    };

    WorkCalendar() = default;

    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    std::optional<Year> year(int year) const;
    // Adds or replaces a year; refuses (and says why in *problems) a year with problems().
    bool setYear(const Year& year, QStringList* problems = nullptr);
    void removeYear(int year);

    // Monday to Friday unless a holiday; Saturday and Sunday only when a make-up working day. A year without a
    // calendar counts Monday to Friday (addWorkingDays says so; these two do not).
    bool isWorkingDay(const QDate& date) const;
    DayInfo dayKind(const QDate& date) const; // date must be valid

    // The n-th working day AFTER start: start itself is never counted, whatever kind of day it is, so
    // addWorkingDays(Wednesday, 1) is Thursday and addWorkingDays(start, 0) is start. For every year the count
    // passes through that has no calendar, appends one warning naming it (the count then used Monday to Friday
    // there). An invalid start or a negative n gives an invalid date.
    QDate addWorkingDays(const QDate& start, int n, QStringList* warnings) const;

    // The last day on which the inspection report may be published: the kPublicationWorkingDays-th working day
    // after the inspection ends. The one place this rule lives.
    QDate publicationDeadline(const QDate& inspectionEnd, QStringList* warnings) const;

    // The warning for a year without a calendar.
    static QString missingYearWarning(int year);

    // A file holds one year (an object as Year::toJson) or several (an array of them). On failure returns
    // nothing and appends the problems found (a year that fails is named; nothing is returned then).
    static std::optional<QList<Year>> yearsFromJson(const QByteArray& bytes, QStringList* problems);

private:
    void rebuildIndex();

    QMap<int, Year> m_years;
    QHash<QDate, DayInfo> m_special; // holidays and make-up working days of every year, by date
};
