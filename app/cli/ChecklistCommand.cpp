#include "ChecklistCommand.h"

#include "ItemRepository.h"
#include "RegistryOperations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

ChecklistExportCommand::ChecklistExportCommand()
{
    name = QStringLiteral("checklist export");
    synopsis = QStringLiteral("checklist export ITEM_CODE FILE.xlsx|FILE.csv");
    summary = tr("write an item's checklist (检查表) as a spreadsheet");
    dataFile = DataFile::ReadOnly;
    arguments = {{QStringLiteral("ITEM_CODE"), tr("The item, e.g. JY-01.")},
                 {QStringLiteral("FILE"), tr("The file to write: .xlsx or .csv.")}};
}

int ChecklistExportCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const QString code = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    const auto item = ItemRepository(*db).findByCode(code);
    if (!item) {
        session.err << RegistryOperations::tr("There is no item %1 in the item list.").arg(code) << Qt::endl;
        return ExitCode::DataError;
    }
    if (item->checklist.isEmpty()) {
        session.err << tr("%1 has no checklist yet.").arg(code) << Qt::endl;
        return ExitCode::DataError;
    }
    QString error;
    if (!Checklist::writeFile(path, item->checklist, &error)) {
        session.err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << tr("%n check point(s) of %1 (version %2) written to %3", nullptr, int(item->checklist.size()))
                       .arg(code)
                       .arg(item->version)
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
    return ExitCode::Done;
}

ChecklistImportCommand::ChecklistImportCommand()
{
    name = QStringLiteral("checklist import");
    synopsis = QStringLiteral("checklist import ITEM_CODE FILE");
    summary = tr("make a spreadsheet's check points the item's checklist (its next version)");
    login = Login::Required;
    arguments = {{QStringLiteral("ITEM_CODE"), tr("The item, e.g. JY-01.")},
                 {QStringLiteral("FILE"),
                  tr("The checklist: .xlsx, .xls or .csv with the columns 检查内容 and 检查标准 "
                     "(序号 and 法律依据 may be there too).")}};
}

int ChecklistImportCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const QString code = parser.positionalArguments().at(0);
    const auto before = ItemRepository(*db).findByCode(code);
    QList<CheckPoint> points;
    const Outcome outcome
        = RegistryOperations(*db, session.actor).importChecklist(code, parser.positionalArguments().at(1), &points);
    if (!outcome)
        return report(session, outcome);
    const auto after = ItemRepository(*db).findByCode(code);
    if (before && after && before->version == after->version)
        session.out
            << tr("%1 already has these %n check point(s): nothing changed.", nullptr, int(points.size())).arg(code)
            << Qt::endl;
    else
        session.out << tr("%1 has %n check point(s) now (version %2).", nullptr, int(points.size()))
                           .arg(code)
                           .arg(after ? after->version : 0)
                    << Qt::endl;
    return ExitCode::Done;
}
