#include "Inspector.h"

#include "Validators.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QRegularExpression>

QStringList Inspector::fields()
{
    return {QStringLiteral("code"),     QStringLiteral("name"),        QStringLiteral("gender"),
            QStringLiteral("section"),  QStringLiteral("certNo"),      QStringLiteral("certFrom"),
            QStringLiteral("certTo"),   QStringLiteral("specialties"), QStringLiteral("status"),
            QStringLiteral("phone"),    QStringLiteral("idCard")};
}

QString Inspector::fieldLabel(const QString& field)
{
    if (field == QLatin1String("code"))
        return tr("Registry code");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("gender"))
        return tr("Gender");
    if (field == QLatin1String("section"))
        return tr("Section");
    if (field == QLatin1String("certNo"))
        return tr("Law-enforcement certificate no.");
    if (field == QLatin1String("certFrom"))
        return tr("Certificate valid from");
    if (field == QLatin1String("certTo"))
        return tr("Certificate valid until");
    if (field == QLatin1String("specialties"))
        return tr("Specialties");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("idCard"))
        return tr("ID card number");
    return field;
}

bool Inspector::isCertifiedOn(QDate date) const
{
    if (!date.isValid() || certNo.trimmed().isEmpty())
        return false;
    if (certFrom.isValid() && date < certFrom)
        return false;
    if (certTo.isValid() && date > certTo)
        return false;
    return true;
}

QDate Inspector::certificateDate(QDate inspected, QDate drawn, QDate today)
{
    if (inspected.isValid())
        return inspected;
    return drawn.isValid() ? drawn : today;
}

QString Inspector::maskedIdCard() const
{
    return idCard.isEmpty() ? QString() : Validators::maskIdCard(idCard);
}

FieldErrors Inspector::problems() const
{
    FieldErrors errors;
    // The code enters the draw's records and seed strings (draw-spec): no spaces, no '|'.
    static const QRegularExpression codePattern(QStringLiteral("^[^\\s|]{1,32}$"));
    if (code.trimmed().isEmpty())
        errors.append({QStringLiteral("code"), tr("The registry code is required (for example ZF-001).")});
    else if (!codePattern.match(code).hasMatch())
        errors.append({QStringLiteral("code"),
                       tr("The registry code may have at most 32 characters, without spaces or '|'.")});
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The name is required.")});
    else if (name.size() > 100)
        errors.append({QStringLiteral("name"), tr("The name is longer than 100 characters.")});
    if (!gender.isEmpty() && !Vocabulary::genders().contains(gender))
        errors.append({QStringLiteral("gender"),
                       tr("Choose a gender: %1, or leave it empty.")
                           .arg(Vocabulary::genders().labels().join(QStringLiteral("、")))});
    if (!Vocabulary::inspectorStatuses().contains(status))
        errors.append({QStringLiteral("status"),
                       tr("Choose a status: %1.")
                           .arg(Vocabulary::inspectorStatuses().labels().join(QStringLiteral("、")))});
    // Dates without a number would make nobody certified while looking as if they did.
    if (certNo.trimmed().isEmpty() && (certFrom.isValid() || certTo.isValid()))
        errors.append({QStringLiteral("certNo"),
                       tr("Enter the certificate number, or clear the certificate's dates.")});
    if (certFrom.isValid() && certTo.isValid() && certTo < certFrom)
        errors.append({QStringLiteral("certTo"),
                       tr("The certificate's end of validity is before its start; correct one of the two dates.")});
    for (const QString& specialty : specialties) {
        if (specialty.contains(QLatin1Char(',')) || specialty.contains(QChar(0xFF0C))) {
            errors.append({QStringLiteral("specialties"),
                           tr("Enter each specialty separately; a specialty cannot contain a comma.")});
            break;
        }
    }
    const QString phoneProblem = Validators::phoneProblem(phone);
    if (!phoneProblem.isEmpty())
        errors.append({QStringLiteral("phone"), phoneProblem});
    if (!idCard.isEmpty()) {
        const QString problem = Validators::idCardProblem(idCard);
        if (!problem.isEmpty()) {
            errors.append({QStringLiteral("idCard"), problem});
        } else if (Vocabulary::genders().contains(gender)) {
            // GB 11643: the 17th digit is odd for men, even for women.
            const bool male = (idCard.at(16).unicode() - '0') % 2 == 1;
            if (male != (gender == QLatin1String("male")))
                errors.append({QStringLiteral("gender"),
                               male ? tr("The ID card number %1 is a man's; check the gender or the number.")
                                          .arg(maskedIdCard())
                                    : tr("The ID card number %1 is a woman's; check the gender or the number.")
                                          .arg(maskedIdCard())});
        }
    }
    return errors;
}

QJsonObject Inspector::toJson() const
{
    return {
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("gender"), gender},
        {QStringLiteral("section"), section},
        {QStringLiteral("certNo"), certNo},
        {QStringLiteral("certFrom"), certFrom.toString(Qt::ISODate)},
        {QStringLiteral("certTo"), certTo.toString(Qt::ISODate)},
        {QStringLiteral("specialties"), QJsonArray::fromStringList(specialties)},
        {QStringLiteral("status"), status},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("idCard"), idCard},
    };
}
