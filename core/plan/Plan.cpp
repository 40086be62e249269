#include "Plan.h"

#include "DrawRequest.h"
#include "InspectionItem.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace {

// Printouts of a plan are official Chinese documents whatever the interface language: the words come from the
// vocabulary, the punctuation is Chinese.
const QString kColon = QStringLiteral("：");
const QString kSemicolon = QStringLiteral("；");
const QString kEnumerationComma = QStringLiteral("、");
const QString kNotInspectedSince = QStringLiteral("自%1起未检查");

QJsonArray idsToJson(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QStringList stringsFromJson(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

QJsonObject stratumToJson(const PlanStratum& s)
{
    QJsonObject o {{QStringLiteral("name"), s.name}};
    if (s.ratioBp)
        o.insert(QStringLiteral("ratioBp"), *s.ratioBp);
    if (s.count)
        o.insert(QStringLiteral("count"), *s.count);
    return o;
}

QString joinedChinese(const Vocabulary& vocabulary, const QStringList& keys)
{
    QStringList words;
    for (const QString& key : keys)
        words << vocabulary.chinese(key);
    return words.join(kEnumerationComma);
}

} // namespace

// --- PlanConditions -------------------------------------------------------------------------------------------

bool PlanConditions::isEmpty() const
{
    return categories.isEmpty() && ownerships.isEmpty() && townshipIds.isEmpty() && tags.isEmpty() && !blacklistedOnly
        && !notInspectedSince.isValid();
}

QJsonObject PlanConditions::toJson() const
{
    QJsonObject o;
    if (!categories.isEmpty())
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    if (!ownerships.isEmpty())
        o.insert(QStringLiteral("ownerships"), QJsonArray::fromStringList(ownerships));
    if (!townshipIds.isEmpty())
        o.insert(QStringLiteral("townshipIds"), idsToJson(townshipIds));
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (blacklistedOnly)
        o.insert(QStringLiteral("blacklistedOnly"), true);
    if (notInspectedSince.isValid())
        o.insert(QStringLiteral("notInspectedSince"), notInspectedSince.toString(Qt::ISODate));
    return o;
}

PlanConditions PlanConditions::fromJson(const QJsonObject& object)
{
    PlanConditions c;
    c.categories = stringsFromJson(object.value(QStringLiteral("categories")));
    c.ownerships = stringsFromJson(object.value(QStringLiteral("ownerships")));
    for (const QJsonValue& v : object.value(QStringLiteral("townshipIds")).toArray())
        c.townshipIds << v.toInteger();
    c.tags = stringsFromJson(object.value(QStringLiteral("tags")));
    c.blacklistedOnly = object.value(QStringLiteral("blacklistedOnly")).toBool();
    c.notInspectedSince = QDate::fromString(object.value(QStringLiteral("notInspectedSince")).toString(), Qt::ISODate);
    return c;
}

// --- PlanItemScope --------------------------------------------------------------------------------------------

QString PlanItemScope::percentText(int bp)
{
    QString number = QString::number(bp / 100);
    if (bp % 100 != 0) {
        number += QLatin1Char('.') + QStringLiteral("%1").arg(bp % 100, 2, 10, QLatin1Char('0'));
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
    }
    return number + QLatin1Char('%');
}

QStringList PlanItemScope::strataNames(bool useRiskStrata)
{
    if (useRiskStrata)
        return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                QStringLiteral("blacklist")};
    return {QStringLiteral("normal"), QStringLiteral("blacklist")};
}

QList<PlanStratum> PlanItemScope::defaultStrata(bool useRiskStrata, int itemMinRatioBp)
{
    const int floor = std::max(InspectionItem::MinRatioBp, itemMinRatioBp);
    QList<PlanStratum> strata;
    int lower = 0;
    const auto add = [&](const QString& name, int bp) {
        const int ratio = std::min(InspectionItem::MaxRatioBp, std::max({bp, floor, lower}));
        strata.append({name, ratio, std::nullopt});
        lower = ratio;
    };
    if (useRiskStrata) {
        add(QStringLiteral("A"), 500);
        add(QStringLiteral("B"), 500);
        add(QStringLiteral("C"), 1000);
        add(QStringLiteral("D"), 2000);
    } else {
        add(QStringLiteral("normal"), floor);
    }
    add(QStringLiteral("blacklist"), DefaultBlacklistRatioBp);
    return strata;
}

