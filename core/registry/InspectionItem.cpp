#include "InspectionItem.h"

#include "Vocabulary.h"

#include <QJsonArray>
#include <QRegularExpression>

QStringList InspectionItem::fields()
{
    return {QStringLiteral("code"),
            QStringLiteral("name"),
            QStringLiteral("legalBasis"),
            QStringLiteral("authority"),
            QStringLiteral("content"),
            QStringLiteral("method"),
            QStringLiteral("categories"),
            QStringLiteral("ownerships"),
            QStringLiteral("objectKinds"),
            QStringLiteral("minRatioBp"),
            QStringLiteral("frequencyMonths"),
            QStringLiteral("effectiveFrom"),
            QStringLiteral("effectiveTo"),
            QStringLiteral("status"),
            QStringLiteral("version")};
}

QString InspectionItem::fieldLabel(const QString& field)
{
    if (field == QLatin1String("code"))
        return tr("Item code");
    if (field == QLatin1String("name"))
        return tr("Item name");
    if (field == QLatin1String("legalBasis"))
        return tr("Legal basis");
    if (field == QLatin1String("authority"))
        return tr("Inspecting authority");
    if (field == QLatin1String("content"))
        return tr("Inspection content");
    if (field == QLatin1String("method"))
        return tr("Inspection method");
    if (field == QLatin1String("categories"))
        return tr("Entity categories");
    if (field == QLatin1String("ownerships"))
        return tr("Ownership");
    if (field == QLatin1String("objectKinds"))
        return tr("Object types (item class)");
    if (field == QLatin1String("minRatioBp"))
        return tr("Minimum share drawn");
    if (field == QLatin1String("frequencyMonths"))
        return tr("Drawn at least every (months)");
    if (field == QLatin1String("effectiveFrom"))
        return tr("In force from");
    if (field == QLatin1String("effectiveTo"))
        return tr("In force until");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("version"))
        return tr("Version");
    if (field == QLatin1String("checklist"))
        return tr("Checklist");
    return field;
}

bool InspectionItem::isInForceOn(QDate date) const
{
    if (status != QLatin1String("active"))
        return false;
    if (effectiveFrom.isValid() && date < effectiveFrom)
        return false;
    if (effectiveTo.isValid() && date > effectiveTo)
        return false;
    return true;
}

FieldErrors InspectionItem::problems() const
{
    FieldErrors errors;
    // The code enters the draw's seed strings (draw-spec): no spaces, no '|'.
    static const QRegularExpression codePattern(QStringLiteral("^[^\\s|]{1,32}$"));
    if (code.trimmed().isEmpty())
        errors.append({QStringLiteral("code"), tr("The item code is required (for example JY-01).")});
    else if (!codePattern.match(code).hasMatch())
        errors.append(
            {QStringLiteral("code"), tr("The item code may have at most 32 characters, without spaces or '|'.")});
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The name is required.")});
    else if (name.size() > 200)
        errors.append({QStringLiteral("name"), tr("The name is longer than 200 characters.")});
    if (legalBasis.trimmed().isEmpty())
        errors.append({QStringLiteral("legalBasis"),
                       tr("No item without a legal basis (§2 of the plan): enter the laws, regulations or rules "
                          "that allow this inspection.")});
    if (categories.isEmpty()) {
        errors.append({QStringLiteral("categories"), tr("Choose at least one entity category the item applies to.")});
    } else {
        for (const QString& category : categories) {
            if (!Vocabulary::categories().contains(category)) {
                errors.append({QStringLiteral("categories"),
                               tr("%1 is not a category; choose from: %2.")
                                   .arg(category, Vocabulary::categories().labels().join(QStringLiteral("、")))});
                break;
            }
        }
    }
    for (const QString& ownership : ownerships) {
        if (!Vocabulary::ownerships().contains(ownership)) {
            errors.append({QStringLiteral("ownerships"),
                           tr("%1 is not an ownership; choose from: %2, or leave it empty for both.")
                               .arg(ownership, Vocabulary::ownerships().labels().join(QStringLiteral("、")))});
            break;
        }
    }
    if (objectKinds.size() > MaxObjectKinds)
        errors.append({QStringLiteral("objectKinds"), tr("At most %1 object types.").arg(MaxObjectKinds)});
    for (const ObjectKind& k : objectKinds) {
        if (k.object.trimmed().isEmpty() || k.object.size() > 100 || k.kind.size() > 20) {
            errors.append({QStringLiteral("objectKinds"),
                           tr("Each object type needs a name of at most 100 characters, and its item class at most "
                              "20 characters (\"%1\").")
                               .arg(k.object.left(100))});
            break;
        }
    }
    if (minRatioBp < MinRatioBp || minRatioBp > MaxRatioBp)
        errors.append({QStringLiteral("minRatioBp"),
                       tr("The share drawn must be between 5 % (the policy's minimum) and 100 %.")});
    if (frequencyMonths < 1 || frequencyMonths > MaxFrequencyMonths)
        errors.append({QStringLiteral("frequencyMonths"),
                       tr("Enter 1 to 6 months: the policy asks for a draw at least every half year.")});
    if (effectiveFrom.isValid() && effectiveTo.isValid() && effectiveTo < effectiveFrom)
        errors.append({QStringLiteral("effectiveTo"),
                       tr("The end of validity is before its start; correct one of the two dates.")});
    if (!Vocabulary::itemStatuses().contains(status))
        errors.append({QStringLiteral("status"),
                       tr("Choose a status: %1.").arg(Vocabulary::itemStatuses().labels().join(QStringLiteral("、")))});
    errors.append(Checklist::problems(checklist));
    return errors;
}

