#include "ItemTableModel.h"

#include "PlainText.h"
#include "Vocabulary.h"

#include <QHash>
#include <QLocale>

ItemTableModel::ItemTableModel(Database& db, QObject* parent)
    : RecordTableModel<InspectionItem>(parent)
    , m_repo(db)
{
    setColumns({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("categories"),
                QStringLiteral("minRatioBp"), QStringLiteral("frequencyMonths"), QStringLiteral("effectiveFrom"),
                QStringLiteral("effectiveTo"), QStringLiteral("status"), QStringLiteral("version"),
                QStringLiteral("legalBasis")},
               QStringLiteral("code"));
}

void ItemTableModel::setFilter(const ItemFilter& filter)
{
    m_filter = filter;
    reload();
}

QString ItemTableModel::displayValue(const InspectionItem& item, const QString& field)
{
    if (field == QLatin1String("code"))
        return item.code;
    if (field == QLatin1String("name"))
        return item.name;
    if (field == QLatin1String("legalBasis"))
        return item.legalBasis;
    if (field == QLatin1String("authority"))
        return item.authority;
    if (field == QLatin1String("content"))
        return item.content;
    if (field == QLatin1String("method"))
        return item.method;
    if (field == QLatin1String("categories")) {
        QStringList labels;
        for (const QString& category : item.categories)
            labels << Vocabulary::categories().label(category);
        return labels.join(QStringLiteral("、"));
    }
    if (field == QLatin1String("ownerships")) {
        if (item.ownerships.isEmpty())
            return tr("Public and private");
        QStringList labels;
        for (const QString& ownership : item.ownerships)
            labels << Vocabulary::ownerships().label(ownership);
        return labels.join(QStringLiteral("、"));
    }
    if (field == QLatin1String("objectKinds"))
        return item.objectKindsText();
    if (field == QLatin1String("minRatioBp"))
        return QLocale().toString(item.minRatioBp / 100.0, 'g', 4) + QStringLiteral(" %");
    if (field == QLatin1String("frequencyMonths"))
        return tr("every %n month(s)", nullptr, item.frequencyMonths);
    if (field == QLatin1String("effectiveFrom"))
        return item.effectiveFrom.toString(Qt::ISODate);
    if (field == QLatin1String("effectiveTo"))
        return item.effectiveTo.isValid() ? item.effectiveTo.toString(Qt::ISODate) : tr("open");
    if (field == QLatin1String("status"))
        return Vocabulary::itemStatuses().label(item.status);
    if (field == QLatin1String("version"))
        return QString::number(item.version);
    return {};
}

int ItemTableModel::columnWidthChars(const QString& field) const
{
    static const QHash<QString, int> widths {
        {QStringLiteral("code"), 4},
        {QStringLiteral("name"), 14},
        {QStringLiteral("categories"), 12},
        {QStringLiteral("minRatioBp"), 3},
        {QStringLiteral("frequencyMonths"), 5},
        {QStringLiteral("effectiveFrom"), 5},
        {QStringLiteral("effectiveTo"), 5},
        {QStringLiteral("status"), 3},
        {QStringLiteral("version"), 2},
        {QStringLiteral("legalBasis"), 20},
    };
    return widths.value(field, 6);
}

QString ItemTableModel::columnTitle(const QString& field) const
{
    return InspectionItem::fieldLabel(field);
}

QList<InspectionItem> ItemTableModel::query(int offset, int limit) const
{
    return m_repo.list(m_filter, sortField(), sortOrder(), offset, limit);
}

int ItemTableModel::countRows() const
{
    return m_repo.count(m_filter);
}

QVariant ItemTableModel::cell(int row, const QString& field, int role) const
{
    const InspectionItem& item = record(row);
    if (role == Qt::DisplayRole) {
        // One line in the table; the detail pane shows the whole text.
        if (field == QLatin1String("legalBasis"))
            return item.legalBasis.simplified();
        return displayValue(item, field);
    }
    if (role == Qt::ToolTipRole && field == QLatin1String("legalBasis"))
        return plainToolTip(item.legalBasis);
    return {};
}

bool ItemTableModel::isRowActive(int row) const
{
    return record(row).status == QLatin1String("active");
}
