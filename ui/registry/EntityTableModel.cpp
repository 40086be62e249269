#include "EntityTableModel.h"

#include "PlainText.h"
#include "Vocabulary.h"

#include <QHash>

EntityTableModel::EntityTableModel(Database& db, QObject* parent)
    : RecordTableModel<Entity>(parent)
    , m_repo(db)
{
    setColumns({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("creditCode"),
                QStringLiteral("category"), QStringLiteral("township"), QStringLiteral("ownership"),
                QStringLiteral("status"), QStringLiteral("riskClass"), QStringLiteral("blacklisted"),
                QStringLiteral("principal"), QStringLiteral("phone")},
               QStringLiteral("code"));
}

void EntityTableModel::setFilter(const EntityFilter& filter)
{
    m_filter = filter;
    reload();
}

QString EntityTableModel::displayValue(const Entity& e, const QString& field)
{
    if (field == QLatin1String("code"))
        return e.code;
    if (field == QLatin1String("creditCode"))
        return e.creditCode;
    if (field == QLatin1String("name"))
        return e.name;
    if (field == QLatin1String("category"))
        return Vocabulary::categories().label(e.category);
    if (field == QLatin1String("ownership"))
        return Vocabulary::ownerships().label(e.ownership);
    if (field == QLatin1String("township"))
        return e.townshipName;
    if (field == QLatin1String("address"))
        return e.address;
    if (field == QLatin1String("principal"))
        return e.principal;
    if (field == QLatin1String("phone"))
        return e.phone;
    if (field == QLatin1String("status"))
        return Vocabulary::entityStatuses().label(e.status);
    if (field == QLatin1String("riskClass"))
        return Vocabulary::riskClasses().label(e.riskClass);
    if (field == QLatin1String("blacklisted"))
        return e.blacklisted ? tr("Yes") : tr("No");
    if (field == QLatin1String("blacklistReason"))
        return e.blacklistReason;
    if (field == QLatin1String("blacklistFrom"))
        return e.blacklistFrom.toString(Qt::ISODate);
    if (field == QLatin1String("blacklistTo"))
        return e.blacklistTo.toString(Qt::ISODate);
    if (field == QLatin1String("tags"))
        return e.tags.join(QStringLiteral("、"));
    return {};
}

QString EntityTableModel::columnTitle(const QString& field) const
{
    return Entity::fieldLabel(field);
}

int EntityTableModel::columnWidthChars(const QString& field) const
{
    static const QHash<QString, int> widths {
        {QStringLiteral("code"), 5},      {QStringLiteral("name"), 14},     {QStringLiteral("creditCode"), 11},
        {QStringLiteral("category"), 7},  {QStringLiteral("township"), 5},  {QStringLiteral("ownership"), 3},
        {QStringLiteral("status"), 3},    {QStringLiteral("riskClass"), 5}, {QStringLiteral("blacklisted"), 3},
        {QStringLiteral("principal"), 5}, {QStringLiteral("phone"), 8},
    };
    return widths.value(field, 6);
}

bool EntityTableModel::isSortable(const QString& field) const
{
    return field != QLatin1String("tags") && field != QLatin1String("blacklistReason")
        && field != QLatin1String("blacklistFrom") && field != QLatin1String("blacklistTo");
}

QList<Entity> EntityTableModel::query(int offset, int limit) const
{
    return m_repo.list(m_filter, sortField(), sortOrder(), offset, limit);
}

int EntityTableModel::countRows() const
{
    return m_repo.count(m_filter);
}

QVariant EntityTableModel::cell(int row, const QString& field, int role) const
{
    const Entity& e = record(row);
    if (role == Qt::DisplayRole) {
        // In the table a blacklisted entity is marked; "No" on every other row would only be noise.
        if (field == QLatin1String("blacklisted"))
            return e.blacklisted ? Entity::fieldLabel(field) : QString();
        return displayValue(e, field);
    }
    if (role == Qt::ToolTipRole && field == QLatin1String("blacklisted") && e.blacklisted)
        return plainToolTip(e.blacklistReason);
    return {};
}

bool EntityTableModel::isRowActive(int row) const
{
    return record(row).isActive();
}
