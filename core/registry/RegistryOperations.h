// Every change to the registries, as the acting user asks for it: the item list (一单), the entities (库一) with
// their blacklist, the inspectors (库二), the conflicts of interest and imports. Each operation checks the role
// first (Access: change the registries), then the record's rules (its fields, whether anything refers to it), and
// writes in one audited transaction through the repositories. The window and the command line call these and nothing
// below them; they also ask here what the user may do now, to enable their buttons.
#pragma once

#include "Actor.h"
#include "BlacklistRepository.h"
#include "Conflict.h"
#include "Entity.h"
#include "InspectionItem.h"
#include "Inspector.h"
#include "Outcome.h"
#include "RegistryImport.h"

#include <QCoreApplication>

class Database;
class WriteTransaction;

class RegistryOperations final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryOperations)

public:
    RegistryOperations(Database& db, Actor actor);

    // The permission every change here needs.
    static constexpr Access::Permission permission = Access::Permission::EditRegistries;

    // --- Asking ---
    // May the user change the registries at all (new records, edits, status changes, the blacklist, imports)?
    Outcome check() const;
    // May the entity be deleted now? The role, then: nothing refers to it (a conflict of interest, a frozen draw
    // request); such an entity is deactivated instead.
    Outcome checkEntityRemoval(qint64 entityId) const;
    // The same for an inspector (a conflict of interest, a frozen draw request).
    Outcome checkInspectorRemoval(qint64 inspectorId) const;

    // --- Inspection items (一单): never deleted, every change is a new version ---
    // A new item; without a code it gets the next one. Sets its id, code and version.
    Outcome createItem(InspectionItem& item);
    // Saves the item as its next version (a save that changes nothing makes none).
    Outcome saveItem(const InspectionItem& item);
    // Withdraws ("retired") or reinstates ("active") an item: a new version too.
    Outcome setItemStatus(qint64 itemId, const QString& status);
    // The item's checklist replaced by the points of a spreadsheet (Checklist::readFile): the item's next version,
    // as saved in its dialog. Refused by role first, then for an unknown item or a file with a problem (its row and
    // column named); *points gets what was read. A file with the points the item has already changes nothing.
    Outcome importChecklist(const QString& itemCode, const QString& path, QList<CheckPoint>* points = nullptr);

    // --- Entities (库一) ---
    // A new entity; it gets its registry code and id. A township typed that is not in the list yet (townshipId 0,
    // townshipName set) is added to the list in the same transaction; entity.townshipId then names it.
    Outcome createEntity(Entity& entity);
    // Saves an entity's fields, adding a new township as createEntity does.
    Outcome saveEntity(Entity& entity);
    // "normal", "suspended" or "closed" (停办/注销: deactivated, kept).
    Outcome setEntityStatus(qint64 entityId, const QString& status);
    // Deletes an entity typed in by mistake; refused when anything refers to it (checkEntityRemoval).
    Outcome removeEntity(qint64 entityId);
    // Puts an entity on the blacklist (entry.entityId); the entry is kept in its history. Sets entry.id.
    Outcome addToBlacklist(BlacklistEntry& entry);
    // Takes an entity off the blacklist; the removal is kept in its history too. Sets entry.id.
    Outcome removeFromBlacklist(BlacklistEntry& entry);

    // --- Inspectors (库二), with their law-enforcement certificate ---
    // A new inspector; without a code it gets the next one. Sets its id and code.
    Outcome createInspector(Inspector& inspector);
    Outcome saveInspector(const Inspector& inspector);
    // "on_duty", "on_leave", "transferred", "retired".
    Outcome setInspectorStatus(qint64 inspectorId, const QString& status);
    // Deletes an inspector typed in by mistake; refused when anything refers to them (checkInspectorRemoval).
    Outcome removeInspector(qint64 inspectorId);

    // --- Conflicts of interest (回避关系): ended, never deleted ---
    // A new conflict; sets its id and the names it shows.
    Outcome createConflict(Conflict& conflict);
    Outcome saveConflict(const Conflict& conflict);
    // Ends (false) or restores (true) a conflict.
    Outcome setConflictActive(qint64 conflictId, bool active);

    // --- Imports ---
    // Writes the rows of a checked file (RegistryImport::preview) that were not rejected, all or none, with the
    // import's own audit entry. *summary gets the counts.
    Outcome importRows(const ImportPreview& preview, ImportSummary* summary = nullptr,
                       const ImportProgress& progress = {});

private:
    // Opens the transaction, runs the repository's write and commits: done, refused by the repository's rule (its
    // sentence), or failed when the data file could not be written.
    template<class Write> Outcome write(Write&& write);

    Database& m_db;
    Actor m_actor;
};
