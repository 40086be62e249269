#include "AuditQuery.h"

#include "Conflict.h"
#include "Database.h"
#include "Entity.h"
#include "InspectionItem.h"
#include "Inspector.h"
#include "Plan.h"
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

// The vocabulary a field's stored keys come from ("primary" is shown as 小学), if any.
const Vocabulary* vocabularyOf(const QString& objectType, const QString& field)
{
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
    } else if (objectType == QLatin1String("plan")) {
        if (field == QLatin1String("status"))
            return &Vocabulary::planStatuses();
    } else if (objectType == QLatin1String("conflict")) {
        if (field == QLatin1String("reason"))
            return &Vocabulary::conflictReasons();
    }
    return nullptr;
}

QString readable(const QString& objectType, const QString& field, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? AuditQuery::tr("Yes") : AuditQuery::tr("No");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        const Vocabulary* vocabulary = vocabularyOf(objectType, field);
        return vocabulary && vocabulary->contains(text) ? vocabulary->label(text) : text;
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << (item.isString()
                          ? item.toString()
                          : QString::fromUtf8(QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact))
                                .mid(1)
                                .chopped(1));
        return parts.join(QStringLiteral("、"));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
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
        {QStringLiteral("seed"), QT_TR_NOOP("Seed")},
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
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditQuery::objectTypeLabel(const QString& objectType)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("entity"), QT_TR_NOOP("Inspected entity")},
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
    };
    const auto it = labels.constFind(objectType);
    return it == labels.constEnd() ? objectType : tr(it.value());
}

QString AuditQuery::fieldLabel(const QString& objectType, const QString& field)
{
    if (objectType == QLatin1String("entity"))
        return Entity::fieldLabel(field);
    if (objectType == QLatin1String("inspector"))
        return Inspector::fieldLabel(field);
    if (objectType == QLatin1String("inspection_item"))
        return InspectionItem::fieldLabel(field);
    if (objectType == QLatin1String("conflict"))
        return Conflict::fieldLabel(field);
    if (objectType == QLatin1String("plan"))
        return Plan::fieldLabel(field);
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
        c.label = fieldLabel(entry.objectType, key);
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
