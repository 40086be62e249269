#include "WizardFields.h"

#include "Palette.h"
#include "PlainText.h"
#include "PlanWizard.h"

#include <QLabel>
#include <QRegularExpression>

namespace WizardFields {

QLabel* errorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new PlainLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(Palette::errorStyle());
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessages(QLabel* label, const QStringList& messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    parts.removeDuplicates();
    return parts;
}

bool isBasicsField(const QString& field)
{
    static const QStringList fields {
        QStringLiteral("code"),     QStringLiteral("title"),      QStringLiteral("section"),
        QStringLiteral("items"),    QStringLiteral("periodFrom"), QStringLiteral("periodTo"),
        QStringLiteral("purpose"),  QStringLiteral("method"),     QStringLiteral("confidentiality"),
        QStringLiteral("resultUse")};
    return fields.contains(field);
}

bool isTeamField(const QString& field)
{
    static const QStringList fields {QStringLiteral("teamSize"),     QStringLiteral("minCertified"),
                                     QStringLiteral("backupFactor"), QStringLiteral("maxTeamsPerInspector"),
                                     QStringLiteral("rotation"),     QStringLiteral("guardMonths")};
    return fields.contains(field);
}

QString countLine(int pool, int selected)
{
    const double share = pool > 0 ? 100.0 * selected / pool : 0.0;
    return PlanWizard::tr("Pool %1 → draw %2 (%3%)").arg(pool).arg(selected).arg(QString::number(share, 'f', 1));
}

} // namespace WizardFields