PlanItemScope PlanItemScope::forItem(const InspectionItem& item, bool useRiskStrata)
{
    PlanItemScope scope;
    scope.itemId = item.id;
    scope.itemCode = item.code;
    scope.itemName = item.name;
    scope.itemMinRatioBp = item.minRatioBp;
    scope.itemCategories = item.categories;
    scope.itemObjectKinds = item.objectKindsText();
    scope.useRiskStrata = useRiskStrata;
    scope.strata = defaultStrata(useRiskStrata, item.minRatioBp);
    return scope;
}

int PlanItemScope::minimumCount(int poolSize, int floorBp)
{
    if (poolSize <= 0)
        return 0;
    return std::max(1, int((qint64(poolSize) * floorBp + 9999) / 10000));
}

FieldErrors PlanItemScope::stratumProblems(const QList<PlanStratum>& strata, bool useRiskStrata, int itemMinRatioBp,
                                           const QHash<QString, int>& poolSizes)
{
    FieldErrors errors;
    const Vocabulary& words = Vocabulary::drawStrata();
    const QStringList expected = strataNames(useRiskStrata);
    QStringList names;
    for (const PlanStratum& s : strata)
        names << s.name;
    if (names != expected) {
        QStringList labels;
        for (const QString& name : expected)
            labels << words.label(name);
        errors.append(
            {QStringLiteral("strata"), tr("The strata are %1, in this order.").arg(labels.join(QStringLiteral(", ")))});
        return errors;
    }
    const int itemFloor = std::max(InspectionItem::MinRatioBp, itemMinRatioBp);
    int lowerRatio = 0;
    QString lowerName;
    for (const PlanStratum& s : strata) {
        const QString field = QStringLiteral("strata.") + s.name;
        const QString label = words.label(s.name);
        if (s.ratioBp.has_value() == s.count.has_value()) {
            errors.append({field, tr("Give either a ratio or a fixed number for %1, not both.").arg(label)});
            continue;
        }
        const int floor = std::max(itemFloor, lowerRatio);
        if (s.ratioBp) {
            const int r = *s.ratioBp;
            if (r > InspectionItem::MaxRatioBp) {
                errors.append({field, tr("The ratio of %1 is %2; it can be at most 100%.").arg(label, percentText(r))});
                continue;
            }
            if (r < InspectionItem::MinRatioBp)
                errors.append({field,
                               tr("The ratio of %1 is %2; the policy asks for at least 5% of the pool (§6.3).")
                                   .arg(label, percentText(r))});
            else if (r < itemFloor)
                errors.append({field,
                               tr("The ratio of %1 is %2; this item asks for at least %3.")
                                   .arg(label, percentText(r), percentText(itemFloor))});
            else if (r < lowerRatio)
                errors.append({field,
                               tr("The ratio of %1 is %2, below the %3 of %4; a higher-risk stratum is "
                                  "drawn at no lower a ratio.")
                                   .arg(label, percentText(r), percentText(lowerRatio), words.label(lowerName))});
            if (r > lowerRatio) {
                lowerRatio = r;
                lowerName = s.name;
            }
            continue;
        }
        const int c = *s.count;
        if (c < 0) {
            errors.append({field, tr("The number drawn from %1 cannot be negative.").arg(label)});
            continue;
        }
        const auto pool = poolSizes.constFind(s.name);
        if (pool == poolSizes.constEnd())
            continue;
        const int minimum = minimumCount(pool.value(), floor);
        if (c < minimum)
            errors.append({field,
                           tr("A fixed number of %1 for %2 is too small: %3 of its %4 entities is %5.")
                               .arg(c)
                               .arg(label, percentText(floor))
                               .arg(pool.value())
                               .arg(minimum)});
    }
    return errors;
}

