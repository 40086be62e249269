// Checking a website package (issue 19; docs/publication-package.md).
//
// From outside, with no data file (shuangsui-cli verify-package, and anyone with the same steps): the signature of
// manifest.json with the key the checker trusts (a key file, a fingerprint published elsewhere, or — proving only
// that the package is whole, not who made it — the package's own publication-key.txt); every file's SHA-256 and
// size, none missing and none added; the draw record (DrawEngine::verify, as `verify` does); and that every
// published result (results.json) belongs to a visit of that draw, item and entity, whose team still stands after
// the substitutions.
//
// From inside (shuangsui-cli audit verify --against, 审计日志 → 与已公示网页包核对): the audit head a package's
// manifest names must be an entry of the data file's chain with the same hash, and the chain must verify up to it.
// A history truncated or rewritten after the publication fails by name, whatever the local anchor says.
#pragma once

#include "PackageManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// Which key the checker trusts.
struct PackageKeyChoice
{
    enum class Kind { Package, PublicKey, Fingerprint };
    Kind kind = Kind::Package; // the package's own publication-key.txt: integrity only
    QByteArray publicKey; // Kind::PublicKey: 32 bytes
    QString fingerprint; // Kind::Fingerprint: as PublicationKeys::normalFingerprint gives it
};

struct PackageCheckResult
{
    bool verified = false;
    QString difference; // the first difference, in words, when not verified
    bool originProven = false; // the key was given by the checker (not only the package's own)
    std::optional<PackageManifest> manifest; // once its signature is checked
    QString fingerprint; // of the key that signed the manifest
    qsizetype results = 0; // published results checked against the draw
};

class PackageCheck final
{
    Q_DECLARE_TR_FUNCTIONS(PackageCheck)

public:
    // The public key in a key file: the first run of 64 hex digits (publication-key.txt, or the key alone).
    // Nothing, with *error, when there is none or the file cannot be read.
    static std::optional<QByteArray> readKeyFile(const QString& path, QString* error);

    // Checks the package in dir, stopping at the first difference.
    static PackageCheckResult verify(const QString& dir, const PackageKeyChoice& key);

    // Checks a package against the data file's audit trail: its manifest signed by one of the data file's
    // publication keys, its audit head an entry of the chain with the same hash, and the chain whole up to it
    // (AuditTrail::verify on the connection, without the anchor). Nothing when all is well, else the difference.
    // *manifest receives the package's manifest when it could be read.
    static std::optional<QString> againstAuditTrail(Database& db, const QString& dir,
                                                    PackageManifest* manifest = nullptr);
};
