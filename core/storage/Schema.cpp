#include "Schema.h"

namespace {

// Version 1: the three registries (一单两库), conflicts of interest, townships, settings and the audit trail.
const char* const kVersion1[] = {
    R"(CREATE TABLE township (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'town',
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE inspection_item (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        legal_basis TEXT NOT NULL CHECK (length(trim(legal_basis)) > 0),
        authority TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT '',
        categories TEXT NOT NULL DEFAULT '',
        min_ratio_bp INTEGER NOT NULL DEFAULT 500 CHECK (min_ratio_bp BETWEEN 500 AND 10000),
        frequency_months INTEGER NOT NULL DEFAULT 6 CHECK (frequency_months BETWEEN 1 AND 6),
        effective_from TEXT,
        effective_to TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE inspection_item_version (
        item_id INTEGER NOT NULL REFERENCES inspection_item(id),
        version INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        legal_basis TEXT NOT NULL,
        authority TEXT NOT NULL,
        content TEXT NOT NULL,
        method TEXT NOT NULL,
        categories TEXT NOT NULL,
        min_ratio_bp INTEGER NOT NULL,
        frequency_months INTEGER NOT NULL,
        effective_from TEXT,
        effective_to TEXT,
        status TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (item_id, version)))",
    // risk_class's CHECK is written with OR: for IN with more than two values SQLite 3.40 builds a temporary table on
    // every INSERT, which more than doubled the cost of inserting an entity (an import inserts 100,000).
    R"(CREATE TABLE entity (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        credit_code TEXT UNIQUE,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        ownership TEXT NOT NULL,
        township_id INTEGER REFERENCES township(id),
        address TEXT NOT NULL DEFAULT '',
        principal TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'normal',
        risk_class TEXT NOT NULL DEFAULT 'B'
            CHECK (risk_class = 'A' OR risk_class = 'B' OR risk_class = 'C' OR risk_class = 'D'),
        blacklisted INTEGER NOT NULL DEFAULT 0,
        blacklist_reason TEXT NOT NULL DEFAULT '',
        blacklist_from TEXT,
        blacklist_to TEXT,
        tags TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL))",
    "CREATE INDEX entity_category ON entity(category)",
    "CREATE INDEX entity_township ON entity(township_id)",
    R"(CREATE TABLE inspector (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        cert_no TEXT NOT NULL DEFAULT '',
        cert_from TEXT,
        cert_to TEXT,
        specialties TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'on_duty',
        phone TEXT NOT NULL DEFAULT '',
        id_card TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE conflict (
        id INTEGER PRIMARY KEY,
        inspector_id INTEGER NOT NULL REFERENCES inspector(id),
        entity_id INTEGER NOT NULL REFERENCES entity(id),
        reason TEXT NOT NULL,
        reason_text TEXT NOT NULL DEFAULT '',
        valid_from TEXT,
        valid_to TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX conflict_inspector ON conflict(inspector_id)",
    "CREATE INDEX conflict_entity ON conflict(entity_id)",
    R"(CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        at_local TEXT NOT NULL,
        user_name TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id TEXT NOT NULL,
        old_values TEXT,
        new_values TEXT,
        hash TEXT NOT NULL))",
    "CREATE INDEX audit_object ON audit_log(object_type, object_id)",
};

// Edition 1 (the builds before 2026-11-27, commit 27391fe): step 1 created the entity table with the same rule
// written with IN; the edit to OR above kept its meaning. tests/data/schema-v1.sqlite is such a file.
const char* const kEntityEdition1 = R"(CREATE TABLE entity (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        credit_code TEXT UNIQUE,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        ownership TEXT NOT NULL,
        township_id INTEGER REFERENCES township(id),
        address TEXT NOT NULL DEFAULT '',
        principal TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'normal',
        risk_class TEXT NOT NULL DEFAULT 'B' CHECK (risk_class IN ('A', 'B', 'C', 'D')),
        blacklisted INTEGER NOT NULL DEFAULT 0,
        blacklist_reason TEXT NOT NULL DEFAULT '',
        blacklist_from TEXT,
        blacklist_to TEXT,
        tags TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL))";

