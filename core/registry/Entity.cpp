#include "Entity.h"

#include "JsonWriter.h"
#include "Validators.h"
#include "Vocabulary.h"

#include <QJsonDocument>

QStringList Entity::fields()
{
    return {QStringLiteral("code"),       QStringLiteral("creditCode"),      QStringLiteral("name"),
            QStringLiteral("category"),   QStringLiteral("ownership"),       QStringLiteral("township"),
            QStringLiteral("address"),    QStringLiteral("principal"),       QStringLiteral("phone"),
            QStringLiteral("status"),     QStringLiteral("riskClass"),       QStringLiteral("blacklisted"),
            QStringLiteral("blacklistReason"), QStringLiteral("blacklistFrom"), QStringLiteral("blacklistTo"),
            QStringLiteral("tags")};
}

QString Entity::fieldLabel(const QString& field)
{
    if (field == QLatin1String("code"))
        return tr("Registry code");
    if (field == QLatin1String("creditCode"))
        return tr("Unified social credit code");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("ownership"))
        return tr("Ownership");
    if (field == QLatin1String("township"))
        return tr("Township");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("principal"))
        return tr("Principal / legal representative");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("riskClass"))
        return tr("Credit risk class");
    if (field == QLatin1String("blacklisted"))
        return tr("Blacklist");
    if (field == QLatin1String("blacklistReason"))
        return tr("Blacklist reason");
    if (field == QLatin1String("blacklistFrom"))
        return tr("Blacklisted from");
    if (field == QLatin1String("blacklistTo"))
        return tr("Blacklisted until");
    if (field == QLatin1String("tags"))
        return tr("Tags");
    return field;
}

FieldErrors Entity::problems() const
{
    FieldErrors errors;
    if (!creditCode.isEmpty()) {
        const QString problem = Validators::creditCodeProblem(creditCode);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("creditCode"), problem});
    }
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The name is required.")});
    else if (name.size() > 200)
        errors.append({QStringLiteral("name"), tr("The name is longer than 200 characters.")});
    if (!Vocabulary::categories().contains(category))
        errors.append({QStringLiteral("category"),
                       tr("Choose a category: %1.").arg(Vocabulary::categories().labels().join(QStringLiteral("、")))});
    if (!Vocabulary::ownerships().contains(ownership))
        errors.append({QStringLiteral("ownership"), tr("Choose public (公办) or private (民办).")});
    if (!Vocabulary::entityStatuses().contains(status))
        errors.append({QStringLiteral("status"),
                       tr("Choose a status: %1.")
                           .arg(Vocabulary::entityStatuses().labels().join(QStringLiteral("、")))});
    if (!Vocabulary::riskClasses().contains(riskClass))
        errors.append({QStringLiteral("riskClass"), tr("The credit risk class is A, B, C or D.")});
    const QString phoneProblem = Validators::phoneProblem(phone);
    if (!phoneProblem.isEmpty())
        errors.append({QStringLiteral("phone"), phoneProblem});
    if (blacklisted && blacklistReason.trimmed().isEmpty())
        errors.append({QStringLiteral("blacklistReason"), tr("Say why the entity is on the blacklist.")});
    if (blacklistFrom.isValid() && blacklistTo.isValid() && blacklistTo < blacklistFrom)
        errors.append({QStringLiteral("blacklistTo"), tr("The end of the blacklisting is before its start.")});
    return errors;
}

QByteArray Entity::toJsonText() const
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("code"));
    w.string(code);
    w.key(QLatin1StringView("creditCode"));
    w.string(creditCode);
    w.key(QLatin1StringView("name"));
    w.string(name);
    w.key(QLatin1StringView("category"));
    w.string(category);
    w.key(QLatin1StringView("ownership"));
    w.string(ownership);
    w.key(QLatin1StringView("township"));
    w.string(townshipName);
    w.key(QLatin1StringView("address"));
    w.string(address);
    w.key(QLatin1StringView("principal"));
    w.string(principal);
    w.key(QLatin1StringView("phone"));
    w.string(phone);
    w.key(QLatin1StringView("status"));
    w.string(status);
    w.key(QLatin1StringView("riskClass"));
    w.string(riskClass);
    w.key(QLatin1StringView("blacklisted"));
    w.boolean(blacklisted);
    w.key(QLatin1StringView("blacklistReason"));
    w.string(blacklistReason);
    w.key(QLatin1StringView("blacklistFrom"));
    w.string(blacklistFrom.isValid() ? blacklistFrom.toString(Qt::ISODate) : QString());
    w.key(QLatin1StringView("blacklistTo"));
    w.string(blacklistTo.isValid() ? blacklistTo.toString(Qt::ISODate) : QString());
    w.key(QLatin1StringView("tags"));
    w.stringArray(tags);
    w.endObject();
    return w.take();
}

QJsonObject Entity::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}
