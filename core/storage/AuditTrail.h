// Reading the audit trail back: checking that its hash chain is whole (nothing edited, deleted, inserted or
// reordered since it was written) and listing entries for the audit page.
#pragma once

#include "AuditAnchor.h"
#include "AuditProblem.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class Database;
class QSqlQuery;

// Which entries list() returns; empty or invalid members do not filter.
struct AuditFilter
{
    QDateTime from; // at or after this instant
    QDateTime to; // before this instant
    QString user;
    QString objectType;
    QString objectId;
    QString action;
    QString objectIdContains; // a part of the object id (a code, a file name), case-insensitive
    qint64 beforeSeq = 0; // only entries before this one: the next page after the last entry shown
};

class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // Walks the whole trail in seq order, recomputing every hash. Returns nothing when the chain is whole, else
    // the first bad entry: a changed entry, a missing (deleted) one, or the place where the chain breaks because
    // entries were inserted or reordered; an empty trail in a file that holds data (all entries deleted). Then
    // checks the trail against the anchor the program keeps for the data file (AuditAnchor: entries deleted from
    // the end) and, when all is well, moves the anchor to the newest entry. An error reading the trail is reported
    // as a problem at seq 0.
    static std::optional<AuditProblem> verify(Database& db, qint64* entries = nullptr);
    // The same, calling progress(checked, total) every few thousand entries; when it returns false the walk stops
    // and *cancelled is set (the result then says nothing about the chain).
    static std::optional<AuditProblem> verify(Database& db, qint64* entries,
                                              const std::function<bool(qint64 checked, qint64 total)>& progress,
                                              bool* cancelled);
    // The chain alone on any connection holding an audit_log table, without an anchor (restore checks a file
    // before it is used).
    static std::optional<AuditProblem> verify(const QSqlDatabase& db, qint64* entries = nullptr);
    static std::optional<AuditProblem> verify(const QSqlDatabase& db, qint64* entries,
                                              const std::function<bool(qint64 checked, qint64 total)>& progress,
                                              bool* cancelled);
    // The chain and the anchor on a connection of its own to the data file at path, read-only: for a check in
    // another thread while the program goes on working (a reader sees the trail as it was when the check began;
    // the anchor is read before that, so entries written meanwhile are never taken for missing ones). It does not
    // move the anchor: the caller does that on its own thread (AuditAnchor::advance).
    static std::optional<AuditProblem> verifyFile(const QString& path, qint64* entries,
                                                  const std::function<bool(qint64 checked, qint64 total)>& progress,
                                                  bool* cancelled);

    // The entries matching filter, newest first, skipping `offset` and returning at most `limit`.
    static std::vector<AuditEntry> list(Database& db, const AuditFilter& filter, qint64 offset, qint64 limit,
                                        QString* error = nullptr);
    // How many entries match filter (for paging).
    static qint64 count(Database& db, const AuditFilter& filter, QString* error = nullptr);

    // The columns the audit page filters by with a list of the values present.
    enum class Column { User, ObjectType, Action };
    // The distinct values of a column over the whole trail, sorted.
    static QStringList distinctValues(Database& db, Column column, QString* error = nullptr);

    // Records an event that changes no data but must be on the record — an export, a print, a backup — as one
    // audit entry in its own transaction. The one place for "this left the program".
    static bool recordEvent(Database& db, const QString& action, const QString& objectType, const QString& objectId,
                            const QJsonObject& details, QString* error = nullptr);

    // Every stored entry in order, as verify reads them: the entry's columns (entryFrom) and then its hash
    // (column 9). For the tests that check or rewrite the chain by hand (tests/support/StoredAudit.h).
    static QString storedEntriesSql();
    static AuditEntry entryFrom(const QSqlQuery& query);

    // The head of the chain: the newest entry's number and hash, which pins the whole history before it (printed
    // on the draw sheets). Nothing when the trail is empty or cannot be read.
    static std::optional<AuditMark> head(Database& db);
};