// Version 2: inspection plans (R5) with their items' draw scopes and witnesses, and the stored draw (R4, R6, R10):
// the frozen request, every draw attempt with its seed, results, voids and substitutions. The frozen request and
// everything after it are append-only: triggers refuse UPDATE and DELETE, so the record of a draw can only grow.
const char* const kVersion2[] = {
    R"(CREATE TABLE plan (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        section TEXT NOT NULL DEFAULT '',
        period_from TEXT,
        period_to TEXT,
        purpose TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT '',
        confidentiality TEXT NOT NULL DEFAULT '',
        result_use TEXT NOT NULL DEFAULT '',
        team_size INTEGER NOT NULL DEFAULT 2 CHECK (team_size >= 2),
        min_certified INTEGER NOT NULL DEFAULT 1 CHECK (min_certified >= 1 AND min_certified <= team_size),
        backup_factor INTEGER NOT NULL DEFAULT 2 CHECK (backup_factor >= 2),
        max_teams_per_inspector INTEGER NOT NULL DEFAULT 0 CHECK (max_teams_per_inspector >= 0),
        rotation INTEGER NOT NULL DEFAULT 0,
        guard_months INTEGER NOT NULL DEFAULT 0 CHECK (guard_months >= 0),
        status TEXT NOT NULL DEFAULT 'draft',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE plan_item (
        plan_id INTEGER NOT NULL REFERENCES plan(id),
        position INTEGER NOT NULL,
        item_id INTEGER NOT NULL REFERENCES inspection_item(id),
        directed INTEGER NOT NULL DEFAULT 0,
        conditions TEXT NOT NULL DEFAULT '{}',
        risk_strata INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (plan_id, item_id)))",
    "CREATE INDEX plan_item_item ON plan_item(item_id)",
    R"(CREATE TABLE plan_stratum (
        plan_id INTEGER NOT NULL,
        item_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        ratio_bp INTEGER CHECK (ratio_bp BETWEEN 0 AND 10000),
        fixed_count INTEGER CHECK (fixed_count >= 0),
        CHECK ((ratio_bp IS NULL) <> (fixed_count IS NULL)),
        PRIMARY KEY (plan_id, item_id, name),
        FOREIGN KEY (plan_id, item_id) REFERENCES plan_item(plan_id, item_id)))",
    R"(CREATE TABLE plan_witness (
        plan_id INTEGER NOT NULL REFERENCES plan(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (plan_id, position)))",
    R"(CREATE TABLE plan_request (
        plan_id INTEGER PRIMARY KEY REFERENCES plan(id),
        request_json TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        entity_notes TEXT NOT NULL DEFAULT '[]',
        inspector_notes TEXT NOT NULL DEFAULT '[]',
        frozen_at TEXT NOT NULL,
        frozen_by TEXT NOT NULL))",
    R"(CREATE TABLE draw_attempt (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan_request(plan_id),
        number INTEGER NOT NULL,
        seed TEXT NOT NULL CHECK (length(seed) >= 20),
        seed_parts TEXT NOT NULL,
        seeded_at TEXT NOT NULL,
        seeded_by TEXT NOT NULL,
        UNIQUE (plan_id, number)))",
    R"(CREATE TABLE draw_result (
        attempt_id INTEGER PRIMARY KEY REFERENCES draw_attempt(id),
        result_json TEXT,
        failure TEXT NOT NULL DEFAULT '',
        drawn_at TEXT NOT NULL,
        drawn_by TEXT NOT NULL,
        CHECK ((result_json IS NULL) <> (length(failure) = 0))))",
    R"(CREATE TABLE draw_void (
        attempt_id INTEGER PRIMARY KEY REFERENCES draw_attempt(id),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        voided_at TEXT NOT NULL,
        voided_by TEXT NOT NULL))",
    R"(CREATE TABLE draw_substitution (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES draw_attempt(id),
        entity TEXT NOT NULL,
        out_inspector TEXT NOT NULL,
        in_inspector TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        at TEXT NOT NULL,
        by_user TEXT NOT NULL))",
    "CREATE INDEX draw_substitution_attempt ON draw_substitution(attempt_id)",
};