FieldErrors PlanItemScope::problems(const QHash<QString, int>& poolSizes) const
{
    FieldErrors errors;
    if (itemId <= 0) {
        errors.append({QStringLiteral("itemId"), tr("Choose an item.")});
        return errors;
    }
    if (!directed && !conditions.isEmpty())
        errors.append({QStringLiteral("directed"),
                       tr("An undirected draw has no conditions: choose a directed draw, or clear the conditions.")});
    if (directed && conditions.isEmpty())
        errors.append({QStringLiteral("conditions"), tr("A directed draw names at least one condition.")});
    for (const QString& category : conditions.categories) {
        if (!Vocabulary::categories().contains(category))
            errors.append({QStringLiteral("conditions.categories"), tr("Unknown category %1.").arg(category)});
        else if (!itemCategories.isEmpty() && !itemCategories.contains(category))
            errors.append({QStringLiteral("conditions.categories"),
                           tr("%1 is not among the categories of this item (%2).")
                               .arg(Vocabulary::categories().label(category), [this] {
                                   QStringList labels;
                                   for (const QString& c : itemCategories)
                                       labels << Vocabulary::categories().label(c);
                                   return labels.join(QStringLiteral(", "));
                               }())});
    }
    for (const QString& ownership : conditions.ownerships)
        if (!Vocabulary::ownerships().contains(ownership))
            errors.append({QStringLiteral("conditions.ownerships"), tr("Unknown ownership %1.").arg(ownership)});
    for (const qint64 id : conditions.townshipIds)
        if (id <= 0)
            errors.append({QStringLiteral("conditions.townships"), tr("Choose the townships from the list.")});
    for (const QString& tag : conditions.tags)
        if (tag.trimmed().isEmpty())
            errors.append({QStringLiteral("conditions.tags"), tr("A tag condition cannot be empty.")});
    errors += stratumProblems(strata, useRiskStrata, itemMinRatioBp, poolSizes);
    return errors;
}

QString PlanItemScope::conditionsInWords(const QHash<qint64, QString>& townshipNames) const
{
    const Vocabulary& scopes = Vocabulary::drawScopes();
    if (!directed)
        return scopes.chinese(QStringLiteral("undirected"));
    QStringList parts;
    if (!conditions.ownerships.isEmpty())
        parts << joinedChinese(Vocabulary::ownerships(), conditions.ownerships);
    if (!conditions.categories.isEmpty())
        parts << joinedChinese(Vocabulary::categories(), conditions.categories);
    if (!conditions.townshipIds.isEmpty()) {
        QStringList names;
        for (const qint64 id : conditions.townshipIds)
            names << townshipNames.value(id, QString::number(id));
        parts << names.join(kEnumerationComma);
    }
    if (!conditions.tags.isEmpty())
        parts << Vocabulary::drawConditions().chinese(QStringLiteral("tags")) + kColon
                + conditions.tags.join(kEnumerationComma);
    if (conditions.blacklistedOnly)
        parts << Vocabulary::drawConditions().chinese(QStringLiteral("blacklistedOnly"));
    if (conditions.notInspectedSince.isValid())
        parts << kNotInspectedSince.arg(conditions.notInspectedSince.toString(Qt::ISODate));
    return scopes.chinese(QStringLiteral("directed")) + kColon + parts.join(kSemicolon);
}

bool PlanItemScope::sameScope(const PlanItemScope& other) const
{
    return itemId == other.itemId && directed == other.directed && conditions == other.conditions
        && useRiskStrata == other.useRiskStrata && strata == other.strata;
}

QJsonObject PlanItemScope::toJson() const
{
    QJsonArray strataJson;
    for (const PlanStratum& s : strata)
        strataJson.append(stratumToJson(s));
    return {
        {QStringLiteral("item"), itemCode},
        {QStringLiteral("directed"), directed},
        {QStringLiteral("conditions"), conditions.toJson()},
        {QStringLiteral("useRiskStrata"), useRiskStrata},
        {QStringLiteral("strata"), strataJson},
    };
}

// --- Witness --------------------------------------------------------------------------------------------------

