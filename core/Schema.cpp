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
        risk_class TEXT NOT NULL DEFAULT 'B' CHECK (risk_class IN ('A', 'B', 'C', 'D')),
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

template<std::size_t N>
QStringList toList(const char* const (&statements)[N])
{
    QStringList list;
    for (const char* s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

QStringList Schema::migrationStatements(int step)
{
    switch (step) {
    case 1:
        return toList(kVersion1);
    default:
        return {};
    }
}
