#include "ExportFile.h"

#include "AuditTrail.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool ExportFile::writeWhole(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("%1 cannot be written: %2. Is the folder writable, and the file not open in another program?")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool ExportFile::write(Database& db, const QString& path, const QByteArray& bytes, const QJsonObject& details,
                       QString* error)
{
    return writeWhole(path, bytes, error) && record(db, path, details, error);
}

bool ExportFile::record(Database& db, const QString& path, const QJsonObject& details, QString* error)
{
    const QFileInfo info(path);
    QJsonObject values = details;
    values.insert(QStringLiteral("file"), info.absoluteFilePath());
    values.insert(QStringLiteral("bytes"), double(info.size()));
    values.insert(QStringLiteral("sha256"), sha256Of(path));
    return AuditTrail::recordEvent(db, QStringLiteral("export"), QStringLiteral("file"), info.fileName(), values,
                                   error);
}

QString ExportFile::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}
