#include "DocumentsCommand.h"

#include "DrawDocuments.h"
#include "ExportFile.h"
#include "PlanArguments.h"
#include "PlanDraw.h"
#include "ResultDocuments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

DocumentsCommand::DocumentsCommand()
{
    name = QStringLiteral("documents");
    synopsis = QStringLiteral("documents PLAN_CODE --out DIR");
    summary = tr("the plan's documents (pre-draw sheet, draw sheet, inspection notices, approval form) as\nprint-ready "
                 "HTML files in DIR");
    dataFile = DataFile::Shared; // adds no more than the audit entries of the files written
    options = {{QStringLiteral("out"), tr("The folder for the files: new or empty."), QStringLiteral("DIR")}};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

int DocumentsCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& err = session.err;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        err << tr("Give the folder for the documents with --out DIR.") << Qt::endl;
        return ExitCode::UsageError;
    }
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, err);
    if (!plan)
        return ExitCode::DataError;
    const QDir dir(out);
    if (dir.exists() && !dir.isEmpty()) {
        err << tr("The folder %1 is not empty: give a new or empty folder.").arg(QDir::toNativeSeparators(out))
            << Qt::endl;
        return ExitCode::DataError;
    }
    if (!QDir().mkpath(out)) {
        err << tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return ExitCode::DataError;
    }
    PlanDraw draw(*db);
    const bool frozen = draw.frozenRequest(plan->id).has_value();
    const auto current = draw.currentAttempt(plan->id);
    const bool drawn = current && current->result;
    if (!frozen) {
        err << tr("Plan %1 is not frozen yet: it has no documents to print.").arg(plan->code) << Qt::endl;
        return ExitCode::DataError;
    }
    QString error;
    QList<std::pair<QString, std::optional<DrawDocument>>> documents;
    documents.append({QStringLiteral("pre-draw-sheet.html"), DrawDocuments::preDrawSheet(*db, plan->id, &error)});
    if (drawn) {
        documents.append({QStringLiteral("draw-sheet.html"), DrawDocuments::drawSheet(*db, plan->id, &error)});
        documents.append({QStringLiteral("inspection-notices.html"),
                          DrawDocuments::inspectionNotice(*db, plan->id, QString(), &error)});
        documents.append({QStringLiteral("approval-form.html"), DrawDocuments::approvalForm(*db, plan->id, &error)});
        // Blank for the pen, and filled in from the results recorded (the same pages where none is).
        documents.append({QStringLiteral("on-site-records.html"),
                          DrawDocuments::onSiteRecord(*db, plan->id, QString(), {}, &error)});
        if (!ResultDocuments::onSiteFacts(*db, plan->id).isEmpty())
            documents.append({QStringLiteral("on-site-records-filled.html"),
                              ResultDocuments::filledOnSiteRecord(*db, plan->id, QString(), &error)});
    }
    for (const auto& [file, document] : documents) {
        if (!document) {
            err << error << Qt::endl;
            return ExitCode::DataError;
        }
        const QString path = dir.filePath(file);
        if (!ExportFile::write(*db, path, document->html.toUtf8(),
                               {{QStringLiteral("plan"), plan->code}, {QStringLiteral("title"), document->title}},
                               &error)) {
            err << error << Qt::endl;
            return ExitCode::DataError;
        }
        session.out << QDir::toNativeSeparators(path) << '\t' << document->title << Qt::endl;
    }
    if (!drawn)
        session.out << tr("Plan %1 has no standing draw yet: only the pre-draw sheet was written.").arg(plan->code)
                    << Qt::endl;
    return ExitCode::Done;
}
