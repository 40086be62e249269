// `shuangsui-cli --db FILE record PLAN_CODE [-o FILE.json|FILE.html]`: writes the published record of a plan's
// draw (to stdout without -o; an .html name gets the browser verify page with the record inside it).
#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// `args` are the arguments after the command word; returns 0, 1 (data) or 2 (usage).
int runRecordCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err);
