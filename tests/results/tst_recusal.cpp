// 被检查人申请回避 (issue 14 item 5): the application and its decision are recorded on the visit; a granted one
// replaces the member by the draw's rule in the same transaction, the application as the reason; a refused one
// changes no team; the fields, the member and the visit's results are checked, each refusal naming what is wrong.
#include "PlanDraw.h"
#include "Recusal.h"
#include "ResultFixture.h"
#include "SubstitutionOperations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using ResultFixture::DrawnPlan;

namespace {

const Actor kClerk {QStringLiteral("luru"), QStringLiteral("clerk")};

RecusalRequest application(const DrawTeam& team, bool granted)
{
    RecusalRequest r;
    r.entity = team.entity;
    r.inspector = team.members.first();
    r.appliedOn = QDate(2026, 4, 2);
    r.reason = QStringLiteral("该执法人员系本园园长的近亲属");
    r.granted = granted;
    r.decidedBy = QStringLiteral("王立新（副局长）");
    r.decidedOn = QDate(2026, 4, 3);
    return r;
}

SubstitutionOperations operations(Database& db)
{
    SubstitutionOperations ops(db, kClerk);
    ops.setClock([] { return QDateTime(QDate(2026, 4, 5), QTime(10, 0)); });
    return ops;
}

} // namespace