// The append-only tables of version 2 and the triggers that keep them so.
const char* const kAppendOnly2[] = {"plan_request", "draw_attempt", "draw_result", "draw_void", "draw_substitution"};

// Version 3: results of the visits (R8) with review states and versioned corrections, follow-up visits, attached
// files, the blacklist's history (R7), publications (一公开), and the users of the program with their roles.
// A result is the logical "visit × item"; each correction is a new result_version, the old one stays. A version is
// edited only until it is published; triggers refuse any change to a published version and every DELETE.
const char* const kVersion3[] = {
    // The ownership an item applies to (民办学校办学行为检查: private schools only); empty = both.
    "ALTER TABLE inspection_item ADD COLUMN ownerships TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE inspection_item_version ADD COLUMN ownerships TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE result (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id),
        entity TEXT NOT NULL,
        item_code TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (plan_id, entity, item_code)))",
    R"(CREATE TABLE result_version (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES result(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        correction_reason TEXT NOT NULL DEFAULT '',
        inspected_from TEXT NOT NULL,
        inspected_to TEXT NOT NULL,
        members TEXT NOT NULL DEFAULT '[]',
        categories TEXT NOT NULL DEFAULT '[]',
        findings TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT 'none',
        case_number TEXT NOT NULL DEFAULT '',
        rectify_by TEXT,
        remarks TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'entered'
            CHECK (state = 'entered' OR state = 'submitted' OR state = 'reviewed' OR state = 'returned'
                   OR state = 'published'),
        review_comment TEXT NOT NULL DEFAULT '',
        reviewed_by TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT,
        published_at TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (version = 1 OR length(trim(correction_reason)) > 0),
        UNIQUE (result_id, version)))",
    "CREATE INDEX result_version_state ON result_version(state)",
    R"(CREATE TABLE result_follow_up (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES result(id),
        visited_on TEXT NOT NULL,
        inspectors TEXT NOT NULL DEFAULT '[]',
        outcome TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL))",
    "CREATE INDEX result_follow_up_result ON result_follow_up(result_id)",
    R"(CREATE TABLE result_attachment (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES result(id),
        file_name TEXT NOT NULL,
        stored_path TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        description TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL))",
    "CREATE INDEX result_attachment_result ON result_attachment(result_id)",
    R"(CREATE TABLE blacklist_entry (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entity(id),
        action TEXT NOT NULL CHECK (action = 'add' OR action = 'remove'),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        legal_basis TEXT NOT NULL DEFAULT '',
        document TEXT NOT NULL DEFAULT '',
        effective_from TEXT NOT NULL,
        effective_to TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL))",
    "CREATE INDEX blacklist_entry_entity ON blacklist_entry(entity_id)",
    // The overview counts entities in operation by category and blacklist (R7) from this index alone, without
    // reading 100,000 rows.
    "CREATE INDEX entity_status_category ON entity(status, category, blacklisted)",
    R"(CREATE TABLE publication (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER REFERENCES plan(id),
        kind TEXT NOT NULL,
        files TEXT NOT NULL DEFAULT '[]',
        published_at TEXT NOT NULL,
        published_by TEXT NOT NULL))",
    R"(CREATE TABLE app_user (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role = 'admin' OR role = 'clerk' OR role = 'reviewer' OR role = 'viewer'),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    // A published version never changes; follow-ups, attachments, blacklist entries and publications only grow.
    R"(CREATE TRIGGER result_version_published_no_update BEFORE UPDATE ON result_version WHEN OLD.state = 'published'
        BEGIN SELECT RAISE(ABORT, 'a published result is never changed: record a correction'); END)",
};

