#include "DrawCommands.h"

#include "DrawEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

namespace {

enum Exit { Ok = 0, DataError = 1, UsageError = 2 };

struct DrawCommands
{
    Q_DECLARE_TR_FUNCTIONS(DrawCommands)
};

std::optional<QByteArray> readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DrawCommands::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

int usage(QTextStream& err, const QString& problem, const QString& synopsis)
{
    err << problem << '\n' << DrawCommands::tr("Usage: %1").arg(synopsis) << Qt::endl;
    return UsageError;
}

} // namespace

int runDrawCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString synopsis = QStringLiteral("shuangsui-cli draw REQUEST.json [-o RESULT.json]");
    QString requestPath;
    QString resultPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return usage(err, DrawCommands::tr("%1 needs a file name.").arg(arg), synopsis);
            resultPath = args[++i];
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << DrawCommands::tr("Usage: %1").arg(synopsis) << '\n'
                << DrawCommands::tr("Draws the request (draw specification %1) and writes the result; without -o "
                                    "the result goes to the standard output.")
                       .arg(drawSpecVersion)
                << Qt::endl;
            return Ok;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return usage(err, DrawCommands::tr("Unknown option %1.").arg(arg), synopsis);
        } else if (requestPath.isEmpty()) {
            requestPath = arg;
        } else {
            return usage(err, DrawCommands::tr("Only one request file, please (also given: %1).").arg(arg), synopsis);
        }
    }
    if (requestPath.isEmpty())
        return usage(err, DrawCommands::tr("Which request file?"), synopsis);

    QString error;
    const std::optional<QByteArray> json = readFile(requestPath, &error);
    std::optional<DrawRequest> request = json ? DrawJson::readRequest(*json, &error) : std::nullopt;
    if (!request) {
        err << (json ? DrawCommands::tr("%1: %2").arg(requestPath, error) : error) << Qt::endl;
        return DataError;
    }
    const std::optional<DrawResult> result = DrawEngine::draw(*request, &error);
    if (!result) {
        err << DrawCommands::tr("%1: %2").arg(requestPath, error) << Qt::endl;
        return DataError;
    }
    const QByteArray written = DrawJson::write(*result);
    if (resultPath.isEmpty()) {
        out << QString::fromUtf8(written);
        out.flush();
        return Ok;
    }
    QSaveFile file(resultPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(written) != written.size() || !file.commit()) {
        err << DrawCommands::tr("Cannot write %1: %2").arg(resultPath, file.errorString()) << Qt::endl;
        return DataError;
    }
    qsizetype selected = 0;
    for (const DrawItemResult& item : result->items) {
        for (const DrawStratumResult& stratum : item.strata)
            selected += stratum.selected.size();
    }
    out << DrawCommands::tr("%1 selections, %2 teams; result written to %3.")
               .arg(selected)
               .arg(result->teams.size())
               .arg(resultPath)
        << Qt::endl;
    return Ok;
}

int runVerifyCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString synopsis = QStringLiteral("shuangsui-cli verify RECORD.json");
    if (args.size() == 1 && (args[0] == QLatin1String("-h") || args[0] == QLatin1String("--help"))) {
        out << DrawCommands::tr("Usage: %1").arg(synopsis) << '\n'
            << DrawCommands::tr("Recomputes a published draw record and replays its substitutions; prints "
                                "\"verified\" or the first difference.")
            << Qt::endl;
        return Ok;
    }
    if (args.isEmpty())
        return usage(err, DrawCommands::tr("Which record file?"), synopsis);
    if (args.size() > 1)
        return usage(err, DrawCommands::tr("Only one record file, please (also given: %1).").arg(args[1]), synopsis);
    if (args[0].startsWith(QLatin1Char('-')) && args[0].size() > 1)
        return usage(err, DrawCommands::tr("Unknown option %1.").arg(args[0]), synopsis);

    QString error;
    const std::optional<QByteArray> json = readFile(args[0], &error);
    const std::optional<DrawRecord> record = json ? DrawJson::readRecord(*json, &error) : std::nullopt;
    if (!record) {
        err << (json ? DrawCommands::tr("%1: %2").arg(args[0], error) : error) << Qt::endl;
        return DataError;
    }
    QString difference;
    if (!DrawEngine::verify(*record, &difference)) {
        out << DrawCommands::tr("Not verified: %1").arg(difference) << Qt::endl;
        return DataError;
    }
    // A fixed word scripts can test for, so it is not translated.
    out << "verified" << Qt::endl;
    return Ok;
}
