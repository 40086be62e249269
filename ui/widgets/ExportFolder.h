// Where the program offers to save what it writes for the clerk (exports, PDFs, the website package): one folder per
// data file, the one last chosen, at first the Documents folder (issue 17: dialogs started in the data folder, the
// home folder or Documents, each its own way). Kept in the settings under the data file's fingerprint.
#pragma once

#include <QString>

class Database;

namespace ExportFolder {

// The folder to start a save or folder dialog in.
QString start(const Database& db);
// `start(db)` with `fileName` in it: the name a save dialog proposes.
QString proposed(const Database& db, const QString& fileName);
// Remembers the folder of a chosen file (or the chosen folder itself, `isFolder`).
void remember(const Database& db, const QString& chosen, bool isFolder = false);

} // namespace ExportFolder