QJsonObject Witness::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("role"), role}, {QStringLiteral("unit"), unit}};
}

// --- Plan -----------------------------------------------------------------------------------------------------

QStringList Plan::fields()
{
    return {QStringLiteral("code"),
            QStringLiteral("title"),
            QStringLiteral("section"),
            QStringLiteral("items"),
            QStringLiteral("periodFrom"),
            QStringLiteral("periodTo"),
            QStringLiteral("purpose"),
            QStringLiteral("method"),
            QStringLiteral("confidentiality"),
            QStringLiteral("resultUse"),
            QStringLiteral("teamSize"),
            QStringLiteral("minCertified"),
            QStringLiteral("backupFactor"),
            QStringLiteral("maxTeamsPerInspector"),
            QStringLiteral("rotation"),
            QStringLiteral("guardMonths"),
            QStringLiteral("witnesses")};
}

QString Plan::fieldLabel(const QString& field)
{
    if (field == QLatin1String("code"))
        return tr("Plan code");
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("section"))
        return tr("Initiating section");
    if (field == QLatin1String("items") || field.startsWith(QLatin1String("items.")))
        return tr("Items");
    if (field == QLatin1String("periodFrom"))
        return tr("Inspection period from");
    if (field == QLatin1String("periodTo"))
        return tr("Inspection period to");
    if (field == QLatin1String("purpose"))
        return tr("Purpose");
    if (field == QLatin1String("method"))
        return tr("Inspection method");
    if (field == QLatin1String("confidentiality"))
        return tr("Confidentiality requirements");
    if (field == QLatin1String("resultUse"))
        return tr("Use of the results");
    if (field == QLatin1String("teamSize"))
        return tr("Inspectors per team");
    if (field == QLatin1String("minCertified"))
        return tr("Certified members per team");
    if (field == QLatin1String("backupFactor"))
        return tr("Backup factor");
    if (field == QLatin1String("maxTeamsPerInspector"))
        return tr("Teams per inspector at most");
    if (field == QLatin1String("rotation"))
        return tr("Rotation");
    if (field == QLatin1String("guardMonths"))
        return tr("Not again within (months)");
    if (field == QLatin1String("witnesses"))
        return tr("Witnesses");
    if (field == QLatin1String("status"))
        return tr("Status");
    return field;
}

int Plan::statusRank(const QString& status)
{
    return int(Vocabulary::planStatuses().keys().indexOf(status));
}

QStringList Plan::lockedFields(const QString& status)
{
    const int rank = statusRank(status);
    if (rank <= 0)
        return {};
    QStringList locked = fields();
    if (status == QLatin1String("frozen"))
        locked.removeAll(QStringLiteral("witnesses"));
    return locked;
}

QStringList Plan::changedFields(const Plan& a, const Plan& b)
{
    QStringList changed;
    const auto check = [&changed](const char* field, bool same) {
        if (!same)
            changed << QString::fromLatin1(field);
    };
    check("code", a.code == b.code);
    check("title", a.title == b.title);
    check("section", a.section == b.section);
    bool sameItems = a.items.size() == b.items.size();
    for (qsizetype i = 0; sameItems && i < a.items.size(); ++i)
        sameItems = a.items[i].sameScope(b.items[i]);
    check("items", sameItems);
    check("periodFrom", a.periodFrom == b.periodFrom);
    check("periodTo", a.periodTo == b.periodTo);
    check("purpose", a.purpose == b.purpose);
    check("method", a.method == b.method);
    check("confidentiality", a.confidentiality == b.confidentiality);
    check("resultUse", a.resultUse == b.resultUse);
    check("teamSize", a.teamSize == b.teamSize);
    check("minCertified", a.minCertified == b.minCertified);
    check("backupFactor", a.backupFactor == b.backupFactor);
    check("maxTeamsPerInspector", a.maxTeamsPerInspector == b.maxTeamsPerInspector);
    check("rotation", a.rotation == b.rotation);
    check("guardMonths", a.guardMonths == b.guardMonths);
    check("witnesses", a.witnesses == b.witnesses);
    return changed;
}

