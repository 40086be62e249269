#include "ReindexCommand.h"

#include "EntityRepository.h"
#include "EntitySearch.h"

#include <QTextStream>

ReindexCommand::ReindexCommand()
{
    name = QStringLiteral("reindex");
    synopsis = QStringLiteral("reindex");
    summary = tr("build the entity search index again (after the data file was changed outside the program)");
    dataFile = DataFile::Exclusive;
}

int ReindexCommand::run(Session& session, const QCommandLineParser&)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    QString error;
    if (!EntitySearch::rebuild(*db, &error)) {
        session.err << error << '\n';
        session.err.flush();
        return ExitCode::DataError;
    }
    session.out << tr("The entity search index was built again: %n entities.", nullptr,
                      EntityRepository(*db).count())
                << '\n';
    session.out.flush();
    return ExitCode::Done;
}
