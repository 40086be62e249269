// manifest.json, the list of a website package that its signature covers (issue 19; docs/publication-package.md):
// every file of the package but the manifest and its signature, with its SHA-256 and size; the plan, the bureau and
// the time; the head of the audit chain when the package was published (entry number and hash); the SHA-256 of the
// data file's previous package manifest (null for the first: the packages form a chain); the publication key.
// Written in one fixed form (keys in a fixed order, one file a line, UTF-8, "\n" line ends), so the same manifest
// always gives the same bytes; read back with the format's checks, from at most MaxBytes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct ManifestFile
{
    QString name;
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0;
};

struct PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(PackageManifest)

public:
    static QString formatName() { return QStringLiteral("shuangsui-package/1"); }
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    QString bureau;
    QString plan; // the plan's code
    QString publishedAt; // ISO 8601 in UTC to the second: 2026-03-10T02:00:00Z
    qint64 auditSeq = 0; // the newest audit entry when the package was published (0: none)
    QString auditHash; // its hash (64 hex digits)
    QString previousManifest; // SHA-256 of the previous package's manifest.json; empty: none (null in the file)
    QString publicKey; // the publication key, 64 hex digits
    QString fingerprint; // its fingerprint (PublicationKeys::fingerprint)
    QList<ManifestFile> files; // in the package's order

    QByteArray toJson() const;
    // The manifest in bytes, or nothing with *error naming the key that is missing or wrong.
    static std::optional<PackageManifest> read(const QByteArray& json, QString* error);
};
