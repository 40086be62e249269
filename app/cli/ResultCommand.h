// The result of one visit × item, as the results panel of a plan handles it (ResultOperations: the role, the
// result's state, the rules of the result):
// - `result record PLAN_CODE --visit N --item CODE --file RESULT.json`: version 1, from the file (ResultFile.h);
// - `result submit|approve|publish PLAN_CODE --visit N --item CODE`: the next step of its review;
// - `result return PLAN_CODE --visit N --item CODE --comment TEXT`: back to the clerk, with the reason.
// Each prints the visit, the item and the result's state after it.
#pragma once

#include "Command.h"
#include "ResultState.h"

#include <optional>

struct Plan;
struct ResultRow;

class ResultCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResultCommand)

public:
    QString usageProblem(const QCommandLineParser& parser) const override;

protected:
    explicit ResultCommand(const QString& word);
    // The plan and the row of the visit × item the options name; nullopt after the reason was written to err.
    std::optional<ResultRow> find(Session& session, Database& db, const QCommandLineParser& parser) const;
    // "visit No. 3 (name), item JY-02: 待审核": the row's state now.
    int done(Session& session, Database& db, const ResultRow& row, qint64 resultId) const;
};

class ResultRecordCommand final : public ResultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResultRecordCommand)

public:
    ResultRecordCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};

// submit, approve, return or publish.
class ResultStepCommand final : public ResultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResultStepCommand)

public:
    explicit ResultStepCommand(ResultAction action);
    int run(Session& session, const QCommandLineParser& parser) override;

private:
    ResultAction m_action;
};