class TestRecusal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Granted: the member is replaced by the rule, with the application as the substitution's reason; the
    // application names who came in; one audit entry for each.
    void aGrantedApplicationSubstitutesByTheRule()
    {
        DrawnPlan f;
        f.db->setCurrentUser(kClerk.user);
        const DrawAttempt before = *PlanDraw(*f.db).currentAttempt(f.plan.id);
        const DrawTeam team = before.result->teams.first();
        RecusalRequest r = application(team, true);
        std::optional<DrawSubstitution> substitution;
        const Outcome o = operations(*f.db).recordRecusal(f.plan.id, r, &substitution);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QVERIFY(substitution);
        QCOMPARE(substitution->out, team.members.first());
        QCOMPARE(substitution->reason, QStringLiteral("被检查人申请回避：该执法人员系本园园长的近亲属"));
        QCOMPARE(r.replacement, substitution->in);
        const auto now = PlanDraw(*f.db).teamNow(before.id, team.entity, nullptr);
        QVERIFY(!now->members.contains(team.members.first()));
        QVERIFY(now->members.contains(substitution->in));
        const QList<RecusalRequest> stored = Recusals::ofAttempt(*f.db, before.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().inspector, team.members.first());
        QCOMPARE(stored.first().replacement, substitution->in);
        QVERIFY(stored.first().granted);
        QCOMPARE(stored.first().decidedBy, QStringLiteral("王立新（副局长）"));
        QCOMPARE(stored.first().recordedBy, kClerk.user);
        QSqlQuery q(f.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2")));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        QCOMPARE(actions, (QStringList {QStringLiteral("recusal"), QStringLiteral("substitute")}));
        // Never changed.
        QVERIFY(!q.exec(QStringLiteral("UPDATE recusal_request SET granted = 0")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    }

    // Refused: recorded, and the team stays.
    void aRefusedApplicationChangesNoTeam()
    {
        DrawnPlan f;
        const DrawAttempt before = *PlanDraw(*f.db).currentAttempt(f.plan.id);
        const DrawTeam team = before.result->teams.first();
        RecusalRequest r = application(team, false);
        std::optional<DrawSubstitution> substitution;
        const Outcome o = operations(*f.db).recordRecusal(f.plan.id, r, &substitution);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QVERIFY(!substitution);
        QVERIFY(r.replacement.isEmpty());
        QCOMPARE(PlanDraw(*f.db).teamNow(before.id, team.entity, nullptr)->members, team.members);
        QCOMPARE(PlanDraw(*f.db).currentAttempt(f.plan.id)->substitutions.size(), 0);
        QCOMPARE(Recusals::ofAttempt(*f.db, before.id).size(), 1);
        QCOMPARE(Recusals::decisionText(false), QStringLiteral("Refused"));
    }

    // Each field and the member, with the refusal the clerk reads; nothing stored.
    void badApplicationsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("not on the team") << "inspector"
                                         << "is not a member of this visit's team now.";
        QTest::newRow("no application date") << "appliedOn"
                                             << "Enter the date of the application.";
        QTest::newRow("before the draw") << "appliedOnEarly"
                                         << "The application (2026-03-30) cannot be before the draw (2026-03-31).";
        QTest::newRow("no reason") << "reason"
                                   << "Enter the reason the party gave.";
        QTest::newRow("two-line reason") << "reasonLines"
                                         << "The reason must be one line of at most 200 characters.";
        QTest::newRow("nobody decided") << "decidedBy"
                                        << "Enter who decided on the application.";
        QTest::newRow("decided before applied")
            << "decidedOn"
            << "The decision (2026-04-01) cannot be before the application (2026-04-02).";
        QTest::newRow("decided in the future") << "decidedLater"
                                               << "The decision date 2026-04-06 is in the future.";
    }

    void badApplicationsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        DrawnPlan f;
        const DrawAttempt before = *PlanDraw(*f.db).currentAttempt(f.plan.id);
        const DrawTeam team = before.result->teams.first();
        RecusalRequest r = application(team, true);
        if (what == QLatin1String("inspector"))
            r.inspector = team.backups.first();
        else if (what == QLatin1String("appliedOn"))
            r.appliedOn = QDate();
        else if (what == QLatin1String("appliedOnEarly"))
            r.appliedOn = QDate(2026, 3, 30);
        else if (what == QLatin1String("reason"))
            r.reason = QStringLiteral("  ");
        else if (what == QLatin1String("reasonLines"))
            r.reason = QStringLiteral("近亲属\n同学");
        else if (what == QLatin1String("decidedBy"))
            r.decidedBy.clear();
        else if (what == QLatin1String("decidedOn"))
            r.decidedOn = QDate(2026, 4, 1);
        else if (what == QLatin1String("decidedLater"))
            r.decidedOn = QDate(2026, 4, 6);
        const Outcome o = operations(*f.db).recordRecusal(f.plan.id, r);
        QVERIFY(!o.ok());
        QVERIFY2(o.message().endsWith(message), qPrintable(o.message()));
        QCOMPARE(Recusals::ofAttempt(*f.db, before.id).size(), 0);
        QCOMPARE(PlanDraw(*f.db).currentAttempt(f.plan.id)->substitutions.size(), 0);
    }

    // Once a result of the visit is submitted its team is fixed: no decision on it is recorded; a viewer may not.
    void theVisitsRulesAndTheRoleComeFirst()
    {
        DrawnPlan f;
        const DrawAttempt before = *PlanDraw(*f.db).currentAttempt(f.plan.id);
        const DrawTeam team = before.result->teams.first();
        RecusalRequest r = application(team, true);
        const Outcome viewer = SubstitutionOperations(*f.db, {QStringLiteral("chakan"), QStringLiteral("viewer")})
                                   .recordRecusal(f.plan.id, r);
        QCOMPARE(viewer.kind(), Outcome::Kind::RefusedByRole);
        for (const ResultRow& row : f.rows())
            if (row.entity == team.entity) {
                const auto v = f.record(row);
                QVERIFY(v);
                QCOMPARE(f.write([&](WriteTransaction& tx, ResultRepository& results) {
                    return results.submit(tx, v->resultId);
                }),
                         QString());
                break;
            }
        const Outcome o = operations(*f.db).recordRecusal(f.plan.id, r);
        QVERIFY2(o.message().contains(QStringLiteral("submitted for review")), qPrintable(o.message()));
        QCOMPARE(Recusals::ofAttempt(*f.db, before.id).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecusal)
#include "tst_recusal.moc"