// The append-only tables of version 3 (every DELETE refused; UPDATE refused except on result_version and result,
// whose rules are above).
const char* const kAppendOnly3[] = {"result_follow_up", "result_attachment", "blacklist_entry", "publication"};
const char* const kNoDelete3[] = {"result", "result_version"};

// Version 4: the audit trail itself refuses UPDATE and DELETE (so does a result's identity, which the program never
// changes): through SQL with the triggers in place, the trail can only grow. Dropping a trigger first is caught by
// the chain (an edited or removed entry) and by the anchor outside the file (entries removed from the end).
const char* const kNoChange4[] = {"audit_log"};
const char* const kNoUpdate4[] = {"result"};

// Version 6: the entity search (issue 16). entity_search is a contentless FTS5 index of every entity's searchable
// text (name, registry code, credit code), cut into trigrams, so that the registry's search box finds the entities
// containing a text of 3 characters or more without reading 100,000 rows. The text is the three fields separated by
// U+001F and followed by two more: every 1- and 2-character piece of a field then begins some trigram, so
// entity_search_terms (its vocabulary) finds the trigrams that begin with a 1- or 2-character search. (The index
// only narrows the rows; the filter itself stays LIKE on the three fields, EntityRepository.)
// No trigger keeps the index: FTS5 writes its pending terms at every statement, so a trigger made each single-row
// INSERT of an import ten times dearer. entity_search_state holds the mark instead: every entity with
// id <= indexed_through has its current text in the index, the entities above it are not indexed yet; the search
// reads those through the primary key, EntityRepository keeps the text of the entities up to the mark, and
// entitySearchCatchUp() indexes the rest in one statement (EntitySearch.h). This step indexes the entities already
// in the file. entity_status_code lets the page of active entities in code order stop after 200 rows.
QStringList version6()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE entity_search USING fts5(text, content='', tokenize='trigram', "
                       "detail='none')"),
        QStringLiteral("CREATE VIRTUAL TABLE entity_search_terms USING fts5vocab(entity_search, 'row')"),
        QStringLiteral("CREATE TABLE entity_search_state (indexed_through INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX entity_status_code ON entity(status, code)"),
        QStringLiteral("INSERT INTO entity_search(rowid, text) SELECT e.id, %1 FROM entity e")
            .arg(Schema::entitySearchText(QStringLiteral("e"))),
        QStringLiteral("INSERT INTO entity_search_state (indexed_through) SELECT ifnull(max(id), 0) FROM entity"),
    };
}

// Version 8: the publication key (issue 19). One Ed25519 key pair per data file signs every website package's
// manifest (core/publish/PublicationKey.h). The secret key is kept only encrypted: crypto_secretbox_easy with a key
// derived from the administrator's passphrase by crypto_pwhash (Argon2id; its salt and costs stored with it). A key
// is never changed or deleted; rotating retires it (retired_at/by, set once) and adds the next. The unique partial
// index allows one key in force. A publication row keeps the SHA-256 of its manifest and the key that signed it:
// the packages of a data file form a chain of their own (each manifest names the one before).
const char* const kVersion8[] = {
    R"(CREATE TABLE publication_key (
        id INTEGER PRIMARY KEY,
        public_key TEXT NOT NULL CHECK (length(public_key) = 64),
        secret_box TEXT NOT NULL,
        nonce TEXT NOT NULL,
        salt TEXT NOT NULL,
        ops_limit INTEGER NOT NULL,
        mem_limit INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        retired_at TEXT,
        retired_by TEXT))",
    "CREATE UNIQUE INDEX publication_key_in_force ON publication_key(retired_at IS NULL) WHERE retired_at IS NULL",
    R"(CREATE TRIGGER publication_key_no_delete BEFORE DELETE ON publication_key
        BEGIN SELECT RAISE(ABORT, 'publication_key is append-only: a key is never deleted'); END)",
    R"(CREATE TRIGGER publication_key_no_update BEFORE UPDATE ON publication_key
        WHEN OLD.retired_at IS NOT NULL OR NEW.retired_at IS NULL OR NEW.retired_by IS NULL
            OR NEW.id IS NOT OLD.id OR NEW.public_key IS NOT OLD.public_key OR NEW.secret_box IS NOT OLD.secret_box
            OR NEW.nonce IS NOT OLD.nonce OR NEW.salt IS NOT OLD.salt OR NEW.ops_limit IS NOT OLD.ops_limit
            OR NEW.mem_limit IS NOT OLD.mem_limit OR NEW.created_at IS NOT OLD.created_at
            OR NEW.created_by IS NOT OLD.created_by
        BEGIN SELECT RAISE(ABORT, 'publication_key is append-only: a key is only retired, once'); END)",
    "ALTER TABLE publication ADD COLUMN manifest_sha256 TEXT",
    "ALTER TABLE publication ADD COLUMN key_id INTEGER REFERENCES publication_key(id)",
};