FieldErrors Plan::problems(const QList<QHash<QString, int>>& poolSizes) const
{
    FieldErrors errors;
    if (code.trimmed().isEmpty()) {
        errors.append({QStringLiteral("code"), tr("The plan code is required.")});
    } else if (code.size() > 60) {
        errors.append({QStringLiteral("code"), tr("The plan code is longer than 60 characters.")});
    } else {
        const QString problem = DrawJson::stringProblem(code);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("code"), problem});
    }
    if (title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("The title is required.")});
    else if (title.size() > 200)
        errors.append({QStringLiteral("title"), tr("The title is longer than 200 characters.")});
    if (section.trimmed().isEmpty())
        errors.append({QStringLiteral("section"), tr("Name the section that initiates the plan (policy §6.1).")});

    if (items.isEmpty())
        errors.append({QStringLiteral("items"), tr("Choose at least one item.")});
    QSet<qint64> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanItemScope& scope = items[i];
        const QString prefix = QStringLiteral("items.%1.").arg(i);
        const QString who = scope.itemCode.isEmpty() ? QString() : scope.itemCode + QStringLiteral(": ");
        if (scope.itemId > 0 && seen.contains(scope.itemId)) {
            errors.append({prefix + QStringLiteral("itemId"), who + tr("This item is chosen twice.")});
            continue;
        }
        seen.insert(scope.itemId);
        for (const FieldError& e : scope.problems(poolSizes.value(i)))
            errors.append({prefix + e.field, who + e.message});
    }

    if (!periodFrom.isValid())
        errors.append({QStringLiteral("periodFrom"), tr("The start of the inspection period is required.")});
    if (!periodTo.isValid())
        errors.append({QStringLiteral("periodTo"), tr("The end of the inspection period is required.")});
    if (periodFrom.isValid() && periodTo.isValid() && periodTo < periodFrom)
        errors.append({QStringLiteral("periodTo"), tr("The end of the inspection period is before its start.")});

    if (teamSize < MinTeamSize)
        errors.append({QStringLiteral("teamSize"), tr("A team has at least 2 inspectors (policy §4).")});
    else if (teamSize > MaxTeamSize)
        errors.append({QStringLiteral("teamSize"), tr("A team has at most %1 inspectors.").arg(MaxTeamSize)});
    if (minCertified < 1)
        errors.append({QStringLiteral("minCertified"),
                       tr("At least 1 member of each team holds a valid law-enforcement certificate (policy §4).")});
    else if (minCertified > teamSize)
        errors.append(
            {QStringLiteral("minCertified"),
             tr("The certified members (%1) cannot outnumber the team (%2).").arg(minCertified).arg(teamSize)});
    if (backupFactor < MinBackupFactor)
        errors.append({QStringLiteral("backupFactor"),
                       tr("Inspectors are drawn at twice the number needed at least (policy §6.2): the backup factor "
                          "is at least 2.")});
    else if (backupFactor > MaxBackupFactor)
        errors.append({QStringLiteral("backupFactor"), tr("The backup factor is at most %1.").arg(MaxBackupFactor)});
    if (maxTeamsPerInspector < 0)
        errors.append({QStringLiteral("maxTeamsPerInspector"),
                       tr("The number of teams per inspector cannot be negative; 0 means no limit.")});
    if (guardMonths < 0 || guardMonths > MaxGuardMonths)
        errors.append({QStringLiteral("guardMonths"),
                       tr("The months without a new inspection are between 0 (off) and %1.").arg(MaxGuardMonths)});

    QSet<QString> names;
    for (const Witness& w : witnesses) {
        const QString name = w.name.trimmed();
        if (name.isEmpty()) {
            errors.append({QStringLiteral("witnesses"), tr("Every witness has a name.")});
            continue;
        }
        if (name.size() > 50)
            errors.append({QStringLiteral("witnesses"), tr("The name %1 is longer than 50 characters.").arg(name)});
        if (names.contains(name))
            errors.append({QStringLiteral("witnesses"), tr("%1 is listed twice among the witnesses.").arg(name)});
        names.insert(name);
        if (!Vocabulary::witnessRoles().contains(w.role))
            errors.append({QStringLiteral("witnesses"),
                           tr("Choose the role of %1: %2.")
                               .arg(name, Vocabulary::witnessRoles().labels().join(QStringLiteral(", ")))});
    }
    if (statusRank(status) < 0)
        errors.append({QStringLiteral("status"), tr("Unknown plan status %1.").arg(status)});
    return errors;
}

