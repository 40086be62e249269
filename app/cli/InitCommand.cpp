#include "InitCommand.h"

#include "UserOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

InitCommand::InitCommand()
{
    name = QStringLiteral("init");
    synopsis = QStringLiteral("init [--user NAME [--password-file FILE]]");
    summary = tr("create the data file (and its folder); with --user, its\nadministrator");
    login = Login::Never; // a new file has nobody to log in; --user names the administrator to create
    options = {{QStringLiteral("user"), tr("The administrator to create in a data file without users."),
                QStringLiteral("NAME")},
               {QStringLiteral("password-file"), tr("The file whose first line is the administrator's password."),
                QStringLiteral("FILE")}};
}

int InitCommand::run(Session& session, const QCommandLineParser& parser)
{
    // --user NAME may stand before the word init (a global option) or after it.
    if (parser.isSet(QStringLiteral("user")))
        session.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("password-file")))
        session.passwordFile = parser.value(QStringLiteral("password-file"));
    QString error;
    std::optional<QString> secret;
    if (!session.user.isEmpty() && !(secret = session.password(&error))) {
        session.err << error << Qt::endl;
        return ExitCode::UsageError;
    }
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    if (secret) {
        User admin;
        admin.name = session.user;
        if (const Outcome created = UserOperations::createFirstAdministrator(*db, admin, *secret); !created)
            return report(session, created);
        session.out << tr("administrator %1 created").arg(admin.name) << Qt::endl;
    }
    session.out << tr("data file ready: %1 (data version %2)").arg(db->path()).arg(db->schemaVersion()) << Qt::endl;
    return ExitCode::Done;
}
