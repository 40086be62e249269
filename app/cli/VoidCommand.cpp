#include "VoidCommand.h"

#include "PlanArguments.h"
#include "PlanOperations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

VoidCommand::VoidCommand()
{
    name = QStringLiteral("void");
    synopsis = QStringLiteral("void PLAN_CODE --reason TEXT --confirmed-by NAME [--confirm-password-file FILE]");
    summary = tr("void the plan's draw, with the reason (before any result), confirmed by a second user");
    login = Login::Required; // the role is PlanOperations' to check
    options = {{QStringLiteral("reason"), tr("Why the draw is voided (it is published with the record)."),
                QStringLiteral("TEXT")},
               {QStringLiteral("confirmed-by"),
                tr("The second user who confirms the void: a reviewer or an administrator other than --user."),
                QStringLiteral("NAME")},
               {QStringLiteral("confirm-password-file"),
                tr("The file whose first line is the confirming user's password (else the environment variable "
                   "SHUANGSUI_CONFIRM_PASSWORD)."),
                QStringLiteral("FILE")}};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

int VoidCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, session.err);
    if (!plan)
        return ExitCode::DataError;
    // The confirming user's password, read as the login's is: the first line of the file (its line end
    // stripped), else the environment; none at all is the core's to refuse, by the same rule as in the window.
    QString password;
    if (parser.isSet(QStringLiteral("confirm-password-file"))) {
        const QString path = parser.value(QStringLiteral("confirm-password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            session.err << tr("The password file %1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
            return ExitCode::DataError;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        password = QString::fromUtf8(line);
    } else {
        password = qEnvironmentVariable("SHUANGSUI_CONFIRM_PASSWORD");
    }
    const QString confirmer = parser.value(QStringLiteral("confirmed-by"));
    const Outcome outcome = PlanOperations(*db, session.actor)
                                .voidDraw(plan->id, parser.value(QStringLiteral("reason")), confirmer, password);
    if (!outcome) {
        const int code = report(session, outcome);
        if (outcome.message() == PlanDraw::noConfirmationText()
            || outcome.message() == PlanOperations::noConfirmingPasswordText(confirmer.trimmed()))
            session.err << tr("Give the confirming user with --confirmed-by NAME, and their password in "
                              "--confirm-password-file FILE or in the environment variable SHUANGSUI_CONFIRM_PASSWORD.")
                        << Qt::endl;
        return code;
    }
    session.out << tr("the draw of %1 is void (confirmed by %2); a new seed and draw follow")
                       .arg(plan->code, confirmer.trimmed())
                << Qt::endl;
    return ExitCode::Done;
}
