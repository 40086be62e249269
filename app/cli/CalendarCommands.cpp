#include "CalendarCommands.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "WorkCalendar.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace {

struct CalendarCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
};

QString calendarUsage()
{
    return CalendarCommand::tr("usage: shuangsui-cli --db FILE calendar\n"
                               "       shuangsui-cli --db FILE calendar import FILE.json [--dry-run]\n"
                               "       shuangsui-cli --db FILE calendar export YEAR [-o FILE.json]");
}

int usageError(QTextStream& err)
{
    err << calendarUsage() << Qt::endl;
    return 2;
}

int listYears(Database& db, QTextStream& out, QTextStream& err)
{
    CalendarRepository repository(db);
    QStringList problems;
    const WorkCalendar calendar = repository.load(&problems);
    for (const QString& problem : std::as_const(problems))
        err << problem << Qt::endl;
    const QList<int> stored = repository.storedYears();
    for (int year : calendar.years()) {
        const WorkCalendar::Year y = *calendar.year(year);
        out << year << '\t' << CalendarCommand::tr("%1 holidays").arg(y.holidays.size()) << '\t'
            << CalendarCommand::tr("%1 make-up working days").arg(y.workdays.size()) << '\t'
            << (stored.contains(year) ? QStringLiteral("edited") : QStringLiteral("shipped")) << '\n';
    }
    if (calendar.years().isEmpty())
        err << CalendarCommand::tr("The calendar has no year.") << Qt::endl;
    out.flush();
    return 0;
}

int importYears(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    QString path;
    bool dryRun = false;
    for (const QString& a : args) {
        if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (path.isEmpty() && !a.startsWith(QLatin1Char('-')))
            path = a;
        else
            return usageError(err);
    }
    if (path.isEmpty())
        return usageError(err);
    QStringList problems;
    const auto years = CalendarRepository::readFile(path, &problems);
    if (!years) {
        for (const QString& problem : std::as_const(problems))
            err << problem << Qt::endl;
        err << CalendarCommand::tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    CalendarRepository repository(db);
    int changed = 0;
    for (const CalendarRepository::YearChange& change : repository.changes(*years)) {
        if (change.isUnchanged()) {
            out << CalendarCommand::tr("%1: unchanged").arg(change.year) << Qt::endl;
            continue;
        }
        ++changed;
        if (change.isNew())
            out << change.differences.first() << Qt::endl;
        else {
            out << (change.beforeStored ? CalendarCommand::tr("%1: replaces the version edited in this data file:")
                                        : CalendarCommand::tr("%1: replaces the shipped version:"))
                       .arg(change.year)
                << Qt::endl;
            for (const QString& line : change.differences)
                out << QStringLiteral("  ") << line << Qt::endl;
        }
    }
    if (dryRun) {
        out << CalendarCommand::tr("dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    WriteTransaction tx(db);
    if (!repository.importYears(tx, *years) || !tx.commit()) {
        err << tx.error() << Qt::endl;
        return 1;
    }
    out << CalendarCommand::tr("imported %1 years, %2 changed").arg(years->size()).arg(changed) << Qt::endl;
    return 0;
}

int exportYear(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    QString yearText;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--out")) && i + 1 < args.size() && path.isEmpty())
            path = args.at(++i);
        else if (a.startsWith(QLatin1String("--out=")) && path.isEmpty())
            path = a.mid(6);
        else if (yearText.isEmpty() && !a.startsWith(QLatin1Char('-')))
            yearText = a;
        else
            return usageError(err);
    }
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok)
        return usageError(err);
    const auto y = CalendarRepository(db).load().year(year);
    if (!y) {
        err << WorkCalendar::missingYearWarning(year) << Qt::endl;
        return 1;
    }
    if (path.isEmpty()) {
        out << QString::fromUtf8(QJsonDocument(y->toJson()).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }
    QString error;
    if (!CalendarRepository(db).exportFile(path, {*y}, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << CalendarCommand::tr("calendar of %1 written to %2").arg(year).arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return 0;
}

} // namespace

int runCalendarCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty())
        return listYears(db, out, err);
    const QString& sub = args.first();
    if (sub == QLatin1String("import"))
        return importYears(db, args.mid(1), out, err);
    if (sub == QLatin1String("export"))
        return exportYear(db, args.mid(1), out, err);
    return usageError(err);
}
