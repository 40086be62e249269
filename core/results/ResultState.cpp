#include "ResultState.h"

#include "Vocabulary.h"

QList<ResultState> ResultStates::all()
{
    return {ResultState::None,     ResultState::Entered,  ResultState::Submitted,
            ResultState::Reviewed, ResultState::Returned, ResultState::Published};
}

QList<ResultAction> ResultStates::actions()
{
    QList<ResultAction> list;
    for (const ResultTransition& t : transitions())
        list << t.action;
    return list;
}

QString ResultStates::key(ResultState state)
{
    switch (state) {
    case ResultState::None:
        return {};
    case ResultState::Entered:
        return QStringLiteral("entered");
    case ResultState::Submitted:
        return QStringLiteral("submitted");
    case ResultState::Reviewed:
        return QStringLiteral("reviewed");
    case ResultState::Returned:
        return QStringLiteral("returned");
    case ResultState::Published:
        return QStringLiteral("published");
    }
    return {};
}

ResultState ResultStates::fromKey(const QString& key)
{
    for (ResultState s : all())
        if (s != ResultState::None && ResultStates::key(s) == key)
            return s;
    return ResultState::None;
}

QString ResultStates::label(ResultState state)
{
    if (state == ResultState::None)
        return tr("not recorded");
    return Vocabulary::resultStates().label(key(state));
}

QString ResultStates::actionName(ResultAction action)
{
    switch (action) {
    case ResultAction::Record:
        return tr("record a result");
    case ResultAction::Edit:
        return tr("edit the result");
    case ResultAction::Submit:
        return tr("submit the result for review");
    case ResultAction::Approve:
        return tr("approve the result");
    case ResultAction::Return:
        return tr("return the result for rework");
    case ResultAction::Publish:
        return tr("publish the result");
    case ResultAction::Correct:
        return tr("correct the result with a new version");
    case ResultAction::AddFollowUp:
        return tr("record a follow-up visit");
    case ResultAction::Attach:
        return tr("attach a file");
    }
    return {};
}

const QList<ResultTransition>& ResultStates::transitions()
{
    using A = ResultAction;
    using S = ResultState;
    using P = Access::Permission;
    static const QList<S> any = {S::Entered, S::Submitted, S::Reviewed, S::Returned, S::Published};
    static const QList<ResultTransition> table = {
        {A::Record, P::EnterResults, {S::None}, S::Entered},
        {A::Edit, P::EnterResults, {S::Entered, S::Returned}, std::nullopt},
        {A::Submit, P::EnterResults, {S::Entered, S::Returned}, S::Submitted},
        {A::Approve, P::ReviewResults, {S::Submitted}, S::Reviewed},
        {A::Return, P::ReviewResults, {S::Submitted}, S::Returned},
        {A::Publish, P::PublishResults, {S::Reviewed}, S::Published},
        {A::Correct, P::EnterResults, {S::Published}, S::Entered},
        {A::AddFollowUp, P::EnterResults, any, std::nullopt},
        {A::Attach, P::EnterResults, any, std::nullopt},
    };
    return table;
}

const ResultTransition& ResultStates::transition(ResultAction action)
{
    for (const ResultTransition& t : transitions())
        if (t.action == action)
            return t;
    Q_UNREACHABLE();
}

ResultState ResultStates::after(ResultAction action, ResultState from)
{
    const ResultTransition& t = transition(action);
    return t.to ? *t.to : from;
}

Outcome ResultStates::check(const Actor& actor, ResultAction action, ResultState state)
{
    const ResultTransition& t = transition(action);
    if (const Outcome role = actor.check(t.permission); !role)
        return role;
    if (t.from.contains(state))
        return Outcome::done();
    // The refusal says what the state allows instead.
    switch (state) {
    case ResultState::None:
        return Outcome::refusedByRule(
            tr("No result has been recorded for this visit and item yet: record it first (%1 is not possible).")
                .arg(actionName(action)));
    case ResultState::Published:
        if (action == ResultAction::Record)
            break;
        return Outcome::refusedByRule(tr("The result is published (已公示) and is never changed: to change it, correct "
                                         "it with a new version and a reason."));
    case ResultState::Submitted:
        if (action == ResultAction::Edit || action == ResultAction::Submit)
            return Outcome::refusedByRule(tr("The result is awaiting review (待审核): it can be changed again only "
                                             "after a reviewer returns it."));
        break;
    case ResultState::Reviewed:
        if (action == ResultAction::Edit || action == ResultAction::Submit || action == ResultAction::Return)
            return Outcome::refusedByRule(tr("The result has been approved (已审核): it can no longer be changed or "
                                             "returned; after it is published it can be corrected with a new "
                                             "version."));
        break;
    case ResultState::Entered:
    case ResultState::Returned:
        break;
    }
    if (action == ResultAction::Record)
        return Outcome::refusedByRule(
            tr("A result for this visit and item is already recorded (%1): edit or correct it instead.")
                .arg(label(state)));
    return Outcome::refusedByRule(
        tr("A result that is %1 does not allow this: to %2 it must be %3.")
            .arg(label(state), actionName(action), [&t] {
                QStringList names;
                for (ResultState s : t.from)
                    names << label(s);
                return names.join(tr(" or "));
            }()));
}

QList<ResultAction> ResultStates::allowed(const Actor& actor, ResultState state)
{
    QList<ResultAction> list;
    for (const ResultTransition& t : transitions())
        if (check(actor, t.action, state))
            list << t.action;
    return list;
}
