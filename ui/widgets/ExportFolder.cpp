#include "ExportFolder.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString settingKey(const Database& db)
{
    const QByteArray file = QCryptographicHash::hash(db.path().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("export/folder/%1").arg(QString::fromLatin1(file));
}

} // namespace

QString ExportFolder::start(const Database& db)
{
    const QString remembered = QSettings().value(settingKey(db)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString ExportFolder::proposed(const Database& db, const QString& fileName)
{
    return QDir(start(db)).filePath(fileName);
}

void ExportFolder::remember(const Database& db, const QString& chosen, bool isFolder)
{
    if (chosen.isEmpty())
        return;
    QSettings().setValue(settingKey(db),
                         isFolder ? QFileInfo(chosen).absoluteFilePath() : QFileInfo(chosen).absolutePath());
}
