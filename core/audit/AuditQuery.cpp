#include "AuditQuery.h"

#include "BlacklistRepository.h"
#include "Conflict.h"
#include "Database.h"
#include "Entity.h"
#include "InspectionItem.h"
#include "Inspector.h"
#include "Plan.h"
#include "Result.h"
#include "TableWriter.h"
#include "Validators.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr int kReadPage = 5000;

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The vocabulary a field's stored keys come from ("primary" is shown as 小学), if any. `parent` is the key of the
// list or object the field sits in ("witnesses" for a witness's role), empty for a top-level field.
const Vocabulary* vocabularyOf(const QString& objectType, const QString& parent, const QString& field)
{
    if (!parent.isEmpty()) {
        if (parent == QLatin1String("witnesses") && field == QLatin1String("role"))
            return &Vocabulary::witnessRoles();
        if (parent == QLatin1String("conditions") && field == QLatin1String("categories"))
            return &Vocabulary::categories();
        if (parent == QLatin1String("conditions") && field == QLatin1String("ownerships"))
            return &Vocabulary::ownerships();
        if (parent == QLatin1String("strata") && field == QLatin1String("name"))
            return &Vocabulary::drawStrata();
        return nullptr;
    }
    if (objectType == QLatin1String("entity")) {
        if (field == QLatin1String("category"))
            return &Vocabulary::categories();
        if (field == QLatin1String("ownership"))
            return &Vocabulary::ownerships();
        if (field == QLatin1String("status"))
            return &Vocabulary::entityStatuses();
        if (field == QLatin1String("riskClass"))
            return &Vocabulary::riskClasses();
    } else if (objectType == QLatin1String("inspector")) {
        if (field == QLatin1String("gender"))
            return &Vocabulary::genders();
        if (field == QLatin1String("status"))
            return &Vocabulary::inspectorStatuses();
    } else if (objectType == QLatin1String("inspection_item")) {
        if (field == QLatin1String("status"))
            return &Vocabulary::itemStatuses();
        if (field == QLatin1String("categories"))
            return &Vocabulary::categories();
        if (field == QLatin1String("ownerships"))
            return &Vocabulary::ownerships();
    } else if (objectType == QLatin1String("plan")) {
        if (field == QLatin1String("status"))
            return &Vocabulary::planStatuses();
    } else if (objectType == QLatin1String("conflict")) {
        if (field == QLatin1String("reason"))
            return &Vocabulary::conflictReasons();
    } else if (objectType == QLatin1String("result")) {
        if (field == QLatin1String("categories"))
            return &Vocabulary::resultCategories();
        if (field == QLatin1String("followUp"))
            return &Vocabulary::followUpMeasures();
        if (field == QLatin1String("outcome"))
            return &Vocabulary::followUpOutcomes();
        if (field == QLatin1String("state"))
            return &Vocabulary::resultStates();
    } else if (objectType == QLatin1String("user")) {
        if (field == QLatin1String("role"))
            return &Vocabulary::userRoles();
    } else if (objectType == QLatin1String("township")) {
        if (field == QLatin1String("kind"))
            return &Vocabulary::townshipKinds();
    }
    return nullptr;
}

// A stored key in words where no vocabulary has it: where a seed's digits came from, a blacklist entry's action.
QString wordFor(const QString& parent, const QString& field, const QString& text)
{
    if (parent.isEmpty() && field == QLatin1String("action")
        && (text == QLatin1String("add") || text == QLatin1String("remove")))
        return AuditQuery::actionLabel(QStringLiteral("blacklist_") + text);
    if (parent == QLatin1String("seedParts") && field == QLatin1String("source")) {
        if (text == QLatin1String("witness"))
            return QCoreApplication::translate("AuditQuery", "Witness");
        if (text == QLatin1String("system"))
            return QCoreApplication::translate("AuditQuery", "Chosen by the computer");
        if (text == QLatin1String("public"))
            return QCoreApplication::translate("AuditQuery", "Public number");
    }
    return text;
}

