// The public draw's two commands as functions, for callers in the same process (the tests, bench_draw): `draw
// REQUEST.json [-o RESULT.json]` (DrawCommand) and `verify RECORD.json` (VerifyCommand). `args` are the arguments
// after the command word; the return value is the exit code: 0 ok, 1 data error, 2 usage.
#pragma once

#include <QStringList>

class QTextStream;

int runDrawCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int runVerifyCommand(const QStringList& args, QTextStream& out, QTextStream& err);
