// `draw REQUEST.json [-o RESULT.json]`: computes a draw (draw specification shuangsui-draw/1) from a request file;
// no data file needed. The result goes to RESULT.json, or to the standard output.
#pragma once

#include "Command.h"

class DrawCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DrawCommand)

public:
    DrawCommand();
    QString usage() const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
