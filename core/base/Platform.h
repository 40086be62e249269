// The few places where Windows and Linux differ (file names handed to C and C++ libraries, replacing a file,
// the system's code pages): here and only here, so the rest of the core is the same on both.
#pragma once

#include <QByteArray>
#include <QString>
#include <filesystem>
#include <optional>

namespace Platform {

// A path for std::filesystem: UTF-16 on Windows, the file system's 8-bit encoding elsewhere, so Chinese names work.
std::filesystem::path fsPath(const QString& path);

// A path for C libraries that take char* (libxlsxwriter): UTF-8 with native separators on Windows (the library
// widens it itself), the file system's encoding elsewhere.
QByteArray cLibraryPath(const QString& path);

// Puts `source` in place of `target` in one step, replacing target when it exists (both in one folder). On
// failure returns false, sets *reason to the system's words (readable in any code page) and leaves both as they
// were.
bool replaceFile(const QString& source, const QString& target, QString* reason);

// Decodes text of a Windows code page (54936 is GB18030) through the system; std::nullopt on other systems or
// when the system cannot.
std::optional<QString> decodeWithWindowsCodePage(unsigned codePage, const QByteArray& bytes);

// The operating system account running the program: the environment's USER or USERNAME (as QProcessEnvironment
// sees it), else LOGNAME, else the system's name for the process owner; empty when none is known.
QString loginName();

// Sets up a console program's output (shuangsui-cli, before anything is written): on Windows the console shows
// UTF-8 (Chinese on a code-page-936 console) and stdout/stderr are binary, so JSON and text end lines with "\n" as
// on Linux, not "\r\n". Elsewhere nothing.
void useUtf8Console();

// A folder for C libraries' temporary files (libxlsxwriter's), spelt as they open it (narrow C calls, the system's
// 8-bit encoding): Qt's temporary folder, else `fallback`'s folder when the encoding cannot spell the first (a
// user name outside the Windows code page); empty when it can spell neither (the library's own choice then).
QByteArray cLibraryTempFolder(const QString& fallback);

// Whether the program runs with the system's full rights (root on Linux, an elevated administrator on Windows),
// for which a read-only folder stops no write.
bool isAdministrator();

} // namespace Platform
