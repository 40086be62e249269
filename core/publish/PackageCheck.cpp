#include "PackageCheck.h"

#include "AuditTrail.h"
#include "Database.h"
#include "DrawEngine.h"
#include "DrawRequest.h"
#include "Publication.h"
#include "PublicationKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
constexpr qint64 kMaxSignatureBytes = 1024;
// The record of a draw of a million entities is some 40 MB; the results of a plan far less.
constexpr qint64 kMaxRecordBytes = qint64(1) << 30;
constexpr qint64 kMaxResultsBytes = qint64(256) << 20;

// The first `limit` bytes of a file and whether it had no more; nothing when it cannot be read.
std::optional<QByteArray> readBounded(const QString& path, qint64 limit, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PackageCheck::tr("File %1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > limit) {
        *error = PackageCheck::tr("File %1 is larger than %2 bytes.").arg(QFileInfo(path).fileName()).arg(limit);
        return std::nullopt;
    }
    return file.read(limit);
}

QString sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<QByteArray> firstHexKey(const QByteArray& text)
{
    static const QRegularExpression key(QStringLiteral("(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])"));
    const QRegularExpressionMatch m = key.match(QString::fromUtf8(text));
    if (!m.hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(m.captured().toLatin1());
}

// The manifest and its signature as the package holds them, the signature checked with publicKey.
PackageCheckResult readSigned(const QString& dir, const QByteArray& publicKey, QByteArray* manifestBytes,
                              bool* badSignature = nullptr)
{
    PackageCheckResult r;
    QString error;
    const QDir folder(dir);
    const auto bytes = readBounded(folder.filePath(Publication::manifestName()), PackageManifest::MaxBytes, &error);
    if (!bytes) {
        r.difference = PackageCheck::tr("The package has no readable %1: %2").arg(Publication::manifestName(), error);
        return r;
    }
    const auto sigText = readBounded(folder.filePath(Publication::signatureName()), kMaxSignatureBytes, &error);
    if (!sigText) {
        r.difference = PackageCheck::tr("The package has no readable %1: %2").arg(Publication::signatureName(), error);
        return r;
    }
    const QByteArray signature = QByteArray::fromHex(sigText->trimmed());
    if (signature.size() != 64 || sigText->trimmed().size() != 128) {
        r.difference = PackageCheck::tr("%1 is not a signature (128 hex digits).").arg(Publication::signatureName());
        return r;
    }
    if (!PublicationKeys::verify(publicKey, *bytes, signature)) {
        if (badSignature)
            *badSignature = true;
        r.difference = PackageCheck::tr("The signature in %1 does not match %2 and the key %3: the manifest was "
                                        "changed, or it was not signed by this key.")
                           .arg(Publication::signatureName(), Publication::manifestName(),
                                PublicationKeys::fingerprint(publicKey));
        return r;
    }
    r.manifest = PackageManifest::read(*bytes, &error);
    if (!r.manifest) {
        r.difference = error;
        return r;
    }
    if (QByteArray::fromHex(r.manifest->publicKey.toLatin1()) != publicKey) {
        r.manifest.reset();
        r.difference = PackageCheck::tr("manifest.json names another publication key than the one that signed it.");
        return r;
    }
    r.fingerprint = PublicationKeys::fingerprint(publicKey);
    if (manifestBytes)
        *manifestBytes = *bytes;
    return r;
}

// Whether every published result is of a visit of the record's standing draw (entity and item), with a team
// standing after the substitutions. Empty when so, else the first that is not.
QString resultsProblem(const DrawRecord& record, const QByteArray& json, qsizetype* count)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("results")).isArray())
        return PackageCheck::tr("%1 is not a list of results: %2")
            .arg(Publication::resultsJsonName(), parseError.errorString());
    QHash<QString, const DrawTeam*> visits;
    for (const DrawTeam& team : record.result.teams)
        visits.insert(team.entity, &team);
    QHash<QString, bool> standing; // entity → whether its team stands after the substitutions
    const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        const QString entity = o.value(QStringLiteral("entity")).toString();
        const QString item = o.value(QStringLiteral("itemCode")).toString();
        const QString name = o.value(QStringLiteral("entityName")).toString();
        const QString who = name.isEmpty() ? entity : QStringLiteral("%1（%2）").arg(name, entity);
        if (o.value(QStringLiteral("planCode")).toString() != record.request.plan)
            return PackageCheck::tr("Result %1 (%2, item %3) is of plan %4, not of the draw's plan %5.")
                .arg(i + 1)
                .arg(who, item, o.value(QStringLiteral("planCode")).toString(), record.request.plan);
        const DrawTeam* team = visits.value(entity);
        if (!team)
            return PackageCheck::tr("Result %1: %2 is not a visit of the draw.").arg(i + 1).arg(who);
        if (!team->items.contains(item))
            return PackageCheck::tr("Result %1: item %2 is not drawn for %3.").arg(i + 1).arg(item, who);
        auto known = standing.find(entity);
        if (known == standing.end()) {
            const auto now = DrawEngine::teamNow(record, entity, nullptr);
            known = standing.insert(entity, now && !now->members.isEmpty());
        }
        if (!*known)
            return PackageCheck::tr("Result %1: the team of %2 does not stand after the substitutions.")
                .arg(i + 1)
                .arg(who);
    }
    *count = results.size();
    return {};
}

} // namespace

