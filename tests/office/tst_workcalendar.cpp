// The working-day calendar: the shipped 2025 and 2026 arrangements day by day, the publication deadline across
// holidays, make-up weekends and the turn of the year, the warning for a year without a calendar, JSON, validation,
// the stored years that override the shipped ones, and the `deadline` command.
#include "CalendarRepository.h"
#include "Database.h"
#include "DeadlineCommand.h"
#include "WorkCalendar.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Kind = WorkCalendar::DayKind;
Q_DECLARE_METATYPE(WorkCalendar::DayKind)

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// The two State Council notices, typed here from their text (not read from resources/calendar/), so that the
// shipped files are checked against them.
struct Special
{
    QDate date;
    Kind kind;
    QString name;
};

QList<Special> noticeDays()
{
    QList<Special> days;
    const auto off = [&](const QString& name, QDate from, QDate to) {
        for (QDate day = from; day <= to; day = day.addDays(1))
            days.append({day, Kind::Holiday, name});
    };
    const auto worked = [&](const QString& name, QDate day) { days.append({day, Kind::MakeUpWorkday, name}); };
    // 国办发明电〔2024〕12号
    off(QStringLiteral("元旦"), d(2025, 1, 1), d(2025, 1, 1));
    off(QStringLiteral("春节"), d(2025, 1, 28), d(2025, 2, 4));
    worked(QStringLiteral("春节调休上班"), d(2025, 1, 26));
    worked(QStringLiteral("春节调休上班"), d(2025, 2, 8));
    off(QStringLiteral("清明节"), d(2025, 4, 4), d(2025, 4, 6));
    off(QStringLiteral("劳动节"), d(2025, 5, 1), d(2025, 5, 5));
    worked(QStringLiteral("劳动节调休上班"), d(2025, 4, 27));
    off(QStringLiteral("端午节"), d(2025, 5, 31), d(2025, 6, 2));
    off(QStringLiteral("国庆节、中秋节"), d(2025, 10, 1), d(2025, 10, 8));
    worked(QStringLiteral("国庆节、中秋节调休上班"), d(2025, 9, 28));
    worked(QStringLiteral("国庆节、中秋节调休上班"), d(2025, 10, 11));
    // 国办发明电〔2025〕7号
    off(QStringLiteral("元旦"), d(2026, 1, 1), d(2026, 1, 3));
    worked(QStringLiteral("元旦调休上班"), d(2026, 1, 4));
    off(QStringLiteral("春节"), d(2026, 2, 15), d(2026, 2, 23));
    worked(QStringLiteral("春节调休上班"), d(2026, 2, 14));
    worked(QStringLiteral("春节调休上班"), d(2026, 2, 28));
    off(QStringLiteral("清明节"), d(2026, 4, 4), d(2026, 4, 6));
    off(QStringLiteral("劳动节"), d(2026, 5, 1), d(2026, 5, 5));
    worked(QStringLiteral("劳动节调休上班"), d(2026, 5, 9));
    off(QStringLiteral("端午节"), d(2026, 6, 19), d(2026, 6, 21));
    off(QStringLiteral("中秋节"), d(2026, 9, 25), d(2026, 9, 27));
    off(QStringLiteral("国庆节"), d(2026, 10, 1), d(2026, 10, 7));
    worked(QStringLiteral("国庆节调休上班"), d(2026, 9, 20));
    worked(QStringLiteral("国庆节调休上班"), d(2026, 10, 10));
    return days;
}

WorkCalendar shipped()
{
    QStringList problems;
    const WorkCalendar calendar = CalendarRepository::shipped(&problems);
    if (!problems.isEmpty())
        qWarning() << problems;
    return calendar;
}

WorkCalendar::Year yearOf(const QJsonObject& json)
{
    QStringList problems;
    const auto year = WorkCalendar::Year::fromJson(json, &problems);
    return year.value_or(WorkCalendar::Year {});
}

QJsonObject day(const char* date, const char* name)
{
    return QJsonObject {{QStringLiteral("date"), QString::fromUtf8(date)},
                        {QStringLiteral("name"), QString::fromUtf8(name)}};
}

