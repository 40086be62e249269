#include "PublishCommand.h"

#include "PlanRepository.h"
#include "Publication.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

PublishCommand::PublishCommand()
{
    name = QStringLiteral("publish");
    synopsis = QStringLiteral("publish PLAN_CODE --out DIR");
    summary = tr("write the plan's website package (pages, record, verify\npage, results as .xlsx, CSV and JSON) into "
                 "the new DIR");
    login = Login::Required;
    permission = Access::Permission::PublishResults;
    options = {{QStringLiteral("out"), tr("The folder to make for the package; it must be new or empty."),
                QStringLiteral("DIR")}};
    arguments = {{QStringLiteral("PLAN_CODE"), tr("The plan's code (see plans).")}};
}

QString PublishCommand::usageProblem(const QCommandLineParser& parser) const
{
    return parser.value(QStringLiteral("out")).isEmpty() ? tr("Give the folder for the package with --out DIR.")
                                                         : QString();
}

int PublishCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QString code = parser.positionalArguments().at(0);
    const QString dir = parser.value(QStringLiteral("out"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanRepository(*db).findByCode(code);
    if (!plan) {
        session.err << tr("There is no plan %1: `plans` lists the plans.").arg(code) << Qt::endl;
        return ExitCode::DataError;
    }
    QList<PublishedFile> files;
    QString error;
    if (!Publication::writePackage(*db, plan->id, dir, &files, &error)) {
        session.err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << tr("website package of %1 written to %2").arg(plan->code, QDir::toNativeSeparators(dir)) << Qt::endl;
    for (const PublishedFile& f : files)
        session.out << f.sha256 << "  " << f.name << Qt::endl;
    return ExitCode::Done;
}
