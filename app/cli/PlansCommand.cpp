#include "PlansCommand.h"

#include "PlanRepository.h"
#include "Vocabulary.h"

#include <QTextStream>

PlansCommand::PlansCommand()
{
    name = QStringLiteral("plans");
    synopsis = QStringLiteral("plans");
    summary = tr("list the plans: code, tab, title, tab, status");
    dataFile = DataFile::ReadOnly;
}

int PlansCommand::run(Session& session, const QCommandLineParser&)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    for (const Plan& plan : PlanRepository(*db).list())
        session.out << plan.code << '\t' << plan.title << '\t' << Vocabulary::planStatuses().chinese(plan.status)
                    << '\n';
    session.out.flush();
    return ExitCode::Done;
}
