// `verify RECORD.json`: recomputes a published draw record and replays its substitutions; prints "verified" (a
// fixed word for scripts) or the first difference. No data file needed.
#pragma once

#include "Command.h"

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    VerifyCommand();
    QString usage() const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
