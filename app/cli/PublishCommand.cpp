#include "PublishCommand.h"

#include "PlanArguments.h"
#include "PublicationKeyCommand.h"
#include "PublishOperations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

PublishCommand::PublishCommand()
{
    name = QStringLiteral("publish");
    synopsis = QStringLiteral("publish PLAN_CODE --out DIR [--passphrase-file FILE]");
    summary = tr("write the plan's website package (pages, record, verify\npage, results as .xlsx, CSV and JSON) into "
                 "the new DIR");
    login = Login::Required; // the role is PublishOperations' to check
    options = {
        {QStringLiteral("out"), tr("The folder to make for the package; it must be new or empty."),
         QStringLiteral("DIR")},
        Passphrase::fileOption(QStringLiteral("passphrase-file"), QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE"))};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

QString PublishCommand::usageProblem(const QCommandLineParser& parser) const
{
    return parser.value(QStringLiteral("out")).isEmpty() ? tr("Give the folder for the package with --out DIR.")
                                                         : QString();
}

int PublishCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QString code = parser.positionalArguments().at(0);
    const QString dir = parser.value(QStringLiteral("out"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    QString problem;
    const auto plan = PlanArguments::plan(*db, code, &problem);
    if (!plan) {
        session.err << problem << Qt::endl;
        return ExitCode::DataError;
    }
    const auto passphrase
        = Passphrase::read(session, parser, QStringLiteral("passphrase-file"), "SHUANGSUI_PUBLICATION_PASSPHRASE");
    if (!passphrase)
        return ExitCode::DataError;
    QList<PublishedFile> files;
    const Outcome outcome = PublishOperations(*db, session.actor).writePackage(plan->id, dir, *passphrase, &files);
    if (!outcome) {
        const int code = report(session, outcome);
        if (outcome.message() == PublicationKeys::noKeyText())
            session.err << tr("An administrator creates it with: shuangsui-cli --db FILE --user NAME "
                              "publication-key create")
                        << Qt::endl;
        else if (passphrase->isEmpty() && outcome.message() == PublicationKeys::wrongPassphraseText())
            session.err << tr("Give the passphrase of the publication key in --passphrase-file FILE or in the "
                              "environment variable SHUANGSUI_PUBLICATION_PASSPHRASE.")
                        << Qt::endl;
        return code;
    }
    session.out << tr("website package of %1 written to %2").arg(plan->code, QDir::toNativeSeparators(dir)) << Qt::endl;
    for (const PublishedFile& f : files)
        session.out << f.sha256 << "  " << f.name << Qt::endl;
    return ExitCode::Done;
}
