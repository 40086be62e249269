// Changing the office's settings (设置) as the acting user asks for it: the permission ChangeSettings first, then
// the values' rules (Settings::problems), and the write in one audited transaction. The settings dialog and the
// command line call this; reading the settings needs no permission.
#pragma once

#include "Actor.h"
#include "Outcome.h"
#include "Settings.h"

class Database;

class SettingsOperations final
{
public:
    SettingsOperations(Database& db, Actor actor);

    // The stored values (defaults where none are stored).
    SettingsValues values() const;
    // May the user change the settings? (Enables the menu entry.)
    Outcome check() const;
    // Stores every value that changed, each with its audit entry. Values with problems are refused by rule, with
    // each problem as a field error (the first one is the message).
    Outcome save(const SettingsValues& values);

private:
    Database& m_db;
    Actor m_actor;
};
