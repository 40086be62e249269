#include "VerifyCommand.h"

#include "DrawCommands.h"
#include "DrawEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

VerifyCommand::VerifyCommand()
{
    name = QStringLiteral("verify");
    synopsis = QStringLiteral("verify RECORD.json");
    summary = tr("check a published draw record; no data file needed");
    dataFile = DataFile::None;
    login = Login::Never;
    arguments = {{QStringLiteral("RECORD.json"), tr("The published draw record (draw specification §6).")}};
}

QString VerifyCommand::usage() const
{
    return tr("Usage: %1").arg(QStringLiteral("shuangsui-cli ") + synopsis);
}

int VerifyCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        session.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitCode::DataError;
    }
    QString error;
    const std::optional<DrawRecord> record = DrawJson::readRecord(file.readAll(), &error);
    if (!record) {
        session.err << tr("%1: %2").arg(path, error) << Qt::endl;
        return ExitCode::DataError;
    }
    QString difference;
    if (!DrawEngine::verify(*record, &difference)) {
        session.out << tr("Not verified: %1").arg(difference) << Qt::endl;
        return ExitCode::DataError;
    }
    // A fixed word scripts can test for, so it is not translated.
    session.out << "verified" << Qt::endl;
    return ExitCode::Done;
}

int runVerifyCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Session session(out, err);
    return VerifyCommand().execute(session, args);
}