FieldErrors Plan::storageProblems() const
{
    static const QStringList kStored {QStringLiteral("code"),
                                      QStringLiteral("teamSize"),
                                      QStringLiteral("minCertified"),
                                      QStringLiteral("backupFactor"),
                                      QStringLiteral("maxTeamsPerInspector"),
                                      QStringLiteral("guardMonths"),
                                      QStringLiteral("witnesses"),
                                      QStringLiteral("status")};
    FieldErrors errors;
    for (const FieldError& e : problems()) {
        if (kStored.contains(e.field))
            errors.append(e);
    }
    if (periodFrom.isValid() && periodTo.isValid() && periodTo < periodFrom)
        errors.append({QStringLiteral("periodTo"), tr("The end of the inspection period is before its start.")});
    QSet<qint64> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanItemScope& scope = items[i];
        const QString prefix = QStringLiteral("items.%1.").arg(i);
        const QString who = scope.itemCode.isEmpty() ? QString() : scope.itemCode + QStringLiteral(": ");
        if (scope.itemId <= 0)
            errors.append({prefix + QStringLiteral("itemId"), tr("Choose an item.")});
        else if (seen.contains(scope.itemId))
            errors.append({prefix + QStringLiteral("itemId"), who + tr("This item is chosen twice.")});
        seen.insert(scope.itemId);
        QStringList names;
        for (const PlanStratum& s : scope.strata)
            names << s.name;
        if (names != PlanItemScope::strataNames(scope.useRiskStrata)) {
            errors.append({prefix + QStringLiteral("strata"),
                           who + tr("The strata do not match the choice with or without risk classes.")});
            continue;
        }
        for (const PlanStratum& s : scope.strata) {
            const QString field = prefix + QStringLiteral("strata.") + s.name;
            const QString label = Vocabulary::drawStrata().label(s.name);
            if (s.ratioBp.has_value() == s.count.has_value())
                errors.append({field, who + tr("Give either a ratio or a fixed number for %1, not both.").arg(label)});
            else if (s.ratioBp && (*s.ratioBp < 0 || *s.ratioBp > InspectionItem::MaxRatioBp))
                errors.append({field, who + tr("The ratio of %1 is between 0 and 100%.").arg(label)});
            else if (s.count && *s.count < 0)
                errors.append({field, who + tr("The number drawn from %1 cannot be negative.").arg(label)});
        }
    }
    return errors;
}

QJsonObject Plan::toJson() const
{
    QJsonArray itemsJson;
    for (const PlanItemScope& scope : items)
        itemsJson.append(scope.toJson());
    QJsonArray witnessesJson;
    for (const Witness& w : witnesses)
        witnessesJson.append(w.toJson());
    return {
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), title},
        {QStringLiteral("section"), section},
        {QStringLiteral("items"), itemsJson},
        {QStringLiteral("periodFrom"), periodFrom.toString(Qt::ISODate)},
        {QStringLiteral("periodTo"), periodTo.toString(Qt::ISODate)},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("method"), method},
        {QStringLiteral("confidentiality"), confidentiality},
        {QStringLiteral("resultUse"), resultUse},
        {QStringLiteral("teamSize"), teamSize},
        {QStringLiteral("minCertified"), minCertified},
        {QStringLiteral("backupFactor"), backupFactor},
        {QStringLiteral("maxTeamsPerInspector"), maxTeamsPerInspector},
        {QStringLiteral("rotation"), rotation},
        {QStringLiteral("guardMonths"), guardMonths},
        {QStringLiteral("witnesses"), witnessesJson},
        {QStringLiteral("status"), status},
    };
}
