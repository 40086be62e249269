#include "VoidCommand.h"

#include "PlanArguments.h"
#include "PlanOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

VoidCommand::VoidCommand()
{
    name = QStringLiteral("void");
    synopsis = QStringLiteral("void PLAN_CODE --reason TEXT");
    summary = tr("void the plan's draw, with the reason (before any result)");
    login = Login::Required; // the role is PlanOperations' to check
    options = {{QStringLiteral("reason"), tr("Why the draw is voided (it is published with the record)."),
                QStringLiteral("TEXT")}};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

int VoidCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, session.err);
    if (!plan)
        return ExitCode::DataError;
    const Outcome outcome
        = PlanOperations(*db, session.actor).voidDraw(plan->id, parser.value(QStringLiteral("reason")));
    if (!outcome)
        return report(session, outcome);
    session.out << tr("the draw of %1 is void; a new seed and draw follow").arg(plan->code) << Qt::endl;
    return ExitCode::Done;
}
