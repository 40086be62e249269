// shuangsui-cli: links the core only, no GUI library.
#include "CommandLine.h"
#include "Platform.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    Platform::useUtf8Console(); // Windows: Chinese on the console, "\n" in JSON and text
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHUANGSUI_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    Translations::install(app, CommandLine::languageOption(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine::run(arguments, out, err);
}