// The label of a key inside an entry's nested values (a plan's items and witnesses, a seed's parts …).
QString nestedLabel(const QString& parent, const QString& field)
{
    if (parent == QLatin1String("conditions")) {
        const QString key = field == QLatin1String("townshipIds") ? QStringLiteral("townships") : field;
        if (Vocabulary::drawConditions().contains(key))
            return Vocabulary::drawConditions().label(key);
    }
    if (field == QLatin1String("name")) {
        if (parent == QLatin1String("witnesses"))
            return QCoreApplication::translate("AuditQuery", "Full name");
        if (parent == QLatin1String("files"))
            return QCoreApplication::translate("AuditQuery", "File");
    }
    if (field == QLatin1String("role") && parent == QLatin1String("witnesses"))
        return QCoreApplication::translate("AuditQuery", "Capacity");
    return AuditQuery::fieldLabel(QString(), field);
}

// Ratios are stored in basis points (500 = 5%).
bool isRatio(const QString& field)
{
    return field == QLatin1String("ratioBp") || field.endsWith(QLatin1String("RatioBp"));
}

QString number(double d)
{
    return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
}

QString readableValue(const QString& objectType, const QString& parent, const QString& field, const QJsonValue& value,
                      int depth);

// An object as "标签：值；标签：值" (members without a value left out); a few small objects read better as one phrase:
// a stratum ("A类（低风险）5%"), a day of the calendar ("2026-10-01 国庆节"), an item's object type
// ("民办学校（重点）").
QString readableObject(const QString& objectType, const QString& key, const QJsonObject& object, int depth)
{
    if (key == QLatin1String("strata") && object.contains(QStringLiteral("name"))) {
        const QString name
            = readableValue(objectType, key, QStringLiteral("name"), object.value(QStringLiteral("name")), depth + 1);
        if (object.contains(QStringLiteral("ratioBp")))
            return name
                + readableValue(objectType, key, QStringLiteral("ratioBp"), object.value(QStringLiteral("ratioBp")),
                                depth + 1);
        if (object.contains(QStringLiteral("count")))
            return QCoreApplication::translate("AuditQuery", "%1 %2 drawn")
                .arg(name, number(object.value(QStringLiteral("count")).toDouble()));
        return name;
    }
    if (object.size() == 2 && object.contains(QStringLiteral("date")) && object.contains(QStringLiteral("name")))
        return object.value(QStringLiteral("date")).toString() + QLatin1Char(' ')
            + object.value(QStringLiteral("name")).toString();
    if (object.size() == 2 && object.contains(QStringLiteral("object")) && object.contains(QStringLiteral("kind"))) {
        const QString kind = object.value(QStringLiteral("kind")).toString();
        return object.value(QStringLiteral("object")).toString()
            + (kind.isEmpty() ? QString() : QStringLiteral("（") + kind + QStringLiteral("）"));
    }
    // The key that names the object first, then the others in alphabetical order (QJsonObject sorts them).
    static const QStringList first {QStringLiteral("item"),    QStringLiteral("name"),   QStringLiteral("source"),
                                    QStringLiteral("witness"), QStringLiteral("digits"), QStringLiteral("role"),
                                    QStringLiteral("unit")};
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const qsizetype ia = first.indexOf(a) < 0 ? first.size() : first.indexOf(a);
        const qsizetype ib = first.indexOf(b) < 0 ? first.size() : first.indexOf(b);
        return ia < ib;
    });
    QStringList parts;
    for (const QString& member : std::as_const(keys)) {
        const QString text = readableValue(objectType, key, member, object.value(member), depth + 1);
        if (!text.isEmpty())
            parts << QStringLiteral("%1：%2").arg(nestedLabel(key, member), text);
    }
    return parts.join(depth == 0 ? QStringLiteral("；") : QStringLiteral("，"));
}

