// Whether a frozen draw request names an entity, an inspector or an item. The published record names them by their codes, so
// once a request is frozen those codes must never change and the records named must never be deleted: the record
// has to keep matching the registries.
#pragma once

#include <QString>

class Database;

namespace FrozenRequests {
// An entity's draw id (credit code or registry code), in a pool or in the notes of those left out.
bool namesEntity(Database& db, const QString& drawId);
// An inspector's registry code, in the request's list or in the notes of those left out.
bool namesInspector(Database& db, const QString& code);
// An inspection item (by its id), as an item of a plan whose request is frozen.
bool namesItem(Database& db, qint64 itemId);
} // namespace FrozenRequests
