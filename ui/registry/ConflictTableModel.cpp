#include "ConflictTableModel.h"

#include "PlainText.h"
#include "Vocabulary.h"

#include <QHash>

ConflictTableModel::ConflictTableModel(Database& db, QObject* parent)
    : RecordTableModel<Conflict>(parent)
    , m_repo(db)
{
    setColumns(Conflict::fields(), QStringLiteral("inspector"));
}

void ConflictTableModel::setFilter(const ConflictFilter& filter)
{
    m_filter = filter;
    reload();
}

QString ConflictTableModel::displayValue(const Conflict& c, const QString& field)
{
    if (field == QLatin1String("inspector"))
        return QStringLiteral("%1（%2）").arg(c.inspectorName, c.inspectorCode);
    if (field == QLatin1String("entity"))
        return c.entityCreditCode.isEmpty() ? QStringLiteral("%1（%2）").arg(c.entityName, c.entityCode)
                                            : QStringLiteral("%1（%2）").arg(c.entityName, c.entityCreditCode);
    if (field == QLatin1String("reason"))
        return Vocabulary::conflictReasons().label(c.reason);
    if (field == QLatin1String("reasonText"))
        return c.reasonText;
    if (field == QLatin1String("validFrom"))
        return c.validFrom.toString(Qt::ISODate);
    if (field == QLatin1String("validTo"))
        return c.validTo.isValid() ? c.validTo.toString(Qt::ISODate) : tr("open");
    if (field == QLatin1String("active")) {
        if (!c.active)
            return tr("Ended");
        return c.isInForceOn(QDate::currentDate()) ? tr("In force") : tr("Not in force today");
    }
    return {};
}

int ConflictTableModel::columnWidthChars(const QString& field) const
{
    static const QHash<QString, int> widths {
        {QStringLiteral("inspector"), 8},   {QStringLiteral("entity"), 14},   {QStringLiteral("reason"), 7},
        {QStringLiteral("reasonText"), 14}, {QStringLiteral("validFrom"), 5}, {QStringLiteral("validTo"), 5},
        {QStringLiteral("active"), 4},
    };
    return widths.value(field, 6);
}

QString ConflictTableModel::columnTitle(const QString& field) const
{
    return Conflict::fieldLabel(field);
}

bool ConflictTableModel::isSortable(const QString&) const
{
    return false;
}

QList<Conflict> ConflictTableModel::query(int offset, int limit) const
{
    return m_repo.list(m_filter, offset, limit);
}

int ConflictTableModel::countRows() const
{
    return m_repo.count(m_filter);
}

QVariant ConflictTableModel::cell(int row, const QString& field, int role) const
{
    const Conflict& c = record(row);
    // The table names the entity; its codes are in the tooltip and the detail pane.
    if (role == Qt::DisplayRole)
        return field == QLatin1String("entity") ? c.entityName : displayValue(c, field);
    if (role == Qt::ToolTipRole && (field == QLatin1String("reasonText") || field == QLatin1String("entity")))
        return plainToolTip(displayValue(c, field));
    return {};
}

bool ConflictTableModel::isRowActive(int row) const
{
    return record(row).isInForceOn(QDate::currentDate());
}
