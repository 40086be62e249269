// Reads and writes the item list (一单). Writes take the caller's WriteTransaction and record their audit entry there;
// every change makes a new version, earlier versions are kept (R1), and items are withdrawn (停用), never deleted.
#pragma once

#include "InspectionItem.h"

#include <QCoreApplication>
#include <optional>

class Database;
class WriteTransaction;

struct ItemFilter
{
    QString text; // matches code, name, legal basis or content
    QString status; // key, empty = any
    QString category; // key: items that apply to this category; empty = any
};

class ItemRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ItemRepository)

public:
    explicit ItemRepository(Database& db);

    std::optional<InspectionItem> find(qint64 id) const;
    std::optional<InspectionItem> findByCode(const QString& code) const;

    // sortField is one of InspectionItem::fields(); limit < 0 means all.
    QList<InspectionItem> list(const ItemFilter& filter = {}, const QString& sortField = QStringLiteral("code"),
                               Qt::SortOrder order = Qt::AscendingOrder, int offset = 0, int limit = -1) const;
    int count(const ItemFilter& filter = {}) const;

    // Validates, gives the item a code when it has none, and sets its id and version (1); writes version 1.
    bool insert(WriteTransaction& tx, InspectionItem& item);
    // Validates and stores the item as its next version (the stored version + 1). A save that changes nothing
    // succeeds without making a version or an audit entry.
    bool update(WriteTransaction& tx, const InspectionItem& item);
    bool setStatus(WriteTransaction& tx, qint64 id, const QString& status);

    // Every stored version of the item, newest first.
    QList<InspectionItemVersion> history(qint64 id) const;
    // One stored version of the item (with its checklist), or nullopt.
    std::optional<InspectionItem> atVersion(const QString& code, int version) const;
    // The published list on a date (today when invalid): the items active and in force on it, by code.
    QList<InspectionItem> inForceOn(QDate date) const;

    // The code the next new item gets: JY-01, JY-02 …
    QString nextCode() const;

private:
    bool checkUnique(WriteTransaction& tx, const InspectionItem& item);
    bool writeVersion(WriteTransaction& tx, const InspectionItem& item);

    Database& m_db;
};
