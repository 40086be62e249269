// `recusal PLAN_CODE --visit N --inspector CODE --applied DATE --reason TEXT --decision granted|refused
// --decided-by NAME --decided-on DATE`: 被检查人申请回避 — records the inspected party's application against a member
// of visit N's team and the decision on it (SubstitutionOperations::recordRecusal); a granted one replaces the
// member by the draw's rule, as 递补 does. The same rules and sentences as the window's 申请回避 dialog.
#pragma once

#include "Command.h"

class RecusalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecusalCommand)

public:
    RecusalCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
