// The checklist a plan's inspection of an item follows: the item's checklist as it was when the plan was frozen
// (a later change of the item is a new version that this plan does not see), or, before freezing, as it is now.
#pragma once

#include "Checklist.h"

class Database;

namespace PlanChecklist {
// The points of `itemCode` for the plan; empty when the item has none (or had none: plans frozen before data
// version 12).
QList<CheckPoint> of(Database& db, qint64 planId, const QString& itemCode);
} // namespace PlanChecklist
