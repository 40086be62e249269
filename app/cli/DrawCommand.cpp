#include "DrawCommand.h"

#include "DrawCommands.h"
#include "DrawEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

DrawCommand::DrawCommand()
{
    name = QStringLiteral("draw");
    synopsis = QStringLiteral("draw REQUEST.json [-o RESULT.json]");
    summary = tr("compute a draw (%1); no data file needed").arg(drawSpecVersion);
    dataFile = DataFile::None;
    login = Login::Never;
    options = {{{QStringLiteral("o"), QStringLiteral("output")},
                tr("Write the result to this file instead of the standard output."),
                QStringLiteral("RESULT.json")}};
    arguments
        = {{QStringLiteral("REQUEST.json"), tr("The draw request (draw specification %1).").arg(drawSpecVersion)}};
}

QString DrawCommand::usage() const
{
    return tr("Usage: %1").arg(QStringLiteral("shuangsui-cli ") + synopsis);
}

int DrawCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& err = session.err;
    const QString requestPath = parser.positionalArguments().at(0);
    const QString resultPath = parser.value(QStringLiteral("output"));
    QString error;
    std::optional<DrawRequest> request;
    QFile file(requestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(requestPath, file.errorString()) << Qt::endl;
        return ExitCode::DataError;
    }
    // Read whole, not mapped: a mapped file that another program cuts short while it is read would stop the program
    // (SIGBUS) instead of giving a message. The rules of the request are checked once, by the draw (the same
    // sentences readRequest gives).
    request = DrawJson::parseRequest(file.readAll(), &error);
    if (!request) {
        err << tr("%1: %2").arg(requestPath, error) << Qt::endl;
        return ExitCode::DataError;
    }
    const std::optional<DrawResult> result = DrawEngine::draw(*request, &error);
    if (!result) {
        err << tr("%1: %2").arg(requestPath, error) << Qt::endl;
        return ExitCode::DataError;
    }
    if (resultPath.isEmpty()) {
        session.out << QString::fromUtf8(DrawJson::write(*result));
        session.out.flush();
        return ExitCode::Done;
    }
    QSaveFile out(resultPath);
    if (!out.open(QIODevice::WriteOnly) || !DrawJson::write(*result, &out) || !out.commit()) {
        err << tr("Cannot write %1: %2").arg(resultPath, out.errorString()) << Qt::endl;
        return ExitCode::DataError;
    }
    qsizetype selected = 0;
    for (const DrawItemResult& item : result->items) {
        for (const DrawStratumResult& stratum : item.strata)
            selected += stratum.selected.size();
    }
    session.out
        << tr("%1 selections, %2 teams; result written to %3.").arg(selected).arg(result->teams.size()).arg(resultPath)
        << Qt::endl;
    return ExitCode::Done;
}

int runDrawCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Session session(out, err);
    return DrawCommand().execute(session, args);
}
