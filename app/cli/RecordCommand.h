// `record PLAN_CODE [-o FILE.json|FILE.html]`: the published record of a plan's draw (draw specification §6), to
// the standard output without -o; an .html name gets the browser verify page with the record inside it.
#pragma once

#include "Command.h"

class RecordCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    RecordCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
