#include "RecusalCommand.h"

#include "DrawPreparation.h"
#include "PlanArguments.h"
#include "PlanOperations.h"
#include "Recusal.h"
#include "SubstitutionOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

RecusalCommand::RecusalCommand()
{
    name = QStringLiteral("recusal");
    synopsis = QStringLiteral("recusal PLAN_CODE --visit N --inspector CODE --applied DATE --reason TEXT "
                              "--decision granted|refused --decided-by NAME --decided-on DATE");
    summary = tr("the inspected party asks that a member step aside (申请回避): the application and\nthe decision; "
                 "granted, the draw's rule picks the replacement");
    login = Login::Required; // the role is SubstitutionOperations' to check
    options
        = {PlanArguments::visitOption(),
           {QStringLiteral("inspector"), tr("The code of the member the party asks to step aside."),
            QStringLiteral("CODE")},
           {QStringLiteral("applied"), tr("The date of the application."), QStringLiteral("YYYY-MM-DD")},
           {QStringLiteral("reason"), tr("The reason the party gave."), QStringLiteral("TEXT")},
           {QStringLiteral("decision"), tr("granted (准予回避) or refused (不予回避)."), QStringLiteral("DECISION")},
           {QStringLiteral("decided-by"), tr("Who decided, e.g. 王立新（副局长）."), QStringLiteral("NAME")},
           {QStringLiteral("decided-on"), tr("The date of the decision."), QStringLiteral("YYYY-MM-DD")}};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

QString RecusalCommand::usageProblem(const QCommandLineParser& parser) const
{
    if (const QString problem
        = PlanArguments::visitProblem(parser.value(QStringLiteral("visit")), parser.isSet(QStringLiteral("visit")));
        !problem.isEmpty())
        return problem;
    if (parser.value(QStringLiteral("inspector")).trimmed().isEmpty())
        return tr("Give the member the party asks to step aside with --inspector CODE.");
    const QString decision = parser.value(QStringLiteral("decision"));
    if (decision != QLatin1String("granted") && decision != QLatin1String("refused"))
        return tr("Give the decision with --decision granted or --decision refused.");
    for (const char* option : {"applied", "decided-on"}) {
        const QString text = parser.value(QString::fromLatin1(option));
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
            return tr("--%1 %2 is not a date: write it as 2026-03-03.").arg(QString::fromLatin1(option), text);
    }
    return {};
}

int RecusalCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, session.err);
    if (!plan)
        return ExitCode::DataError;
    // The role and the plan's status first, so that a role that may not change teams is told so whatever the visit.
    if (const Outcome allowed = PlanOperations(*db, session.actor).check(PlanAction::Substitute, plan->id); !allowed)
        return report(session, allowed);
    const int number = parser.value(QStringLiteral("visit")).toInt();
    QString problem;
    const QString entity = PlanArguments::visitEntity(*db, session.actor, *plan, number, &problem);
    if (entity.isEmpty()) {
        session.err << problem << Qt::endl;
        return ExitCode::DataError;
    }
    RecusalRequest request;
    request.entity = entity;
    request.inspector = parser.value(QStringLiteral("inspector")).trimmed();
    request.appliedOn = QDate::fromString(parser.value(QStringLiteral("applied")), Qt::ISODate);
    request.reason = parser.value(QStringLiteral("reason"));
    request.granted = parser.value(QStringLiteral("decision")) == QLatin1String("granted");
    request.decidedBy = parser.value(QStringLiteral("decided-by"));
    request.decidedOn = QDate::fromString(parser.value(QStringLiteral("decided-on")), Qt::ISODate);
    std::optional<DrawSubstitution> substitution;
    const Outcome outcome = SubstitutionOperations(*db, session.actor).recordRecusal(plan->id, request, &substitution);
    if (!outcome)
        return report(session, outcome);
    const auto found = DrawPreparation::findEntity(*db, entity);
    const QString visit = found ? found->name : entity;
    if (substitution)
        session.out << tr("visit No. %1 (%2): the application against %3 is granted; %3 is replaced by %4")
                           .arg(number)
                           .arg(visit, substitution->out, substitution->in)
                    << Qt::endl;
    else
        session.out << tr("visit No. %1 (%2): the application against %3 is refused and recorded; the team stays")
                           .arg(number)
                           .arg(visit, request.inspector)
                    << Qt::endl;
    return ExitCode::Done;
}
