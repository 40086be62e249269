#include "RecordCommand.h"

#include "ExportFile.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "VerifyPage.h"

#include <QCommandLineParser>
#include <QTextStream>

RecordCommand::RecordCommand()
{
    name = QStringLiteral("record");
    synopsis = QStringLiteral("record PLAN_CODE [-o FILE.json|FILE.html]");
    summary = tr("the published record of a plan's draw; .html writes the\nbrowser verify page with the record inside");
    dataFile = DataFile::Shared; // adds no more than its own audit entry (the file written)
    options = {{{QStringLiteral("o"), QStringLiteral("out")},
                tr("Write the record to this file (.json), or the verify page with the record inside (.html)."),
                QStringLiteral("FILE")}};
    arguments = {{QStringLiteral("PLAN_CODE"), tr("The plan's code (see plans).")}};
}

int RecordCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& err = session.err;
    const QString code = parser.positionalArguments().at(0);
    const QString output = parser.value(QStringLiteral("out"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanRepository(*db).findByCode(code);
    if (!plan) {
        err << tr("There is no plan %1.").arg(code) << Qt::endl;
        return ExitCode::DataError;
    }
    QString error;
    const auto json = PlanDraw(*db).publishedRecordJson(plan->id, &error);
    if (!json) {
        err << error << Qt::endl;
        return ExitCode::DataError;
    }
    if (output.isEmpty()) {
        session.out << QString::fromUtf8(*json);
        session.out.flush();
        return ExitCode::Done;
    }
    // An .html name gets the browser verify page with the record inside it (issue: anyone can verify).
    const QByteArray bytes
        = output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? VerifyPage::render(*json) : *json;
    if (bytes.isEmpty() || !ExportFile::write(*db, output, bytes, {{QStringLiteral("plan"), plan->code}}, &error)) {
        err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << tr("published record of %1 written to %2").arg(plan->code, output) << Qt::endl;
    return ExitCode::Done;
}
