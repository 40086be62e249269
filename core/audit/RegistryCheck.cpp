#include "RegistryCheck.h"

#include "AuditQuery.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject parse(const QByteArray& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

// The record each code should have now, by replaying the type's entries in order.
using Expected = QMap<QString, QJsonObject>;

// Compares the stored records of one registry with what the log says; appends the differences.
void compare(const QString& objectType, const Expected& expected, const QMap<QString, QJsonObject>& stored,
             QList<RegistryDifference>& differences)
{
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const auto logged = expected.constFind(it.key());
        if (logged == expected.constEnd()) {
            differences.append({objectType, it.key(), {}, {}, QString::fromUtf8(QJsonDocument(it.value()).toJson(
                                                                  QJsonDocument::Compact))});
            continue;
        }
        // Only the fields the entry holds: a data file from an older version has entries without fields added
        // since, and those are not differences.
        for (auto field = logged->begin(); field != logged->end(); ++field) {
            const QJsonValue now = it.value().value(field.key());
            if (now == field.value())
                continue;
            // An ID-card number is named masked, as everywhere it is shown (the comparison used it in full).
            const bool idCard = field.key() == QLatin1String("idCard");
            const auto shown = [idCard](const QJsonValue& v) {
                return idCard && v.isString() && !v.toString().isEmpty() ? Validators::maskIdCard(v.toString())
                                                                           : jsonText(v);
            };
            differences.append({objectType, it.key(), field.key(), shown(field.value()), shown(now)});
        }
    }
    for (auto it = expected.begin(); it != expected.end(); ++it)
        if (!stored.contains(it.key()))
            differences.append({objectType, it.key(), {}, QString::fromUtf8(QJsonDocument(it.value()).toJson(
                                                              QJsonDocument::Compact)),
                                {}});
}

} // namespace

std::optional<QList<RegistryDifference>> RegistryCheck::run(Database& db, int limit, QString* error)
{
    const QStringList types {QStringLiteral("entity"), QStringLiteral("inspector"), QStringLiteral("inspection_item")};
    QHash<QString, Expected> expected;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT object_type, action, old_values, new_values FROM audit_log "
                               "WHERE object_type IN ('entity', 'inspector', 'inspection_item', 'township') ORDER BY seq"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString action = q.value(1).toString();
        const QJsonObject before = parse(q.value(2).toByteArray());
        const QJsonObject after = parse(q.value(3).toByteArray());
        if (type == QLatin1String("township")) {
            // A township renamed renames it in every entity's record without an entry of the entity.
            const QJsonValue oldName = before.value(QLatin1String("name"));
            const QJsonValue newName = after.value(QLatin1String("name"));
            if (action == QLatin1String("update") && oldName.isString() && newName.isString() && oldName != newName)
                for (QJsonObject& entity : expected[types[0]])
                    if (entity.value(QLatin1String("township")) == oldName)
                        entity.insert(QStringLiteral("township"), newName);
            continue;
        }
        Expected& records = expected[type];
        const QString oldCode = before.value(QLatin1String("code")).toString();
        const QString newCode = after.value(QLatin1String("code")).toString();
        if (action == QLatin1String("delete")) {
            records.remove(oldCode);
        } else if (!newCode.isEmpty()) { // create, update, status: the whole record after the change
            if (!oldCode.isEmpty() && oldCode != newCode)
                records.remove(oldCode);
            records.insert(newCode, after);
        } // other actions (blacklist entries…) are followed by an update entry of the record itself
    }

    QList<RegistryDifference> differences;
    {
        QMap<QString, QJsonObject> stored;
        for (const Entity& e : EntityRepository(db).list({}))
            stored.insert(e.code, e.toJson());
        compare(types[0], expected.value(types[0]), stored, differences);
    }
    {
        QMap<QString, QJsonObject> stored;
        for (const Inspector& i : InspectorRepository(db).list())
            stored.insert(i.code, i.toJson());
        compare(types[1], expected.value(types[1]), stored, differences);
    }
    {
        QMap<QString, QJsonObject> stored;
        for (const InspectionItem& i : ItemRepository(db).list())
            stored.insert(i.code, i.toJson());
        compare(types[2], expected.value(types[2]), stored, differences);
    }
    if (limit >= 0 && differences.size() > limit)
        differences.resize(limit);
    return differences;
}

QString RegistryCheck::describe(const RegistryDifference& d)
{
    const QString record = tr("%1 %2").arg(AuditQuery::objectTypeLabel(d.objectType), d.code);
    if (d.logged.isEmpty() && d.field.isEmpty())
        return tr("%1 is in the data file but no audit entry ever added it: it was added outside the program.")
            .arg(record);
    if (d.stored.isEmpty() && d.field.isEmpty())
        return tr("%1 is in the audit log but no longer in the data file: it was deleted outside the program.")
            .arg(record);
    return tr("%1, field %2: the audit log says \"%3\", the data file holds \"%4\": it was changed outside the "
              "program.")
        .arg(record, AuditQuery::fieldLabel(d.objectType, d.field), d.logged, d.stored);
}
