// Who may do what with a result, and when: every role × result action × state, against the expectations written
// out here (not derived from the code's table).
#include "ResultState.h"

#include <QTest>

namespace {

using S = ResultState;
using A = ResultAction;

struct Expectation
{
    A action;
    const char* name;
    QStringList roles;
    QList<S> from;
    std::optional<S> to;
};

const QList<Expectation>& expectations()
{
    static const QList<S> any = {S::Entered, S::Submitted, S::Reviewed, S::Returned, S::Published};
    static const QList<Expectation> list = {
        {A::Record, "record", {"admin", "clerk"}, {S::None}, S::Entered},
        {A::Edit, "edit", {"admin", "clerk"}, {S::Entered, S::Returned}, std::nullopt},
        {A::Submit, "submit", {"admin", "clerk"}, {S::Entered, S::Returned}, S::Submitted},
        {A::Approve, "approve", {"admin", "reviewer"}, {S::Submitted}, S::Reviewed},
        {A::Return, "return", {"admin", "reviewer"}, {S::Submitted}, S::Returned},
        {A::Publish, "publish", {"admin", "reviewer"}, {S::Reviewed}, S::Published},
        {A::Correct, "correct", {"admin", "clerk"}, {S::Published}, S::Entered},
        {A::AddFollowUp, "follow-up", {"admin", "clerk"}, any, std::nullopt},
        {A::Attach, "attach", {"admin", "clerk"}, any, std::nullopt},
    };
    return list;
}

} // namespace

class TestResultState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyRoleActionAndState_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("after");
        for (const Expectation& e : expectations())
            for (const char* role : {"admin", "clerk", "reviewer", "viewer"})
                for (S s : ResultStates::all()) {
                    const Outcome::Kind kind = !e.roles.contains(QLatin1String(role)) ? Outcome::Kind::RefusedByRole
                        : e.from.contains(s)                                          ? Outcome::Kind::Done
                                                                                      : Outcome::Kind::RefusedByRule;
                    const S after = e.to && e.from.contains(s) ? *e.to : s;
                    QTest::addRow("%s %s %s", e.name, role,
                                  s == S::None ? "none" : qPrintable(ResultStates::key(s)))
                        << QString::fromLatin1(role) << int(e.action) << int(s) << int(kind) << int(after);
                }
    }

    void everyRoleActionAndState()
    {
        QFETCH(QString, role);
        QFETCH(int, action);
        QFETCH(int, state);
        QFETCH(int, expected);
        QFETCH(int, after);
        const Actor actor {QStringLiteral("someone"), role};
        const Outcome o = ResultStates::check(actor, A(action), S(state));
        QCOMPARE(int(o.kind()), expected);
        QCOMPARE(o.message().isEmpty(), o.ok());
        QCOMPARE(ResultStates::allowed(actor, S(state)).contains(A(action)), o.ok());
        if (o.ok())
            QCOMPARE(int(ResultStates::after(A(action), S(state))), after);
    }

    void tableCoversEveryAction()
    {
        QList<A> expected;
        for (const Expectation& e : expectations())
            expected << e.action;
        QCOMPARE(ResultStates::actions(), expected);
    }

    void keys()
    {
        for (S s : ResultStates::all())
            QCOMPARE(ResultStates::fromKey(ResultStates::key(s)), s);
        QCOMPARE(ResultStates::fromKey(QStringLiteral("whatever")), S::None);
        QCOMPARE(ResultStates::key(S::Published), QStringLiteral("published"));
    }

    // The refusals name the rule and what to do.
    void refusalsSayWhy()
    {
        const Actor clerk {QStringLiteral("luru"), QStringLiteral("clerk")};
        QVERIFY(ResultStates::check(clerk, A::Edit, S::Published).message().contains(QStringLiteral("new version")));
        QVERIFY(ResultStates::check(clerk, A::Edit, S::Submitted).message().contains(QStringLiteral("returns it")));
        QVERIFY(ResultStates::check(clerk, A::Record, S::Entered).message().contains(QStringLiteral("already")));
        const Outcome role = ResultStates::check(clerk, A::Publish, S::Reviewed);
        QCOMPARE(role.kind(), Outcome::Kind::RefusedByRole);
        QVERIFY2(role.message().contains(QStringLiteral("publish inspection results")), qPrintable(role.message()));
    }
};

QTEST_GUILESS_MAIN(TestResultState)
#include "tst_resultstate.moc"
