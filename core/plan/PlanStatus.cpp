#include "PlanStatus.h"

#include "Vocabulary.h"

QList<PlanStatus> PlanStatuses::all()
{
    return {PlanStatus::Draft, PlanStatus::Frozen, PlanStatus::Drawn, PlanStatus::Inspecting, PlanStatus::Completed};
}

QString PlanStatuses::key(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return QStringLiteral("draft");
    case PlanStatus::Frozen:
        return QStringLiteral("frozen");
    case PlanStatus::Drawn:
        return QStringLiteral("drawn");
    case PlanStatus::Inspecting:
        return QStringLiteral("inspecting");
    case PlanStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

std::optional<PlanStatus> PlanStatuses::fromKey(const QString& key)
{
    for (PlanStatus s : all())
        if (PlanStatuses::key(s) == key)
            return s;
    return std::nullopt;
}

QString PlanStatuses::label(PlanStatus status)
{
    return Vocabulary::planStatuses().label(key(status));
}

bool PlanStatuses::canMove(PlanStatus from, PlanStatus to)
{
    using S = PlanStatus;
    static const std::pair<S, S> table[] = {
        {S::Draft, S::Frozen}, // freeze: the request is stored
        {S::Frozen, S::Drawn}, // the draw
        {S::Drawn, S::Frozen}, // the draw was voided: a new seed
        {S::Drawn, S::Inspecting}, // the first result
        {S::Inspecting, S::Completed}, // every visit × item published
    };
    for (const auto& [f, t] : table)
        if (f == from && t == to)
            return true;
    return false;
}

QString PlanStatuses::moveRefusal(PlanStatus from, PlanStatus to)
{
    if (canMove(from, to))
        return {};
    return tr("A plan that is %1 cannot become %2.").arg(label(from), label(to));
}
