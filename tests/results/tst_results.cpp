// Results of the visits: the clerk's validation messages, the review states (every valid and invalid step),
// versioned corrections, the append-only tables, follow-up visits, attached files and the plan's status.
#include "BlacklistRepository.h"
#include "DemoData.h"
#include "Recusal.h"
#include "ResultFixture.h"
#include "Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QTest>

using ResultFixture::DrawnPlan;

namespace {

const QString kA = QStringLiteral("ZF-001");
const QString kB = QStringLiteral("ZF-002");
const QString kC = QStringLiteral("ZF-003");

ResultVersion::Team team()
{
    return {{kA, kB, kC}, {kA}};
}

// A version that passes every rule against team().
ResultVersion valid()
{
    ResultVersion v;
    v.inspectedFrom = QDate(2026, 4, 10);
    v.inspectedTo = QDate(2026, 4, 11);
    v.members = {kA, kB};
    v.categories = {QStringLiteral("no_problem")};
    return v;
}

ResultVersion problem(const QString& followUp)
{
    ResultVersion v = valid();
    v.categories = {QStringLiteral("pending")};
    v.findings = QStringLiteral("未公示收费标准");
    v.followUp = followUp;
    return v;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    return fields;
}

QString stateOf(Database& db, qint64 resultId)
{
    const auto v = ResultRepository(db).latestVersion(resultId);
    return v ? v->state : QString();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Gives the inspector a certificate ending on `to`, or none when certNo is empty, through the registry.
void setCertificate(Database& db, const QString& code, const QString& certNo, QDate to = {})
{
    InspectorRepository inspectors(db);
    Inspector x = *inspectors.findByCode(code);
    x.certNo = certNo;
    x.certFrom = {};
    x.certTo = certNo.isEmpty() ? QDate() : to;
    WriteTransaction tx(db);
    if (!inspectors.update(tx, x) || !tx.commit())
        qFatal("inspector: %s", qPrintable(tx.error()));
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void validationMessages_data()
    {
        QTest::addColumn<ResultVersion>("version");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        ResultVersion v = valid();
        v.inspectedFrom = {};
        QTest::newRow("no first day") << v << "inspectedFrom"
                                      << "Enter the date of the inspection.";
        v = valid();
        v.inspectedTo = {};
        QTest::newRow("no last day") << v << "inspectedTo"
                                     << "Enter the last day of the inspection.";
        v = valid();
        v.inspectedTo = QDate(2026, 4, 9);
        QTest::newRow("last before first") << v << "inspectedTo"
                                           << "The last day of the inspection is before its first day.";
        v = valid();
        v.categories = {};
        QTest::newRow("no category") << v << "categories"
                                     << "Choose at least one result.";
        v = valid();
        v.categories = {QStringLiteral("excellent")};
        QTest::newRow("unknown category") << v << "categories"
                                          << "Unknown result: excellent.";
        v = valid();
        v.categories << QStringLiteral("not_disclosed");
        v.findings = QStringLiteral("未公示");
        QTest::newRow("no problem and a problem") << v << "categories"
                                                  << "\"No problem found\" cannot be combined with another result.";
        v = problem(QStringLiteral("routine"));
        v.findings.clear();
        QTest::newRow("problem without findings") << v << "findings"
                                                  << "Describe what was found.";
        v = valid();
        v.followUp = QStringLiteral("routine");
        QTest::newRow("no problem with a measure")
            << v << "followUp"
            << "No problem was found, so the follow-up measure is \"No follow-up needed\".";
        v = problem(QStringLiteral("routine"));
        v.categories = {QStringLiteral("ordered_rectify")};
        QTest::newRow("rectification ordered, other measure")
            << v << "followUp"
            << "Rectification was ordered, so the follow-up measure is \"Rectification within a time limit\".";
        v = problem(QStringLiteral("whatever"));
        QTest::newRow("unknown measure") << v << "followUp"
                                         << "Choose the follow-up measure.";
        v = problem(QStringLiteral("case"));
        QTest::newRow("case without number") << v << "caseNumber"
                                             << "Enter the number of the case opened.";
        v = problem(QStringLiteral("rectify"));
        QTest::newRow("rectify without deadline") << v << "rectifyBy"
                                                  << "Enter the deadline for the rectification.";
        v = problem(QStringLiteral("rectify"));
        v.rectifyBy = QDate(2026, 4, 11);
        QTest::newRow("deadline on the last day")
            << v << "rectifyBy"
            << "The deadline for the rectification must be after the inspection (2026-04-11).";
        v = valid();
        v.members = {kA, QStringLiteral("ZF-009")};
        QTest::newRow("stranger") << v << "members"
                                  << "Not a member of the team of this visit: ZF-009.";
        v = valid();
        v.members = {kA};
        QTest::newRow("one present") << v << "members"
                                     << "At least 2 members of the team must have been present.";
        v = valid();
        v.members = {kA, kA};
        QTest::newRow("one present twice") << v << "members"
                                           << "At least 2 members of the team must have been present.";
        v = valid();
        v.members = {kB, kC};
        QTest::newRow("none certified")
            << v << "members"
            << "At least one member present must hold a law-enforcement certificate valid on the inspection dates.";
        v = valid();
        v.version = 2;
        QTest::newRow("correction without reason") << v << "correctionReason"
                                                   << "Say why the published result is corrected.";
    }

    void validationMessages()
    {
        QFETCH(ResultVersion, version);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const FieldErrors errors = version.problems(team());
        QCOMPARE(fieldsOf(errors), QStringList {field});
        QCOMPARE(errors.first().message, message);
    }

    // The dates against the plan (valid() is inspected on 2026-04-10 and 11): after today and before the draw are
    // refused, naming the field; outside the period is only a warning.
    void inspectionDatesAgainstThePlan_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("errors"); // "field: message"
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("inside the period")
            << QDate(2026, 4, 10) << QDate(2026, 4, 11) << QDate(2026, 5, 1) << QStringList() << QStringList();
        QTest::newRow("on the day of the draw and today")
            << QDate(2026, 3, 31) << QDate(2026, 5, 1) << QDate(2026, 5, 1) << QStringList()
            << QStringList {QStringLiteral("inspectedFrom: 2026-03-31 is outside the plan's inspection period "
                                           "(2026-04-01 to 2026-04-30); it can be saved if the visit slipped."),
                            QStringLiteral("inspectedTo: 2026-05-01 is outside the plan's inspection period "
                                           "(2026-04-01 to 2026-04-30); it can be saved if the visit slipped.")};
        QTest::newRow("ten years ahead")
            << QDate(2036, 3, 20) << QDate(2036, 3, 20) << QDate(2026, 5, 1)
            << QStringList {QStringLiteral("inspectedFrom: 2036-03-20 is after today (2026-05-01): record a visit "
                                           "once it has taken place."),
                            QStringLiteral("inspectedTo: 2036-03-20 is after today (2026-05-01): record a visit "
                                           "once it has taken place.")}
            << QStringList {QStringLiteral("inspectedFrom: 2036-03-20 is outside the plan's inspection period "
                                           "(2026-04-01 to 2026-04-30); it can be saved if the visit slipped."),
                            QStringLiteral("inspectedTo: 2036-03-20 is outside the plan's inspection period "
                                           "(2026-04-01 to 2026-04-30); it can be saved if the visit slipped.")};
        QTest::newRow("last day tomorrow")
            << QDate(2026, 4, 20) << QDate(2026, 4, 22) << QDate(2026, 4, 21)
            << QStringList {QStringLiteral("inspectedTo: 2026-04-22 is after today (2026-04-21): record a visit once "
                                           "it has taken place.")}
            << QStringList();
        QTest::newRow("before the draw")
            << QDate(2026, 3, 30) << QDate(2026, 4, 1) << QDate(2026, 5, 1)
            << QStringList {QStringLiteral("inspectedFrom: 2026-03-30 is before the plan's draw (2026-03-31): nobody "
                                           "knew whom to visit before it.")}
            << QStringList {QStringLiteral("inspectedFrom: 2026-03-30 is outside the plan's inspection period "
                                           "(2026-04-01 to 2026-04-30); it can be saved if the visit slipped.")};
    }

    void inspectionDatesAgainstThePlan()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, today);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, warnings);
        ResultVersion v = valid();
        v.inspectedFrom = from;
        v.inspectedTo = to;
        const ResultVersion::DateLimits limits {QDate(2026, 3, 31), QDate(2026, 4, 1), QDate(2026, 4, 30), today};
        const auto lines = [](const FieldErrors& list) {
            QStringList out;
            for (const FieldError& e : list)
                out << e.field + QStringLiteral(": ") + e.message;
            return out;
        };
        QCOMPARE(lines(v.problems(team(), limits)), errors);
        QCOMPARE(lines(v.warnings(limits)), warnings);
        QVERIFY(v.problems(team()).isEmpty()); // the form's other rules know nothing of the plan
    }

    // The repository refuses what the form refuses, with the field named: the draw of the fixture was on
    // 2026-03-31, and a visit in 2036 has not taken place.
    void theRepositoryRefusesImpossibleDates_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QString>("error");
        QTest::newRow("ten years ahead") << QDate(2036, 3, 20)
                                         << QStringLiteral("Inspected from: 2036-03-20 is after today (%1): record a "
                                                           "visit once it has taken place.")
                                                .arg(QDate::currentDate().toString(Qt::ISODate));
        QTest::newRow("before the draw") << QDate(2026, 3, 30)
                                         << QStringLiteral("Inspected from: 2026-03-30 is before the plan's draw "
                                                           "(2026-03-31): nobody knew whom to visit before it.");
    }

    void theRepositoryRefusesImpossibleDates()
    {
        QFETCH(QDate, from);
        QFETCH(QString, error);
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        ResultVersion v = DrawnPlan::cleanVersion(row);
        v.inspectedFrom = v.inspectedTo = from;
        const QString got = f.write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.create(tx, f.plan.id, row.entity, row.itemCode, v);
        });
        QCOMPARE(got, error);
        QVERIFY(!f.rows().first().hasResult());

        // A visit that slipped out of the period is stored.
        const ResultVersion::DateLimits limits = ResultRepository(*f.db).dateLimits(f.plan.id);
        QCOMPARE(limits.drawnOn, DrawnPlan::drawnAt().date());
        QCOMPARE(limits.periodTo, QDate(2026, 4, 30));
        v.inspectedFrom = v.inspectedTo = QDate(2026, 5, 6);
        QVERIFY(!v.warnings(limits).isEmpty());
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.create(tx, f.plan.id, row.entity, row.itemCode, v);
        }),
                 QString());
    }

    void validVersionsPass_data()
    {
        QTest::addColumn<ResultVersion>("version");
        QTest::newRow("no problem") << valid();
        ResultVersion v = problem(QStringLiteral("case"));
        v.caseNumber = QStringLiteral("昌教罚立〔2026〕3号");
        QTest::newRow("case") << v;
        v = problem(QStringLiteral("rectify"));
        v.categories = {QStringLiteral("ordered_rectify"), QStringLiteral("not_disclosed")};
        v.rectifyBy = QDate(2026, 5, 12);
        QTest::newRow("rectify") << v;
        v = valid();
        v.categories = {QStringLiteral("closed")};
        QTest::newRow("closed, nothing to find") << v;
        v = valid();
        v.members = {kA, kB, kC};
        v.version = 3;
        v.correctionReason = QStringLiteral("检查日期录入有误");
        QTest::newRow("correction") << v;
    }

    void validVersionsPass()
    {
        QFETCH(ResultVersion, version);
        QCOMPARE(fieldsOf(version.problems(team())), QStringList());
    }

    void problemCategories()
    {
        ResultVersion v = valid();
        QVERIFY(!v.foundProblem());
        v.categories = {QStringLiteral("unreachable")};
        QVERIFY(!v.foundProblem());
        v.categories = {QStringLiteral("unreachable"), QStringLiteral("obstructed")};
        QVERIFY(v.foundProblem());
        QCOMPARE(v.categoriesText(), QStringLiteral("通过登记的地址无法联系；不配合检查，情节严重"));
    }

    void resultsOnlyForVisitsAndTheirItems()
    {
        DrawnPlan f;
        const QList<ResultRow> rows = f.rows();
        QVERIFY(rows.size() >= 4);
        for (const ResultRow& row : rows) {
            QVERIFY(!row.hasResult());
            QCOMPARE(row.team.size(), 2);
        }
        QSet<QString> drawn;
        for (const ResultRow& row : rows)
            drawn.insert(row.entity);
        QString outsider;
        for (const Entity& e : f.schools)
            if (!drawn.contains(e.drawId()))
                outsider = e.drawId();
        QVERIFY(!outsider.isEmpty());

        ResultVersion v = DrawnPlan::cleanVersion(rows.first());
        QString error = f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.create(tx, f.plan.id, outsider, rows.first().itemCode, v);
        });
        QCOMPARE(error, QStringLiteral("%1 is not a visit of the plan's standing draw.").arg(outsider));

        // An item the visit does not have.
        error = f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.create(tx, f.plan.id, rows.first().entity, QStringLiteral("JY-09"), v);
        });
        QCOMPARE(error, QStringLiteral("Item JY-09 is not inspected in the visit to %1.").arg(rows.first().entity));

        // The first record works; a second for the same visit and item is refused.
        QVERIFY(f.record(rows.first()));
        QString second;
        QVERIFY(!f.record(rows.first(), &second));
        QVERIFY2(second.startsWith(QStringLiteral("A result is already recorded for")), qPrintable(second));

        // A validation problem names its field.
        v.members = {rows.last().team.first()};
        error = f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.create(tx, f.plan.id, rows.last().entity, rows.last().itemCode, v);
        });
        QCOMPARE(error, QStringLiteral("Members present: At least 2 members of the team must have been present."));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM result")), 1);
    }

    // The clerk's case: a team whose only certificate expired before the inspection has nobody certified, in the
    // team of the visit and in the rule that refuses the result; valid on the inspection date, it counts.
    void anExpiredCertificateIsNotCertified()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        QCOMPARE(row.team.size(), 2);
        const QString holder = row.team.at(0);
        setCertificate(*f.db, row.team.at(1), QString());
        setCertificate(*f.db, holder, QStringLiteral("冀秦1303-9"), QDate(2026, 4, 9));
        ResultRepository results(*f.db);
        PlanVisit visit;
        for (const PlanVisit& v : results.visits(f.plan.id))
            if (v.entity == row.entity)
                visit = v;
        QCOMPARE(visit.members, row.team);

        const QDate inspected(2026, 4, 10); // the day after the certificate ended
        QCOMPARE(results.teamFor(visit, inspected, inspected).certified, QStringList());
        QCOMPARE(results.teamFor(visit, QDate(2026, 4, 8), inspected).certified, QStringList()); // ends mid-visit
        ResultVersion v = DrawnPlan::cleanVersion(row);
        QCOMPARE(v.inspectedFrom, inspected);
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.create(tx, f.plan.id, row.entity, row.itemCode, v);
        }),
                 QStringLiteral("Members present: At least one member present must hold a law-enforcement "
                                "certificate valid on the inspection dates."));

        // Without inspection dates the certificate is judged on the day of the draw (2026-03-31), not by its number.
        QCOMPARE(results.teamFor(visit, {}, {}).certified, QStringList({holder}));
        setCertificate(*f.db, holder, QStringLiteral("冀秦1303-9"), QDate(2025, 3, 3));
        QCOMPARE(results.teamFor(visit, {}, {}).certified, QStringList());
        QCOMPARE(results.teamFor(visit, {}, inspected).certified, QStringList());

        // Valid through the inspection date: certified, and the result is recorded.
        setCertificate(*f.db, holder, QStringLiteral("冀秦1303-9"), inspected);
        QCOMPARE(results.teamFor(visit, inspected, inspected).certified, QStringList({holder}));
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.create(tx, f.plan.id, row.entity, row.itemCode, v);
        }),
                 QString());
    }

    void aPlanWithoutDrawHasNoVisits()
    {
        DrawnPlan f;
        Plan draft = PlanFixture::inserted(
            *f.db, PlanFixture::plan({*ItemRepository(*f.db).findByCode(QStringLiteral("JY-01"))}));
        QVERIFY(ResultRepository(*f.db).planResults(draft.id).isEmpty());
        ResultVersion v = DrawnPlan::cleanVersion(f.rows().first());
        const QString error = f.write([&](WriteTransaction& tx, ResultRepository& results) {
            return results.create(tx, draft.id, f.rows().first().entity, QStringLiteral("JY-01"), v);
        });
        QCOMPARE(error, QStringLiteral("The plan has no standing draw, so it has no visits to record results for."));
    }

    void theMembersComeFromTheTeamAfterSubstitution()
    {
        DrawnPlan f;
        const ResultRow before = f.rows().first();
        QString error;
        const auto sub = PlanDraw(*f.db).substitute(f.attemptId, before.entity, before.team.first(),
                                                    QStringLiteral("出差"), &error);
        QVERIFY2(sub, qPrintable(error));
        const ResultRow after = f.rows().first();
        QVERIFY(!after.team.contains(before.team.first()));
        QVERIFY(after.team.contains(sub->in));
        ResultVersion v = DrawnPlan::cleanVersion(before); // the team before the substitution
        error = f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.create(tx, f.plan.id, before.entity, before.itemCode, v);
        });
        QCOMPARE(
            error,
            QStringLiteral("Members present: Not a member of the team of this visit: %1.").arg(before.team.first()));
        QVERIFY(f.record(after));
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("to"); // empty: refused
        QTest::addColumn<QString>("refusal");

        const QStringList states {QStringLiteral("entered"), QStringLiteral("submitted"), QStringLiteral("reviewed"),
                                  QStringLiteral("returned"), QStringLiteral("published")};
        const QHash<QString, QString> labels {{QStringLiteral("entered"), QStringLiteral("Entered")},
                                              {QStringLiteral("submitted"), QStringLiteral("Awaiting review")},
                                              {QStringLiteral("reviewed"), QStringLiteral("Reviewed")},
                                              {QStringLiteral("returned"), QStringLiteral("Returned")},
                                              {QStringLiteral("published"), QStringLiteral("Published")}};
        for (const QString& from : states) {
            const QString label = labels.value(from);
            const auto row = [&](const char* action, const QString& to, const QString& refusal) {
                QTest::addRow("%s %s", qPrintable(from), action)
                    << from << QString::fromLatin1(action) << to << (to.isEmpty() ? refusal : QString());
            };
            const bool editable = from == QLatin1String("entered") || from == QLatin1String("returned");
            row("edit", editable ? from : QString(),
                QStringLiteral("is %1 and can no longer be edited: only an entered or returned result can be.")
                    .arg(label));
            row("submit", editable ? QStringLiteral("submitted") : QString(),
                QStringLiteral("is %1 and cannot be submitted for review: only an entered or returned result can be.")
                    .arg(label));
            const bool submitted = from == QLatin1String("submitted");
            row("review", submitted ? QStringLiteral("reviewed") : QString(),
                QStringLiteral("is %1 and cannot be approved: only a result awaiting review can be.").arg(label));
            row("return", submitted ? QStringLiteral("returned") : QString(),
                QStringLiteral("is %1 and cannot be returned: only a result awaiting review can be.").arg(label));
            row("publish", from == QLatin1String("reviewed") ? QStringLiteral("published") : QString(),
                QStringLiteral("is %1 and cannot be published: only a reviewed result can be.").arg(label));
            row("correct", from == QLatin1String("published") ? QStringLiteral("entered") : QString(),
                QStringLiteral("is %1: only a published result is corrected by a new version").arg(label));
        }
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, action);
        QFETCH(QString, to);
        QFETCH(QString, refusal);

        DrawnPlan f;
        const ResultRow row = f.rows().first();
        const auto recorded = f.record(row);
        QVERIFY(recorded);
        const qint64 id = recorded->resultId;
        const QHash<QString, QStringList> paths {
            {QStringLiteral("entered"), {}},
            {QStringLiteral("submitted"), {QStringLiteral("submit")}},
            {QStringLiteral("reviewed"), {QStringLiteral("submit"), QStringLiteral("review")}},
            {QStringLiteral("returned"), {QStringLiteral("submit"), QStringLiteral("return")}},
            {QStringLiteral("published"),
             {QStringLiteral("submit"), QStringLiteral("review"), QStringLiteral("publish")}},
        };
        const auto run = [&](const QString& step) {
            return f.write([&](WriteTransaction& tx, ResultRepository& r) {
                if (step == QLatin1String("submit"))
                    return r.submit(tx, id);
                if (step == QLatin1String("review"))
                    return r.review(tx, id);
                if (step == QLatin1String("return"))
                    return r.returnForRework(tx, id, QStringLiteral("到场人员不全"));
                if (step == QLatin1String("publish"))
                    return r.publish(tx, id);
                ResultVersion v = DrawnPlan::cleanVersion(row);
                v.resultId = id;
                v.findings = QStringLiteral("改");
                if (step == QLatin1String("edit"))
                    return r.update(tx, v);
                v.correctionReason = QStringLiteral("检查日期有误");
                return r.correct(tx, v);
            });
        };
        for (const QString& step : paths.value(from))
            QCOMPARE(run(step), QString());
        QCOMPARE(stateOf(*f.db, id), from);
        const int versions = ResultRepository(*f.db).history(id).size();
        const int audit = count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'result'"));

        const QString error = run(action);
        if (to.isEmpty()) {
            QVERIFY2(error.contains(refusal), qPrintable(error));
            QCOMPARE(stateOf(*f.db, id), from);
            QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'result'")),
                     audit);
        } else {
            QCOMPARE(error, QString());
            QCOMPARE(stateOf(*f.db, id), to);
            QCOMPARE(ResultRepository(*f.db).history(id).size(), versions + (action == QLatin1String("correct")));
            QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'result'")),
                     audit + 1);
        }
    }

    void returningNeedsAComment()
    {
        DrawnPlan f;
        const auto v = f.record(f.rows().first());
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.submit(tx, v->resultId); }),
                 QString());
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.returnForRework(tx, v->resultId, QStringLiteral("  "));
        }),
                 QStringLiteral("Say why the result is returned, so that the clerk knows what to change."));
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.returnForRework(tx, v->resultId, QStringLiteral("缺少检查记录照片"));
        }),
                 QString());
        const auto returned = ResultRepository(*f.db).latestVersion(v->resultId);
        QCOMPARE(returned->state, QStringLiteral("returned"));
        QCOMPARE(returned->reviewComment, QStringLiteral("缺少检查记录照片"));
        QCOMPARE(returned->reviewedBy, QStringLiteral("张三"));
    }

    void anEditIsValidatedAndKeepsTheState()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        auto v = f.record(row);
        v->categories = {QStringLiteral("ordered_rectify")};
        v->findings = QStringLiteral("未公示收费标准");
        v->followUp = QStringLiteral("rectify");
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.update(tx, *v); }),
                 QStringLiteral("Rectify by: Enter the deadline for the rectification."));
        v->rectifyBy = QDate(2026, 5, 10);
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.update(tx, *v); }), QString());
        const auto stored = ResultRepository(*f.db).latestVersion(v->resultId);
        QCOMPARE(stored->categories, v->categories);
        QCOMPARE(stored->rectifyBy, QDate(2026, 5, 10));
        QCOMPARE(stored->state, QStringLiteral("entered"));
        QCOMPARE(stored->version, 1);
    }

    void aCorrectionIsANewVersionAndTheOldStays()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        const qint64 id = f.publish(row);
        ResultVersion v2 = DrawnPlan::cleanVersion(row);
        v2.resultId = id;
        v2.inspectedFrom = v2.inspectedTo = QDate(2026, 4, 9);
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.correct(tx, v2); }),
                 QStringLiteral("Reason for the correction: Say why the published result is corrected."));
        v2.correctionReason = QStringLiteral("检查日期录入有误");
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.correct(tx, v2); }), QString());

        ResultRepository results(*f.db);
        const QList<ResultVersion> history = results.history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).state, QStringLiteral("published"));
        QCOMPARE(history.at(0).inspectedFrom, QDate(2026, 4, 10));
        QVERIFY(history.at(0).publishedAt.isValid());
        QCOMPARE(history.at(1).version, 2);
        QCOMPARE(history.at(1).state, QStringLiteral("entered"));
        QCOMPARE(history.at(1).correctionReason, QStringLiteral("检查日期录入有误"));

        // The website keeps showing version 1 until version 2 is published.
        auto published = results.publishedResults(f.plan.id);
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.first().published->version, 1);
        QCOMPARE(published.first().latest->version, 2);
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.submit(tx, id) && r.review(tx, id) && r.publish(tx, id);
        }),
                 QString());
        published = results.publishedResults(f.plan.id);
        QCOMPARE(published.first().published->version, 2);
        QCOMPARE(published.first().published->inspectedFrom, QDate(2026, 4, 9));
        QCOMPARE(results.history(id).first().state, QStringLiteral("published"));
    }

    void aPublishedVersionResistsRawSql()
    {
        DrawnPlan f;
        const qint64 id = f.publish(f.rows().first());
        QSqlQuery q(f.db->sql());
        QVERIFY(!q.exec(QStringLiteral("UPDATE result_version SET findings = 'x' WHERE result_id = %1").arg(id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("a published result is never changed")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE result_version SET state = 'entered' WHERE result_id = %1").arg(id)));
        QCOMPARE(stateOf(*f.db, id), QStringLiteral("published"));
    }

    void nothingIsEverDeleted_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString& table : Schema::appendOnlyResultTables()
                 + QStringList {QStringLiteral("result"), QStringLiteral("result_version")})
            QTest::newRow(qPrintable(table)) << table;
    }

    void nothingIsEverDeleted()
    {
        QFETCH(QString, table);
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        const auto v = f.record(row);
        const QString source = f.dir.filePath(QStringLiteral("记录.txt"));
        QVERIFY(TestSupport::writeFile(source, "检查记录"));
        QString error = f.write([&](WriteTransaction& tx, ResultRepository& r) {
            FollowUpVisit visit {
                0, v->resultId, QDate(2026, 5, 1), {row.team.first()}, QStringLiteral("rectified"), {}, {}, {}};
            return r.addFollowUp(tx, visit) && r.addAttachment(tx, v->resultId, source, {}).has_value();
        });
        QCOMPARE(error, QString());
        {
            WriteTransaction tx(*f.db);
            BlacklistEntry e {
                0, f.schools.first().id, {}, QStringLiteral("违规招生"), {}, {}, QDate(2026, 1, 1), {}, {}, {}};
            QVERIFY(BlacklistRepository(*f.db).add(tx, e) && tx.commit());
        }
        QSqlQuery q(f.db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO publication (plan_id, kind, published_at, published_by) "
                                      "VALUES (%1, 'results', '2026-05-01T00:00:00Z', 'x')")
                           .arg(f.plan.id)));
        const int before = count(*f.db, QStringLiteral("SELECT count(*) FROM ") + table);
        QVERIFY(before > 0);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM ") + table));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM ") + table), before);
        if (Schema::appendOnlyResultTables().contains(table)) {
            QVERIFY(!q.exec(QStringLiteral("UPDATE %1 SET id = id").arg(table)));
        }
    }

    void thePlanStatusFollowsTheResults()
    {
        DrawnPlan f;
        QCOMPARE(f.status(), QStringLiteral("drawn"));
        const QList<ResultRow> rows = f.rows();
        f.publish(rows.first());
        QCOMPARE(f.status(), QStringLiteral("inspecting"));
        for (qsizetype i = 1; i + 1 < rows.size(); ++i)
            f.publish(rows.at(i));
        QCOMPARE(f.status(), QStringLiteral("inspecting"));
        // The last result entered and reviewed, but not yet published, does not complete the plan.
        const auto last = f.record(rows.last());
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.submit(tx, last->resultId) && r.review(tx, last->resultId);
        }),
                 QString());
        QCOMPARE(f.status(), QStringLiteral("inspecting"));
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.publish(tx, last->resultId); }),
                 QString());
        QCOMPARE(f.status(), QStringLiteral("completed"));
        // The draw can no longer be voided once the inspections have begun.
        QString error;
        QVERIFY(!PlanDraw(*f.db).voidAttempt(f.attemptId, QStringLiteral("重抽"), QStringLiteral("李审核"), &error));
        // A correction after completion leaves the plan completed.
        ResultVersion v = DrawnPlan::cleanVersion(rows.first());
        v.resultId = f.rows().first().resultId;
        v.correctionReason = QStringLiteral("更正");
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.correct(tx, v); }), QString());
        QCOMPARE(f.status(), QStringLiteral("completed"));
    }

    void followUpVisits()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        const auto v = f.record(row);
        FollowUpVisit visit {0,
                             v->resultId,
                             QDate(2026, 4, 9),
                             {row.team.first()},
                             QStringLiteral("rectified"),
                             QStringLiteral("已整改"),
                             {},
                             {}};
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, visit); }),
                 QStringLiteral("The follow-up visit (2026-04-09) cannot be before the inspection (2026-04-10)."));
        visit.visitedOn = QDate(2026, 5, 6);
        visit.inspectors = {QStringLiteral("ZF-404")};
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, visit); }),
                 QStringLiteral("There is no inspector ZF-404 in the registry."));
        visit.inspectors = {};
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, visit); }),
                 QStringLiteral("Inspectors: Name at least one inspector who made the visit."));
        visit.inspectors = {row.team.first()};
        visit.outcome = QStringLiteral("maybe");
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, visit); }),
                 QStringLiteral("Outcome: Choose what the visit found."));
        visit.outcome = QStringLiteral("partly");
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, visit); }),
                 QString());
        FollowUpVisit second = visit;
        second.visitedOn = QDate(2026, 5, 20);
        second.outcome = QStringLiteral("rectified");
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, second); }),
                 QString());
        const QList<FollowUpVisit> list = ResultRepository(*f.db).followUps(v->resultId);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).outcome, QStringLiteral("partly"));
        QCOMPARE(list.at(1).outcome, QStringLiteral("rectified"));
        QCOMPARE(list.at(1).recordedBy, QStringLiteral("张三"));
    }

    void attachmentsAreCopiedWithTheirHash()
    {
        DrawnPlan f;
        const auto v = f.record(f.rows().first());
        const QString source = f.dir.filePath(QStringLiteral("现场 照片（一）.jpg"));
        const QByteArray bytes = QByteArray("\xFF\xD8\xFF\xE0 photo bytes ", 18).repeated(1000);
        QVERIFY(TestSupport::writeFile(source, bytes));
        ResultRepository results(*f.db);
        std::optional<Attachment> a;
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            a = r.addAttachment(tx, v->resultId, source, QStringLiteral("校门口公示栏"));
            return a.has_value();
        }),
                 QString());
        QCOMPARE(a->sha256, sha256(bytes));
        QCOMPARE(a->size, qint64(bytes.size()));
        QCOMPARE(a->fileName, QStringLiteral("现场 照片（一）.jpg"));
        QCOMPARE(a->storedPath, QStringLiteral("%1/%2-现场 照片（一）.jpg").arg(v->resultId).arg(a->sha256.left(16)));
        const QString stored = results.absolutePath(*a);
        QCOMPARE(stored, f.dir.filePath(QStringLiteral("数据.sqlite.files/") + a->storedPath));
        QFile copy(stored);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
        copy.close();
        QCOMPARE(results.attachments(v->resultId).size(), 1);
        QCOMPARE(results.attachments(v->resultId).first().description, QStringLiteral("校门口公示栏"));
        QVERIFY(results.checkAttachments().isEmpty());
        // No temporary file is left behind.
        QCOMPARE(QDir(QFileInfo(stored).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // The same file again is refused, and leaves nothing behind.
        QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& r) {
            return r.addAttachment(tx, v->resultId, source, {}).has_value();
        }),
                 QStringLiteral("现场 照片（一）.jpg is already attached to this result."));
        QCOMPARE(QDir(QFileInfo(stored).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // A changed file and a missing file are found.
        QVERIFY(TestSupport::writeFile(stored, "edited"));
        auto problems = results.checkAttachments();
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().missing);
        QCOMPARE(problems.first().actualSha256, sha256("edited"));
        QVERIFY(QFile::remove(stored));
        problems = results.checkAttachments(v->resultId);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().missing);
        QCOMPARE(problems.first().absolutePath, stored);
    }

    // Opening an attachment (issue 13, finding 9): only a file inside the attachments folder, unchanged since it was
    // attached, and not a program or script; a program is shown in its folder instead.
    void attachmentsOpenOnlyWhenUnchangedInsideTheFolderAndNotAProgram()
    {
        DrawnPlan f;
        const auto v = f.record(f.rows().first());
        ResultRepository results(*f.db);
        const auto attach = [&](const QString& name, const QByteArray& bytes) {
            const QString source = f.dir.filePath(name);
            if (!TestSupport::writeFile(source, bytes))
                return std::optional<Attachment>();
            std::optional<Attachment> a;
            const QString error = f.write([&](WriteTransaction& tx, ResultRepository& r) {
                a = r.addAttachment(tx, v->resultId, source, {});
                return a.has_value();
            });
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
            return a;
        };
        const auto photo = attach(QStringLiteral("现场照片.JPG"), "\xFF\xD8\xFF photo");
        QVERIFY(photo);
        AttachmentOpening o = results.opening(*photo);
        QCOMPARE(o.verdict, AttachmentOpening::Verdict::Open);
        QCOMPARE(o.path, QFileInfo(results.absolutePath(*photo)).canonicalFilePath());
        QCOMPARE(results.attachment(photo->id)->sha256, photo->sha256);
        QVERIFY(!results.attachment(photo->id + 1000));

        // A program, however it is dressed, is not opened: its folder is offered.
        for (const QString& name : {QStringLiteral("整改报告.pdf.exe"), QStringLiteral("说明.JS"),
                                    QStringLiteral("快捷方式.lnk"), QStringLiteral("page.html")}) {
            const auto program = attach(name, name.toUtf8());
            QVERIFY(program);
            o = results.opening(*program);
            QCOMPARE(o.verdict, AttachmentOpening::Verdict::ShowFolder);
            QCOMPARE(o.folder, QFileInfo(results.absolutePath(*program)).canonicalPath());
            QVERIFY(o.message.contains(name));
        }

        // A file changed after it was attached is refused, naming the hash.
        const auto record = attach(QStringLiteral("检查记录.pdf"), "%PDF-1.4 record");
        QVERIFY(record);
        QVERIFY(TestSupport::writeFile(results.absolutePath(*record), "%PDF-1.4 altered"));
        o = results.opening(*record);
        QCOMPARE(o.verdict, AttachmentOpening::Verdict::Refused);
        QVERIFY(o.message.contains(QStringLiteral("SHA-256")));

#ifndef Q_OS_WIN
        // A stored file swapped for a link to a file outside the folder (same bytes, same hash) is refused. (On
        // Windows QFile::link makes a shortcut, a file of its own whose bytes differ: the hash refuses it.)
        const auto letter = attach(QStringLiteral("通知书.pdf"), "%PDF-1.4 letter");
        QVERIFY(letter);
        const QString outside = f.dir.filePath(QStringLiteral("outside.pdf"));
        QVERIFY(TestSupport::writeFile(outside, "%PDF-1.4 letter"));
        QVERIFY(QFile::remove(results.absolutePath(*letter)));
        QVERIFY(QFile::link(outside, results.absolutePath(*letter)));
        o = results.opening(*letter);
        QCOMPARE(o.verdict, AttachmentOpening::Verdict::Refused);
        QVERIFY2(o.message.contains(QStringLiteral("outside the attachments folder")), qPrintable(o.message));
#endif

        // A missing file is refused.
        QVERIFY(QFile::remove(results.absolutePath(*photo)));
        QCOMPARE(results.opening(*photo).verdict, AttachmentOpening::Verdict::Refused);
    }

    void programsAreKnownByTheirLastSuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("runs");
        QTest::newRow("photo") << QStringLiteral("照片.jpg") << false;
        QTest::newRow("pdf upper case") << QStringLiteral("记录.PDF") << false;
        QTest::newRow("word") << QStringLiteral("报告.docx") << false;
        QTest::newRow("no suffix") << QStringLiteral("readme") << false;
        QTest::newRow("named exe, no suffix") << QStringLiteral("exe") << false;
        QTest::newRow("exe") << QStringLiteral("setup.exe") << true;
        QTest::newRow("double suffix") << QStringLiteral("照片.jpg.exe") << true;
        QTest::newRow("upper case") << QStringLiteral("SETUP.EXE") << true;
        QTest::newRow("trailing dots and spaces") << QStringLiteral("setup.exe. .") << true;
        QTest::newRow("script") << QStringLiteral("a.vbs") << true;
        QTest::newRow("powershell") << QStringLiteral("a.ps1") << true;
        QTest::newRow("shortcut") << QStringLiteral("a.url") << true;
        QTest::newRow("macro workbook") << QStringLiteral("台账.xlsm") << true;
        QTest::newRow("web page") << QStringLiteral("a.HTM") << true;
        QTest::newRow("path with dot in folder") << QStringLiteral("C:\\a.exe\\photo.jpg") << false;
    }
    void programsAreKnownByTheirLastSuffix()
    {
        QFETCH(QString, name);
        QFETCH(bool, runs);
        QCOMPARE(AttachmentOpening::runs(name), runs);
    }

    void aRolledBackAttachmentLeavesNoFile()
    {
        DrawnPlan f;
        const auto v = f.record(f.rows().first());
        const QString source = f.dir.filePath(QStringLiteral("检查记录.pdf"));
        QVERIFY(TestSupport::writeFile(source, "%PDF-1.4 record"));
        QString stored;
        {
            WriteTransaction tx(*f.db);
            ResultRepository results(*f.db);
            const auto a = results.addAttachment(tx, v->resultId, source, {});
            QVERIFY(a);
            stored = results.absolutePath(*a);
            QVERIFY(QFile::exists(stored));
            tx.fail(QStringLiteral("a later step failed"));
            QVERIFY(!tx.commit());
        }
        QVERIFY(!QFile::exists(stored));
        QCOMPARE(ResultRepository(*f.db).attachments(v->resultId).size(), 0);
        {
            WriteTransaction tx(*f.db);
            QVERIFY(ResultRepository(*f.db).addAttachment(tx, v->resultId, source, {}));
        } // destroyed without commit
        QVERIFY(!QFile::exists(stored));
    }

    void attachmentsNeedADataFile()
    {
        auto db = PlanFixture::openDatabase();
        WriteTransaction tx(*db);
        QVERIFY(!ResultRepository(*db).addAttachment(tx, 1, QStringLiteral("/nonexistent"), {}));
        QVERIFY(ResultRepository(*db).attachmentFolder().isEmpty());
    }

    void everyStepIsAudited()
    {
        DrawnPlan f;
        const ResultRow row = f.rows().first();
        f.publish(row);
        QSqlQuery q(f.db->sql());
        q.prepare(QStringLiteral("SELECT action, object_id FROM audit_log WHERE object_type = 'result' ORDER BY seq"));
        QVERIFY(q.exec());
        QStringList actions;
        while (q.next()) {
            actions << q.value(0).toString();
            QCOMPARE(q.value(1).toString(), QStringLiteral("%1|%2|%3").arg(f.plan.code, row.entity, row.itemCode));
        }
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("create"), QStringLiteral("submit"), QStringLiteral("review"),
                               QStringLiteral("publish")}));
    }

    void theDemoHasAFinishedPlan()
    {
        auto db = PlanFixture::openDatabase();
        QString error;
        QVERIFY2(DemoData::fill(*db, &error), qPrintable(error));
        db->setCurrentUser(QStringLiteral("admin"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(DemoData::addFinishedPlan(*db, &error), qPrintable(error));
        qInfo("the demo plan took %lld ms", timer.elapsed());
        QCOMPARE(db->currentUser(), QStringLiteral("admin")); // the demo's users were only borrowed
        const QList<Plan> plans = PlanRepository(*db).list();
        QCOMPARE(plans.size(), 1);
        // Three visit items are left to practise on, so the plan is still being inspected.
        QCOMPARE(plans.first().status, QStringLiteral("inspecting"));
        QVERIFY(plans.first().periodFrom >= QDate(2026, 1, 1) && plans.first().periodTo <= QDate(2026, 6, 30));
        const auto attempt = PlanDraw(*db).currentAttempt(plans.first().id);
        // A member who could not attend, and the party's application for recusal, granted (issue 14).
        QCOMPARE(attempt->substitutions.size(), 2);
        QVERIFY(attempt->substitutions.at(1).substitution.reason.startsWith(QStringLiteral("被检查人申请回避：")));
        const QList<RecusalRequest> recusals = Recusals::ofAttempt(*db, attempt->id);
        QCOMPARE(recusals.size(), 1);
        QVERIFY(recusals.first().granted);
        QCOMPARE(recusals.first().replacement, attempt->substitutions.at(1).substitution.in);
        // The ceremony before the visits, not on the day the demo was made.
        QCOMPARE(attempt->drawnAt.toLocalTime().date(), QDate(2026, 2, 27));
        QVERIFY(attempt->drawnAt.toLocalTime().date() < plans.first().periodFrom);

        ResultRepository results(*db);
        const QList<ResultRow> rows = results.planResults(plans.first().id);
        QVERIFY(rows.size() >= 10);
        const qsizetype practice = rows.size() - DemoData::PracticeResults;
        QVERIFY(!rows.at(practice).hasResult());
        QCOMPARE(rows.at(practice + 1).latest->state, QStringLiteral("entered"));
        QCOMPARE(rows.at(practice + 1).latest->createdBy, QStringLiteral("luru"));
        QCOMPARE(rows.at(practice + 2).latest->state, QStringLiteral("submitted"));
        QCOMPARE(rows.at(practice + 2).latest->createdBy, QStringLiteral("luru"));
        QVERIFY(!rows.at(practice + 2).latest->reviewedAt.isValid());
        QCOMPARE(results.publishedResults(plans.first().id).size(), practice);
        QStringList measures;
        int followUps = 0;
        for (const ResultRow& row : rows.mid(0, practice)) {
            QVERIFY(row.published);
            QCOMPARE(row.latest->state, QStringLiteral("published"));
            QCOMPARE(row.latest->createdBy, QStringLiteral("luru"));
            QCOMPARE(row.latest->reviewedBy, QStringLiteral("shenhe"));
            QVERIFY(row.latest->inspectedFrom >= plans.first().periodFrom);
            QVERIFY(row.latest->inspectedTo <= plans.first().periodTo);
            if (row.latest->foundProblem())
                measures << row.latest->followUp;
            const QList<FollowUpVisit> visits = results.followUps(row.resultId);
            followUps += visits.size();
            for (const FollowUpVisit& v : visits) {
                QCOMPARE(v.outcome, QStringLiteral("rectified"));
                QCOMPARE(v.recordedBy, QStringLiteral("luru"));
            }
            if (row.latest->followUp == QLatin1String("case"))
                QVERIFY(!row.latest->caseNumber.isEmpty());
            if (row.latest->followUp == QLatin1String("rectify"))
                QVERIFY(row.latest->rectifyBy > row.latest->inspectedTo);
        }
        measures.sort();
        QCOMPARE(measures,
                 (QStringList {QStringLiteral("case"), QStringLiteral("rectify"), QStringLiteral("routine")}));
        QCOMPARE(followUps, 1);
        // The audit trail names the demo's clerk and reviewer for the results.
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'result' AND "
                                      "action = 'publish' AND user_name = 'shenhe'")),
                 int(practice));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'result' AND "
                                      "action = 'create' AND user_name = 'luru'")),
                 int(rows.size()) - 1);

        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM blacklist_entry")), 3);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM blacklist_entry")), 2);
        const auto removed = EntityRepository(*db).findByCreditCode(QStringLiteral("52130322MJ0YR72E4E"));
        const auto kept = EntityRepository(*db).findByCreditCode(QStringLiteral("91130322MA05PLKF5F"));
        QVERIFY(!removed->blacklisted);
        QVERIFY(kept->blacklisted);
        QCOMPARE(kept->blacklistFrom, QDate(2026, 2, 26));

        QVERIFY(!DemoData::addFinishedPlan(*db, &error));
    }
};

QTEST_GUILESS_MAIN(TestResults)
#include "tst_results.moc"
