#include "ResultCommand.h"

#include "DrawPreparation.h"
#include "PlanArguments.h"
#include "ResultFile.h"
#include "ResultOperations.h"
#include "Vocabulary.h"

#include <QCommandLineParser>
#include <QTextStream>

ResultCommand::ResultCommand(const QString& word)
{
    name = QStringLiteral("result ") + word;
    login = Login::Required; // the role is ResultOperations' to check
    options = {PlanArguments::visitOption(), PlanArguments::itemOption()};
    arguments = {{QStringLiteral("PLAN_CODE"), PlanArguments::planDescription()}};
}

QString ResultCommand::usageProblem(const QCommandLineParser& parser) const
{
    if (const QString problem
        = PlanArguments::visitProblem(parser.value(QStringLiteral("visit")), parser.isSet(QStringLiteral("visit")));
        !problem.isEmpty())
        return problem;
    if (parser.value(QStringLiteral("item")).trimmed().isEmpty())
        return tr("Give the inspected item with --item CODE.");
    return {};
}

std::optional<ResultRow> ResultCommand::find(Session& session, Database& db, const QCommandLineParser& parser) const
{
    QString problem;
    const auto plan = PlanArguments::plan(db, parser.positionalArguments().at(0), &problem);
    const int number = parser.value(QStringLiteral("visit")).toInt();
    const QString entity = plan ? PlanArguments::visitEntity(db, session.actor, *plan, number, &problem) : QString();
    if (entity.isEmpty()) {
        session.err << problem << Qt::endl;
        return std::nullopt;
    }
    const QString item = parser.value(QStringLiteral("item")).trimmed();
    QStringList items;
    for (const ResultRow& row : ResultRepository(db).planResults(plan->id)) {
        if (row.entity != entity)
            continue;
        if (row.itemCode == item)
            return row;
        items << row.itemCode;
    }
    const auto found = DrawPreparation::findEntity(db, entity);
    session.err << tr("Visit No. %1 (%2) does not inspect the item %3; its items: %4.")
                       .arg(number)
                       .arg(found ? found->name : entity, item, items.join(QStringLiteral(", ")))
                << Qt::endl;
    return std::nullopt;
}

int ResultCommand::done(Session& session, Database& db, const ResultRow& row, qint64 resultId) const
{
    const auto now = ResultRepository(db).find(resultId);
    const QString state = now ? ResultStates::label(ResultOperations::state(*now)) : QString();
    const auto found = DrawPreparation::findEntity(db, row.entity);
    session.out << tr("visit No. %1 (%2), item %3: %4")
                       .arg(PlanArguments::visitNumbers(db, session.actor, row.planId).value(row.entity))
                       .arg(found ? found->name : row.entity, row.itemCode, state)
                << Qt::endl;
    return ExitCode::Done;
}

ResultRecordCommand::ResultRecordCommand()
    : ResultCommand(QStringLiteral("record"))
{
    synopsis = QStringLiteral("result record PLAN_CODE --visit N --item CODE --file RESULT.json");
    summary = tr("record the result of a visit × item from a JSON file");
    options << QCommandLineOption(QStringLiteral("file"),
                                  tr("The result's fields as JSON: inspectedFrom, inspectedTo, members, categories, "
                                     "findings, followUp, caseNumber, rectifyBy, remarks."),
                                  QStringLiteral("RESULT.json"));
}

QString ResultRecordCommand::usageProblem(const QCommandLineParser& parser) const
{
    if (const QString problem = ResultCommand::usageProblem(parser); !problem.isEmpty())
        return problem;
    return parser.value(QStringLiteral("file")).isEmpty() ? tr("Give the result's file with --file RESULT.json.")
                                                          : QString();
}

int ResultRecordCommand::run(Session& session, const QCommandLineParser& parser)
{
    QString problem;
    auto version = ResultFile::read(parser.value(QStringLiteral("file")), &problem);
    if (!version) {
        session.err << problem << Qt::endl;
        return ExitCode::DataError;
    }
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto row = find(session, *db, parser);
    if (!row)
        return ExitCode::DataError;
    const Outcome outcome
        = ResultOperations(*db, session.actor).record(row->planId, row->entity, row->itemCode, *version);
    if (!outcome)
        return report(session, outcome);
    return done(session, *db, *row, version->resultId);
}

ResultStepCommand::ResultStepCommand(ResultAction action)
    : ResultCommand(action == ResultAction::Submit        ? QStringLiteral("submit")
                        : action == ResultAction::Approve ? QStringLiteral("approve")
                        : action == ResultAction::Return  ? QStringLiteral("return")
                                                          : QStringLiteral("publish"))
    , m_action(action)
{
    synopsis = name + QStringLiteral(" PLAN_CODE --visit N --item CODE");
    switch (action) {
    case ResultAction::Submit:
        summary = tr("submit the result of a visit × item for review");
        break;
    case ResultAction::Approve:
        summary = tr("approve a result submitted for review");
        break;
    case ResultAction::Return:
        synopsis += QStringLiteral(" --comment TEXT");
        summary = tr("return a result submitted for review to the clerk, with\nthe reason");
        options << QCommandLineOption(QStringLiteral("comment"), tr("What the clerk is to change."),
                                      QStringLiteral("TEXT"));
        break;
    default:
        summary = tr("publish an approved result");
        break;
    }
}

int ResultStepCommand::run(Session& session, const QCommandLineParser& parser)
{
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const auto row = find(session, *db, parser);
    if (!row)
        return ExitCode::DataError;
    ResultOperations results(*db, session.actor);
    // Nothing recorded yet: the operations' table says why this cannot be done (the role first).
    if (!row->hasResult()) {
        const Outcome refused = results.check(m_action, *row);
        return report(
            session, refused ? Outcome::refusedByRule(tr("No result of this visit × item is recorded yet.")) : refused);
    }
    Outcome outcome;
    switch (m_action) {
    case ResultAction::Submit:
        outcome = results.submit(row->resultId);
        break;
    case ResultAction::Approve:
        outcome = results.approve(row->resultId);
        break;
    case ResultAction::Return:
        outcome = results.returnForRework(row->resultId, parser.value(QStringLiteral("comment")));
        break;
    default:
        outcome = results.publish(row->resultId);
        break;
    }
    if (!outcome)
        return report(session, outcome);
    return done(session, *db, *row, row->resultId);
}
