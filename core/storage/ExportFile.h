#pragma once
// Files the clerk exports (web pages, records, statistics, tables): written whole or not at all, and each export an
// entry of the audit log with the file's name, place, size and SHA-256 (全程留痕) — one place for the rule.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Database;

class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // Writes `bytes` to `path` through a temporary file (an old file stays until the new one is complete).
    static bool writeWhole(const QString& path, const QByteArray& bytes, QString* error);
    // writeWhole, then record.
    static bool write(Database& db, const QString& path, const QByteArray& bytes, const QJsonObject& details,
                      QString* error);
    // The audit entry of a file already written: action "export", object the file name; `details` (what was
    // exported: registry, plan, rows…) plus the file's full path, size and SHA-256.
    static bool record(Database& db, const QString& path, const QJsonObject& details, QString* error);
    // SHA-256 of a file's bytes as 64 lower-case hex digits; empty when it cannot be read.
    static QString sha256Of(const QString& path);
};
