#include "AuditTableModel.h"

#include "AuditQuery.h"

AuditTableModel::AuditTableModel(Database& db, QObject* parent)
    : PagedTableModel(parent)
    , m_db(db)
{
    setColumns({QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"),
                QStringLiteral("objectType"), QStringLiteral("objectId")},
               QStringLiteral("seq"));
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    m_filter.beforeSeq = 0;
    reload();
}

QString AuditTableModel::columnTitle(const QString& field) const
{
    if (field == QLatin1String("seq"))
        return tr("No.");
    if (field == QLatin1String("time"))
        return tr("Time");
    if (field == QLatin1String("user"))
        return tr("User");
    if (field == QLatin1String("action"))
        return tr("Action");
    if (field == QLatin1String("objectType"))
        return tr("Object");
    return tr("Object id");
}

int AuditTableModel::columnWidthChars(const QString& field) const
{
    if (field == QLatin1String("seq"))
        return 4;
    if (field == QLatin1String("time"))
        return 10;
    if (field == QLatin1String("objectId"))
        return 14;
    if (field == QLatin1String("objectType"))
        return 7;
    return 5;
}

bool AuditTableModel::isSortable(const QString& field) const
{
    // Always newest first: the order of the chain, and the only order that pages cheaply.
    Q_UNUSED(field);
    return false;
}

int AuditTableModel::loadRows(int offset, int limit)
{
    AuditFilter page = m_filter;
    if (offset > 0 && offset == m_rows.size())
        page.beforeSeq = m_rows.constLast().seq;
    const std::vector<AuditEntry> entries = AuditTrail::list(m_db, page, page.beforeSeq > 0 ? 0 : offset, limit);
    m_pending = QList<AuditEntry>(entries.begin(), entries.end());
    return int(m_pending.size());
}

void AuditTableModel::commitRows()
{
    m_rows += m_pending;
    m_pending.clear();
}

int AuditTableModel::countRows() const
{
    return int(qMax<qint64>(0, AuditTrail::count(m_db, m_filter)));
}

QVariant AuditTableModel::cell(int row, const QString& field, int role) const
{
    if (role == Qt::TextAlignmentRole && field == QLatin1String("seq"))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // A cut cell shows its whole text as a tooltip (ElidedTextDelegate), one that fits none.
    if (role != Qt::DisplayRole)
        return {};
    const AuditEntry& e = m_rows.at(row);
    if (field == QLatin1String("seq"))
        return e.seq;
    if (field == QLatin1String("time"))
        return AuditQuery::localTime(e);
    if (field == QLatin1String("user"))
        return e.user;
    if (field == QLatin1String("action"))
        return AuditQuery::actionLabel(e.action);
    if (field == QLatin1String("objectType"))
        return AuditQuery::objectTypeLabel(e.objectType);
    return e.objectId;
}
