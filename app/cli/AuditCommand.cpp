#include "AuditCommand.h"

#include "AuditTrail.h"
#include "RegistryCheck.h"

#include <QTextStream>

AuditCommand::AuditCommand()
{
    name = QStringLiteral("audit verify");
    synopsis = QStringLiteral("audit verify");
    summary = tr("check that the audit trail is whole and unaltered");
    dataFile = DataFile::ReadOnly;
}

int AuditCommand::run(Session& session, const QCommandLineParser&)
{
    QTextStream& err = session.err;
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    qint64 entries = 0;
    if (const auto problem = AuditTrail::verify(*db, &entries)) {
        err << QStringLiteral("audit trail NOT intact: %1").arg(problem->message) << Qt::endl;
        return ExitCode::DataError;
    }
    // The log is whole; are the registries still what it says?
    QString error;
    const auto differences = RegistryCheck::run(*db, 20, &error);
    if (!differences) {
        err << error << Qt::endl;
        return ExitCode::DataError;
    }
    if (!differences->isEmpty()) {
        err << tr("The data file was changed outside the program:") << Qt::endl;
        for (const RegistryDifference& d : *differences)
            err << QStringLiteral("  ") << RegistryCheck::describe(d) << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << QStringLiteral("audit trail verified: %1 entries").arg(entries) << Qt::endl;
    return ExitCode::Done;
}