QString refuseTrigger(const char* table, const char* operation, const char* why)
{
    return QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1 %4'); END")
        .arg(QLatin1String(table), QString::fromLatin1(operation).toLower(), QLatin1String(operation),
             QLatin1String(why));
}

template<std::size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList list;
    for (const char* s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

QString Schema::entitySearchText(const QString& row)
{
    return QStringLiteral("%1.name || char(31) || %1.code || char(31) || ifnull(%1.credit_code, '') || char(31, 31)")
        .arg(row);
}

QString Schema::entitySearchMark()
{
    return QStringLiteral("(SELECT ifnull(max(indexed_through), 0) FROM entity_search_state)");
}

QString Schema::entitySearchIsBehind()
{
    return QStringLiteral("SELECT NOT EXISTS (SELECT * FROM entity_search_state) OR %1 < (SELECT ifnull(max(id), 0) "
                          "FROM entity)")
        .arg(entitySearchMark());
}

QStringList Schema::entitySearchCatchUp()
{
    return {
        // A mark removed outside the program: every entity is indexed again (indexing an entity twice only adds
        // terms it has; the search still applies its LIKE).
        QStringLiteral("INSERT INTO entity_search_state (indexed_through) SELECT 0 WHERE NOT EXISTS "
                       "(SELECT * FROM entity_search_state)"),
        QStringLiteral("INSERT INTO entity_search(rowid, text) SELECT e.id, %1 FROM entity e WHERE e.id > %2")
            .arg(entitySearchText(QStringLiteral("e")), entitySearchMark()),
        QStringLiteral("UPDATE entity_search_state SET indexed_through = (SELECT ifnull(max(id), 0) FROM entity)"),
    };
}

QStringList Schema::appendOnlyTables()
{
    QStringList tables;
    for (const char* table : kAppendOnly2)
        tables << QString::fromLatin1(table);
    return tables;
}

QStringList Schema::appendOnlyResultTables()
{
    QStringList tables;
    for (const char* table : kAppendOnly3)
        tables << QString::fromLatin1(table);
    return tables;
}

int Schema::editions()
{
    return 2;
}

QStringList Schema::migrationStatements(int step, int edition)
{
    if (edition == 1 && step == 1) {
        QStringList statements = toList(kVersion1);
        for (QString& statement : statements)
            if (statement.startsWith(QLatin1String("CREATE TABLE entity (")))
                statement = QString::fromUtf8(kEntityEdition1);
        return statements;
    }
    if (edition < 0 || edition >= editions())
        return {};
    switch (step) {
    case 1:
        return toList(kVersion1);
    case 2: {
        QStringList statements = toList(kVersion2);
        for (const char* table : kAppendOnly2) {
            for (const char* operation : {"UPDATE", "DELETE"})
                statements << refuseTrigger(table, operation,
                                            "is append-only: the record of a draw is never changed or deleted");
        }
        return statements;
    }
    case 3: {
        QStringList statements = toList(kVersion3);
        for (const char* table : kAppendOnly3) {
            for (const char* operation : {"UPDATE", "DELETE"})
                statements << refuseTrigger(table, operation, "is append-only: it is never changed or deleted");
        }
        for (const char* table : kNoDelete3)
            statements << refuseTrigger(table, "DELETE", "is never deleted: results stay on the record");
        return statements;
    }
    case 4: {
        QStringList statements;
        for (const char* table : kNoChange4) {
            for (const char* operation : {"UPDATE", "DELETE"})
                statements << refuseTrigger(table, operation,
                                            "is append-only: an audit entry is never changed or deleted");
        }
        for (const char* table : kNoUpdate4)
            statements << refuseTrigger(table, "UPDATE",
                                        "is never changed: a result stays with its plan, entity and item");
        return statements;
    }
    case 5:
        // Version 5: an item's object types with their 事项类别 (one "object TAB kind" a line).
        return {QStringLiteral("ALTER TABLE inspection_item ADD COLUMN object_kinds TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE inspection_item_version ADD COLUMN object_kinds TEXT NOT NULL DEFAULT ''")};
    case 6:
        return version6();
    case 7:
        // Version 7: the second user who confirmed a void (the four-eyes rule, issue 17). Voids made before it keep
        // an empty name: one user alone could void then.
        return {QStringLiteral("ALTER TABLE draw_void ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT ''")};
    case 8:
        return toList(kVersion8);
    case 9:
        // Version 9: a public number named at freezing, which every seed of the plan ends with (issue 19;
        // docs/seed-parts.md). Plans frozen before it have none.
        return {QStringLiteral("ALTER TABLE plan_request ADD COLUMN public_source_name TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE plan_request ADD COLUMN public_source_date TEXT")};
    case 10: {
        // Version 10: the approval of a draw's inspections (行政检查审批, issue 14; InspectionApproval.h), one per
        // draw attempt, never changed.
        QStringList statements {QStringLiteral(R"(CREATE TABLE inspection_approval (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL UNIQUE REFERENCES draw_attempt(id),
        approver TEXT NOT NULL CHECK (length(approver) > 0),
        approver_post TEXT NOT NULL CHECK (length(approver_post) > 0),
        approved_on TEXT NOT NULL,
        opinion TEXT NOT NULL CHECK (length(opinion) > 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL))")};
        for (const char* operation : {"UPDATE", "DELETE"})
            statements << refuseTrigger("inspection_approval", operation,
                                        "is append-only: an approval is never changed or deleted");
        return statements;
    }
    case 11: {
        // Version 11: the inspected party's applications for an inspector's recusal (被检查人申请回避, issue 14;
        // Recusal.h), with the decision; a granted one is also a substitution. Never changed.
        QStringList statements {QStringLiteral(R"(CREATE TABLE recusal_request (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES draw_attempt(id),
        entity TEXT NOT NULL,
        inspector TEXT NOT NULL,
        applied_on TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
        decided_by TEXT NOT NULL CHECK (length(decided_by) > 0),
        decided_on TEXT NOT NULL,
        replacement TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL))")};
        for (const char* operation : {"UPDATE", "DELETE"})
            statements << refuseTrigger("recusal_request", operation,
                                        "is append-only: an application for recusal is never changed or deleted");
        return statements;
    }
    case 12:
        // Version 12: checklists (检查表, issue 14; Checklist.h). An item version's check points (a JSON array; '' for
        // none); the item versions a plan was frozen with ({"code": version}; '' for plans frozen before, whose items
        // had no checklists); a result's conclusion per check point (ResultVersion::checkPoints; '' for none).
        return {QStringLiteral("ALTER TABLE inspection_item ADD COLUMN checklist TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE inspection_item_version ADD COLUMN checklist TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE plan_request ADD COLUMN item_versions TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE result_version ADD COLUMN check_points TEXT NOT NULL DEFAULT ''")};
    default:
        return {};
    }
}
