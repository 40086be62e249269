#include "AuditCommand.h"

#include "AuditTrail.h"
#include "PackageCheck.h"
#include "RegistryCheck.h"

#include <QCommandLineParser>
#include <QTextStream>

AuditCommand::AuditCommand()
{
    name = QStringLiteral("audit verify");
    synopsis = QStringLiteral("audit verify [--against DIR]…");
    summary = tr("check that the audit trail is whole and unaltered, and holds the audit head of each published "
                 "package given");
    dataFile = DataFile::ReadOnly;
    options = {{QStringLiteral("against"),
                tr("A website package this data file published: the audit entry its manifest pins must still be in "
                   "the trail, unchanged (repeat for more packages)."),
                QStringLiteral("DIR")}};
}

int AuditCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& err = session.err;
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    // The packages first: what they pin holds whatever this PC's anchor says.
    const QStringList packages = parser.values(QStringLiteral("against"));
    for (const QString& dir : packages) {
        PackageManifest manifest;
        if (const auto problem = PackageCheck::againstAuditTrail(*db, dir, &manifest)) {
            err << QStringLiteral("audit trail NOT intact: %1").arg(*problem) << Qt::endl;
            return ExitCode::DataError;
        }
        session.out << tr("package %1 (plan %2): audit entry %3 is in the trail, unchanged")
                           .arg(dir, manifest.plan)
                           .arg(manifest.auditSeq)
                    << Qt::endl;
    }
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
