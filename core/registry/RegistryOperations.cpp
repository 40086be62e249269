#include "RegistryOperations.h"

#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "EntitySearch.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Settings.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

namespace {

// The record's field problems as a refusal: the first one in a sentence ("名称: …", as the repositories say it),
// all of them for the form's fields.
template<class Record> Outcome fieldRefusal(const FieldErrors& errors)
{
    const FieldError& first = errors.first();
    return Outcome::refusedByRule(Record::fieldLabel(first.field) + QStringLiteral(": ") + first.message, errors);
}

// The problems of a new record; one without a code gets the next one when it is written, so that is no problem.
template<class Record> FieldErrors newRecordProblems(const Record& record)
{
    FieldErrors errors = record.problems();
    if (record.code.trimmed().isEmpty())
        errors.removeIf([](const FieldError& e) { return e.field == QLatin1String("code"); });
    return errors;
}

// A township typed that is not in the list yet is added with the entity.
bool addNewTownship(Database& db, WriteTransaction& tx, Entity& entity)
{
    const QString name = entity.townshipName.trimmed();
    if (entity.townshipId > 0 || name.isEmpty())
        return true;
    entity.townshipId = TownshipRepository(db).ensure(tx, name);
    return entity.townshipId > 0;
}

} // namespace

RegistryOperations::RegistryOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

template<class Write> Outcome RegistryOperations::write(Write&& write)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Outcome::failed(tx.error());
    if (!write(tx))
        return Outcome::refusedByRule(tx.error()); // the repository said why: a code taken, a frozen request …
    if (!tx.commit())
        return Outcome::failed(tx.error());
    return Outcome::done();
}

// --- Asking ---

Outcome RegistryOperations::check() const
{
    return m_actor.check(permission);
}

Outcome RegistryOperations::checkEntityRemoval(qint64 entityId) const
{
    if (const Outcome o = check(); !o)
        return o;
    EntityRepository entities(m_db);
    const auto entity = entities.find(entityId);
    if (!entity)
        return Outcome::refusedByRule(EntityRepository::tr("The entity no longer exists."));
    if (entities.isReferenced(entityId))
        return Outcome::refusedByRule(
            tr("%1 is referred to by other records (conflicts of interest, plans), so it cannot be deleted. "
               "Deactivate it instead: set it to %2 or %3.")
                .arg(entity->name, Vocabulary::entityStatuses().label(QStringLiteral("suspended")),
                     Vocabulary::entityStatuses().label(QStringLiteral("closed"))));
    return Outcome::done();
}

Outcome RegistryOperations::checkInspectorRemoval(qint64 inspectorId) const
{
    if (const Outcome o = check(); !o)
        return o;
    InspectorRepository inspectors(m_db);
    const auto inspector = inspectors.find(inspectorId);
    if (!inspector)
        return Outcome::refusedByRule(InspectorRepository::tr("The inspector no longer exists."));
    if (inspectors.isReferenced(inspectorId))
        return Outcome::refusedByRule(
            tr("%1 is referred to by other records (conflicts of interest, draws), so the record cannot be deleted. "
               "Change the status instead (transferred or retired).")
                .arg(inspector->name));
    return Outcome::done();
}

// --- Inspection items ---

Outcome RegistryOperations::createItem(InspectionItem& item)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = newRecordProblems(item); !errors.isEmpty())
        return fieldRefusal<InspectionItem>(errors);
    InspectionItem written = item;
    const Outcome o = write([&](WriteTransaction& tx) { return ItemRepository(m_db).insert(tx, written); });
    if (o)
        item = written; // only what was committed
    return o;
}

Outcome RegistryOperations::saveItem(const InspectionItem& item)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = item.problems(); !errors.isEmpty())
        return fieldRefusal<InspectionItem>(errors);
    return write([&](WriteTransaction& tx) { return ItemRepository(m_db).update(tx, item); });
}

Outcome RegistryOperations::importChecklist(const QString& itemCode, const QString& path, QList<CheckPoint>* points)
{
    if (const Outcome o = check(); !o)
        return o;
    auto item = ItemRepository(m_db).findByCode(itemCode);
    if (!item)
        return Outcome::refusedByRule(tr("There is no item %1 in the item list.").arg(itemCode));
    QString error;
    const auto read = Checklist::readFile(path, &error);
    if (!read)
        return Outcome::refusedByRule(error);
    if (points)
        *points = *read;
    item->checklist = *read;
    return saveItem(*item);
}

Outcome RegistryOperations::setItemStatus(qint64 itemId, const QString& status)
{
    if (const Outcome o = check(); !o)
        return o;
    if (auto item = ItemRepository(m_db).find(itemId)) {
        item->status = status;
        if (const FieldErrors errors = item->problems(); !errors.isEmpty())
            return fieldRefusal<InspectionItem>(errors);
    }
    return write([&](WriteTransaction& tx) { return ItemRepository(m_db).setStatus(tx, itemId, status); });
}

// --- Entities ---

Outcome RegistryOperations::createEntity(Entity& entity)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = entity.problems(); !errors.isEmpty())
        return fieldRefusal<Entity>(errors);
    Entity written = entity;
    const Outcome o = write([&](WriteTransaction& tx) {
        return addNewTownship(m_db, tx, written) && EntityRepository(m_db).insert(tx, written);
    });
    if (o)
        entity = written;
    return o;
}

Outcome RegistryOperations::saveEntity(Entity& entity)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = entity.problems(); !errors.isEmpty())
        return fieldRefusal<Entity>(errors);
    Entity written = entity;
    const Outcome o = write([&](WriteTransaction& tx) {
        return addNewTownship(m_db, tx, written) && EntityRepository(m_db).update(tx, written);
    });
    if (o)
        entity = written;
    return o;
}

