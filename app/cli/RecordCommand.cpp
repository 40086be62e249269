#include "RecordCommand.h"

#include "Database.h"
#include "ExportFile.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "VerifyPage.h"

int runRecordCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    QString code;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("-o") && i + 1 < args.size()) {
            output = args.at(++i);
        } else if (code.isEmpty() && !args.at(i).startsWith(QLatin1Char('-'))) {
            code = args.at(i);
        } else {
            err << PlanDraw::tr("usage: shuangsui-cli --db FILE record PLAN_CODE [-o FILE.json|FILE.html]") << Qt::endl;
            return 2;
        }
    }
    if (code.isEmpty()) {
        err << PlanDraw::tr("usage: shuangsui-cli --db FILE record PLAN_CODE [-o FILE.json|FILE.html]") << Qt::endl;
        return 2;
    }
    const auto plan = PlanRepository(db).findByCode(code);
    if (!plan) {
        err << PlanDraw::tr("There is no plan %1.").arg(code) << Qt::endl;
        return 1;
    }
    QString error;
    const auto json = PlanDraw(db).publishedRecordJson(plan->id, &error);
    if (!json) {
        err << error << Qt::endl;
        return 1;
    }
    if (output.isEmpty()) {
        out << QString::fromUtf8(*json);
        out.flush();
        return 0;
    }
    // An .html name gets the browser verify page with the record inside it (issue: anyone can verify).
    const QByteArray bytes
        = output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? VerifyPage::render(*json) : *json;
    if (bytes.isEmpty() || !ExportFile::write(db, output, bytes, {{QStringLiteral("plan"), plan->code}}, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << PlanDraw::tr("published record of %1 written to %2").arg(plan->code, output) << Qt::endl;
    return 0;
}
