#include "ResultVersionDialog.h"

#include "Database.h"
#include "DrawPreparation.h"
#include "InspectorRepository.h"
#include "Palette.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "Vocabulary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ResultVersionDialog::ResultVersionDialog(Database& db, const ResultRow& row, const ResultVersion& version,
                                         int latestVersion, QWidget* parent)
    : QDialog(parent)
    , m_version(version)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("resultVersionDialog"));
    const auto entity = DrawPreparation::findEntity(db, row.entity);
    const QString entityName = entity ? entity->name : row.entity;
    setWindowTitle(tr("Result version %1 — %2, %3").arg(version.version).arg(entityName, row.itemCode));
    ScreenFit::resize(this, {640, 560});

    auto* layout = new QVBoxLayout(this);
    auto* heading = new PlainLabel(
        tr("%1 (%2) · item %3 · plan %4").arg(entityName, row.entity, row.itemCode, row.planCode), this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (version.version < latestVersion) {
        auto* note = new PlainLabel(tr("An earlier version: version %1 is the newest.").arg(latestVersion), this);
        note->setObjectName(QStringLiteral("supersededNote"));
        note->setStyleSheet(Palette::warningStyle());
        layout->addWidget(note);
    }

    InspectorRepository inspectors(db);
    QStringList members;
    for (const QString& code : version.members) {
        const auto x = inspectors.findByCode(code);
        members << (x ? QStringLiteral("%1 (%2)").arg(x->name, code) : code);
    }
    QStringList categories;
    for (const QString& c : version.categories)
        categories << Vocabulary::resultCategories().label(c);

    addRow(QStringLiteral("version"), tr("Version"), QString::number(version.version));
    addRow(QStringLiteral("state"), tr("State"), Vocabulary::resultStates().label(version.state));
    if (version.version > 1)
        addRow(QStringLiteral("correctionReason"), ResultVersion::fieldLabel(QStringLiteral("correctionReason")),
               version.correctionReason);
    addRow(QStringLiteral("inspected"), tr("Inspected"),
           version.inspectedFrom == version.inspectedTo
               ? dateText(version.inspectedFrom)
               : tr("%1 to %2").arg(dateText(version.inspectedFrom), dateText(version.inspectedTo)));
    addRow(QStringLiteral("members"), ResultVersion::fieldLabel(QStringLiteral("members")),
           members.join(QStringLiteral("、")));
    addRow(QStringLiteral("categories"), ResultVersion::fieldLabel(QStringLiteral("categories")),
           categories.join(QStringLiteral("; ")));
    addRow(QStringLiteral("findings"), ResultVersion::fieldLabel(QStringLiteral("findings")), version.findings);
    addRow(QStringLiteral("followUp"), ResultVersion::fieldLabel(QStringLiteral("followUp")),
           Vocabulary::followUpMeasures().label(version.followUp));
    addRow(QStringLiteral("caseNumber"), ResultVersion::fieldLabel(QStringLiteral("caseNumber")), version.caseNumber);
    addRow(QStringLiteral("rectifyBy"), ResultVersion::fieldLabel(QStringLiteral("rectifyBy")),
           dateText(version.rectifyBy));
    addRow(QStringLiteral("remarks"), ResultVersion::fieldLabel(QStringLiteral("remarks")), version.remarks);
    addRow(QStringLiteral("recorded"), tr("Recorded"),
           tr("%1 by %2").arg(timeText(version.createdAt), version.createdBy));
    addRow(QStringLiteral("reviewed"), tr("Reviewed"),
           version.reviewedAt.isValid() ? tr("%1 by %2").arg(timeText(version.reviewedAt), version.reviewedBy)
                                        : tr("Not yet"));
    if (!version.reviewComment.isEmpty())
        addRow(QStringLiteral("reviewComment"), tr("Returned with"), version.reviewComment);
    addRow(QStringLiteral("published"), tr("Published"),
           version.publishedAt.isValid() ? timeText(version.publishedAt) : tr("Not yet"));

    // A text view rather than a form of labels: long findings and Chinese names wrap and scroll instead of being cut.
    m_view->setObjectName(QStringLiteral("versionText"));
    m_view->setOpenLinks(false);
    m_view->setHtml(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">%1</table>").arg(m_rowsHtml));
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ResultVersionDialog::addRow(const QString& field, const QString& label, const QString& value)
{
    const QString shown = value.isEmpty() ? QStringLiteral("—") : value;
    m_values.insert(field, shown);
    m_lines << label + QStringLiteral(": ") + shown;
    m_rowsHtml
        += QStringLiteral("<tr><td style=\"color: #555; white-space: nowrap;\" valign=\"top\">%1:</td>"
                          "<td>%2</td></tr>")
               .arg(label.toHtmlEscaped(), shown.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString ResultVersionDialog::valueText(const QString& field) const
{
    return m_values.value(field);
}