QJsonObject InspectionItem::toJson() const
{
    QJsonObject json {
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("legalBasis"), legalBasis},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("content"), content},
        {QStringLiteral("method"), method},
        {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
        {QStringLiteral("ownerships"), QJsonArray::fromStringList(ownerships)},
        {QStringLiteral("minRatioBp"), minRatioBp},
        {QStringLiteral("frequencyMonths"), frequencyMonths},
        {QStringLiteral("effectiveFrom"), effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("effectiveTo"), effectiveTo.toString(Qt::ISODate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("version"), version},
    };
    // Only when there are some: the audit entries written before object types existed stay equal to the rows.
    if (!objectKinds.isEmpty()) {
        QJsonArray kinds;
        for (const ObjectKind& k : objectKinds)
            kinds.append(QJsonObject {{QStringLiteral("object"), k.object}, {QStringLiteral("kind"), k.kind}});
        json.insert(QStringLiteral("objectKinds"), kinds);
    }
    // Likewise the checklist (data version 12).
    if (!checklist.isEmpty())
        json.insert(QStringLiteral("checklist"), Checklist::toJson(checklist));
    return json;
}

QString InspectionItem::objectKindsText(const QList<ObjectKind>& kinds)
{
    QStringList parts;
    for (const ObjectKind& k : kinds)
        parts << (k.kind.isEmpty() ? k.object : k.object + QStringLiteral("（") + k.kind + QStringLiteral("）"));
    return parts.join(QStringLiteral("、"));
}

QString InspectionItem::objectKindsLines() const
{
    QStringList lines;
    for (const ObjectKind& k : objectKinds)
        lines << (k.kind.isEmpty() ? k.object : k.object + QStringLiteral("：") + k.kind);
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Tabs and line breaks would break the stored form; runs of white space become one space.
QString oneLine(const QString& text)
{
    return text.simplified();
}

} // namespace

QList<ObjectKind> InspectionItem::objectKindsFromLines(const QString& text)
{
    QList<ObjectKind> kinds;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = oneLine(raw);
        if (line.isEmpty())
            continue;
        const qsizetype colon = qMax(line.lastIndexOf(QStringLiteral("：")), line.lastIndexOf(QLatin1Char(':')));
        ObjectKind k {colon < 0 ? line : line.left(colon).trimmed(),
                      colon < 0 ? QString() : line.mid(colon + 1).trimmed()};
        if (!kinds.contains(k))
            kinds.append(k);
    }
    return kinds;
}

QString InspectionItem::objectKindsToStorage(const QList<ObjectKind>& kinds)
{
    QStringList lines;
    for (const ObjectKind& k : kinds)
        lines << oneLine(k.object) + QLatin1Char('\t') + oneLine(k.kind);
    return lines.join(QLatin1Char('\n'));
}

QList<ObjectKind> InspectionItem::objectKindsFromStorage(const QString& text)
{
    QList<ObjectKind> kinds;
    if (text.isEmpty())
        return kinds;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        kinds.append({tab < 0 ? line : line.left(tab), tab < 0 ? QString() : line.mid(tab + 1)});
    }
    return kinds;
}
