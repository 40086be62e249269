#include "CalendarCommand.h"

#include "CalendarOperations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

CalendarCommand::CalendarCommand()
{
    name = QStringLiteral("calendar");
    synopsis = QStringLiteral("calendar");
    summary = tr("list the years of the working-day calendar");
}

QString CalendarCommand::familyUsage()
{
    const QString program = QStringLiteral("shuangsui-cli --db FILE ");
    return Command::tr("usage: %1")
        .arg(QStringList {program + CalendarCommand().synopsis, program + CalendarImportCommand().synopsis,
                          program + CalendarExportCommand().synopsis}
                 .join(QStringLiteral("\n       ")));
}

QString CalendarCommand::usage() const
{
    return familyUsage();
}

int CalendarCommand::run(Session& session, const QCommandLineParser&)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const CalendarOperations calendars(*db, session.actor);
    QStringList problems;
    const WorkCalendar calendar = calendars.calendar(&problems);
    for (const QString& problem : std::as_const(problems))
        session.err << problem << Qt::endl;
    const QList<int> stored = calendars.storedYears();
    for (int year : calendar.years()) {
        const WorkCalendar::Year y = *calendar.year(year);
        session.out << year << '\t' << tr("%1 holidays").arg(y.holidays.size()) << '\t'
                    << tr("%1 make-up working days").arg(y.workdays.size()) << '\t'
                    << (stored.contains(year) ? QStringLiteral("edited") : QStringLiteral("shipped")) << '\n';
    }
    if (calendar.years().isEmpty())
        session.err << tr("The calendar has no year.") << Qt::endl;
    session.out.flush();
    return ExitCode::Done;
}

CalendarImportCommand::CalendarImportCommand()
{
    name = QStringLiteral("calendar import");
    synopsis = QStringLiteral("calendar import FILE.json [--dry-run]");
    summary = tr("import years of holidays and make-up working days");
    login = Login::Required;
    permission = Access::Permission::ChangeSettings; // CalendarOperations::check()
    options = {{QStringLiteral("dry-run"), tr("Say what would change; write nothing.")}};
    arguments = {{QStringLiteral("FILE.json"),
                  tr("A year of the calendar, or a list of years, as calendar export "
                     "writes them.")}};
}

int CalendarImportCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& out = session.out;
    QTextStream& err = session.err;
    const QString path = parser.positionalArguments().at(0);
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    // The role first, also for a dry run.
    CalendarOperations calendars(*db, session.actor);
    if (const Outcome allowed = calendars.check(); !allowed)
        return report(session, allowed);
    QStringList problems;
    const auto years = CalendarRepository::readFile(path, &problems);
    if (!years) {
        for (const QString& problem : std::as_const(problems))
            err << problem << Qt::endl;
        err << tr("Nothing was imported.") << Qt::endl;
        return ExitCode::DataError;
    }
    int changed = 0;
    for (const CalendarRepository::YearChange& change : calendars.changes(*years)) {
        if (change.isUnchanged()) {
            out << tr("%1: unchanged").arg(change.year) << Qt::endl;
            continue;
        }
        ++changed;
        if (change.isNew()) {
            out << change.differences.first() << Qt::endl;
            continue;
        }
        out << (change.beforeStored ? tr("%1: replaces the version edited in this data file:")
                                    : tr("%1: replaces the shipped version:"))
                   .arg(change.year)
            << Qt::endl;
        for (const QString& line : change.differences)
            out << QStringLiteral("  ") << line << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out << tr("dry run: nothing was written.") << Qt::endl;
        return ExitCode::Done;
    }
    if (const Outcome imported = calendars.importYears(*years); !imported) {
        const int exit = report(session, imported);
        err << tr("Nothing was imported.") << Qt::endl;
        return exit;
    }
    out << tr("imported %1 years, %2 changed").arg(years->size()).arg(changed) << Qt::endl;
    return ExitCode::Done;
}

CalendarExportCommand::CalendarExportCommand()
{
    name = QStringLiteral("calendar export");
    synopsis = QStringLiteral("calendar export YEAR [-o FILE.json]");
    summary = tr("write a year of the calendar as JSON");
    options = {{{QStringLiteral("o"), QStringLiteral("out")},
                tr("Write the year to this file instead of the standard output."),
                QStringLiteral("FILE.json")}};
    arguments = {{QStringLiteral("YEAR"), tr("The year, e.g. 2026.")}};
}

QString CalendarExportCommand::usageProblem(const QCommandLineParser& parser) const
{
    bool ok = false;
    parser.positionalArguments().at(0).toInt(&ok);
    return ok ? QString() : tr("%1 is not a year.").arg(parser.positionalArguments().at(0));
}

int CalendarExportCommand::run(Session& session, const QCommandLineParser& parser)
{
    const int year = parser.positionalArguments().at(0).toInt();
    const QString path = parser.value(QStringLiteral("out"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    CalendarOperations calendars(*db, session.actor);
    const auto y = calendars.calendar().year(year);
    if (!y) {
        session.err << WorkCalendar::missingYearWarning(year) << Qt::endl;
        return ExitCode::DataError;
    }
    if (path.isEmpty()) {
        session.out << QString::fromUtf8(QJsonDocument(y->toJson()).toJson(QJsonDocument::Indented));
        session.out.flush();
        return ExitCode::Done;
    }
    if (const Outcome exported = calendars.exportYears(path, {*y}); !exported)
        return report(session, exported);
    session.out << tr("calendar of %1 written to %2").arg(year).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitCode::Done;
}
