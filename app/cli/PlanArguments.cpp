#include "PlanArguments.h"

#include "PlanOperations.h"
#include "PlanRepository.h"

QString PlanArguments::planDescription()
{
    return tr("The plan's code (see plans).");
}

QCommandLineOption PlanArguments::visitOption()
{
    return {QStringLiteral("visit"), tr("The visit's number in the standing draw (第 N 家, from 1)."),
            QStringLiteral("N")};
}

QCommandLineOption PlanArguments::itemOption()
{
    return {QStringLiteral("item"), tr("The code of the inspected item, e.g. JY-01."), QStringLiteral("CODE")};
}

QString PlanArguments::visitProblem(const QString& value, bool isSet)
{
    if (!isSet)
        return tr("Give the visit with --visit N.");
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= 1 ? QString() : tr("--visit wants the visit's number, from 1 (given: %1).").arg(value);
}

std::optional<Plan> PlanArguments::plan(Database& db, const QString& code, QString* problem)
{
    auto plan = PlanRepository(db).findByCode(code);
    if (!plan)
        *problem = tr("There is no plan %1: `plans` lists the plans.").arg(code);
    return plan;
}

std::optional<Plan> PlanArguments::plan(Database& db, const QCommandLineParser& parser, QTextStream& err)
{
    QString problem;
    auto found = plan(db, parser.positionalArguments().at(0), &problem);
    if (!found)
        err << problem << Qt::endl;
    return found;
}

QString PlanArguments::visitEntity(Database& db, const Actor& actor, const Plan& plan, int number, QString* problem)
{
    const PlanOperations plans(db, actor);
    const QString entity = plans.visitEntity(plan.id, number);
    if (entity.isEmpty()) {
        const int visits = int(visitNumbers(db, actor, plan.id).size());
        *problem = visits == 0 ? tr("The plan %1 has no standing draw, so it has no visits.").arg(plan.code)
                               : tr("The plan %1 has no visit No. %2: its standing draw has %n visit(s).", "", visits)
                                     .arg(plan.code)
                                     .arg(number);
    }
    return entity;
}

QHash<QString, int> PlanArguments::visitNumbers(Database& db, const Actor& actor, qint64 planId)
{
    const PlanOperations plans(db, actor);
    QHash<QString, int> numbers;
    for (int n = 1;; ++n) {
        const QString entity = plans.visitEntity(planId, n);
        if (entity.isEmpty())
            break;
        numbers.insert(entity, n);
    }
    return numbers;
}
