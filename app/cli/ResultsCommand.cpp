#include "ResultsCommand.h"

#include "DrawPreparation.h"
#include "PlanArguments.h"
#include "ResultOperations.h"
#include "Vocabulary.h"

#include <QCommandLineParser>
#include <QTextStream>

ResultsCommand::ResultsCommand()
{
    name = QStringLiteral("results");
    synopsis = QStringLiteral("results PLAN_CODE");
    summary = tr("list the results of a plan: visit, tab, entity, tab, item,\ntab, state, tab, members present");
    dataFile = DataFile::ReadOnly;
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

int ResultsCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto plan = PlanArguments::plan(*db, parser, session.err);
    if (!plan)
        return ExitCode::DataError;
    const QHash<QString, int> numbers = PlanArguments::visitNumbers(*db, session.actor, plan->id);
    QHash<QString, QString> names;
    for (const ResultRow& row : ResultRepository(*db).planResults(plan->id)) {
        if (!names.contains(row.entity)) {
            const auto entity = DrawPreparation::findEntity(*db, row.entity);
            names.insert(row.entity, entity ? entity->name : row.entity);
        }
        // The state in Chinese whatever the language, as `plans` gives the plan's status; 未录入 is the word of
        // ResultStates::label() for a visit × item without a result.
        const QString state
            = row.latest ? Vocabulary::resultStates().chinese(row.latest->state) : QStringLiteral("未录入");
        session.out << numbers.value(row.entity) << '\t' << names.value(row.entity) << '\t' << row.itemCode << '\t'
                    << state << '\t' << (row.latest ? row.latest->members.join(QLatin1Char(',')) : QString()) << '\n';
    }
    session.out.flush();
    return ExitCode::Done;
}
