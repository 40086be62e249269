#include "VerifyPackageCommand.h"

#include "PackageCheck.h"
#include "PublicationKey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

VerifyPackageCommand::VerifyPackageCommand()
{
    name = QStringLiteral("verify-package");
    synopsis = QStringLiteral("verify-package DIR [--key FILE | --fingerprint FP]");
    summary = tr("check a published website package: signature, files, draw and results; no data file needed");
    dataFile = DataFile::None;
    login = Login::Never;
    options = {{QStringLiteral("key"), tr("The bureau's public key (publication-key.txt or the key in hex)."),
                QStringLiteral("FILE")},
               {QStringLiteral("fingerprint"),
                tr("The fingerprint of the bureau's key, as it publishes it (32 hex digits; spaces allowed)."),
                QStringLiteral("FP")}};
    arguments = {{QStringLiteral("DIR"), tr("The folder of the website package.")}};
}

QString VerifyPackageCommand::usage() const
{
    return tr("Usage: %1").arg(QStringLiteral("shuangsui-cli ") + synopsis);
}

QString VerifyPackageCommand::usageProblem(const QCommandLineParser& parser) const
{
    const bool key = parser.isSet(QStringLiteral("key"));
    const bool fingerprint = parser.isSet(QStringLiteral("fingerprint"));
    if (key && fingerprint)
        return tr("Give either --key or --fingerprint, not both.");
    if (fingerprint && PublicationKeys::normalFingerprint(parser.value(QStringLiteral("fingerprint"))).isEmpty())
        return tr("The fingerprint %1 is not 32 hex digits.").arg(parser.value(QStringLiteral("fingerprint")));
    return {};
}

int VerifyPackageCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QString dir = parser.positionalArguments().at(0);
    PackageKeyChoice choice;
    if (parser.isSet(QStringLiteral("key"))) {
        QString error;
        const auto key = PackageCheck::readKeyFile(parser.value(QStringLiteral("key")), &error);
        if (!key) {
            session.err << error << Qt::endl;
            return ExitCode::DataError;
        }
        choice.kind = PackageKeyChoice::Kind::PublicKey;
        choice.publicKey = *key;
    } else if (parser.isSet(QStringLiteral("fingerprint"))) {
        choice.kind = PackageKeyChoice::Kind::Fingerprint;
        choice.fingerprint = PublicationKeys::normalFingerprint(parser.value(QStringLiteral("fingerprint")));
    }
    const PackageCheckResult result = PackageCheck::verify(dir, choice);
    if (!result.verified) {
        session.out << tr("Not verified: %1").arg(result.difference) << Qt::endl;
        return ExitCode::DataError;
    }
    const PackageManifest& m = *result.manifest;
    session.out << tr("Package of plan %1 (%2), published %3: the signature, %4 files, the draw record and %5 "
                      "published results agree.")
                       .arg(m.plan, m.bureau, m.publishedAt)
                       .arg(m.files.size())
                       .arg(result.results)
                << Qt::endl;
    session.out << tr("Signed by the key with the fingerprint %1; the audit trail's entry %2 when it was published.")
                       .arg(result.fingerprint)
                       .arg(m.auditSeq)
                << Qt::endl;
    if (!result.originProven)
        session.out << tr("Note: no --key or --fingerprint was given, so the package's own publication-key.txt was "
                          "used. This proves only that the package is whole, not that the bureau published it: "
                          "compare the fingerprint with the one the bureau publishes elsewhere.")
                    << Qt::endl;
    // A fixed word scripts can test for, so it is not translated.
    session.out << "verified" << Qt::endl;
    return ExitCode::Done;
}
