#include "ApproveInspectionCommand.h"

#include "InspectionApproval.h"
#include "PlanArguments.h"
#include "PlanOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

ApproveInspectionCommand::ApproveInspectionCommand()
{
    name = QStringLiteral("approve-inspection");
    synopsis
        = QStringLiteral("approve-inspection PLAN_CODE --approver NAME --post POST --date YYYY-MM-DD [--opinion TEXT]");
    summary = tr("record the approval of the plan's inspections (行政检查审批表), before the first result");
    login = Login::Required; // the role is PlanOperations' to check
    options
        = {{QStringLiteral("approver"), tr("The leader who approved (审批人)."), QStringLiteral("NAME")},
           {QStringLiteral("post"), tr("The approver's post (职务), e.g. 副局长."), QStringLiteral("POST")},
           {QStringLiteral("date"), tr("The date of the approval on the signed form."), QStringLiteral("YYYY-MM-DD")},
           {QStringLiteral("opinion"),
            tr("The approver's opinion (审批意见); default: %1").arg(InspectionApprovals::defaultOpinion()),
            QStringLiteral("TEXT")}};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

int ApproveInspectionCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, session.err);
    if (!plan)
        return ExitCode::DataError;
    InspectionApproval approval;
    approval.approver = parser.value(QStringLiteral("approver"));
    approval.post = parser.value(QStringLiteral("post"));
    const QString date = parser.value(QStringLiteral("date"));
    approval.approvedOn = QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !approval.approvedOn.isValid()) {
        session.err << tr("--date %1 is not a date: write it as 2026-03-03.").arg(date) << Qt::endl;
        return ExitCode::UsageError;
    }
    approval.opinion = parser.isSet(QStringLiteral("opinion")) ? parser.value(QStringLiteral("opinion"))
                                                               : InspectionApprovals::defaultOpinion();
    const Outcome outcome = PlanOperations(*db, session.actor).approve(plan->id, approval);
    if (!outcome)
        return report(session, outcome);
    session.out << tr("the inspections of %1 are approved: %2").arg(plan->code, InspectionApprovals::describe(approval))
                << Qt::endl;
    return ExitCode::Done;
}
