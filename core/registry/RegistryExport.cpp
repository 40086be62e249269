#include "RegistryExport.h"

#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "ExportFile.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "TableHeader.h"
#include "TableWriter.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QFileInfo>
#include <QJsonObject>

namespace {

using Record = QHash<QString, QString>;

// Columns that only exist to read other offices' layouts; we never write them.
bool isExported(const QString& key)
{
    static const QStringList readOnly {QStringLiteral("itemClass"), QStringLiteral("itemKind"),
                                       QStringLiteral("issuer"), QStringLiteral("serial")};
    return !readOnly.contains(key);
}

QStringList exportedKeys(Registry registry)
{
    QStringList keys;
    for (const ColumnSpec& spec : RegistryImport::columns(registry))
        if (isExported(spec.key))
            keys << spec.key;
    return keys;
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString chineseList(const Vocabulary& vocabulary, const QStringList& keys)
{
    QStringList words;
    for (const QString& key : keys)
        words << vocabulary.chinese(key);
    return words.join(QStringLiteral("、"));
}

QString ratioText(int bp)
{
    return bp % 100 == 0 ? QStringLiteral("%1%").arg(bp / 100) : QStringLiteral("%1%").arg(bp / 100.0);
}

QList<Record> records(Database& db, Registry registry)
{
    QList<Record> out;
    switch (registry) {
    case Registry::Townships:
        for (const Township& t : TownshipRepository(db).list(true))
            out.append({{QStringLiteral("sortOrder"), QString::number(t.sortOrder)},
                        {QStringLiteral("name"), t.name},
                        {QStringLiteral("kind"), Vocabulary::townshipKinds().chinese(t.kind)}});
        break;
    case Registry::Items:
        for (const InspectionItem& i : ItemRepository(db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1))
            out.append({{QStringLiteral("code"), i.code},
                        {QStringLiteral("name"), i.name},
                        {QStringLiteral("legalBasis"), i.legalBasis},
                        {QStringLiteral("authority"), i.authority},
                        {QStringLiteral("content"), i.content},
                        {QStringLiteral("method"), i.method},
                        {QStringLiteral("categories"), chineseList(Vocabulary::categories(), i.categories)},
                        {QStringLiteral("ownerships"), chineseList(Vocabulary::ownerships(), i.ownerships)},
                        {QStringLiteral("objectKinds"), i.objectKindsLines()},
                        {QStringLiteral("minRatio"), ratioText(i.minRatioBp)},
                        {QStringLiteral("frequency"), QString::number(i.frequencyMonths)},
                        {QStringLiteral("effectiveFrom"), isoDate(i.effectiveFrom)},
                        {QStringLiteral("effectiveTo"), isoDate(i.effectiveTo)},
                        {QStringLiteral("status"), Vocabulary::itemStatuses().chinese(i.status)}});
        break;
    case Registry::Entities:
        for (const Entity& e : EntityRepository(db).list({}, QStringLiteral("code")))
            out.append({{QStringLiteral("creditCode"), e.creditCode},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("category"), Vocabulary::categories().chinese(e.category)},
                        {QStringLiteral("ownership"), Vocabulary::ownerships().chinese(e.ownership)},
                        {QStringLiteral("township"), e.townshipName},
                        {QStringLiteral("address"), e.address},
                        {QStringLiteral("principal"), e.principal},
                        {QStringLiteral("phone"), e.phone},
                        {QStringLiteral("status"), Vocabulary::entityStatuses().chinese(e.status)},
                        {QStringLiteral("riskClass"), Vocabulary::riskClasses().chinese(e.riskClass)},
                        {QStringLiteral("blacklisted"), e.blacklisted ? QStringLiteral("是") : QStringLiteral("否")},
                        {QStringLiteral("blacklistReason"), e.blacklistReason},
                        {QStringLiteral("blacklistFrom"), isoDate(e.blacklistFrom)},
                        {QStringLiteral("blacklistTo"), isoDate(e.blacklistTo)},
                        {QStringLiteral("tags"), e.tags.join(QStringLiteral("、"))},
                        {QStringLiteral("code"), e.code}});
        break;
    case Registry::Inspectors:
        for (const Inspector& x : InspectorRepository(db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1))
            out.append({{QStringLiteral("code"), x.code},
                        {QStringLiteral("name"), x.name},
                        {QStringLiteral("gender"), Vocabulary::genders().chinese(x.gender)},
                        {QStringLiteral("section"), x.section},
                        {QStringLiteral("certNo"), x.certNo},
                        {QStringLiteral("certFrom"), isoDate(x.certFrom)},
                        {QStringLiteral("certTo"), isoDate(x.certTo)},
                        {QStringLiteral("specialties"), x.specialties.join(QStringLiteral("、"))},
                        {QStringLiteral("status"), Vocabulary::inspectorStatuses().chinese(x.status)},
                        {QStringLiteral("phone"), x.phone},
                        {QStringLiteral("idCard"), x.idCard}});
        break;
    case Registry::Conflicts:
        for (const Conflict& c : ConflictRepository(db).list({0, 0, QString(), 1}, 0, -1))
            out.append(
                {{QStringLiteral("inspectorCode"), c.inspectorCode},
                 {QStringLiteral("inspectorName"), c.inspectorName},
                 {QStringLiteral("creditCode"), c.entityCreditCode.isEmpty() ? c.entityCode : c.entityCreditCode},
                 {QStringLiteral("entityName"), c.entityName},
                 {QStringLiteral("reason"), Vocabulary::conflictReasons().chinese(c.reason)},
                 {QStringLiteral("reasonText"), c.reasonText},
                 {QStringLiteral("validFrom"), isoDate(c.validFrom)},
                 {QStringLiteral("validTo"), isoDate(c.validTo)}});
        break;
    }
    return out;
}

} // namespace

QStringList RegistryExport::headers(Registry registry)
{
    QStringList list;
    for (const ColumnSpec& spec : RegistryImport::columns(registry))
        if (isExported(spec.key))
            list << spec.names.first();
    return list;
}

QList<QStringList> RegistryExport::rows(Database& db, Registry registry)
{
    const QStringList keys = exportedKeys(registry);
    QList<QStringList> rows;
    for (const Record& record : records(db, registry)) {
        QStringList row;
        for (const QString& key : keys)
            row << record.value(key);
        rows.append(row);
    }
    return rows;
}

bool RegistryExport::exportRegistry(Database& db, Registry registry, const QString& path, QString* error, int* rowCount)
{
    const QList<QStringList> data = rows(db, registry);
    if (!TableWriter::write(path, RegistryImport::registryLabel(registry), headers(registry), data, error))
        return false;
    if (rowCount)
        *rowCount = int(data.size());
    return ExportFile::record(db, path,
                              {{QStringLiteral("registry"), RegistryImport::registryName(registry)},
                               {QStringLiteral("rows"), int(data.size())}},
                              error);
}

bool RegistryExport::exportTemplate(Registry registry, const QString& path, QString* error)
{
    return TableWriter::write(path, RegistryImport::registryLabel(registry), headers(registry), {}, error);
}
