#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <system_error>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace Platform {

std::filesystem::path fsPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QByteArray cLibraryPath(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

bool replaceFile(const QString& source, const QString& target, QString* reason)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(source), fsPath(target), ec);
    if (!ec)
        return true;
    // The message is in the system's code page (a Chinese Windows answers in GBK).
    if (reason)
        *reason = QString::fromLocal8Bit(ec.message());
    return false;
}

std::optional<QString> decodeWithWindowsCodePage(unsigned codePage, const QByteArray& bytes)
{
#ifdef Q_OS_WIN
    if (bytes.isEmpty())
        return QString();
    const int inLength = int(bytes.size());
    const int outLength = MultiByteToWideChar(codePage, 0, bytes.constData(), inLength, nullptr, 0);
    if (outLength <= 0)
        return std::nullopt;
    std::wstring wide(size_t(outLength), L'\0');
    MultiByteToWideChar(codePage, 0, bytes.constData(), inLength, wide.data(), outLength);
    return QString::fromWCharArray(wide.data(), outLength);
#else
    Q_UNUSED(codePage);
    Q_UNUSED(bytes);
    return std::nullopt;
#endif
}

QString loginName()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = environment.value(QLatin1String(variable)).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifndef Q_OS_WIN
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QFile::decodeName(entry->pw_name);
#endif
    return {};
}

void useUtf8Console()
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
}

QByteArray cLibraryTempFolder(const QString& fallback)
{
    for (const QString& folder : {QDir::tempPath(), QFileInfo(fallback).absolutePath()}) {
        const QString native = QDir::toNativeSeparators(folder);
        const QByteArray encoded = QFile::encodeName(native);
        if (QFile::decodeName(encoded) == native)
            return encoded;
    }
    return {};
}

bool isAdministrator()
{
#ifdef Q_OS_WIN
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation {};
    DWORD size = 0;
    const bool elevated = GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size)
        && elevation.TokenIsElevated != 0;
    CloseHandle(token);
    return elevated;
#else
    return geteuid() == 0;
#endif
}

} // namespace Platform
