#include "DemoCommand.h"

#include "DemoData.h"

#include <QTextStream>

DemoCommand::DemoCommand()
{
    name = QStringLiteral("demo");
    synopsis = QStringLiteral("demo");
    summary = tr("fill a new data file with the demo data of 昌黎县");
    login = Login::Never; // only a new file without users is filled
}

int DemoCommand::run(Session& session, const QCommandLineParser&)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    QString error;
    if (!DemoData::fill(*db, &error) || !DemoData::addFinishedPlan(*db, &error)) {
        session.err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << tr("demo data written to %1").arg(db->path()) << Qt::endl;
    return ExitCode::Done;
}
