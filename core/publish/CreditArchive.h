// The credit archive (诚信档案, R8) of one entity: in time order every plan that drew it, each visit, each version
// of each result with its state, each follow-up visit and each blacklist change — shown, printed (A4) and exported.
#pragma once

#include "DrawDocuments.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;

// One event of the archive. The text is in Chinese whatever the interface language: the archive is a record.
struct ArchiveEvent
{
    QDate date;
    QString kind; // drawn, visit, result, follow_up, blacklist_add, blacklist_remove
    QString text;
    QString planCode; // empty for blacklist changes

    // 抽中, 实地检查, 检查结果, 整改回访, 列入黑名单, 移出黑名单.
    static QString kindLabel(const QString& kind);
};

class CreditArchive final
{
    Q_DECLARE_TR_FUNCTIONS(CreditArchive)

public:
    explicit CreditArchive(Database& db);

    // Oldest first; events of one day in the order drawn, visit, result, follow-up, blacklist. A plan is dated by
    // its draw, a visit by its first inspection day, a result version by the end of its inspection (a correction
    // by the day it was recorded), a follow-up and a blacklist change by their own dates.
    QList<ArchiveEvent> events(qint64 entityId) const;

    // The printable archive from resources/templates/credit-archive.html (A4, Chinese).
    std::optional<DrawDocument> document(qint64 entityId, QString* error) const;
    // The events as a table (.xlsx or .csv by the extension, TableWriter): 日期, 类别, 内容, 抽查计划.
    bool exportTo(qint64 entityId, const QString& path, QString* error) const;
    static QStringList tableHeaders();

private:
    Database& m_db;
};
