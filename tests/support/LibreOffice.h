// Driving LibreOffice (headless soffice) from a test: converting a file into another format, as a clerk's office
// would. scripts/setup-debian.sh installs libreoffice-calc-nogui.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <optional>

namespace LibreOffice {

inline QString executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

// Converts `input` with soffice's --convert-to `filter` (e.g. "xls", or "csv:Text - txt - csv (StarCalc):44,34,76,1")
// into workDir/converted/<base name>.<extension>; the path of the written file, or nullopt (with a warning).
inline std::optional<QString> convert(const QString& workDir, const QString& input, const QString& filter,
                                      const QString& extension)
{
    const QString out = QDir(workDir).filePath(QStringLiteral("converted"));
    QDir().mkpath(out);
    QProcess process;
    // The tests run with LANG=zh_CN.UTF-8, a locale a build machine may not have; LibreOffice then cannot open
    // a path with Chinese in it. C.UTF-8 is always there.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    // A profile of its own, so that an office the user has open (or another test) does not get in the way.
    const QString profile = QUrl::fromLocalFile(QDir(workDir).filePath(QStringLiteral("profile"))).toString();
    process.start(executable(),
                  {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                   QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), out, input});
    const bool finished = process.waitForFinished(240000);
    const QString converted = QDir(out).filePath(QFileInfo(input).completeBaseName() + QLatin1Char('.') + extension);
    if (!finished || process.exitCode() != 0 || !QFile::exists(converted)) {
        // soffice says what went wrong on its output, and may exit 0 all the same.
        qWarning("soffice (finished %d, exit %d): %s %s", int(finished), process.exitCode(),
                 process.readAllStandardOutput().constData(), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return converted;
}

} // namespace LibreOffice
