#include "ResultFile.h"

#include "Vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// The 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

// A date written as YYYY-MM-DD; an empty text is no date.
QDate date(const QJsonValue& value, bool* ok)
{
    *ok = value.isString();
    const QString text = value.toString().trimmed();
    if (!*ok || text.isEmpty())
        return QDate();
    static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    *ok = isoShape.match(text).hasMatch() && d.isValid();
    return d;
}

} // namespace

std::optional<ResultVersion> ResultFile::read(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName(), problem);
}

std::optional<ResultVersion> ResultFile::fromJson(const QByteArray& json, const QString& name, QString* problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        *problem = tr("%1 is not valid JSON: line %2, column %3: %4.")
                       .arg(name)
                       .arg(line)
                       .arg(column)
                       .arg(error.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = tr("%1 must hold one object with the fields of the result, {\"inspectedFrom\": …}.").arg(name);
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    const QStringList known {QStringLiteral("inspectedFrom"), QStringLiteral("inspectedTo"), QStringLiteral("members"),
                             QStringLiteral("categories"),    QStringLiteral("findings"),    QStringLiteral("followUp"),
                             QStringLiteral("caseNumber"),    QStringLiteral("rectifyBy"),   QStringLiteral("remarks"),
                             QStringLiteral("checkPoints")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *problem = tr("%1: the field “%2” is unknown; the fields are %3.")
                           .arg(name, it.key(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    for (const char* needed : {"inspectedFrom", "inspectedTo", "members", "categories"}) {
        if (!o.contains(QLatin1String(needed))) {
            *problem = tr("%1: the field “%2” (%3) is missing.")
                           .arg(name, QLatin1String(needed), ResultVersion::fieldLabel(QLatin1String(needed)));
            return std::nullopt;
        }
    }
    const auto fieldProblem = [&](const QString& field, const QString& what) {
        *problem = tr("%1: the field “%2” (%3) %4").arg(name, field, ResultVersion::fieldLabel(field), what);
    };

    ResultVersion v;
    bool ok = false;
    for (const auto& [field, target] : {std::pair {QStringLiteral("inspectedFrom"), &v.inspectedFrom},
                                        std::pair {QStringLiteral("inspectedTo"), &v.inspectedTo},
                                        std::pair {QStringLiteral("rectifyBy"), &v.rectifyBy}}) {
        if (!o.contains(field))
            continue;
        *target = date(o.value(field), &ok);
        if (!ok) {
            fieldProblem(field, tr("must be a date written YYYY-MM-DD, e.g. 2026-03-10."));
            return std::nullopt;
        }
    }
    for (const auto& [field, target] :
         {std::pair {QStringLiteral("members"), &v.members}, std::pair {QStringLiteral("categories"), &v.categories}}) {
        const QJsonValue value = o.value(field);
        ok = value.isArray();
        for (const QJsonValue& entry : value.toArray()) {
            ok = ok && entry.isString();
            *target << entry.toString().trimmed();
        }
        if (!ok) {
            fieldProblem(field,
                         field == QLatin1String("members")
                             ? tr("must be a list of inspector codes, e.g. [\"ZF-003\", \"ZF-007\"].")
                             : tr("must be a list of results, e.g. [\"未发现问题\"]."));
            return std::nullopt;
        }
    }
    for (const auto& [field, target] :
         {std::pair {QStringLiteral("findings"), &v.findings}, std::pair {QStringLiteral("followUp"), &v.followUp},
          std::pair {QStringLiteral("caseNumber"), &v.caseNumber}, std::pair {QStringLiteral("remarks"), &v.remarks}}) {
        if (!o.contains(field))
            continue;
        if (!o.value(field).isString()) {
            fieldProblem(field, tr("must be a text in quotes."));
            return std::nullopt;
        }
        *target = o.value(field).toString();
    }
    if (o.contains(QStringLiteral("checkPoints"))) {
        const QJsonValue value = o.value(QStringLiteral("checkPoints"));
        ok = value.isArray();
        for (const QJsonValue& entry : value.toArray()) {
            const QJsonObject point = entry.toObject();
            ok = ok && entry.isObject() && point.value(QStringLiteral("number")).isDouble()
                && point.value(QStringLiteral("outcome")).isString()
                && (!point.contains(QStringLiteral("note")) || point.value(QStringLiteral("note")).isString());
            const QString outcome = point.value(QStringLiteral("outcome")).toString().trimmed();
            const QString key = Vocabulary::checkPointOutcomes().keyFor(outcome);
            v.checkPoints.append({point.value(QStringLiteral("number")).toInt(), key.isEmpty() ? outcome : key,
                                  point.value(QStringLiteral("note")).toString()});
        }
        if (!ok) {
            fieldProblem(QStringLiteral("checkPoints"),
                         tr("must be a list of conclusions, e.g. [{\"number\": 1, \"outcome\": \"符合\"}, "
                            "{\"number\": 2, \"outcome\": \"不符合\", \"note\": \"未公示收费标准\"}]."));
            return std::nullopt;
        }
    }
    // The words as the dialog shows them become their keys; a word that is none stays as it is, for the rules to
    // name.
    for (QString& category : v.categories) {
        const QString key = Vocabulary::resultCategories().keyFor(category);
        if (!key.isEmpty())
            category = key;
    }
    if (const QString key = Vocabulary::followUpMeasures().keyFor(v.followUp); !key.isEmpty())
        v.followUp = key;
    return v;
}
