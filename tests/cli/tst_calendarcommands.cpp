// The command line's calendar: listing the years, importing a file (audited, in one transaction; a bad file or a
// user without the settings permission changes nothing) and exporting a year in the format import reads.
#include "Access.h"
#include "CalendarRepository.h"
#include "CliInProcess.h"
#include "CommandLine.h"
#include "Database.h"
#include "ExportFile.h"
#include "UserRepository.h"
#include "WorkCalendar.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QString kPassword = QStringLiteral("demo1234");

using CliInProcess::Run;
using CliInProcess::run;

// One year as a JSON file would give it; days as "yyyy-MM-dd name".
QByteArray yearText(int year, const QStringList& holidays, const QStringList& workdays = {})
{
    const auto list = [](const QStringList& days) {
        QStringList entries;
        for (const QString& day : days)
            entries << QStringLiteral("{\"date\": \"%1\", \"name\": \"%2\"}")
                           .arg(day.section(QLatin1Char(' '), 0, 0), day.section(QLatin1Char(' '), 1));
        return entries.join(QStringLiteral(",\n        "));
    };
    return QStringLiteral(
               "{\n    \"year\": %1,\n    \"source\": \"测试通知\",\n    \"holidays\": [\n        %2\n    ],\n"
               "    \"workdays\": [%3]\n}\n")
        .arg(year)
        .arg(list(holidays), list(workdays))
        .toUtf8();
}

QList<QStringList> calendarAudit(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    QList<QStringList> rows;
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT action, object_id, user_name FROM audit_log WHERE object_type = 'calendar' "
                          "ORDER BY seq"));
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}

} // namespace

class TestCalendarCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList asAdmin() const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("guanli")};
    }

    WorkCalendar calendar(QList<int>* stored = nullptr)
    {
        QString error;
        auto db = Database::open(m_db, &error);
        if (stored)
            *stored = CalendarRepository(*db).storedYears();
        return CalendarRepository(*db).load();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("数据%1.sqlite").arg(++n));
        QString error;
        auto db = Database::open(m_db, &error);
        QVERIFY2(db, qPrintable(error));
        db->setCurrentUser(QStringLiteral("guanli"));
        UserRepository users(*db);
        WriteTransaction tx(*db);
        for (const auto& [name, role] : {std::pair {QStringLiteral("guanli"), QStringLiteral("admin")},
                                         std::pair {QStringLiteral("luru"), QStringLiteral("clerk")},
                                         std::pair {QStringLiteral("shenhe"), QStringLiteral("reviewer")}}) {
            User user;
            user.name = name;
            user.role = role;
            QVERIFY2(users.create(tx, user, kPassword), qPrintable(tx.error()));
        }
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
        qputenv("SHUANGSUI_PASSWORD", kPassword.toUtf8());
    }

    void listsTheShippedYears()
    {
        const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("calendar")});
        QCOMPARE(r.exitCode, 0);
        const WorkCalendar shipped = CalendarRepository::shipped();
        QStringList expected;
        for (int year : {2025, 2026})
            expected << QStringLiteral("%1\t%2 holidays\t%3 make-up working days\tshipped")
                            .arg(year)
                            .arg(shipped.year(year)->holidays.size())
                            .arg(shipped.year(year)->workdays.size());
        QCOMPARE(r.out, expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }

    void importAddsAYearAndReplacesAnother()
    {
        // 2027 (元旦 only) and 2026 with a county holiday on Thu 12/31 added to the shipped notice.
        WorkCalendar::Year y2026 = *CalendarRepository::shipped().year(2026);
        QStringList days2026;
        for (const WorkCalendar::Day& day : y2026.holidays)
            days2026 << day.date.toString(Qt::ISODate) + QLatin1Char(' ') + day.name;
        days2026 << QStringLiteral("2026-12-31 县定假日");
        QStringList work2026;
        for (const WorkCalendar::Day& day : y2026.workdays)
            work2026 << day.date.toString(Qt::ISODate) + QLatin1Char(' ') + day.name;
        const QString path = file(QStringLiteral("2027年节假日.json"),
                                  "[" + yearText(2027, {QStringLiteral("2027-01-01 元旦")}) + ","
                                      + yearText(2026, days2026, work2026) + "]");

        // Before: ten working days after Thu 2026-12-24 end on Thu 2027-01-07, with a warning about 2027.
        Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("deadline"), QStringLiteral("--end"),
                     QStringLiteral("2026-12-24")});
        QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("2027-01-07"));
        QVERIFY(r.out.contains(WorkCalendar::missingYearWarning(2027)));

        r = run(asAdmin() + QStringList {QStringLiteral("calendar"), QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out,
                 QStringLiteral("2027 is new: 1 holidays, 0 make-up working days.\n"
                                "2026: replaces the shipped version:\n"
                                "  adds the holiday 2026-12-31 (县定假日)\n"
                                "  changes the source to “测试通知”\n"
                                "imported 2 years, 2 changed\n"));
        QList<int> stored;
        const WorkCalendar after = calendar(&stored);
        QCOMPARE(stored, (QList<int> {2026, 2027}));
        QCOMPARE(after.dayKind(QDate(2027, 1, 1)).name, QStringLiteral("元旦"));
        QCOMPARE(after.dayKind(QDate(2026, 12, 31)).kind, WorkCalendar::DayKind::Holiday);
        QCOMPARE(calendarAudit(m_db),
                 (QList<QStringList> {{QStringLiteral("create"), QStringLiteral("2027"), QStringLiteral("guanli")},
                                      {QStringLiteral("update"), QStringLiteral("2026"), QStringLiteral("guanli")}}));

        // After: Fri 12/25 (1), 12/28–12/30 (4), 12/31 and 1/1 off, 1/4–1/8 (9), Mon 1/11 (10); no warning.
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("deadline"), QStringLiteral("--end"),
                 QStringLiteral("2026-12-24")});
        QCOMPARE(r.out, QStringLiteral("2027-01-11\n"));

        // The list says which years the office edited.
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("calendar")});
        QVERIFY(r.out.contains(QStringLiteral("2026\t%1 holidays\t%2 make-up working days\tedited\n")
                                   .arg(days2026.size())
                                   .arg(work2026.size())));
        QVERIFY(r.out.contains(QStringLiteral("2027\t1 holidays\t0 make-up working days\tedited\n")));

        // The same file again changes nothing and records nothing.
        r = run(asAdmin() + QStringList {QStringLiteral("calendar"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("2027: unchanged\n2026: unchanged\n")));
        QCOMPARE(calendarAudit(m_db).size(), 2);
    }

    void dryRunWritesNothing()
    {
        const QString path = file(QStringLiteral("dry.json"), yearText(2027, {QStringLiteral("2027-01-01 元旦")}));
        const Run r = run(
            asAdmin()
            + QStringList {QStringLiteral("calendar"), QStringLiteral("import"), path, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("2027 is new")));
        QVERIFY(r.out.contains(QStringLiteral("dry run: nothing was written.")));
        QVERIFY(!calendar().hasYear(2027));
        QVERIFY(calendarAudit(m_db).isEmpty());
    }

    void aBadFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("a comma missing on line 3")
            << QByteArray("{\n  \"year\": 2027,\n  \"holidays\": [{\"date\": \"2027-01-01\" \"name\": \"元旦\"}]\n}")
            << QStringLiteral("bad.json is not a valid calendar file: line 3, column 39: ");
        QTest::newRow("a misspelt field") << QByteArray("{\"year\": 2027, \"holiday\": []}")
                                          << QStringLiteral("Calendar 2027: the field “holiday” is unknown");
        QTest::newRow("an entry that is not an object")
            << QByteArray("{\"year\": 2027, \"holidays\": [{\"date\": \"2027-01-01\", \"name\": \"元旦\"}, "
                          "\"2027-01-02\"]}")
            << QStringLiteral("Calendar 2027: entry 2 of “holidays” is not a date with a name");
        QTest::newRow("an unknown field of a day")
            << QByteArray("{\"year\": 2027, \"workdays\": [{\"date\": \"2027-02-06\", \"nmae\": \"春节调休\"}]}")
            << QStringLiteral("Calendar 2027: entry 1 of “workdays” has the unknown field “nmae”");
        QTest::newRow("30 February") << yearText(2027, {QStringLiteral("2027-02-30 春节")})
                                     << QStringLiteral("Calendar 2027: “2027-02-30” in “holidays” is not a date");
        QTest::newRow("a weekday worked") << yearText(2027, {}, {QStringLiteral("2027-02-08 春节调休上班")})
                                          << QStringLiteral("Calendar 2027: 2027-02-08 is a weekday");
        // A good year beside a bad one: neither is imported.
        const QByteArray twoYears = "[" + yearText(2027, {QStringLiteral("2027-01-01 元旦")}) + ","
            + yearText(2028, {QStringLiteral("2027-12-31 元旦")}) + "]";
        QTest::newRow("one bad year of two")
            << twoYears << QStringLiteral("Calendar 2028: The holiday 2027-12-31 is not in 2028.");
    }

    void aBadFileChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = file(QStringLiteral("bad.json"), bytes);
        const Run r = run(asAdmin() + QStringList {QStringLiteral("calendar"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QVERIFY(r.err.endsWith(QStringLiteral("Nothing was imported.\n")));
        QList<int> stored;
        QCOMPARE(calendar(&stored).years(), (QList<int> {2025, 2026}));
        QVERIFY(stored.isEmpty());
        QVERIFY(calendarAudit(m_db).isEmpty());
    }

    void importNeedsTheSettingsPermission()
    {
        const QString path = file(QStringLiteral("2027.json"), yearText(2027, {QStringLiteral("2027-01-01 元旦")}));
        const QStringList import {QStringLiteral("calendar"), QStringLiteral("import"), path};
        // No user at all.
        Run r = run(QStringList {QStringLiteral("--db"), m_db} + import);
        QCOMPARE(r.exitCode, int(CommandLine::Refused));
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        // A clerk and a reviewer may not change the settings.
        for (const auto& [name, role] : {std::pair {QStringLiteral("luru"), QStringLiteral("clerk")},
                                         std::pair {QStringLiteral("shenhe"), QStringLiteral("reviewer")}}) {
            r = run(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--user"), name} + import);
            QCOMPARE(r.exitCode, int(CommandLine::Refused));
            QCOMPARE(r.err.trimmed(), Access::refusal(role, Access::Permission::ChangeSettings));
        }
        // A wrong password.
        qputenv("SHUANGSUI_PASSWORD", "wrong1234");
        r = run(asAdmin() + import);
        QCOMPARE(r.exitCode, int(CommandLine::Refused));
        qputenv("SHUANGSUI_PASSWORD", kPassword.toUtf8());
        QVERIFY(!calendar().hasYear(2027));
        QVERIFY(calendarAudit(m_db).isEmpty());

        // Reading needs nobody.
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("calendar")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("export"),
                      QStringLiteral("2026")})
                     .exitCode,
                 0);
        // The administrator may.
        r = run(asAdmin() + import);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(calendar().hasYear(2027));
    }

    void exportWritesWhatImportReads()
    {
        const QString path = m_dir.filePath(QStringLiteral("2026年工作日历.json"));
        Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("export"),
                     QStringLiteral("2026"), QStringLiteral("-o"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList problems;
        const auto years = CalendarRepository::readFile(path, &problems);
        QVERIFY2(years, qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(*years, QList<WorkCalendar::Year> {*CalendarRepository::shipped().year(2026)});
        QString error;
        auto db = Database::open(m_db, &error);
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT action, object_id, new_values FROM audit_log ORDER BY seq DESC LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("export"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026年工作日历.json"));
        QVERIFY(q.value(2).toString().contains(ExportFile::sha256Of(path)));
        db.reset();

        // Without -o the JSON goes to the output.
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("export"),
                 QStringLiteral("2025")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(*WorkCalendar::yearsFromJson(r.out.toUtf8(), nullptr),
                 QList<WorkCalendar::Year> {*CalendarRepository::shipped().year(2025)});

        // A year without a calendar, and usage errors.
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("export"),
                 QStringLiteral("2030")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), WorkCalendar::missingYearWarning(2030));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("export")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("frobnicate")}).exitCode,
                 2);
        QCOMPARE(run(asAdmin() + QStringList {QStringLiteral("calendar"), QStringLiteral("import")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCommands)
#include "tst_calendarcommands.moc"