Outcome RegistryOperations::setEntityStatus(qint64 entityId, const QString& status)
{
    if (const Outcome o = check(); !o)
        return o;
    if (auto entity = EntityRepository(m_db).find(entityId)) {
        entity->status = status;
        if (const FieldErrors errors = entity->problems(); !errors.isEmpty())
            return fieldRefusal<Entity>(errors);
    }
    return write([&](WriteTransaction& tx) { return EntityRepository(m_db).setStatus(tx, entityId, status); });
}

Outcome RegistryOperations::removeEntity(qint64 entityId)
{
    if (const Outcome o = checkEntityRemoval(entityId); !o)
        return o;
    return write([&](WriteTransaction& tx) { return EntityRepository(m_db).remove(tx, entityId); });
}

Outcome RegistryOperations::addToBlacklist(BlacklistEntry& entry)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = entry.problems(); !errors.isEmpty())
        return fieldRefusal<BlacklistEntry>(errors);
    BlacklistEntry written = entry;
    const Outcome o = write([&](WriteTransaction& tx) { return BlacklistRepository(m_db).add(tx, written); });
    if (o)
        entry = written;
    return o;
}

Outcome RegistryOperations::removeFromBlacklist(BlacklistEntry& entry)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = entry.problems(); !errors.isEmpty())
        return fieldRefusal<BlacklistEntry>(errors);
    BlacklistEntry written = entry;
    const Outcome o = write([&](WriteTransaction& tx) { return BlacklistRepository(m_db).remove(tx, written); });
    if (o)
        entry = written;
    return o;
}

// --- Inspectors ---

Outcome RegistryOperations::createInspector(Inspector& inspector)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = newRecordProblems(inspector); !errors.isEmpty())
        return fieldRefusal<Inspector>(errors);
    Inspector written = inspector;
    const Outcome o = write([&](WriteTransaction& tx) { return InspectorRepository(m_db).insert(tx, written); });
    if (o)
        inspector = written;
    return o;
}

Outcome RegistryOperations::saveInspector(const Inspector& inspector)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = inspector.problems(); !errors.isEmpty())
        return fieldRefusal<Inspector>(errors);
    return write([&](WriteTransaction& tx) { return InspectorRepository(m_db).update(tx, inspector); });
}

Outcome RegistryOperations::setInspectorStatus(qint64 inspectorId, const QString& status)
{
    if (const Outcome o = check(); !o)
        return o;
    if (auto inspector = InspectorRepository(m_db).find(inspectorId)) {
        inspector->status = status;
        if (const FieldErrors errors = inspector->problems(); !errors.isEmpty())
            return fieldRefusal<Inspector>(errors);
    }
    return write([&](WriteTransaction& tx) { return InspectorRepository(m_db).setStatus(tx, inspectorId, status); });
}

Outcome RegistryOperations::removeInspector(qint64 inspectorId)
{
    if (const Outcome o = checkInspectorRemoval(inspectorId); !o)
        return o;
    return write([&](WriteTransaction& tx) { return InspectorRepository(m_db).remove(tx, inspectorId); });
}

// --- Conflicts of interest ---

Outcome RegistryOperations::createConflict(Conflict& conflict)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = conflict.problems(); !errors.isEmpty())
        return fieldRefusal<Conflict>(errors);
    Conflict written = conflict;
    const Outcome o = write([&](WriteTransaction& tx) { return ConflictRepository(m_db).insert(tx, written); });
    if (o)
        conflict = written;
    return o;
}

Outcome RegistryOperations::saveConflict(const Conflict& conflict)
{
    if (const Outcome o = check(); !o)
        return o;
    if (const FieldErrors errors = conflict.problems(); !errors.isEmpty())
        return fieldRefusal<Conflict>(errors);
    return write([&](WriteTransaction& tx) { return ConflictRepository(m_db).update(tx, conflict); });
}

Outcome RegistryOperations::setConflictActive(qint64 conflictId, bool active)
{
    if (const Outcome o = check(); !o)
        return o;
    return write([&](WriteTransaction& tx) { return ConflictRepository(m_db).setActive(tx, conflictId, active); });
}

// --- Imports ---

Outcome RegistryOperations::importRows(const ImportPreview& preview, ImportSummary* summary,
                                       const ImportProgress& progress)
{
    if (const Outcome o = check(); !o)
        return o;
    // The rows were checked by the preview; a write refused now means the data changed since, or the file could not
    // be written: either way nothing was imported, and the sentence says which row.
    // The columns chosen by hand are remembered for files with the same header, in the same transaction.
    QString error;
    WriteTransaction tx(m_db);
    const bool remember = !preview.mapping.isEmpty() && !preview.headerSet.isEmpty();
    if (RegistryImport::applyIn(tx, preview, summary, &error, progress)
        && (!remember
            || Settings(m_db).setValue(tx, RegistryImport::mappingSettingKey(preview.registry, preview.headerSet),
                                       RegistryImport::mappingText(preview.mapping)))
        && tx.commit()) {
        // The new entities are indexed for the search after the commit, in a transaction of their own (as in
        // RegistryImport::apply: one statement for all; the import stands if it fails, the search is still right).
        if (preview.registry == Registry::Entities)
            EntitySearch::catchUp(m_db);
        return Outcome::done();
    }
    return Outcome::failed(error.isEmpty() ? tx.error() + QLatin1Char(' ') + RegistryImport::tr("Nothing was imported.")
                                           : error);
}
