// The life of a plan as a type: 草稿 → 已冻结 → 已抽取 → 检查中 → 已完成, and back from 已抽取 to 已冻结 only when the
// draw is voided. The stored key ("draft" …) is Vocabulary::planStatuses(); nothing compares those strings but here.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

enum class PlanStatus { Draft, Frozen, Drawn, Inspecting, Completed };

class PlanStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(PlanStatuses)

public:
    static QList<PlanStatus> all();
    static QString key(PlanStatus status); // "draft", "frozen", "drawn", "inspecting", "completed"
    static std::optional<PlanStatus> fromKey(const QString& key);
    // The label in the interface language (草稿 …).
    static QString label(PlanStatus status);

    // The transition table: the steps a plan may take. Forward one step at a time; drawn → frozen after a void.
    static bool canMove(PlanStatus from, PlanStatus to);
    // Why a step is not allowed, for the clerk ("A plan that is 草稿 cannot become 已抽取 …"); empty when it is.
    static QString moveRefusal(PlanStatus from, PlanStatus to);
};
