#include "PackageManifest.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

QByteArray quoted(const QString& text)
{
    JsonWriter w;
    w.string(text);
    return w.take();
}

// A JSON number that is a whole number from 0 to 2^53 (what a double holds exactly); -1 for anything else.
qint64 wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= 9007199254740992.0) || d != double(qint64(d)))
        return -1;
    return qint64(d);
}

bool isHex64(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

QByteArray PackageManifest::toJson() const
{
    QByteArray out;
    out += "{\n";
    out += " \"format\": " + quoted(formatName()) + ",\n";
    out += " \"bureau\": " + quoted(bureau) + ",\n";
    out += " \"plan\": " + quoted(plan) + ",\n";
    out += " \"publishedAt\": " + quoted(publishedAt) + ",\n";
    out += " \"auditHead\": {\"seq\": " + QByteArray::number(auditSeq) + ", \"hash\": " + quoted(auditHash) + "},\n";
    out += " \"previousManifest\": " + (previousManifest.isEmpty() ? QByteArray("null") : quoted(previousManifest))
        + ",\n";
    out += " \"publicKey\": " + quoted(publicKey) + ",\n";
    out += " \"fingerprint\": " + quoted(fingerprint) + ",\n";
    out += " \"files\": [\n";
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ManifestFile& f = files.at(i);
        out += "  {\"name\": " + quoted(f.name) + ", \"sha256\": " + quoted(f.sha256)
            + ", \"size\": " + QByteArray::number(f.size) + "}" + (i + 1 < files.size() ? ",\n" : "\n");
    }
    out += " ]\n}\n";
    return out;
}

std::optional<PackageManifest> PackageManifest::read(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.size() > MaxBytes)
        return fail(tr("manifest.json is larger than %1 MiB.").arg(MaxBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("manifest.json is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    const auto wrong
        = [&](const QString& key) { return fail(tr("manifest.json: \"%1\" is missing or wrong.").arg(key)); };
    if (o.value(QStringLiteral("format")).toString() != formatName())
        return fail(tr("manifest.json is not of the format %1.").arg(formatName()));
    PackageManifest m;
    for (const auto& [key, target] :
         {std::pair {QStringLiteral("bureau"), &m.bureau}, std::pair {QStringLiteral("plan"), &m.plan},
          std::pair {QStringLiteral("publishedAt"), &m.publishedAt},
          std::pair {QStringLiteral("publicKey"), &m.publicKey},
          std::pair {QStringLiteral("fingerprint"), &m.fingerprint}}) {
        if (!o.value(key).isString())
            return wrong(key);
        *target = o.value(key).toString();
    }
    if (!isHex64(m.publicKey))
        return wrong(QStringLiteral("publicKey"));
    const QJsonObject head = o.value(QStringLiteral("auditHead")).toObject();
    m.auditSeq = wholeNumber(head.value(QStringLiteral("seq")));
    if (m.auditSeq < 0)
        return wrong(QStringLiteral("auditHead.seq"));
    m.auditHash = head.value(QStringLiteral("hash")).toString();
    if (m.auditSeq > 0 && !isHex64(m.auditHash))
        return wrong(QStringLiteral("auditHead.hash"));
    const QJsonValue previous = o.value(QStringLiteral("previousManifest"));
    if (!previous.isNull()) {
        if (!isHex64(previous.toString()))
            return wrong(QStringLiteral("previousManifest"));
        m.previousManifest = previous.toString();
    }
    const QJsonValue files = o.value(QStringLiteral("files"));
    if (!files.isArray())
        return wrong(QStringLiteral("files"));
    const QJsonArray list = files.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject f = list.at(i).toObject();
        ManifestFile file {f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("sha256")).toString(),
                           wholeNumber(f.value(QStringLiteral("size")))};
        // A name is one file of the package's folder: no path, nothing hidden.
        if (file.name.isEmpty() || file.name.contains(QLatin1Char('/')) || file.name.contains(QLatin1Char('\\'))
            || file.name.startsWith(QLatin1Char('.')) || !isHex64(file.sha256) || file.size < 0)
            return wrong(QStringLiteral("files[%1]").arg(i));
        for (const ManifestFile& other : m.files)
            if (other.name == file.name)
                return wrong(QStringLiteral("files[%1]").arg(i));
        m.files << file;
    }
    return m;
}
