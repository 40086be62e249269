#include "DeadlineCommand.h"

#include "CalendarRepository.h"
#include "WorkCalendar.h"

#include <QCommandLineParser>
#include <QDate>
#include <QRegularExpression>
#include <QTextStream>

DeadlineCommand::DeadlineCommand()
{
    name = QStringLiteral("deadline");
    synopsis = QStringLiteral("deadline --end YYYY-MM-DD");
    summary = tr("the publication deadline (%1 working days) of an inspection\nending that day")
                  .arg(WorkCalendar::kPublicationWorkingDays);
    dataFile = DataFile::ReadOnly;
    dataFileOptional = true; // without --db the shipped calendar is enough
    login = Login::Never;
    options = {{QStringLiteral("end"), tr("The last day of the inspection."), QStringLiteral("YYYY-MM-DD")}};
}

QString DeadlineCommand::usageProblem(const QCommandLineParser& parser) const
{
    return parser.isSet(QStringLiteral("end")) ? QString() : tr("Give the last day of the inspection with --end.");
}

int DeadlineCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QString text = parser.value(QStringLiteral("end")).trimmed();
    static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate end = QDate::fromString(text, Qt::ISODate);
    if (!isoShape.match(text).hasMatch() || !end.isValid()) {
        session.err
            << tr("“%1” is not a date: give the last day of the inspection as YYYY-MM-DD, e.g. 2026-09-30.").arg(text)
            << Qt::endl;
        return ExitCode::DataError;
    }
    // With a data file, the office's edited calendar counts.
    Database* db = nullptr;
    if (session.hasDataFile() && !(db = database(session)))
        return ExitCode::DataError;
    QStringList warnings;
    const WorkCalendar calendar = db ? CalendarRepository(*db).load(&warnings) : CalendarRepository::shipped(&warnings);
    const QDate deadline = calendar.publicationDeadline(end, &warnings);
    session.out << deadline.toString(Qt::ISODate) << '\n';
    for (const QString& warning : std::as_const(warnings))
        session.out << warning << '\n';
    session.out.flush();
    return ExitCode::Done;
}

int runDeadlineCommand(Database* db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    Session session(out, err);
    session.useDatabase(db);
    return DeadlineCommand().execute(session, args);
}
