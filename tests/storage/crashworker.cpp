// The program tst_crash kills with SIGKILL while it writes: it runs one kind of write on a data file, printing a
// line before each step so that the test knows where it is. Built for the tests only; never shipped.
//
//   crashworker import DB FILE.csv          imports FILE.csv into the entity registry in one transaction
//   crashworker draw DB PLAN_CODE ROUNDS    freezes the plan if it is a draft, then ROUNDS times: a seed, its draw,
//                                           one substitution and a void, each its own transaction
//   crashworker results DB PLAN_CODE        records, submits, approves and publishes the result of every visit ×
//                                           item of the plan's standing draw, then corrects the first one (a new
//                                           version through the same states), each step its own transaction
//
// Output, one line each, flushed at once: "ready" when the file is open, "step N NAME" before each transaction
// (numbered from 1), "done" at the end. Exit code 0, or 1 with the reason on stderr.

#include "Database.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "RegistryImport.h"
#include "ResultRepository.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString& line)
{
    out() << line << Qt::endl; // endl flushes: the line must reach the test before the next write begins
}

// "step 3 draw": numbered, so that the test can wait for any one step.
void step(const char* name)
{
    static int number = 0;
    say(QStringLiteral("step %1 %2").arg(++number).arg(QLatin1String(name)));
}

int failWith(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

int runImport(Database& db, const QString& csv)
{
    const ImportPreview preview = RegistryImport::preview(db, Registry::Entities, csv);
    if (!preview.isUsable())
        return failWith(preview.error);
    if (preview.count(ImportRow::Verdict::Rejected) > 0)
        return failWith(preview.rejectionLines().join(QLatin1Char('\n')));
    step("import");
    ImportSummary summary;
    QString error;
    if (!RegistryImport::apply(db, preview, &summary, &error))
        return failWith(error);
    say(QStringLiteral("imported %1").arg(summary.created));
    return 0;
}

// 20 digits that differ from round to round, so that every attempt draws other teams.
QString seedDigits(int round)
{
    return QStringLiteral("%1").arg(quint64(round) * 7919 + 48213, 20, 10, QLatin1Char('0'));
}

int runDraw(Database& db, const QString& planCode, int rounds)
{
    const auto plan = PlanRepository(db).findByCode(planCode);
    if (!plan)
        return failWith(QStringLiteral("no plan %1").arg(planCode));
    PlanDraw draw(db);
    // The ceremony the day before the period, so that the results are dated after the draw.
    draw.setClock([from = plan->periodFrom] { return QDateTime(from.addDays(-1), QTime(9, 30)); });
    QString error;
    if (plan->isDraft()) {
        step("freeze");
        if (!draw.freeze(plan->id, &error))
            return failWith(error);
    }
    const int first = draw.attempts(plan->id).size();
    for (int round = first; round < first + rounds; ++round) {
        step("seed");
        const auto attempt = draw.addSeed(plan->id, {SeedPart::fromSystem(seedDigits(round))}, &error);
        if (!attempt)
            return failWith(error);
        step("draw");
        const auto result = draw.draw(attempt->id, &error);
        if (!result)
            return failWith(error);
        step("substitute");
        const DrawTeam& team = result->teams.first();
        if (!draw.substitute(attempt->id, team.entity, team.members.first(), QStringLiteral("出差"), &error))
            return failWith(error);
        step("void");
        if (!draw.voidAttempt(attempt->id, QStringLiteral("演练后作废"), QStringLiteral("李审核"), &error))
            return failWith(error);
    }
    return 0;
}

// One step of the results, in its own transaction.
bool resultStep(Database& db, const char* name, const std::function<bool(WriteTransaction&)>& write, QString* error)
{
    step(name);
    WriteTransaction tx(db);
    if (write(tx) && tx.commit())
        return true;
    *error = tx.error();
    return false;
}

// Submitted, approved and published, each its own step.
bool throughReview(Database& db, ResultRepository& results, qint64 resultId, QString* error)
{
    return resultStep(
               db, "submit", [&](WriteTransaction& tx) { return results.submit(tx, resultId); }, error)
        && resultStep(
               db, "review", [&](WriteTransaction& tx) { return results.review(tx, resultId); }, error)
        && resultStep(
               db, "publish", [&](WriteTransaction& tx) { return results.publish(tx, resultId); }, error);
}

int runResults(Database& db, const QString& planCode)
{
    const auto plan = PlanRepository(db).findByCode(planCode);
    if (!plan)
        return failWith(QStringLiteral("no plan %1").arg(planCode));
    ResultRepository results(db);
    QString error;
    qint64 first = 0;
    for (const ResultRow& row : results.planResults(plan->id)) {
        ResultVersion version;
        version.inspectedFrom = plan->periodFrom.addDays(9);
        version.inspectedTo = plan->periodFrom.addDays(10);
        version.members = row.team;
        version.categories = {QStringLiteral("no_problem")};
        const auto create
            = [&](WriteTransaction& tx) { return results.create(tx, plan->id, row.entity, row.itemCode, version); };
        if (!resultStep(db, "create", create, &error) || !throughReview(db, results, version.resultId, &error))
            return failWith(error);
        if (!first)
            first = version.resultId;
    }
    auto correction = results.latestVersion(first);
    if (!correction)
        return failWith(QStringLiteral("the plan has no visits"));
    correction->correctionReason = QStringLiteral("检查日期录入有误");
    correction->remarks = QStringLiteral("更正");
    if (!resultStep(
            db, "correct", [&](WriteTransaction& tx) { return results.correct(tx, *correction); }, &error)
        || !throughReview(db, results, first, &error))
        return failWith(error);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return failWith(
            QStringLiteral("usage: crashworker import DB FILE.csv | draw DB PLAN_CODE ROUNDS | results DB PLAN_CODE"));
    QString error;
    const auto db = Database::open(args.at(1), &error);
    if (!db)
        return failWith(error);
    db->setCurrentUser(QStringLiteral("crashworker"));
    say(QStringLiteral("ready"));
    int code = 0;
    if (args.at(0) == QLatin1String("import"))
        code = runImport(*db, args.at(2));
    else if (args.at(0) == QLatin1String("draw") && args.size() == 4)
        code = runDraw(*db, args.at(2), args.at(3).toInt());
    else if (args.at(0) == QLatin1String("results"))
        code = runResults(*db, args.at(2));
    else
        return failWith(QStringLiteral("unknown command %1").arg(args.at(0)));
    if (code == 0)
        say(QStringLiteral("done"));
    return code;
}