// A value as the clerk reads it: stored keys in words, 是/否, ratios as percentages, lists joined with 、, objects as
// "标签：值" and a top-level list of objects one per line. Never JSON.
QString readableValue(const QString& objectType, const QString& parent, const QString& field, const QJsonValue& value,
                      int depth)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? AuditQuery::tr("Yes") : AuditQuery::tr("No");
    case QJsonValue::Double:
        return isRatio(field) ? number(value.toDouble() / 100) + QLatin1Char('%') : number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        // A setting that holds a list (the witnesses last entered) is stored as JSON text.
        if (objectType == QLatin1String("setting") && depth == 0
            && (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{')))) {
            const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
            if (document.isArray())
                return readableValue(objectType, parent, field, document.array(), depth);
            if (document.isObject())
                return readableValue(objectType, parent, field, document.object(), depth);
        }
        const Vocabulary* vocabulary = vocabularyOf(objectType, parent, field);
        return vocabulary && vocabulary->contains(text) ? vocabulary->label(text) : wordFor(parent, field, text);
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList parts;
        bool objects = false;
        for (const QJsonValue& item : array) {
            objects = objects || item.isObject() || item.isArray();
            const QString text = item.isObject() ? readableObject(objectType, field, item.toObject(), depth)
                                                 : readableValue(objectType, parent, field, item, depth + 1);
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(objects && depth == 0 ? QStringLiteral("\n") : QStringLiteral("、"));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return field == QLatin1String("conditions") ? AuditQuery::tr("None") : QString();
        return readableObject(objectType, field, object, depth);
    }
    }
    return {};
}

QString readable(const QString& objectType, const QString& field, const QJsonValue& value)
{
    return readableValue(objectType, QString(), field, value, 0);
}

