#include "PlanChecklist.h"

#include "ItemRepository.h"
#include "PlanDraw.h"

QList<CheckPoint> PlanChecklist::of(Database& db, qint64 planId, const QString& itemCode)
{
    const ItemRepository items(db);
    if (const auto frozen = PlanDraw(db).frozenRequest(planId)) {
        const auto version = frozen->itemVersions.constFind(itemCode);
        if (version == frozen->itemVersions.cend())
            return {};
        const auto item = items.atVersion(itemCode, *version);
        return item ? item->checklist : QList<CheckPoint>();
    }
    const auto item = items.findByCode(itemCode);
    return item ? item->checklist : QList<CheckPoint>();
}
