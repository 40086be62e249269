#include "SubstituteCommand.h"

#include "DrawPreparation.h"
#include "PlanArguments.h"
#include "PlanOperations.h"
#include "SubstitutionOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

SubstituteCommand::SubstituteCommand()
{
    name = QStringLiteral("substitute");
    synopsis = QStringLiteral("substitute PLAN_CODE --visit N --inspector CODE --reason TEXT");
    summary = tr("a member of a visit's team cannot attend: the draw's rule\npicks the replacement (递补)");
    login = Login::Required; // the role is SubstitutionOperations' to check
    options = {PlanArguments::visitOption(),
               {QStringLiteral("inspector"), tr("The code of the member who cannot attend, e.g. ZF-003."),
                QStringLiteral("CODE")},
               {QStringLiteral("reason"), tr("Why the member cannot attend (it is published with the record)."),
                QStringLiteral("TEXT")}};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

QString SubstituteCommand::usageProblem(const QCommandLineParser& parser) const
{
    if (const QString problem
        = PlanArguments::visitProblem(parser.value(QStringLiteral("visit")), parser.isSet(QStringLiteral("visit")));
        !problem.isEmpty())
        return problem;
    if (parser.value(QStringLiteral("inspector")).trimmed().isEmpty())
        return tr("Give the member who cannot attend with --inspector CODE.");
    return {};
}

int SubstituteCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, session.err);
    if (!plan)
        return ExitCode::DataError;
    // The role and the plan's status first, so that a role that may not substitute is told so whatever the visit.
    if (const Outcome allowed = PlanOperations(*db, session.actor).check(PlanAction::Substitute, plan->id); !allowed)
        return report(session, allowed);
    const int number = parser.value(QStringLiteral("visit")).toInt();
    QString problem;
    const QString entity = PlanArguments::visitEntity(*db, session.actor, *plan, number, &problem);
    if (entity.isEmpty()) {
        session.err << problem << Qt::endl;
        return ExitCode::DataError;
    }
    std::optional<DrawSubstitution> substitution;
    const Outcome outcome = SubstitutionOperations(*db, session.actor)
                                .substitute(plan->id, entity, parser.value(QStringLiteral("inspector")).trimmed(),
                                            parser.value(QStringLiteral("reason")), &substitution);
    if (!outcome)
        return report(session, outcome);
    const auto found = DrawPreparation::findEntity(*db, entity);
    session.out << tr("visit No. %1 (%2): %3 is replaced by %4")
                       .arg(number)
                       .arg(found ? found->name : entity, substitution->out, substitution->in)
                << Qt::endl;
    return ExitCode::Done;
}
