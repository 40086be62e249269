#include "SchemaCheck.h"

#include "Schema.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace {

// SQLite's own objects: made by SQLite itself (AUTOINCREMENT, ANALYZE) or implied by a table's text (the automatic
// index of a UNIQUE or PRIMARY KEY constraint has no SQL of its own).
bool isSqlitesOwn(const QString& type, const QString& name, bool hasSql)
{
    if (type == QLatin1String("index"))
        return !hasSql && name.startsWith(QLatin1String("sqlite_autoindex_"));
    if (type == QLatin1String("table"))
        return name == QLatin1String("sqlite_sequence") || name == QLatin1String("sqlite_stat1")
            || name == QLatin1String("sqlite_stat2") || name == QLatin1String("sqlite_stat3")
            || name == QLatin1String("sqlite_stat4");
    return false;
}

QString keyOf(const SchemaCheck::Object& object)
{
    return object.type + QLatin1Char('\n') + object.name;
}

// A name from the file as the message shows it: a hostile file may bring a name of any length.
QString shownName(const QString& name)
{
    constexpr int kLongest = 64;
    return name.size() <= kLongest ? name : name.left(kLongest) + QChar(0x2026);
}

} // namespace

QString SchemaCheck::normalised(const QString& sql)
{
    return sql.simplified();
}

std::optional<QList<SchemaCheck::Object>> SchemaCheck::objectsOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")))
        return std::nullopt;
    QList<Object> objects;
    while (q.next()) {
        Object object {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        if (!isSqlitesOwn(object.type, object.name, !q.value(3).isNull()))
            objects.append(std::move(object));
    }
    return objects;
}

std::optional<QList<SchemaCheck::Object>> SchemaCheck::expected(int version, int edition)
{
    const QString connection = QStringLiteral("schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QList<Object>> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && db.transaction()) {
            bool built = true;
            for (int step = 1; built && step <= version; ++step)
                for (const QString& statement : Schema::migrationStatements(step, edition))
                    if (!QSqlQuery(db).exec(statement)) {
                        built = false;
                        break;
                    }
            if (built)
                objects = objectsOf(db);
            db.rollback();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return objects;
}

QStringList SchemaCheck::differences(const QList<Object>& actual, const QList<Object>& ours)
{
    QHash<QString, const Object*> expected;
    for (const Object& object : ours)
        expected.insert(keyOf(object), &object);
    const auto typeName = [](const QString& type) {
        if (type == QLatin1String("table"))
            return tr("table");
        if (type == QLatin1String("index"))
            return tr("index");
        if (type == QLatin1String("trigger"))
            return tr("trigger");
        if (type == QLatin1String("view"))
            return tr("view");
        return shownName(type);
    };
    QStringList found;
    QSet<QString> seen;
    for (const Object& object : actual) {
        const QString key = keyOf(object);
        const auto it = expected.constFind(key);
        const bool extra = it == expected.cend() || seen.contains(key);
        seen.insert(key);
        if (extra) {
            found << (object.table != object.name
                          ? tr("extra %1 %2 on table %3")
                                .arg(typeName(object.type), shownName(object.name), shownName(object.table))
                          : tr("extra %1 %2").arg(typeName(object.type), shownName(object.name)));
        } else if (object.table != it.value()->table || normalised(object.sql) != normalised(it.value()->sql)) {
            found << tr("%1 %2 differs from ours").arg(typeName(object.type), shownName(object.name));
        }
    }
    for (const Object& object : ours)
        if (!seen.contains(keyOf(object)))
            found << tr("missing %1 %2").arg(typeName(object.type), object.name);
    return found;
}

QString SchemaCheck::problem(const QSqlDatabase& db, int version)
{
    const auto actual = objectsOf(db);
    if (!actual)
        return tr("its schema cannot be read");
    QStringList first;
    for (int edition = 0; edition < Schema::editions(); ++edition) {
        const auto ours = expected(version, edition);
        if (!ours)
            return tr("the schema of data version %1 could not be built to compare it").arg(version);
        const QStringList found = differences(*actual, *ours);
        if (found.isEmpty())
            return {};
        if (edition == 0)
            first = found;
    }
    constexpr int kNamed = 3;
    QString text = first.mid(0, kNamed).join(tr("; "));
    if (first.size() > kNamed)
        text += tr(" and %1 more").arg(first.size() - kNamed);
    return text;
}
