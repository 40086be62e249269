// `approve-inspection PLAN_CODE --approver NAME --post POST --date YYYY-MM-DD [--opinion TEXT]`: records the approval
// of the plan's draw (行政检查审批, PlanOperations::approve) from the signed 行政检查审批表, before the first result;
// the same rules and refusals as the window's 检查审批 dialog. The opinion is InspectionApprovals::defaultOpinion()
// when not given.
#pragma once

#include "Command.h"

class ApproveInspectionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ApproveInspectionCommand)

public:
    ApproveInspectionCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