std::optional<QByteArray> PackageCheck::readKeyFile(const QString& path, QString* error)
{
    QString problem;
    const auto text = readBounded(path, kMaxKeyFileBytes, &problem);
    if (!text) {
        *error = problem;
        return std::nullopt;
    }
    const auto key = firstHexKey(*text);
    if (!key)
        *error = tr("%1 holds no public key (64 hex digits).").arg(QDir::toNativeSeparators(path));
    return key;
}

PackageCheckResult PackageCheck::verify(const QString& dir, const PackageKeyChoice& choice)
{
    PackageCheckResult failed;
    const QDir folder(dir);
    if (!QFileInfo(dir).isDir()) {
        failed.difference = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir));
        return failed;
    }
    // The key: the checker's, or the fingerprint's match in the package, or the package's own.
    QByteArray publicKey = choice.publicKey;
    if (choice.kind != PackageKeyChoice::Kind::PublicKey) {
        QString error;
        const auto own = readKeyFile(folder.filePath(Publication::publicKeyName()), &error);
        if (!own) {
            failed.difference = tr("The package's %1 gives no key: %2").arg(Publication::publicKeyName(), error);
            return failed;
        }
        publicKey = *own;
        if (choice.kind == PackageKeyChoice::Kind::Fingerprint
            && PublicationKeys::fingerprint(publicKey) != choice.fingerprint) {
            failed.difference = tr("The package's key has the fingerprint %1, not %2: it was not published with "
                                   "the key you trust.")
                                    .arg(PublicationKeys::fingerprint(publicKey), choice.fingerprint);
            return failed;
        }
    }
    QByteArray manifestBytes;
    PackageCheckResult r = readSigned(dir, publicKey, &manifestBytes);
    r.originProven = choice.kind != PackageKeyChoice::Kind::Package;
    if (!r.manifest)
        return r;
    const PackageManifest& m = *r.manifest;

    // Every file listed is there, whole; nothing else is.
    QSet<QString> listed {Publication::manifestName(), Publication::signatureName()};
    for (const ManifestFile& f : m.files) {
        listed.insert(f.name);
        const QFileInfo info(folder.filePath(f.name));
        if (!info.isFile()) {
            r.difference = tr("File %1 of the manifest is missing.").arg(f.name);
            return r;
        }
        if (info.size() != f.size) {
            r.difference = tr("The size of file %1 differs from the manifest (%2 bytes, not %3).")
                               .arg(f.name)
                               .arg(info.size())
                               .arg(f.size);
            return r;
        }
        if (sha256OfFile(info.filePath()) != f.sha256) {
            r.difference = tr("The SHA-256 of file %1 differs from the manifest.").arg(f.name);
            return r;
        }
    }
    const QStringList present
        = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : present) {
        if (!listed.contains(name)) {
            r.difference = tr("File %1 is not in the manifest (added to the package).").arg(name);
            return r;
        }
    }
    for (const QString& name :
         {Publication::recordName(), Publication::resultsJsonName(), Publication::publicKeyName()}) {
        if (!listed.contains(name)) {
            r.difference = tr("The manifest does not list %1.").arg(name);
            return r;
        }
    }

    // The draw, as `verify` checks it.
    QString error;
    const auto recordBytes = readBounded(folder.filePath(Publication::recordName()), kMaxRecordBytes, &error);
    if (!recordBytes) {
        r.difference = error;
        return r;
    }
    const auto record = DrawJson::readRecord(*recordBytes, &error);
    if (!record) {
        r.difference = tr("%1: %2").arg(Publication::recordName(), error);
        return r;
    }
    if (record->request.plan != m.plan) {
        r.difference = tr("The draw record is of plan %1, the manifest of plan %2.").arg(record->request.plan, m.plan);
        return r;
    }
    if (!DrawEngine::verify(*record, &error)) {
        r.difference = tr("The draw record does not verify: %1").arg(error);
        return r;
    }
    const auto resultsBytes = readBounded(folder.filePath(Publication::resultsJsonName()), kMaxResultsBytes, &error);
    if (!resultsBytes) {
        r.difference = error;
        return r;
    }
    if (const QString problem = resultsProblem(*record, *resultsBytes, &r.results); !problem.isEmpty()) {
        r.difference = problem;
        return r;
    }
    r.verified = true;
    return r;
}

