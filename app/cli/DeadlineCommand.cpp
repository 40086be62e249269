#include "DeadlineCommand.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "WorkCalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace {

// Gives the command's texts their translation context.
class DeadlineCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)

public:
    static QString usage();
    static int run(Database* db, const QStringList& args, QTextStream& out, QTextStream& err);
};

QString DeadlineCommand::usage()
{
    return tr("Usage: shuangsui-cli [--db FILE] deadline --end YYYY-MM-DD\n"
              "Prints the last day on which the inspection report may be published: the %1th working day after "
              "the inspection ends.")
        .arg(WorkCalendar::kPublicationWorkingDays);
}

int DeadlineCommand::run(Database* db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption endOption(QStringLiteral("end"), tr("The last day of the inspection."),
                                       QStringLiteral("YYYY-MM-DD"));
    parser.addOption(endOption);
    // The parser takes the program name first; it is not used.
    if (!parser.parse(QStringList {QStringLiteral("deadline")} + args)) {
        err << parser.errorText() << '\n' << usage() << '\n';
        return 2;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(endOption)) {
        err << usage() << '\n';
        return 2;
    }
    const QString text = parser.value(endOption).trimmed();
    static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate end = QDate::fromString(text, Qt::ISODate);
    if (!isoShape.match(text).hasMatch() || !end.isValid()) {
        err << tr("“%1” is not a date: give the last day of the inspection as YYYY-MM-DD, e.g. 2026-09-30.").arg(text)
            << '\n';
        return 1;
    }

    QStringList warnings;
    const WorkCalendar calendar = db ? CalendarRepository(*db).load(&warnings) : CalendarRepository::shipped(&warnings);
    const QDate deadline = calendar.publicationDeadline(end, &warnings);
    out << deadline.toString(Qt::ISODate) << '\n';
    for (const QString& warning : std::as_const(warnings))
        out << warning << '\n';
    out.flush();
    return 0;
}

} // namespace

int runDeadlineCommand(Database* db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    return DeadlineCommand::run(db, args, out, err);
}
