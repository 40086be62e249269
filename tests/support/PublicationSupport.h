// Checks shared by the publication tests: a page parses as XHTML-compatible markup (every tag closed, every
// entity known to XML), its visible text, and a page opened in headless Chromium (nothing fetched).
#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

namespace PublicationSupport {

// Empty when html is well-formed XML (the DOCTYPE allowed), else the parser's message with its line.
inline QString wellFormedProblem(const QString& html)
{
    QXmlStreamReader xml(html);
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    if (xml.hasError())
        return QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return elements > 0 ? QString() : QStringLiteral("no element");
}

// The text a reader sees (tags removed, the few entities we write decoded, white space simplified).
inline QString visibleText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html.simplified();
}

// The DOM of a page file after headless Chromium ran it (no network, its own profile), or nullopt with *problem.
inline std::optional<QString> chromiumDom(const QString& path, QString* problem)
{
    const QString chromium = TestSupport::browserExecutable();
    if (chromium.isEmpty()) {
        *problem = QStringLiteral("no headless browser: scripts/setup-debian.sh installs chromium (or set SHUANGSUI_BROWSER)");
        return std::nullopt;
    }
    QTemporaryDir profile;
    QProcess process;
    process.start(chromium,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                   QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--virtual-time-budget=60000"),
                   QStringLiteral("--dump-dom"), QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)});
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        *problem = QStringLiteral("chromium did not finish within 180 s");
        return std::nullopt;
    }
    const QString dom = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || dom.isEmpty()) {
        *problem = QStringLiteral("chromium failed (exit %1): %2")
                       .arg(process.exitCode())
                       .arg(QString::fromUtf8(process.readAllStandardError().right(2000)));
        return std::nullopt;
    }
    return dom;
}

} // namespace PublicationSupport
