// The audit trail as the clerk and the auditor read it: actions, objects and fields in words, old → new values
// side by side (nested values such as a plan's items or a seed's parts as "标签：值", never JSON), and the filtered
// entries as a table for .xlsx/CSV and as a printable document.
#pragma once

#include "AuditTrail.h"
#include "DrawDocuments.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One field of an audit entry's old and new values.
struct AuditFieldChange
{
    QString field; // the key in the JSON ("name")
    QString label; // in words ("名称")
    QString before; // readable; empty when the field did not exist before
    QString after;
    bool changed = false;
};

class AuditQuery final
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    // At most this many entries are printed; the export has no limit.
    static constexpr int MaxPrintedEntries = 2000;

    static QString actionLabel(const QString& action);
    static QString objectTypeLabel(const QString& objectType);
    // The field's name as its registry's forms show it; the key itself when there is none.
    static QString fieldLabel(const QString& objectType, const QString& field);
    // Every field of the old and new values, in the order the new values (or the old ones) list them; an ID card
    // number (idCard, at any depth) is masked as the inspector list masks it. The export and print use these too.
    static QList<AuditFieldChange> fieldChanges(const AuditEntry& entry);
    // The entry's time in local time as the clerk reads it: 2026-03-01 16:00:00.
    static QString localTime(const AuditEntry& entry);
    // The filter in words, for the printout and the audit entry of an export ("全部" when it does not narrow).
    static QString describe(const AuditFilter& filter);

    static QStringList exportHeaders();
    // 序号, 时间, 用户, 操作, 对象类型, 对象编号, 原值, 新值: changed fields only for an update.
    static QStringList exportRow(const AuditEntry& entry);
    // Every entry matching filter, newest first (read a page at a time).
    static QList<QStringList> exportRows(Database& db, const AuditFilter& filter, QString* error);
    // Writes the matching entries to path (.xlsx or .csv) and records the export in the audit trail.
    static bool exportTo(Database& db, const AuditFilter& filter, const QString& path, QString* error,
                         int* rowCount = nullptr);

    // The matching entries as a printable document (the newest MaxPrintedEntries; a note says when more match).
    // `chainState` is the last verification's result in words, printed above the table.
    static std::optional<DrawDocument> printDocument(Database& db, const AuditFilter& filter, const QString& chainState,
                                                     QString* error, int* rowCount = nullptr);
    // Records that the document was printed (an audit entry "print").
    static bool recordPrinted(Database& db, const AuditFilter& filter, int rowCount, QString* error);
};
