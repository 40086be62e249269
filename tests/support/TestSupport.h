// Small helpers shared by the tests: valid codes made on demand, temporary files, running the command-line tool.
#pragma once

#include "Validators.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace TestSupport {

// A valid 统一社会信用代码 with the given 8-character head (registration authority, type, region) and serial n.
inline QString creditCode(const QString& head, int n)
{
    const QString body = QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    const QString org = body + Validators::organizationCodeCheckCharacter(body);
    const QString first17 = head + org;
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

// The headless browser the page tests drive: $SHUANGSUI_BROWSER, else chromium (Debian; scripts/setup-debian.sh
// installs it), else Chrome or Edge found on the PATH (the Windows workflow sets SHUANGSUI_BROWSER to Chrome).
inline QString browserExecutable()
{
    const QString chosen = qEnvironmentVariable("SHUANGSUI_BROWSER");
    if (!chosen.isEmpty())
        return chosen;
    for (const char* name : {"chromium", "chromium-browser", "google-chrome", "chrome", "msedge"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral(SHUANGSUI_CLI_PATH), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The tool with SHUANGSUI_PASSWORD set to `password` (or, when it is null, removed from the environment).
inline CliResult runCliWithPassword(const QStringList& arguments, const QString& password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHUANGSUI_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHUANGSUI_CLI_PATH), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace TestSupport