std::optional<QString> PackageCheck::againstAuditTrail(Database& db, const QString& dir, PackageManifest* manifest)
{
    const QString name = QDir::toNativeSeparators(dir);
    // The manifest must be signed by a key of this data file (any, retired ones too).
    QString error;
    const QList<PublicationKey> keys = PublicationKeys::all(db, &error);
    if (!error.isEmpty())
        return error;
    std::optional<PackageManifest> m;
    QString difference = tr("No publication key of this data file signed the package.");
    for (const PublicationKey& key : keys) {
        bool badSignature = false;
        PackageCheckResult r = readSigned(dir, key.publicKey, nullptr, &badSignature);
        if (r.manifest) {
            m = r.manifest;
            break;
        }
        if (!badSignature)
            difference = r.difference;
    }
    if (!m)
        return tr("Package %1: %2").arg(name, difference);
    if (manifest)
        *manifest = *m;
    if (m->auditSeq <= 0)
        return std::nullopt;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(m->auditSeq);
    if (!q.exec())
        return tr("The audit trail cannot be read: %1").arg(q.lastError().text());
    if (!q.next())
        return tr("Package %1 (plan %2, published %3) pins audit entry %4, which the audit trail no longer holds: "
                  "the history was cut back after the publication.")
            .arg(name, m->plan, m->publishedAt)
            .arg(m->auditSeq);
    if (q.value(0).toString() != m->auditHash)
        return tr("Audit entry %1 is not the one package %2 (plan %3, published %4) pinned: the history up to it "
                  "was rewritten after the publication.")
            .arg(m->auditSeq)
            .arg(name, m->plan, m->publishedAt);
    // The chain itself up to there: an entry before the head changed without its hash (triggers dropped).
    if (const auto problem = AuditTrail::verify(db.sql(), nullptr); problem && problem->seq <= m->auditSeq)
        return tr("Package %1 (plan %2): the audit trail up to its entry %3 does not verify: %4")
            .arg(name, m->plan)
            .arg(m->auditSeq)
            .arg(problem->message);
    return std::nullopt;
}