QJsonObject parse(const QByteArray& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

// The fields the registries never show in full (the inspector list masks the ID card number) are masked wherever
// the trail is read, exported or printed, at any depth; the stored entry is part of the hash chain and stays whole.
QJsonValue masked(const QString& key, const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = masked(it.key(), it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(masked(key, item));
        return array;
    }
    if (value.isString() && key == QLatin1String("idCard") && !value.toString().isEmpty())
        return Validators::maskIdCard(value.toString());
    return value;
}

// One side of an entry as "label：value" lines; for an update only the changed fields.
QString sideText(const QList<AuditFieldChange>& changes, bool after, bool onlyChanged)
{
    QStringList lines;
    for (const AuditFieldChange& c : changes) {
        if (onlyChanged && !c.changed)
            continue;
        const QString& value = after ? c.after : c.before;
        if (value.isEmpty() && !onlyChanged)
            continue;
        lines << QStringLiteral("%1：%2").arg(c.label, value);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString AuditQuery::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("create"), QT_TR_NOOP("Create")},
        {QStringLiteral("update"), QT_TR_NOOP("Change")},
        {QStringLiteral("delete"), QT_TR_NOOP("Delete")},
        {QStringLiteral("import"), QT_TR_NOOP("Import")},
        {QStringLiteral("export"), QT_TR_NOOP("Export")},
        {QStringLiteral("print"), QT_TR_NOOP("Print")},
        {QStringLiteral("freeze"), QT_TR_NOOP("Freeze")},
        {QStringLiteral("seed"), QT_TR_NOOP("Random seed")},
        {QStringLiteral("draw"), QT_TR_NOOP("Draw")},
        {QStringLiteral("void"), QT_TR_NOOP("Void")},
        {QStringLiteral("substitute"), QT_TR_NOOP("Substitute")},
        {QStringLiteral("status"), QT_TR_NOOP("Status change")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup")},
        {QStringLiteral("backup-failed"), QT_TR_NOOP("Backup failed")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restore")},
        {QStringLiteral("login"), QT_TR_NOOP("Log in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Failed login")},
        {QStringLiteral("confirm"), QT_TR_NOOP("Confirm with password")},
        {QStringLiteral("confirm_failed"), QT_TR_NOOP("Failed confirmation")},
        {QStringLiteral("activate"), QT_TR_NOOP("Reactivate")},
        {QStringLiteral("deactivate"), QT_TR_NOOP("Deactivate")},
        {QStringLiteral("change_password"), QT_TR_NOOP("Change password")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("Reset password")},
        {QStringLiteral("logout"), QT_TR_NOOP("Log out")},
        {QStringLiteral("submit"), QT_TR_NOOP("Submit for review")},
        {QStringLiteral("review"), QT_TR_NOOP("Approve")},
        {QStringLiteral("return"), QT_TR_NOOP("Return for rework")},
        {QStringLiteral("publish"), QT_TR_NOOP("Publish")},
        {QStringLiteral("correct"), QT_TR_NOOP("Correct")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow-up visit")},
        {QStringLiteral("attach"), QT_TR_NOOP("Attach")},
        {QStringLiteral("blacklist_add"), QT_TR_NOOP("Put on the blacklist")},
        {QStringLiteral("blacklist_remove"), QT_TR_NOOP("Take off the blacklist")},
        {QStringLiteral("rotate"), QT_TR_NOOP("Rotate key")},
        {QStringLiteral("approve"), QT_TR_NOOP("Approve the inspections")},
        {QStringLiteral("recusal"), QT_TR_NOOP("Application for recusal")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditQuery::objectTypeLabel(const QString& objectType)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("entity"), QT_TR_NOOP("Inspected entity")},
        {QStringLiteral("entityName"), QT_TR_NOOP("Name of the entity")},
        {QStringLiteral("entityCreditCode"), QT_TR_NOOP("Credit code of the entity")},
        {QStringLiteral("inspectorName"), QT_TR_NOOP("Name of the inspector")},
        {QStringLiteral("inspector"), QT_TR_NOOP("Inspector")},
        {QStringLiteral("inspection_item"), QT_TR_NOOP("Inspection item")},
        {QStringLiteral("conflict"), QT_TR_NOOP("Conflict of interest")},
        {QStringLiteral("township"), QT_TR_NOOP("Township")},
        {QStringLiteral("plan"), QT_TR_NOOP("Inspection plan")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("calendar"), QT_TR_NOOP("Work calendar")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("document"), QT_TR_NOOP("Printed document")},
        {QStringLiteral("database"), QT_TR_NOOP("Data file")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit log")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("result"), QT_TR_NOOP("Inspection result")},
        {QStringLiteral("publication"), QT_TR_NOOP("Publication")},
        {QStringLiteral("publication_key"), QT_TR_NOOP("Publication key")},
        {QStringLiteral("inspection"), QT_TR_NOOP("Inspections of a plan")},
    };
    const auto it = labels.constFind(objectType);
    return it == labels.constEnd() ? objectType : tr(it.value());
}

QString AuditQuery::fieldLabel(const QString& objectType, const QString& field)
{
    // The registries' forms name their own fields; the keys they do not know (a seed's parts, a draw's hash …) and
    // those of the other entries are named here.
    QString label = field;
    if (objectType == QLatin1String("entity"))
        label = Entity::fieldLabel(field);
    else if (objectType == QLatin1String("inspector"))
        label = Inspector::fieldLabel(field);
    else if (objectType == QLatin1String("inspection_item"))
        label = InspectionItem::fieldLabel(field);
    else if (objectType == QLatin1String("conflict"))
        label = Conflict::fieldLabel(field);
    else if (objectType == QLatin1String("plan"))
        label = Plan::fieldLabel(field);
    else if (objectType == QLatin1String("result")) {
        label = ResultVersion::fieldLabel(field);
        if (label == field)
            label = FollowUpVisit::fieldLabel(field);
    }
    if (label != field)
        return label;
    static const QHash<QString, const char*> common = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("bytes"), QT_TR_NOOP("Size (bytes)")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("pages"), QT_TR_NOOP("Pages")},
        {QStringLiteral("footer"), QT_TR_NOOP("Footer line")},
        {QStringLiteral("registry"), QT_TR_NOOP("Registry")},
        {QStringLiteral("filter"), QT_TR_NOOP("Filter")},
        {QStringLiteral("automatic"), QT_TR_NOOP("Automatic")},
        {QStringLiteral("previousCopy"), QT_TR_NOOP("Copy of the data before")},
        {QStringLiteral("creditArchive"), QT_TR_NOOP("Credit archive of")},
        {QStringLiteral("error"), QT_TR_NOOP("Error")},
        {QStringLiteral("created"), QT_TR_NOOP("Added")},
        {QStringLiteral("updated"), QT_TR_NOOP("Updated")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("Unchanged")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        // A plan's items and witnesses.
        {QStringLiteral("item"), QT_TR_NOOP("Item")},
        {QStringLiteral("directed"), QT_TR_NOOP("Directed")},
        {QStringLiteral("conditions"), QT_TR_NOOP("Conditions")},
        {QStringLiteral("useRiskStrata"), QT_TR_NOOP("By credit risk class")},
        {QStringLiteral("strata"), QT_TR_NOOP("Shares drawn")},
        {QStringLiteral("ratioBp"), QT_TR_NOOP("Share")},
        {QStringLiteral("count"), QT_TR_NOOP("Number")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        // A seed, a draw, a void, a substitution, a freeze.
        {QStringLiteral("attempt"), QT_TR_NOOP("Draw no.")},
        {QStringLiteral("seed"), QT_TR_NOOP("Random seed")},
        {QStringLiteral("seedParts"), QT_TR_NOOP("Parts of the seed")},
        {QStringLiteral("seedAlsoUsedBy"), QT_TR_NOOP("Seed also used by")},
        {QStringLiteral("publicSource"), QT_TR_NOOP("Public number in the seed")},
        {QStringLiteral("digits"), QT_TR_NOOP("Digits")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("witness"), QT_TR_NOOP("Witness")},
        {QStringLiteral("resultHash"), QT_TR_NOOP("Fingerprint of the result")},
        {QStringLiteral("requestHash"), QT_TR_NOOP("Fingerprint of the draw request")},
        {QStringLiteral("visits"), QT_TR_NOOP("Visits")},
        {QStringLiteral("failure"), QT_TR_NOOP("Why nothing was drawn")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("confirmedBy"), QT_TR_NOOP("Confirmed by")},
        {QStringLiteral("entity"), QT_TR_NOOP("Inspected entity")},
        {QStringLiteral("entityName"), QT_TR_NOOP("Name of the entity")},
        {QStringLiteral("entityCreditCode"), QT_TR_NOOP("Credit code of the entity")},
        {QStringLiteral("inspectorName"), QT_TR_NOOP("Name of the inspector")},
        {QStringLiteral("out"), QT_TR_NOOP("Inspector taken off")},
        {QStringLiteral("in"), QT_TR_NOOP("Inspector put in")},
        {QStringLiteral("pool"), QT_TR_NOOP("Entities in the pool")},
        {QStringLiteral("inspectors"), QT_TR_NOOP("Inspectors")},
        {QStringLiteral("exclusions"), QT_TR_NOOP("Conflicts avoided")},
        {QStringLiteral("entitiesLeftOut"), QT_TR_NOOP("Entities left out")},
        // Results, publications, users, townships, the calendar.
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("files"), QT_TR_NOOP("Files")},
        {QStringLiteral("size"), QT_TR_NOOP("Size (bytes)")},
        {QStringLiteral("sha256"), QT_TR_NOOP("SHA-256")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Display name")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("unlocked"), QT_TR_NOOP("Lock lifted")},
        {QStringLiteral("sortOrder"), QT_TR_NOOP("Order")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("holidays"), QT_TR_NOOP("Holidays")},
        {QStringLiteral("workdays"), QT_TR_NOOP("Working weekend days")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("object"), QT_TR_NOOP("Object type")},
        // The publication key and the signed packages (issue 19).
        {QStringLiteral("publicKey"), QT_TR_NOOP("Public key")},
        {QStringLiteral("fingerprint"), QT_TR_NOOP("Fingerprint of the key")},
        {QStringLiteral("createdAt"), QT_TR_NOOP("Created")},
        {QStringLiteral("retiredAt"), QT_TR_NOOP("Retired")},
        {QStringLiteral("signedByPrevious"), QT_TR_NOOP("Signed by the previous key")},
        {QStringLiteral("manifest"), QT_TR_NOOP("SHA-256 of the manifest")},
        {QStringLiteral("key"), QT_TR_NOOP("Publication key no.")},
        {QStringLiteral("publishedAt"), QT_TR_NOOP("Published")},
        {QStringLiteral("id"), QT_TR_NOOP("No.")},
        // The approval of a plan's inspections (issue 14).
        {QStringLiteral("approver"), QT_TR_NOOP("Approver")},
        {QStringLiteral("post"), QT_TR_NOOP("Post")},
        {QStringLiteral("approvedOn"), QT_TR_NOOP("Date of approval")},
        {QStringLiteral("opinion"), QT_TR_NOOP("Opinion")},
        // An application for recusal by the inspected party (issue 14).
        {QStringLiteral("inspector"), QT_TR_NOOP("Inspector asked to step aside")},
        {QStringLiteral("appliedOn"), QT_TR_NOOP("Date of the application")},
        {QStringLiteral("granted"), QT_TR_NOOP("Granted")},
        {QStringLiteral("decidedBy"), QT_TR_NOOP("Decided by")},
        {QStringLiteral("decidedOn"), QT_TR_NOOP("Date of the decision")},
    };
    const auto it = common.constFind(field);
    return it == common.constEnd() ? field : tr(it.value());
}

QList<AuditFieldChange> AuditQuery::fieldChanges(const AuditEntry& entry)
{
    const QJsonObject before = parse(entry.oldValues);
    const QJsonObject after = parse(entry.newValues);
    // QJsonObject sorts its keys; the order of the stored text is the order the record's form uses.
    QStringList keys;
    const auto addKeysInTextOrder = [&keys](const QByteArray& json, const QJsonObject& object) {
        // Each top-level key's place in the stored text (a nested key of the same name can only move a field in
        // the list, never lose it).
        QList<std::pair<qsizetype, QString>> positions;
        for (auto it = object.begin(); it != object.end(); ++it)
            positions.append({json.indexOf('"' + it.key().toUtf8() + "\":"), it.key()});
        std::sort(positions.begin(), positions.end());
        for (const auto& [position, key] : positions)
            if (!keys.contains(key))
                keys << key;
    };
    addKeysInTextOrder(entry.newValues, after);
    addKeysInTextOrder(entry.oldValues, before);

    QList<AuditFieldChange> changes;
    for (const QString& key : std::as_const(keys)) {
        AuditFieldChange c;
        c.field = key;
        // An entity's blacklist entries name their fields as the blacklist dialog does.
        const QString blacklistLabel
            = entry.action.startsWith(QLatin1String("blacklist_")) ? BlacklistEntry::fieldLabel(key) : key;
        c.label = blacklistLabel != key ? blacklistLabel : fieldLabel(entry.objectType, key);
        c.before = readable(entry.objectType, key, masked(key, before.value(key)));
        c.after = readable(entry.objectType, key, masked(key, after.value(key)));
        // Compared whole: a changed digit in the masked middle of an ID card number is still a change.
        c.changed = before.value(key) != after.value(key);
        changes.append(c);
    }
    return changes;
}

QString AuditQuery::localTime(const AuditEntry& entry)
{
    const QDateTime at = QDateTime::fromString(entry.atLocal, Qt::ISODateWithMs);
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : entry.atLocal;
}

QString AuditQuery::describe(const AuditFilter& filter)
{
    QStringList parts;
    if (filter.from.isValid())
        parts << tr("from %1").arg(filter.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (filter.to.isValid())
        parts << tr("before %1").arg(filter.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!filter.user.isEmpty())
        parts << tr("user %1").arg(filter.user);
    if (!filter.objectType.isEmpty())
        parts << tr("object %1").arg(objectTypeLabel(filter.objectType));
    if (!filter.action.isEmpty())
        parts << tr("action %1").arg(actionLabel(filter.action));
    if (!filter.objectId.isEmpty())
        parts << tr("object id %1").arg(filter.objectId);
    if (!filter.objectIdContains.trimmed().isEmpty())
        parts << tr("object id containing “%1”").arg(filter.objectIdContains.trimmed());
    return parts.isEmpty() ? tr("all entries") : parts.join(QStringLiteral("; "));
}

QStringList AuditQuery::exportHeaders()
{
    return {tr("No."),         tr("Time"),      tr("User"),          tr("Action"),
            tr("Object type"), tr("Object id"), tr("Values before"), tr("Values after")};
}

QStringList AuditQuery::exportRow(const AuditEntry& entry)
{
    const QList<AuditFieldChange> changes = fieldChanges(entry);
    const bool onlyChanged = !entry.oldValues.isEmpty() && !entry.newValues.isEmpty();
    return {QString::number(entry.seq),
            localTime(entry),
            entry.user,
            actionLabel(entry.action),
            objectTypeLabel(entry.objectType),
            entry.objectId,
            sideText(changes, false, onlyChanged),
            sideText(changes, true, onlyChanged)};
}

QList<QStringList> AuditQuery::exportRows(Database& db, const AuditFilter& filter, QString* error)
{
    QList<QStringList> rows;
    AuditFilter page = filter;
    for (;;) {
        QString readError;
        const std::vector<AuditEntry> entries = AuditTrail::list(db, page, 0, kReadPage, &readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return {};
        }
        for (const AuditEntry& entry : entries)
            rows.append(exportRow(entry));
        if (int(entries.size()) < kReadPage)
            break;
        page.beforeSeq = entries.back().seq;
    }
    return rows;
}

bool AuditQuery::exportTo(Database& db, const AuditFilter& filter, const QString& path, QString* error, int* rowCount)
{
    QString readError;
    const QList<QStringList> rows = exportRows(db, filter, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    const QList<double> widths = {8, 20, 10, 10, 14, 26, 50, 50};
    if (!TableWriter::write(path, tr("Audit log"), exportHeaders(), rows, error, widths))
        return false;
    if (rowCount)
        *rowCount = int(rows.size());
    return AuditTrail::recordEvent(db, QStringLiteral("export"), QStringLiteral("audit_log"),
                                   QFileInfo(path).fileName(),
                                   {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                    {QStringLiteral("filter"), describe(filter)},
                                    {QStringLiteral("rows"), int(rows.size())}},
                                   error);
}

std::optional<DrawDocument> AuditQuery::printDocument(Database& db, const AuditFilter& filter,
                                                      const QString& chainState, QString* error, int* rowCount)
{
    QString readError;
    const qint64 total = AuditTrail::count(db, filter, &readError);
    const std::vector<AuditEntry> entries = AuditTrail::list(db, filter, 0, MaxPrintedEntries, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    QString rows;
    for (const AuditEntry& entry : entries) {
        const QStringList cells = exportRow(entry);
        rows += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5<br>%6</td>"
                               "<td>%7</td><td>%8</td></tr>\n")
                    .arg(esc(cells.at(0)), esc(cells.at(1)), esc(cells.at(2)), esc(cells.at(3)), esc(cells.at(4)),
                         esc(cells.at(5)), esc(cells.at(6)), esc(cells.at(7)));
    }
    QHash<QString, QString> values = DrawDocuments::commonValues(db);
    values.insert(QStringLiteral("filter"), esc(describe(filter)));
    values.insert(QStringLiteral("count"), QString::number(total));
    values.insert(QStringLiteral("printedAt"),
                  esc(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    values.insert(QStringLiteral("printedBy"), esc(db.currentUser()));
    values.insert(QStringLiteral("chain"), esc(chainState));
    values.insert(QStringLiteral("rows"), rows);
    if (total > qint64(entries.size()))
        values.insert(QStringLiteral("omitted"),
                      esc(tr("Only the newest %1 of %2 entries are printed; export the list for all of them.")
                              .arg(entries.size())
                              .arg(total)));
    DrawDocument doc;
    doc.title = tr("Audit log");
    doc.html = DrawDocuments::fill(DrawDocuments::templateText(QStringLiteral("audit-log.html")), values);
    doc.footer = tr("Audit log · %1").arg(describe(filter));
    if (rowCount)
        *rowCount = int(entries.size());
    return doc;
}

bool AuditQuery::recordPrinted(Database& db, const AuditFilter& filter, int rowCount, QString* error)
{
    return AuditTrail::recordEvent(db, QStringLiteral("print"), QStringLiteral("audit_log"), describe(filter),
                                   {{QStringLiteral("filter"), describe(filter)}, {QStringLiteral("rows"), rowCount}},
                                   error);
}
