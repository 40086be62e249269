#include "Conflict.h"

#include "Vocabulary.h"

QStringList Conflict::fields()
{
    return {QStringLiteral("inspector"), QStringLiteral("entity"),  QStringLiteral("reason"),
            QStringLiteral("reasonText"), QStringLiteral("validFrom"), QStringLiteral("validTo"),
            QStringLiteral("active")};
}

QString Conflict::fieldLabel(const QString& field)
{
    if (field == QLatin1String("inspector"))
        return tr("Inspector");
    if (field == QLatin1String("entity"))
        return tr("Entity");
    if (field == QLatin1String("reason"))
        return tr("Reason");
    if (field == QLatin1String("reasonText"))
        return tr("Details");
    if (field == QLatin1String("validFrom"))
        return tr("Applies from");
    if (field == QLatin1String("validTo"))
        return tr("Applies until");
    if (field == QLatin1String("active"))
        return tr("Active");
    return field;
}

bool Conflict::isInForceOn(QDate date) const
{
    return isInForceDuring(date, date);
}

bool Conflict::isInForceDuring(QDate from, QDate to) const
{
    if (!active)
        return false;
    if (validFrom.isValid() && to.isValid() && to < validFrom)
        return false;
    if (validTo.isValid() && from.isValid() && from > validTo)
        return false;
    return true;
}

FieldErrors Conflict::problems() const
{
    FieldErrors errors;
    if (inspectorId <= 0)
        errors.append({QStringLiteral("inspector"), tr("Choose the inspector who must not inspect the entity.")});
    if (entityId <= 0)
        errors.append({QStringLiteral("entity"), tr("Choose the entity the inspector must not inspect.")});
    if (!Vocabulary::conflictReasons().contains(reason))
        errors.append({QStringLiteral("reason"),
                       tr("Choose a reason: %1.")
                           .arg(Vocabulary::conflictReasons().labels().join(QStringLiteral("、")))});
    else if (reason == QLatin1String("other") && reasonText.trimmed().isEmpty())
        errors.append({QStringLiteral("reasonText"), tr("The reason is \"other\": say what the relationship is.")});
    if (reasonText.size() > 500)
        errors.append({QStringLiteral("reasonText"), tr("The details are longer than 500 characters.")});
    if (validFrom.isValid() && validTo.isValid() && validTo < validFrom)
        errors.append({QStringLiteral("validTo"),
                       tr("The end of the period is before its start; correct one of the two dates.")});
    return errors;
}

QJsonObject Conflict::toJson() const
{
    return {
        {QStringLiteral("inspector"), inspectorCode},
        {QStringLiteral("inspectorName"), inspectorName},
        {QStringLiteral("entity"), entityCode},
        {QStringLiteral("entityName"), entityName},
        {QStringLiteral("entityCreditCode"), entityCreditCode},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("reasonText"), reasonText},
        {QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate)},
        {QStringLiteral("validTo"), validTo.toString(Qt::ISODate)},
        {QStringLiteral("active"), active},
    };
}
