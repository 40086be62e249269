// The life of a result as a type, and who may move it: 录入 → 待审核 → 已审核 → 已公示, 待审核 → 退回 → 待审核, and a
// published result corrected by a new version (录入 again). One table (transitions()) says for each action the
// permission it needs, the states it starts from and the state it leads to; the window's buttons, the command line
// and ResultOperations all ask it. The stored key ("entered" …) is Vocabulary::resultStates(); nothing else compares
// those strings.
#pragma once

#include "Access.h"
#include "Actor.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

enum class ResultState {
    None, // no result recorded for the visit × item yet
    Entered,
    Submitted,
    Reviewed,
    Returned,
    Published,
};

enum class ResultAction {
    Record, // the first version of a visit × item
    Edit, // change the latest version while it is entered or returned
    Submit, // for review
    Approve,
    Return, // for rework, with a comment
    Publish,
    Correct, // a published result gets a new version with a reason
    AddFollowUp, // a follow-up visit (整改回访)
    Attach, // a file
};

struct ResultTransition
{
    ResultAction action;
    Access::Permission permission;
    QList<ResultState> from;
    std::optional<ResultState> to; // nullopt: the state does not change
};

class ResultStates final
{
    Q_DECLARE_TR_FUNCTIONS(ResultStates)

public:
    static QList<ResultState> all(); // None first
    static QList<ResultAction> actions();
    static QString key(ResultState state); // "" for None, "entered", "submitted", "reviewed", "returned", "published"
    static ResultState fromKey(const QString& key); // None for an empty or unknown key
    static QString label(ResultState state); // 录入 …; 未录入 for None
    static QString actionName(ResultAction action); // in words: "submit for review"

    // The one table.
    static const QList<ResultTransition>& transitions();
    static const ResultTransition& transition(ResultAction action);
    // The state the action leads to from `from` (the same state for actions that do not move it).
    static ResultState after(ResultAction action, ResultState from);

    // May `actor` take `action` on a result in `state`? Checks the role first (Access), then the state. The refusal
    // names the rule: "A result that is 已公示 cannot be edited: correct it with a new version."
    static Outcome check(const Actor& actor, ResultAction action, ResultState state);
    // Every action check() allows, in the order of actions().
    static QList<ResultAction> allowed(const Actor& actor, ResultState state);
};