QJsonObject yearJson(int year, const QJsonArray& holidays, const QJsonArray& workdays)
{
    return QJsonObject {{QStringLiteral("year"), year},
                        {QStringLiteral("source"), QStringLiteral("测试")},
                        {QStringLiteral("holidays"), holidays},
                        {QStringLiteral("workdays"), workdays}};
}

// The calendar audit entries, oldest first: action, object id, old values, new values.
QList<QStringList> calendarAudit(Database& db)
{
    QList<QStringList> rows;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT action, object_id, coalesce(old_values, ''), coalesce(new_values, '') "
                          "FROM audit_log WHERE object_type = 'calendar' ORDER BY seq"));
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

std::unique_ptr<Database> memoryDb()
{
    QString error;
    auto db = Database::openInMemory(&error);
    if (db)
        db->setCurrentUser(QStringLiteral("办公室职员"));
    return db;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCalendarHasBothNotices()
    {
        QStringList problems;
        const WorkCalendar calendar = CalendarRepository::shipped(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(calendar.years(), (QList<int> {2025, 2026}));
        QCOMPARE(calendar.year(2025)->holidays.size(), 28);
        QCOMPARE(calendar.year(2025)->workdays.size(), 5);
        QCOMPARE(calendar.year(2026)->holidays.size(), 33);
        QCOMPARE(calendar.year(2026)->workdays.size(), 6);
        QVERIFY(calendar.year(2025)->source.contains(QStringLiteral("国办发明电〔2024〕12号")));
        QVERIFY(calendar.year(2026)->source.contains(QStringLiteral("国办发明电〔2025〕7号")));
        QVERIFY(!calendar.hasYear(2027));
    }

    void specialDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        for (const Special& s : noticeDays())
            QTest::addRow("%s %s", qPrintable(s.date.toString(Qt::ISODate)), qPrintable(s.name))
                << s.date << s.kind << s.name;
    }

    void specialDays()
    {
        QFETCH(QDate, date);
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        const WorkCalendar calendar = shipped();
        const WorkCalendar::DayInfo info = calendar.dayKind(date);
        QCOMPARE(info.kind, kind);
        QCOMPARE(info.name, name);
        QVERIFY(info.yearKnown);
        QCOMPARE(calendar.isWorkingDay(date), kind == Kind::MakeUpWorkday);
        if (kind == Kind::MakeUpWorkday)
            QVERIFY(date.dayOfWeek() >= Qt::Saturday);
    }

    // Every other day of 2025 and 2026 is an ordinary weekday or weekend: the shipped files hold nothing extra.
    void otherDaysFollowTheWeekday()
    {
        const WorkCalendar calendar = shipped();
        QSet<QDate> special;
        for (const Special& s : noticeDays())
            special.insert(s.date);
        int ordinary = 0;
        for (QDate date = d(2025, 1, 1); date <= d(2026, 12, 31); date = date.addDays(1)) {
            if (special.contains(date))
                continue;
            const bool weekend = date.dayOfWeek() >= Qt::Saturday;
            const WorkCalendar::DayInfo info = calendar.dayKind(date);
            QVERIFY2(info.kind == (weekend ? Kind::Weekend : Kind::Working), qPrintable(date.toString(Qt::ISODate)));
            QVERIFY(info.name.isEmpty());
            QCOMPARE(calendar.isWorkingDay(date), !weekend);
            ++ordinary;
        }
        QCOMPARE(ordinary, 365 + 365 - (28 + 5) - (33 + 6));
    }

    void deadlines_data()
    {
        QTest::addColumn<QDate>("inspectionEnd");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QStringList>("yearsWarned");

        // Wed 9/30 → 10/1–10/7 国庆节 off; Thu 10/8 (1), Fri 10/9 (2), Sat 10/10 调休上班 (3), Sun 10/11 off,
        // Mon 10/12 (4), 10/13 (5), 10/14 (6), 10/15 (7), Fri 10/16 (8), Mon 10/19 (9), Tue 10/20 (10).
        QTest::newRow("国庆 2026, ends Wed 9/30") << d(2026, 9, 30) << d(2026, 10, 20) << QStringList();
        // Fri 9/18 → Sat 9/19 off, Sun 9/20 调休上班 (1), Mon 9/21 (2), 9/22 (3), 9/23 (4), Thu 9/24 (5),
        // 9/25–9/27 中秋节 off, Mon 9/28 (6), 9/29 (7), Wed 9/30 (8), 10/1–10/7 国庆节 off, Thu 10/8 (9), Fri 10/9
        // (10).
        QTest::newRow("中秋 and 国庆 2026 with Sun 9/20 worked") << d(2026, 9, 18) << d(2026, 10, 9) << QStringList();
        // Sat 10/3 is a holiday and a weekend day; it is not counted either way: 10/4–10/7 off, Thu 10/8 (1),
        // Fri 10/9 (2), Sat 10/10 (3), Mon 10/12 (4) … Fri 10/16 (8), Mon 10/19 (9), Tue 10/20 (10).
        QTest::newRow("ends on a holiday, Sat 10/3/2026") << d(2026, 10, 3) << d(2026, 10, 20) << QStringList();
        // Fri 2/13 → Sat 2/14 调休上班 (1), 2/15–2/23 春节 off, Tue 2/24 (2), 2/25 (3), 2/26 (4), Fri 2/27 (5),
        // Sat 2/28 调休上班 (6), Sun 3/1 off, Mon 3/2 (7), 3/3 (8), 3/4 (9), Thu 3/5 (10).
        QTest::newRow("春节 2026, ends Fri 2/13") << d(2026, 2, 13) << d(2026, 3, 5) << QStringList();
        // Thu 2/12 → Fri 2/13 (1), Sat 2/14 (2), 2/15–2/23 off, 2/24 (3), 2/25 (4), 2/26 (5), 2/27 (6),
        // Sat 2/28 (7), Mon 3/2 (8), 3/3 (9), Wed 3/4 (10).
        QTest::newRow("春节 2026, ends Thu 2/12") << d(2026, 2, 12) << d(2026, 3, 4) << QStringList();
        // Sun 2/22 (inside 春节) → Mon 2/23 off, Tue 2/24 (1), 2/25 (2), 2/26 (3), Fri 2/27 (4), Sat 2/28 (5),
        // Mon 3/2 (6), 3/3 (7), 3/4 (8), 3/5 (9), Fri 3/6 (10).
        QTest::newRow("ends inside 春节 2026, Sun 2/22") << d(2026, 2, 22) << d(2026, 3, 6) << QStringList();
        // Sat 2/14 is a make-up working day, but the last day of the inspection is never counted: 2/15–2/23 off,
        // Tue 2/24 (1) … Fri 2/27 (4), Sat 2/28 (5), Mon 3/2 (6) … Fri 3/6 (10).
        QTest::newRow("ends on a make-up Saturday, 2/14/2026") << d(2026, 2, 14) << d(2026, 3, 6) << QStringList();
        // Sat 3/7 → Sun 3/8 off, Mon 3/9 (1) … Fri 3/13 (5), Mon 3/16 (6) … Fri 3/20 (10).
        QTest::newRow("ends on a weekend, Sat 3/7/2026") << d(2026, 3, 7) << d(2026, 3, 20) << QStringList();
        // Thu 4/30 → 5/1–5/5 劳动节 off, Wed 5/6 (1), 5/7 (2), Fri 5/8 (3), Sat 5/9 调休上班 (4), Mon 5/11 (5),
        // 5/12 (6), 5/13 (7), 5/14 (8), Fri 5/15 (9), Mon 5/18 (10).
        QTest::newRow("劳动节 2026") << d(2026, 4, 30) << d(2026, 5, 18) << QStringList();
        // Wed 12/24/2025 → Thu 12/25 (1), Fri 12/26 (2), Mon 12/29 (3), Tue 12/30 (4), Wed 12/31 (5),
        // 1/1–1/3/2026 元旦 off, Sun 1/4 调休上班 (6), Mon 1/5 (7), 1/6 (8), 1/7 (9), Thu 1/8 (10).
        QTest::newRow("turn of 2025 into 2026 over 元旦") << d(2025, 12, 24) << d(2026, 1, 8) << QStringList();
        // Fri 12/25/2026 → Mon 12/28 (1), 12/29 (2), 12/30 (3), Thu 12/31 (4); 2027 has no calendar, so Monday to
        // Friday: Fri 1/1 (5), Mon 1/4 (6), 1/5 (7), 1/6 (8), 1/7 (9), Fri 1/8 (10).
        QTest::newRow("turn of 2026 into 2027 without calendar")
            << d(2026, 12, 25) << d(2027, 1, 8) << QStringList {QStringLiteral("2027")};
        // Fri 9/26/2025 → Sat 9/27 off, Sun 9/28 调休上班 (1), Mon 9/29 (2), Tue 9/30 (3), 10/1–10/8 国庆节、中秋节
        // off, Thu 10/9 (4), Fri 10/10 (5), Sat 10/11 调休上班 (6), Mon 10/13 (7), 10/14 (8), 10/15 (9), Thu 10/16
        // (10).
        QTest::newRow("国庆·中秋 2025") << d(2025, 9, 26) << d(2025, 10, 16) << QStringList();
        // Fri 1/24/2025 → Sat 1/25 off, Sun 1/26 调休上班 (1), Mon 1/27 (2), 1/28–2/4 春节 off, Wed 2/5 (3), 2/6 (4),
        // Fri 2/7 (5), Sat 2/8 调休上班 (6), Mon 2/10 (7), 2/11 (8), 2/12 (9), Thu 2/13 (10).
        QTest::newRow("春节 2025") << d(2025, 1, 24) << d(2025, 2, 13) << QStringList();
        // Tue 12/31/2024: 2024 has no calendar, but only the days after the end are counted, all in 2025:
        // 1/1 元旦 off, Thu 1/2 (1), Fri 1/3 (2), Mon 1/6 (3) … Fri 1/10 (7), Mon 1/13 (8), 1/14 (9), Wed 1/15 (10).
        QTest::newRow("ends in 2024, counts only 2025") << d(2024, 12, 31) << d(2025, 1, 15) << QStringList();
        // Mon 3/1/2027 → Tue 3/2 (1) … Fri 3/5 (4), Mon 3/8 (5) … Fri 3/12 (9), Mon 3/15 (10); one warning for 2027.
        QTest::newRow("wholly in 2027") << d(2027, 3, 1) << d(2027, 3, 15) << QStringList {QStringLiteral("2027")};
        // Fri 12/24/2027 → Mon 12/27 (1) … Fri 12/31 (5), Mon 1/3/2028 (6) … Fri 1/7 (10); 2027 and 2028 warned.
        QTest::newRow("through 2027 into 2028")
            << d(2027, 12, 24) << d(2028, 1, 7) << QStringList {QStringLiteral("2027"), QStringLiteral("2028")};
    }

    void deadlines()
    {
        QFETCH(QDate, inspectionEnd);
        QFETCH(QDate, deadline);
        QFETCH(QStringList, yearsWarned);
        const WorkCalendar calendar = shipped();
        QStringList warnings;
        QCOMPARE(calendar.publicationDeadline(inspectionEnd, &warnings), deadline);
        QCOMPARE(warnings.size(), yearsWarned.size());
        for (qsizetype i = 0; i < warnings.size(); ++i) {
            QCOMPARE(warnings.at(i), WorkCalendar::missingYearWarning(yearsWarned.at(i).toInt()));
            QVERIFY(warnings.at(i).contains(yearsWarned.at(i)));
        }
        // The same count through addWorkingDays, and without anyone collecting the warnings.
        QCOMPARE(calendar.addWorkingDays(inspectionEnd, WorkCalendar::kPublicationWorkingDays, nullptr), deadline);
    }

    void publicationIsTenWorkingDays() { QCOMPARE(WorkCalendar::kPublicationWorkingDays, 10); }

    void startIsNotCounted()
    {
        const WorkCalendar calendar = shipped();
        // Wed 9/30/2026: the next working day is Thu 10/8, after 国庆节.
        QCOMPARE(calendar.addWorkingDays(d(2026, 9, 30), 1, nullptr), d(2026, 10, 8));
        // Sat 10/10/2026 is itself a working day, and still the first counted is Mon 10/12.
        QCOMPARE(calendar.addWorkingDays(d(2026, 10, 10), 1, nullptr), d(2026, 10, 12));
        // Fri 10/9 → the make-up Saturday 10/10 is the first working day after it.
        QCOMPARE(calendar.addWorkingDays(d(2026, 10, 9), 1, nullptr), d(2026, 10, 10));
        QCOMPARE(calendar.addWorkingDays(d(2026, 10, 3), 0, nullptr), d(2026, 10, 3));
        QVERIFY(!calendar.addWorkingDays(d(2026, 10, 3), -1, nullptr).isValid());
        QVERIFY(!calendar.publicationDeadline(QDate(), nullptr).isValid());
    }

    void yearWithoutCalendar()
    {
        const WorkCalendar calendar = shipped();
        const WorkCalendar::DayInfo friday = calendar.dayKind(d(2027, 1, 1));
        QCOMPARE(friday.kind, Kind::Working);
        QVERIFY(!friday.yearKnown);
        QCOMPARE(calendar.dayKind(d(2027, 1, 2)).kind, Kind::Weekend);
        const QString warning = WorkCalendar::missingYearWarning(2027);
        QVERIFY(warning.contains(QStringLiteral("2027")));
        QVERIFY(!warning.contains(QStringLiteral("2,027")));
        // A count that stays in known years says nothing.
        QStringList warnings;
        calendar.publicationDeadline(d(2026, 6, 1), &warnings);
        QVERIFY(warnings.isEmpty());
    }

    void jsonRoundTrip()
    {
        const WorkCalendar calendar = shipped();
        const WorkCalendar::Year y2026 = *calendar.year(2026);
        QStringList problems;
        const auto back = WorkCalendar::Year::fromJson(y2026.toJson(), &problems);
        QVERIFY2(back, qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(*back, y2026);

        // Both years as one file, through bytes.
        const QByteArray bytes = QJsonDocument(QJsonArray {calendar.year(2025)->toJson(), y2026.toJson()}).toJson();
        const auto years = WorkCalendar::yearsFromJson(bytes, &problems);
        QVERIFY2(years, qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(years->size(), 2);
        QCOMPARE(years->at(0), *calendar.year(2025));
        QCOMPARE(years->at(1), y2026);

        // Days typed out of order come back in date order, with the exact field names.
        const WorkCalendar::Year unordered
            = yearOf(yearJson(2030, {day("2030-10-02", "国庆节"), day("2030-10-01", "国庆节")}, {}));
        QCOMPARE(unordered.holidays.first().date, d(2030, 10, 1));
        const QJsonObject json = unordered.toJson();
        QCOMPARE(json.value(QStringLiteral("year")).toInt(), 2030);
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("测试"));
        QCOMPARE(json.value(QStringLiteral("holidays")).toArray().first().toObject().value(QStringLiteral("date")),
                 QStringLiteral("2030-10-01"));
        QVERIFY(json.value(QStringLiteral("workdays")).toArray().isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("make-up day on a weekday")
            << yearJson(2026, {}, {day("2026-10-14", "国庆节调休上班")})
            << QStringLiteral("Calendar 2026: 2026-10-14 is a weekday: only a Saturday or Sunday can be a make-up "
                              "working day.");
        QTest::newRow("holiday repeated")
            << yearJson(2026, {day("2026-10-01", "国庆节"), day("2026-10-01", "国庆节")}, {})
            << QStringLiteral("Calendar 2026: 2026-10-01 is listed as a holiday more than once.");
        QTest::newRow("make-up day repeated")
            << yearJson(2026, {}, {day("2026-10-10", "国庆节调休上班"), day("2026-10-10", "国庆节调休上班")})
            << QStringLiteral("Calendar 2026: 2026-10-10 is listed as a make-up working day more than once.");
        QTest::newRow("holiday in another year")
            << yearJson(2026, {day("2027-01-01", "元旦")}, {})
            << QStringLiteral("Calendar 2026: The holiday 2027-01-01 is not in 2026.");
        QTest::newRow("make-up day in another year")
            << yearJson(2026, {}, {day("2025-12-28", "元旦调休上班")})
            << QStringLiteral("Calendar 2026: The make-up working day 2025-12-28 is not in 2026.");
        QTest::newRow("both holiday and make-up day")
            << yearJson(2026, {day("2026-10-10", "国庆节")}, {day("2026-10-10", "国庆节调休上班")})
            << QStringLiteral("Calendar 2026: 2026-10-10 is listed both as a holiday and as a make-up working day.");
        QTest::newRow("holiday without name") << yearJson(2026, {day("2026-10-01", " ")}, {})
                                              << QStringLiteral("Calendar 2026: The holiday 2026-10-01 has no name.");
        QTest::newRow("not a date") << yearJson(2026, {day("2026-02-30", "春节")}, {})
                                    << QStringLiteral("Calendar 2026: “2026-02-30” in “holidays” is not a date of "
                                                      "the form 2026-10-01.");
        QTest::newRow("no year") << QJsonObject {{QStringLiteral("holidays"), QJsonArray {}}}
                                 << QStringLiteral("The calendar has no year (a number such as 2026).");
        QTest::newRow("year mistyped") << yearJson(226, {}, {})
                                       << QStringLiteral("Calendar 226: The year 226 is not between 2000 and 2100.");
    }

    void validation()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, message);
        QStringList problems;
        QVERIFY(!WorkCalendar::Year::fromJson(json, &problems));
        QVERIFY2(problems.contains(message), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void setYearRefusesAYearWithProblems()
    {
        WorkCalendar calendar = shipped();
        WorkCalendar::Year bad = *calendar.year(2026);
        bad.workdays.append({d(2026, 12, 30), QStringLiteral("调休上班")}); // a Wednesday
        QStringList problems;
        QVERIFY(!calendar.setYear(bad, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("2026-12-30")));
        QCOMPARE(*calendar.year(2026), *shipped().year(2026)); // unchanged

        calendar.removeYear(2026);
        QVERIFY(!calendar.hasYear(2026));
        QCOMPARE(calendar.dayKind(d(2026, 10, 1)).kind, Kind::Working); // a Thursday, no longer 国庆节
        QVERIFY(calendar.hasYear(2025));
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"year\": 2027,")
                                  << QStringLiteral("The calendar file is not valid JSON");
        QTest::newRow("empty list") << QByteArray("[]") << QStringLiteral("The calendar file holds no year.");
        QTest::newRow("same year twice") << QByteArray("[{\"year\": 2027}, {\"year\": 2027}]")
                                         << QStringLiteral("The calendar file holds 2027 more than once.");
        QTest::newRow("list of numbers") << QByteArray("[2027]")
                                         << QStringLiteral("The calendar file must hold one year or a list of years.");
    }

    void fileProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QStringList problems;
        QVERIFY(!WorkCalendar::yearsFromJson(bytes, &problems));
        QVERIFY2(!problems.isEmpty() && problems.first().startsWith(message),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void importFileWithChineseName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2027年节假日安排.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(yearJson(2027, {day("2027-01-01", "元旦")}, {})).toJson());
        file.close();
        QStringList problems;
        const auto years = CalendarRepository::readFile(path, &problems);
        QVERIFY2(years, qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(years->size(), 1);
        QCOMPARE(years->first().year, 2027);

        QVERIFY(!CalendarRepository::readFile(dir.filePath(QStringLiteral("没有.json")), &problems));
        QVERIFY(problems.last().contains(QStringLiteral("没有.json")));
    }

    void repositoryStartsWithTheShippedCalendar()
    {
        auto db = memoryDb();
        QVERIFY(db);
        CalendarRepository repository(*db);
        QStringList problems;
        const WorkCalendar calendar = repository.load(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(calendar.years(), (QList<int> {2025, 2026}));
        QCOMPARE(*calendar.year(2026), *shipped().year(2026));
        QVERIFY(repository.storedYears().isEmpty());
        QCOMPARE(repository.years(), (QList<int> {2025, 2026}));
    }

    void savedYearOverridesTheShippedOneAndIsAudited()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("数据.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            db->setCurrentUser(QStringLiteral("办公室职员"));
            CalendarRepository repository(*db);
            // The office learns that its county also keeps Thu 12/31/2026 off.
            WorkCalendar::Year edited = *repository.load().year(2026);
            edited.holidays.append({d(2026, 12, 31), QStringLiteral("县定假日")});
            WriteTransaction tx(*db);
            QVERIFY2(repository.saveYear(tx, edited), qPrintable(tx.error()));
            QVERIFY(tx.commit());

            const QList<QStringList> audit = calendarAudit(*db);
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit[0][0], QStringLiteral("update"));
            QCOMPARE(audit[0][1], QStringLiteral("2026"));
            QVERIFY(!audit[0][2].contains(QStringLiteral("2026-12-31"))); // before: the shipped year
            QVERIFY(audit[0][2].contains(QStringLiteral("2026-10-01")));
            QVERIFY(audit[0][3].contains(QStringLiteral("2026-12-31")));
            QVERIFY(audit[0][3].contains(QStringLiteral("县定假日")));
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        CalendarRepository repository(*db);
        const WorkCalendar calendar = repository.load();
        QCOMPARE(repository.storedYears(), QList<int> {2026});
        QCOMPARE(calendar.dayKind(d(2026, 12, 31)).kind, Kind::Holiday);
        QCOMPARE(calendar.dayKind(d(2026, 12, 31)).name, QStringLiteral("县定假日"));
        QCOMPARE(calendar.dayKind(d(2026, 10, 1)).name, QStringLiteral("国庆节")); // the rest is still there
        // Fri 12/25/2026 → Mon 12/28 (1), 12/29 (2), Wed 12/30 (3), Thu 12/31 now off, Fri 1/1/2027 (4),
        // Mon 1/4 (5) … Fri 1/8 (9), Mon 1/11 (10).
        QCOMPARE(calendar.publicationDeadline(d(2026, 12, 25), nullptr), d(2027, 1, 11));
    }

    void savingANewYearSilencesTheWarning()
    {
        auto db = memoryDb();
        QVERIFY(db);
        CalendarRepository repository(*db);
        // 2027 as the office types it before the notice of 2027 is in the program (元旦 only, for the test).
        const WorkCalendar::Year y2027 = yearOf(yearJson(2027, {day("2027-01-01", "元旦")}, {}));
        QCOMPARE(y2027.year, 2027);
        {
            WriteTransaction tx(*db);
            QVERIFY2(repository.saveYear(tx, y2027), qPrintable(tx.error()));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repository.years(), (QList<int> {2025, 2026, 2027}));
        const QList<QStringList> audit = calendarAudit(*db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0][0], QStringLiteral("create"));
        QVERIFY(audit[0][2].isEmpty());
        QStringList warnings;
        // Fri 12/25/2026 → Mon 12/28 (1) … Thu 12/31 (4), Fri 1/1/2027 元旦 off, Mon 1/4 (5) … Fri 1/8 (9),
        // Mon 1/11 (10).
        QCOMPARE(repository.load().publicationDeadline(d(2026, 12, 25), &warnings), d(2027, 1, 11));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        // Saving the same year again changes nothing and records nothing.
        {
            WriteTransaction tx(*db);
            QVERIFY(repository.saveYear(tx, y2027));
            QVERIFY(tx.commit());
        }
        QCOMPARE(calendarAudit(*db).size(), 1);
        // Saving the shipped 2025 as it is writes nothing either.
        {
            WriteTransaction tx(*db);
            QVERIFY(repository.saveYear(tx, *shipped().year(2025)));
            QVERIFY(tx.commit());
        }
        QCOMPARE(calendarAudit(*db).size(), 1);
        QCOMPARE(repository.storedYears(), QList<int> {2027});
    }

    void savingAYearWithProblemsIsRefused()
    {
        auto db = memoryDb();
        QVERIFY(db);
        CalendarRepository repository(*db);
        WorkCalendar::Year bad = *repository.load().year(2026);
        bad.workdays.append({d(2026, 10, 14), QStringLiteral("国庆节调休上班")}); // a Wednesday
        WriteTransaction tx(*db);
        QVERIFY(!repository.saveYear(tx, bad));
        QVERIFY(tx.error().contains(QStringLiteral("2026-10-14")));
        QVERIFY(!tx.commit());
        QVERIFY(repository.storedYears().isEmpty());
        QVERIFY(calendarAudit(*db).isEmpty());
    }

    void resetBringsBackTheShippedYear()
    {
        auto db = memoryDb();
        QVERIFY(db);
        CalendarRepository repository(*db);
        WorkCalendar::Year edited = *repository.load().year(2026);
        edited.workdays.removeLast(); // Sat 10/10/2026 no longer worked
        {
            WriteTransaction tx(*db);
            QVERIFY(repository.saveYear(tx, edited));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repository.load().dayKind(d(2026, 10, 10)).kind, Kind::Weekend);
        {
            WriteTransaction tx(*db);
            QVERIFY(repository.resetYear(tx, 2026));
            QVERIFY(tx.commit());
        }
        QVERIFY(repository.storedYears().isEmpty());
        QCOMPARE(repository.load().dayKind(d(2026, 10, 10)).kind, Kind::MakeUpWorkday);
        const QList<QStringList> audit = calendarAudit(*db);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[1][0], QStringLiteral("update"));
        QVERIFY(!audit[1][2].contains(QStringLiteral("2026-10-10")));
        QVERIFY(audit[1][3].contains(QStringLiteral("2026-10-10")));
    }

    void unreadableStoredYearIsReported()
    {
        auto db = memoryDb();
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('calendar/2026', '{\"year\": 2026, "
                                      "\"workdays\": [{\"date\": \"2026-10-14\", \"name\": \"x\"}]}')")));
        QStringList problems;
        const WorkCalendar calendar = CalendarRepository(*db).load(&problems);
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().contains(QStringLiteral("2026")));
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("2026-10-14")));
        QCOMPARE(*calendar.year(2026), *shipped().year(2026)); // the shipped year applies
    }

    void deadlineCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("outLines");
        QTest::addColumn<QString>("errText");
        QTest::newRow("国庆 2026") << QStringList {QStringLiteral("--end"), QStringLiteral("2026-09-30")} << 0
                                   << QStringList {QStringLiteral("2026-10-20")} << QString();
        QTest::newRow("with =") << QStringList {QStringLiteral("--end=2026-02-13")} << 0
                                << QStringList {QStringLiteral("2026-03-05")} << QString();
        QTest::newRow("into 2027") << QStringList {QStringLiteral("--end"), QStringLiteral("2026-12-25")} << 0
                                   << QStringList {QStringLiteral("2027-01-08"), WorkCalendar::missingYearWarning(2027)}
                                   << QString();
        QTest::newRow("no such day") << QStringList {QStringLiteral("--end"), QStringLiteral("2026-02-30")} << 1
                                     << QStringList() << QStringLiteral("2026-02-30");
        QTest::newRow("not ISO") << QStringList {QStringLiteral("--end"), QStringLiteral("2026/9/30")} << 1
                                 << QStringList() << QStringLiteral("2026/9/30");
        QTest::newRow("no --end") << QStringList() << 2 << QStringList() << QStringLiteral("deadline --end YYYY-MM-DD");
        QTest::newRow("--end without value") << QStringList {QStringLiteral("--end")} << 2 << QStringList()
                                             << QStringLiteral("deadline --end YYYY-MM-DD");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--start"), QStringLiteral("2026-09-30")} << 2
                                        << QStringList() << QStringLiteral("start");
        QTest::newRow("stray word") << QStringList {QStringLiteral("--end"), QStringLiteral("2026-09-30"),
                                                    QStringLiteral("extra")}
                                    << 2 << QStringList() << QStringLiteral("deadline --end YYYY-MM-DD");
    }

    void deadlineCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, outLines);
        QFETCH(QString, errText);
        QString outText;
        QString errOutput;
        QTextStream out(&outText);
        QTextStream err(&errOutput);
        QCOMPARE(runDeadlineCommand(nullptr, args, out, err), exitCode);
        out.flush();
        err.flush();
        QCOMPARE(outText, outLines.isEmpty() ? QString() : outLines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        if (errText.isEmpty())
            QVERIFY2(errOutput.isEmpty(), qPrintable(errOutput));
        else
            QVERIFY2(errOutput.contains(errText), qPrintable(errOutput));
    }

    void deadlineCommandUsesTheDataFile()
    {
        auto db = memoryDb();
        QVERIFY(db);
        {
            WriteTransaction tx(*db);
            QVERIFY(CalendarRepository(*db).saveYear(tx, yearOf(yearJson(2027, {day("2027-01-01", "元旦")}, {}))));
            QVERIFY(tx.commit());
        }
        QString outText;
        QString errOutput;
        QTextStream out(&outText);
        QTextStream err(&errOutput);
        // As in savingANewYearSilencesTheWarning: 2027-01-11, and no warning now that 2027 is entered.
        QCOMPARE(runDeadlineCommand(db.get(), {QStringLiteral("--end"), QStringLiteral("2026-12-25")}, out, err), 0);
        out.flush();
        QCOMPARE(outText, QStringLiteral("2027-01-11\n"));
        QVERIFY(errOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
