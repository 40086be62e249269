#include "PublicationKeyCommand.h"

#include "PublicationKeyOperations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

std::optional<QString> Passphrase::read(Session& session, const QCommandLineParser& parser, const QString& fileOption,
                                        const char* environment)
{
    if (!parser.isSet(fileOption))
        return qEnvironmentVariable(environment);
    const QString path = parser.value(fileOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        session.err << PublicationKeyCreateCommand::tr("The passphrase file %1 cannot be read: %2")
                           .arg(path, file.errorString())
                    << Qt::endl;
        return std::nullopt;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QCommandLineOption Passphrase::fileOption(const QString& name, const QString& environment)
{
    return {name,
            PublicationKeyCreateCommand::tr("The file whose first line is the passphrase of the publication key "
                                            "(else the environment variable %1).")
                .arg(environment),
            QStringLiteral("FILE")};
}

PublicationKeyShowCommand::PublicationKeyShowCommand()
{
    name = QStringLiteral("publication-key show");
    synopsis = QStringLiteral("publication-key show");
    summary = tr("show the publication key that signs the website packages: its fingerprint and public key");
    dataFile = DataFile::ReadOnly;
}

int PublicationKeyShowCommand::run(Session& session, const QCommandLineParser&)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    QString error;
    const auto key = PublicationKeys::inForce(*db, &error);
    if (!key) {
        session.err << (error.isEmpty() ? PublicationKeys::noKeyText() : error) << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << tr("fingerprint: %1").arg(key->fingerprint()) << Qt::endl;
    session.out << tr("public key (Ed25519, hex): %1").arg(key->publicKeyHex()) << Qt::endl;
    session.out << tr("created: %1 by %2").arg(key->createdAt, key->createdBy) << Qt::endl;
    return ExitCode::Done;
}

PublicationKeyCreateCommand::PublicationKeyCreateCommand()
{
    name = QStringLiteral("publication-key create");
    synopsis = QStringLiteral("publication-key create [--passphrase-file FILE]");
    summary = tr("create the publication key of the data file (administrator), protected by a passphrase");
    login = Login::Required;
    permission = Access::Permission::ChangeSettings;
    options = {
        Passphrase::fileOption(QStringLiteral("passphrase-file"), QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE"))};
}

int PublicationKeyCreateCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto passphrase
        = Passphrase::read(session, parser, QStringLiteral("passphrase-file"), "SHUANGSUI_PUBLICATION_PASSPHRASE");
    if (!passphrase)
        return ExitCode::DataError;
    PublicationKey key;
    const Outcome outcome = PublicationKeyOperations(*db, session.actor).create(*passphrase, &key);
    if (!outcome)
        return report(session, outcome);
    session.out << tr("publication key created; fingerprint: %1").arg(key.fingerprint()) << Qt::endl;
    return ExitCode::Done;
}

PublicationKeyRotateCommand::PublicationKeyRotateCommand()
{
    name = QStringLiteral("publication-key rotate");
    synopsis = QStringLiteral("publication-key rotate [--passphrase-file FILE] [--new-passphrase-file FILE]");
    summary = tr("retire the publication key and create the next one, signed by the old key (administrator)");
    login = Login::Required;
    permission = Access::Permission::ChangeSettings;
    options = {
        Passphrase::fileOption(QStringLiteral("passphrase-file"), QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE")),
        Passphrase::fileOption(QStringLiteral("new-passphrase-file"),
                               QStringLiteral("SHUANGSUI_NEW_PUBLICATION_PASSPHRASE"))};
}

int PublicationKeyRotateCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto old
        = Passphrase::read(session, parser, QStringLiteral("passphrase-file"), "SHUANGSUI_PUBLICATION_PASSPHRASE");
    if (!old)
        return ExitCode::DataError;
    const auto next = Passphrase::read(session, parser, QStringLiteral("new-passphrase-file"),
                                       "SHUANGSUI_NEW_PUBLICATION_PASSPHRASE");
    if (!next)
        return ExitCode::DataError;
    PublicationKey key;
    const Outcome outcome = PublicationKeyOperations(*db, session.actor).rotate(*old, *next, &key);
    if (!outcome)
        return report(session, outcome);
    session.out << tr("publication key rotated; new fingerprint: %1").arg(key.fingerprint()) << Qt::endl;
    return ExitCode::Done;
}
