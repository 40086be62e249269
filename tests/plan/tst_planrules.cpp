// Who may do what with a plan, and when: every role × plan action × status, against the expectations written out
// here (not derived from the code's table), and the substitution rule of a visit's results.
#include "PlanRules.h"

#include <QTest>

namespace {

const QStringList kRoles
    = {QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("reviewer"), QStringLiteral("viewer")};

struct Situation
{
    const char* name;
    PlanFacts facts;
};

// One typical plan of every status, the frozen one with and without a seed waiting for its draw (or refused), the
// drawn one before and after its inspections were approved.
QList<Situation> situations()
{
    PlanFacts draft;
    PlanFacts frozen;
    frozen.status = PlanStatus::Frozen;
    PlanFacts seeded = frozen;
    seeded.seedPending = true;
    PlanFacts refused = frozen;
    refused.drawRefused = true;
    PlanFacts drawn;
    drawn.status = PlanStatus::Drawn;
    drawn.hasStandingResult = true;
    PlanFacts approved = drawn;
    approved.approved = true;
    PlanFacts inspecting = approved;
    inspecting.status = PlanStatus::Inspecting;
    PlanFacts completed = approved;
    completed.status = PlanStatus::Completed;
    return {{"draft", draft}, {"frozen", frozen},           {"frozen+seed", seeded},    {"frozen+refused", refused},
            {"drawn", drawn}, {"drawn+approved", approved}, {"inspecting", inspecting}, {"completed", completed}};
}

struct Expectation
{
    PlanAction action;
    const char* name;
    QStringList roles; // who may
    QStringList situations; // when
};

const QList<Expectation>& expectations()
{
    static const QList<Expectation> list = {
        {PlanAction::Edit, "edit", {"admin", "clerk"}, {"draft", "frozen", "frozen+seed", "frozen+refused"}},
        {PlanAction::Delete, "delete", {"admin", "clerk"}, {"draft"}},
        {PlanAction::Freeze, "freeze", {"admin", "clerk"}, {"draft"}},
        {PlanAction::Seed, "seed", {"admin", "clerk"}, {"frozen"}},
        {PlanAction::Draw, "draw", {"admin", "clerk"}, {"frozen+seed"}},
        {PlanAction::Void, "void", {"admin", "clerk"}, {"frozen+seed", "frozen+refused", "drawn", "drawn+approved"}},
        {PlanAction::Substitute, "substitute", {"admin", "clerk"}, {"drawn", "drawn+approved", "inspecting"}},
        {PlanAction::PublishPackage,
         "publish",
         {"admin", "reviewer"},
         {"drawn", "drawn+approved", "inspecting", "completed"}},
        {PlanAction::Approve, "approve", {"admin", "clerk"}, {"drawn"}},
    };
    return list;
}

} // namespace

Q_DECLARE_METATYPE(PlanFacts)

class TestPlanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyRoleActionAndStatus_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<PlanFacts>("facts");
        QTest::addColumn<int>("expected"); // Outcome::Kind
        for (const Expectation& e : expectations())
            for (const QString& role : kRoles)
                for (const Situation& s : situations()) {
                    const Outcome::Kind kind = !e.roles.contains(role)       ? Outcome::Kind::RefusedByRole
                        : e.situations.contains(QString::fromLatin1(s.name)) ? Outcome::Kind::Done
                                                                             : Outcome::Kind::RefusedByRule;
                    QTest::addRow("%s %s %s", e.name, qPrintable(role), s.name)
                        << role << int(e.action) << s.facts << int(kind);
                }
    }

    void everyRoleActionAndStatus()
    {
        QFETCH(QString, role);
        QFETCH(int, action);
        QFETCH(PlanFacts, facts);
        QFETCH(int, expected);
        const Actor actor {QStringLiteral("someone"), role};
        const Outcome o = PlanRules::check(actor, PlanAction(action), facts);
        QCOMPARE(int(o.kind()), expected);
        // A refusal always says why; the allowed list agrees with check().
        QCOMPARE(o.message().isEmpty(), o.ok());
        QCOMPARE(PlanRules::allowed(actor, facts).contains(PlanAction(action)), o.ok());
        if (o.kind() == Outcome::Kind::RefusedByRole)
            QCOMPARE(o.exitCode(), 3);
        else if (!o.ok())
            QCOMPARE(o.exitCode(), 1);
    }

    // Every action of the table is in the expectations, and the other way round.
    void tableCoversEveryAction()
    {
        QList<PlanAction> expected;
        for (const Expectation& e : expectations())
            expected << e.action;
        QCOMPARE(PlanRules::actions(), expected);
    }

    // The approval of the inspections is recorded once, between the draw and the first result.
    void approvalRefusalsSayWhy()
    {
        const Actor clerk {QStringLiteral("someone"), QStringLiteral("clerk")};
        PlanFacts facts;
        facts.status = PlanStatus::Drawn;
        facts.hasStandingResult = true;
        facts.approved = true;
        Outcome o = PlanRules::check(clerk, PlanAction::Approve, facts);
        QVERIFY2(o.message().contains(QStringLiteral("already approved")), qPrintable(o.message()));
        facts.status = PlanStatus::Inspecting;
        o = PlanRules::check(clerk, PlanAction::Approve, facts);
        QVERIFY2(o.message().contains(QStringLiteral("inspections have started")), qPrintable(o.message()));
        facts.status = PlanStatus::Frozen;
        facts.hasStandingResult = false;
        facts.approved = false;
        o = PlanRules::check(clerk, PlanAction::Approve, facts);
        QVERIFY2(o.message().contains(QStringLiteral("only while it is")), qPrintable(o.message()));
    }

    void statusTransitions()
    {
        using S = PlanStatus;
        QList<std::pair<S, S>> allowed;
        for (S from : PlanStatuses::all())
            for (S to : PlanStatuses::all())
                if (PlanStatuses::canMove(from, to))
                    allowed.append({from, to});
        const QList<std::pair<S, S>> expected = {{S::Draft, S::Frozen},
                                                 {S::Frozen, S::Drawn},
                                                 {S::Drawn, S::Frozen},
                                                 {S::Drawn, S::Inspecting},
                                                 {S::Inspecting, S::Completed}};
        QCOMPARE(allowed, expected);
        QVERIFY(PlanStatuses::moveRefusal(S::Completed, S::Draft).contains(QStringLiteral("cannot become")));
        for (S s : PlanStatuses::all())
            QCOMPARE(PlanStatuses::fromKey(PlanStatuses::key(s)), std::optional<S>(s));
        QCOMPARE(PlanStatuses::fromKey(QStringLiteral("whatever")), std::nullopt);
    }

    // Rule (issue 12, 3a): a visit's team is fixed once a result of it was submitted, and never changes after one
    // was published; the refusal says what to do instead.
    void substitutionFollowsTheVisitsResults()
    {
        const Actor clerk {QStringLiteral("luru"), QStringLiteral("clerk")};
        PlanFacts inspecting;
        inspecting.status = PlanStatus::Inspecting;
        inspecting.hasStandingResult = true;
        VisitFacts visit {3, QStringLiteral("昌黎县第一小学"), {}, {}};
        QVERIFY(PlanRules::checkSubstitution(clerk, inspecting, visit).ok());

        visit.submittedItem = QStringLiteral("JY-01");
        Outcome o = PlanRules::checkSubstitution(clerk, inspecting, visit);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(QStringLiteral("visit No. 3 (昌黎县第一小学)")), qPrintable(o.message()));
        QVERIFY2(o.message().contains(QStringLiteral("submitted for review")), qPrintable(o.message()));
        QVERIFY2(o.message().contains(QStringLiteral("new version")), qPrintable(o.message()));

        visit.publishedItem = QStringLiteral("JY-02");
        o = PlanRules::checkSubstitution(clerk, inspecting, visit);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(QStringLiteral("item JY-02 is published")), qPrintable(o.message()));

        // The role is asked first: a reviewer hears about the role, not the results.
        o = PlanRules::checkSubstitution({QStringLiteral("shenhe"), QStringLiteral("reviewer")}, inspecting, visit);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRole);
    }
};

QTEST_GUILESS_MAIN(TestPlanRules)
#include "tst_planrules.moc"
