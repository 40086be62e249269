// The outside programs some tests drive (pdfinfo, pdftotext, soffice, a headless browser …), found in one place.
// A test that needs one says so first with SHUANGSUI_REQUIRE_PROGRAM("pdfinfo"): when the program is missing the
// test is skipped with a message naming the package that brings it (a Windows PC, a clone on a bare machine) —
// unless the environment has SHUANGSUI_REQUIRE_ALL_TOOLS=1 (.ci/run sets it), which turns the skip into a failure,
// so that in CI nothing is skipped. scripts/check-portability.sh refuses a test that names one of these programs
// without going through this file.
#pragma once

#include "TestSupport.h"

#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace ExternalTools {

// True when a missing program must fail the test instead of skipping it.
inline bool allRequired()
{
    return qEnvironmentVariable("SHUANGSUI_REQUIRE_ALL_TOOLS") == QLatin1String("1");
}

// The program's path, or empty when it is not there. "browser" is the headless browser of the page tests
// (TestSupport::browserExecutable(): $SHUANGSUI_BROWSER, chromium, Chrome or Edge).
inline QString path(const QString& program)
{
    if (program == QLatin1String("browser"))
        return TestSupport::browserExecutable();
    return QStandardPaths::findExecutable(program);
}

// What to install for the program (Debian's package; scripts/setup-debian.sh installs them all).
inline QString package(const QString& program)
{
    if (program == QLatin1String("pdfinfo") || program == QLatin1String("pdftotext")
        || program == QLatin1String("pdftoppm"))
        return QStringLiteral("poppler-utils");
    if (program == QLatin1String("soffice"))
        return QStringLiteral("libreoffice-calc-nogui");
    if (program == QLatin1String("browser"))
        return QStringLiteral("chromium (or set SHUANGSUI_BROWSER)");
    if (program == QLatin1String("xvfb-run"))
        return QStringLiteral("xvfb");
    return program;
}

// Empty when the program is there, else the sentence the skip (or the failure) shows.
inline QString missing(const QString& program)
{
    if (!path(program).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed: scripts/setup-debian.sh installs %2").arg(program, package(program));
}

} // namespace ExternalTools

// In a test function (or initTestCase): skips the test when `program` is missing, or fails it when
// SHUANGSUI_REQUIRE_ALL_TOOLS=1.
#define SHUANGSUI_REQUIRE_PROGRAM(program)                                                                             \
    do {                                                                                                               \
        const QString missingProgram_ = ExternalTools::missing(QStringLiteral(program));                               \
        if (!missingProgram_.isEmpty()) {                                                                              \
            if (ExternalTools::allRequired())                                                                          \
                QFAIL(qPrintable(missingProgram_));                                                                    \
            QSKIP(qPrintable(missingProgram_));                                                                        \
        }                                                                                                              \
    } while (false)
