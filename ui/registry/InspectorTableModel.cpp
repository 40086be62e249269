#include "InspectorTableModel.h"

#include "Vocabulary.h"

#include <QHash>

namespace {
const QString kCertifiedToday = QStringLiteral("certifiedToday");
}

InspectorTableModel::InspectorTableModel(Database& db, QObject* parent)
    : RecordTableModel<Inspector>(parent)
    , m_repo(db)
{
    setColumns({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("section"),
                QStringLiteral("certNo"), QStringLiteral("certTo"), kCertifiedToday, QStringLiteral("status"),
                QStringLiteral("specialties"), QStringLiteral("phone")},
               QStringLiteral("code"));
}

void InspectorTableModel::setFilter(const InspectorFilter& filter)
{
    m_filter = filter;
    reload();
}

QString InspectorTableModel::certifiedTodayLabel()
{
    return tr("Certified today");
}

QString InspectorTableModel::certifiedOnLabel(QDate date)
{
    return !date.isValid() || date == QDate::currentDate() ? certifiedTodayLabel()
                                                           : tr("Certified on %1").arg(date.toString(Qt::ISODate));
}

QDate InspectorTableModel::certifiedDate() const
{
    return m_filter.certifiedOn.isValid() ? m_filter.certifiedOn : QDate::currentDate();
}

QString InspectorTableModel::displayValue(const Inspector& p, const QString& field)
{
    if (field == QLatin1String("code"))
        return p.code;
    if (field == QLatin1String("name"))
        return p.name;
    if (field == QLatin1String("gender"))
        return p.gender.isEmpty() ? QString() : Vocabulary::genders().label(p.gender);
    if (field == QLatin1String("section"))
        return p.section;
    if (field == QLatin1String("certNo"))
        return p.certNo;
    if (field == QLatin1String("certFrom"))
        return p.certFrom.toString(Qt::ISODate);
    if (field == QLatin1String("certTo"))
        return p.certTo.isValid() ? p.certTo.toString(Qt::ISODate) : (p.certNo.isEmpty() ? QString() : tr("open"));
    if (field == kCertifiedToday)
        return p.isCertifiedOn(QDate::currentDate()) ? tr("Yes") : tr("No");
    if (field == QLatin1String("specialties"))
        return p.specialties.join(QStringLiteral("、"));
    if (field == QLatin1String("status"))
        return Vocabulary::inspectorStatuses().label(p.status);
    if (field == QLatin1String("phone"))
        return p.phone;
    if (field == QLatin1String("idCard"))
        return p.maskedIdCard();
    return {};
}

int InspectorTableModel::columnWidthChars(const QString& field) const
{
    static const QHash<QString, int> widths{
        {QStringLiteral("code"), 4},   {QStringLiteral("name"), 5},        {QStringLiteral("gender"), 2},
        {QStringLiteral("section"), 7}, {QStringLiteral("certNo"), 8},     {QStringLiteral("certTo"), 5},
        {kCertifiedToday, 4},           {QStringLiteral("status"), 3},     {QStringLiteral("specialties"), 10},
        {QStringLiteral("phone"), 7},
    };
    return widths.value(field, 6);
}

QString InspectorTableModel::columnTitle(const QString& field) const
{
    return field == kCertifiedToday ? certifiedOnLabel(certifiedDate()) : Inspector::fieldLabel(field);
}

bool InspectorTableModel::isSortable(const QString& field) const
{
    return field != kCertifiedToday;
}

QList<Inspector> InspectorTableModel::query(int offset, int limit) const
{
    return m_repo.list(m_filter, sortField(), sortOrder(), offset, limit);
}

int InspectorTableModel::countRows() const
{
    return m_repo.count(m_filter);
}

QVariant InspectorTableModel::cell(int row, const QString& field, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (field == kCertifiedToday)
        return record(row).isCertifiedOn(certifiedDate()) ? tr("Yes") : tr("No");
    return displayValue(record(row), field);
}

bool InspectorTableModel::isRowActive(int row) const
{
    return record(row).isAvailable();
}
