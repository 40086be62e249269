// A drawn plan for the result, blacklist and archive tests: a data file in a temporary folder (attachments go
// beside it), two items over 40 primary schools (10 % and 25 %; with this seed some visits have both), six certified
// inspectors, a plan of April 2026 frozen, drawn and approved on 31 March 2026 (results are dated after the draw).
#pragma once

#include "PlanDraw.h"
#include "PlanFixture.h"
#include "ResultRepository.h"

#include <QTemporaryDir>

namespace ResultFixture {

struct DrawnPlan
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Plan plan;
    QList<Entity> schools;
    qint64 attemptId = 0;

    // approved: the draw's inspections are approved on the day of the draw (as every plan needs before results).
    // jy1Checklist: JY-01's checklist when the plan is frozen (none by default).
    explicit DrawnPlan(bool approved = true, const QList<CheckPoint>& jy1Checklist = {})
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("数据.sqlite")), &error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
        db->setCurrentUser(QStringLiteral("张三"));
        PlanFixture::Registry r(*db);
        InspectionItem jy1 = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")}, 1000);
        if (!jy1Checklist.isEmpty()) {
            jy1.checklist = jy1Checklist;
            WriteTransaction tx(*db);
            if (!ItemRepository(*db).update(tx, jy1) || !tx.commit())
                qFatal("checklist: %s", qPrintable(tx.error()));
        }
        const InspectionItem jy2 = r.item(QStringLiteral("JY-02"), {QStringLiteral("primary")}, 2500);
        schools = r.entities(40, QStringLiteral("昌黎县第小学"));
        r.inspectors(6);
        Plan p = PlanFixture::plan({jy1, jy2});
        p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
        plan = PlanFixture::inserted(*db, p);
        PlanDraw draw(*db);
        draw.setClock([] { return drawnAt(); });
        if (!draw.freeze(plan.id, &error))
            qFatal("freeze: %s", qPrintable(error));
        const auto attempt = draw.addSeed(
            plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("31415926535897932384"))}, &error);
        if (!attempt || !draw.draw(attempt->id, &error))
            qFatal("draw: %s", qPrintable(error));
        attemptId = attempt->id;
        if (approved)
            PlanFixture::approve(*db, plan.code, attemptId, drawnAt().date());
    }

    // When the fixture's ceremony takes place: the day before the plan's period.
    static QDateTime drawnAt() { return QDateTime(QDate(2026, 3, 31), QTime(9, 30)); }

    QList<ResultRow> rows() const { return ResultRepository(*db).planResults(plan.id); }
    QString status() const { return PlanRepository(*db).find(plan.id)->status; }

    // A valid version for a row: inspected on 2026-04-10 by the whole team, no problem found.
    static ResultVersion cleanVersion(const ResultRow& row)
    {
        ResultVersion v;
        v.inspectedFrom = QDate(2026, 4, 10);
        v.inspectedTo = QDate(2026, 4, 10);
        v.members = row.team;
        v.categories = {QStringLiteral("no_problem")};
        return v;
    }

    // Records the row's result in its own transaction; the version with its ids, or nullopt with *error.
    std::optional<ResultVersion> record(const ResultRow& row, QString* error = nullptr)
    {
        ResultVersion v = cleanVersion(row);
        WriteTransaction tx(*db);
        if (ResultRepository(*db).create(tx, plan.id, row.entity, row.itemCode, v) && tx.commit())
            return v;
        if (error)
            *error = tx.error();
        return std::nullopt;
    }

    // Runs one write in its own transaction; the error, or empty when it committed.
    template<typename Write> QString write(Write&& writeIn)
    {
        WriteTransaction tx(*db);
        ResultRepository results(*db);
        if (writeIn(tx, results) && tx.commit())
            return {};
        return tx.error().isEmpty() ? QStringLiteral("failed without a message") : tx.error();
    }

    // Records, submits, reviews and publishes the row's result.
    qint64 publish(const ResultRow& row)
    {
        const auto v = record(row);
        if (!v)
            qFatal("record failed");
        const QString error = write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.submit(tx, v->resultId) && results.review(tx, v->resultId)
                && results.publish(tx, v->resultId);
        });
        if (!error.isEmpty())
            qFatal("publish: %s", qPrintable(error));
        return v->resultId;
    }
};

} // namespace ResultFixture
