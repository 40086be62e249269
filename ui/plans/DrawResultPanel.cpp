#include "DrawResultPanel.h"

#include "Database.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "DrawPreparation.h"
#include "ElidedTextDelegate.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "InspectionApproval.h"
#include "InspectorRepository.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PlanStatus.h"
#include "Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A request's exclusion reason ("conflict: 亲属关系; rotation: 昌教抽查〔2026〕1号") in the interface language.
QString exclusionReasonInWords(const QString& reason)
{
    QStringList parts;
    for (const QString& part : reason.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        const QString key = colon < 0 ? part : part.left(colon);
        const QString word = Vocabulary::drawLeftOutReasons().label(key);
        const QString detail = colon < 0 ? QString() : part.mid(colon + 2);
        parts << (word.isEmpty() ? part : detail.isEmpty() ? word : word + QStringLiteral(": ") + detail);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

DrawResultPanel::DrawResultPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new PlainLabel(this))
    , m_table(new QTableWidget(this))
    , m_exclusionToggle(new QToolButton(this))
    , m_exclusions(new QTableWidget(this))
    , m_printPreDraw(new QPushButton(tr("Print the pre-draw sheet…"), this))
    , m_preDrawPdf(new QPushButton(tr("Save the pre-draw sheet as PDF…"), this))
    , m_printSheet(new QPushButton(tr("Print the draw sheet…"), this))
    , m_printNotices(new QPushButton(tr("Print the inspection notices…"), this))
    , m_printApproval(new QPushButton(tr("Print the approval form…"), this))
    , m_pdf(new QPushButton(tr("Save the draw sheet as PDF…"), this))
    , m_export(new QPushButton(tr("Export the public record…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("visitTable"));
    ElidedTextDelegate::install(m_table);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Entity"), tr("Inspection items"), tr("Team (rank in the draw order)"), tr("Backups")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_table->setColumnWidth(2, 200);
    m_table->setColumnWidth(4, 160);
    layout->addWidget(m_table, 1);

    // 回避及排除: folded away under the visits; the count on the toggle says whether there is anything to read.
    m_exclusionToggle->setObjectName(QStringLiteral("exclusionToggle"));
    m_exclusionToggle->setCheckable(true);
    m_exclusionToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exclusionToggle->setArrowType(Qt::RightArrow);
    m_exclusionToggle->setAutoRaise(true);
    m_exclusions->setObjectName(QStringLiteral("exclusionTable"));
    ElidedTextDelegate::install(m_exclusions);
    m_exclusions->setColumnCount(3);
    m_exclusions->setHorizontalHeaderLabels({tr("Inspector or entity"), tr("Excluded from"), tr("Reason")});
    m_exclusions->verticalHeader()->hide();
    m_exclusions->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exclusions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exclusions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exclusions->setWordWrap(true);
    m_exclusions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_exclusions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_exclusions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_exclusions->setColumnWidth(0, 260);
    m_exclusions->setColumnWidth(1, 300);
    m_exclusions->setVisible(false);
    layout->addWidget(m_exclusionToggle);
    layout->addWidget(m_exclusions, 1);
    connect(m_exclusionToggle, &QToolButton::toggled, this, [this](bool open) {
        m_exclusions->setVisible(open);
        m_exclusionToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* preDraw = new QHBoxLayout;
    m_printPreDraw->setObjectName(QStringLiteral("printPreDrawSheetButton"));
    m_preDrawPdf->setObjectName(QStringLiteral("preDrawSheetPdfButton"));
    m_printPreDraw->setToolTip(tr("抽查前公示单: the frozen pools, parameters and request hash, with lines for the "
                                  "witnesses. It can be printed again at any time."));
    preDraw->addWidget(m_printPreDraw);
    preDraw->addWidget(m_preDrawPdf);
    preDraw->addStretch();
    layout->addLayout(preDraw);

    auto* buttons = new QHBoxLayout;
    m_printSheet->setObjectName(QStringLiteral("printDrawSheetButton"));
    m_printNotices->setObjectName(QStringLiteral("printNoticesButton"));
    m_printApproval->setObjectName(QStringLiteral("printApprovalFormButton"));
    m_printApproval->setToolTip(tr("行政检查审批表: the items, their legal basis, the entities and the teams, for the "
                                   "leader's approval before the inspections (with the approval once recorded)."));
    m_pdf->setObjectName(QStringLiteral("drawSheetPdfButton"));
    m_export->setObjectName(QStringLiteral("exportRecordButton"));
    m_export->setToolTip(tr("The file anyone can check with `shuangsui-cli verify`: publish it with the results."));
    buttons->addWidget(m_printSheet);
    buttons->addWidget(m_printNotices);
    buttons->addWidget(m_printApproval);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_printPreDraw, &QPushButton::clicked, this, &DrawResultPanel::printPreDrawSheet);
    connect(m_preDrawPdf, &QPushButton::clicked, this, &DrawResultPanel::savePreDrawSheetPdf);
    connect(m_printSheet, &QPushButton::clicked, this, &DrawResultPanel::printDrawSheet);
    connect(m_printNotices, &QPushButton::clicked, this, &DrawResultPanel::printNotices);
    connect(m_printApproval, &QPushButton::clicked, this, &DrawResultPanel::printApprovalForm);
    connect(m_pdf, &QPushButton::clicked, this, &DrawResultPanel::savePdf);
    connect(m_export, &QPushButton::clicked, this, &DrawResultPanel::exportRecord);
}

void DrawResultPanel::showPlan(qint64 planId)
{
    m_planId = planId;
    m_table->setRowCount(0);
    m_entities.clear();
    PlanDraw draw(m_db);
    const auto plan = PlanRepository(m_db).find(planId);
    const auto current = draw.currentAttempt(planId);
    const auto frozen = draw.frozenRequest(planId);
    const bool drawn = plan && current && current->result && frozen;
    for (QPushButton* b : {m_printSheet, m_printNotices, m_printApproval, m_pdf, m_export})
        b->setEnabled(drawn);
    for (QPushButton* b : {m_printPreDraw, m_preDrawPdf})
        b->setEnabled(plan && frozen);
    showExclusions(planId);
    if (!drawn) {
        m_summary->setText(tr("This plan has no standing draw."));
        return;
    }

    // ★: a certificate valid on the day of the draw (Inspector::certificateDate: nobody has inspected yet), the
    // registry's answer as on the printed draw sheet — not the frozen request's flag.
    const QDate certificateDay
        = Inspector::certificateDate({}, current->drawnAt.toLocalTime().date(), QDate::currentDate());
    InspectorRepository inspectors(m_db);
    const auto person = [&](const QString& code, const QStringList& order) {
        const auto p = inspectors.findByCode(code);
        return tr("%1. %2%3")
            .arg(order.indexOf(code) + 1)
            .arg(p ? p->name : code)
            .arg(p && p->isCertifiedOn(certificateDay) ? QStringLiteral(" ★") : QString());
    };
    QHash<QString, QString> itemNames;
    for (const PlanItemScope& scope : plan->items)
        itemNames.insert(scope.itemCode, scope.itemName);

    const QList<DrawTeam>& teams = current->result->teams;
    m_table->setRowCount(int(teams.size()));
    for (int i = 0; i < teams.size(); ++i) {
        const DrawTeam& team = teams.at(i);
        m_entities << team.entity;
        const auto state = draw.teamNow(current->id, team.entity, nullptr);
        const QStringList order = state ? state->order : team.members + team.backups;
        QStringList members, backups, items;
        for (const QString& m : state ? state->members : team.members)
            members << person(m, order);
        if (state)
            for (const QString& m : state->struckOut)
                members << tr("(%1, replaced)").arg(person(m, order));
        for (const QString& b : state ? state->backups : team.backups)
            backups << person(b, order);
        for (const QString& code : team.items)
            items << itemNames.value(code, code);
        const auto entity = DrawPreparation::findEntity(m_db, team.entity);
        const QStringList cells {tr("No. %1").arg(i + 1), entity ? entity->name : team.entity,
                                 items.join(QStringLiteral("\n")), members.join(QStringLiteral("\n")),
                                 backups.join(QStringLiteral("\n"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, team.entity);
            if (c == 1)
                item->setToolTip(plainToolTip(team.entity));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeRowsToContents();
    int voided = 0;
    for (const DrawAttempt& a : draw.attempts(planId))
        voided += a.voided ? 1 : 0;
    QString text = tr("Draw %1 of %2: %n visit(s). Seed %3 · request hash %4 · %5 exclusion(s) applied.", nullptr,
                      int(teams.size()))
                       .arg(current->number)
                       .arg(plan->code, current->seed, frozen->hash.left(16))
                       .arg(frozen->request.exclusions.size());
    if (voided > 0)
        text += QLatin1Char(' ') + tr("%n earlier draw(s) voided (see Record).", nullptr, voided);
    text += QLatin1Char(' ')
        + tr("★ = certified on %1 (the day of the draw).").arg(certificateDay.toString(Qt::ISODate));
    // The approval of the inspections (行政检查审批): plans that started before approvals existed say nothing.
    if (const auto approval = InspectionApprovals::ofAttempt(m_db, current->id))
        text += QLatin1Char('\n') + tr("Inspections approved: %1").arg(InspectionApprovals::describe(*approval));
    else if (PlanStatuses::fromKey(plan->status) == PlanStatus::Drawn)
        text += QLatin1Char('\n')
            + tr("The inspections are not approved yet: print the approval form, and record the signed approval "
                 "(Approval of the inspections…) before the first result.");
    m_summary->setText(text);
}

void DrawResultPanel::showExclusions(qint64 planId)
{
    m_exclusions->setRowCount(0);
    const auto frozen = PlanDraw(m_db).frozenRequest(planId);
    if (!frozen) {
        m_exclusionToggle->setText(tr("Exclusions and entities left out: the plan is not frozen yet"));
        m_exclusionToggle->setEnabled(false);
        m_exclusionToggle->setChecked(false);
        return;
    }
    InspectorRepository inspectors(m_db);
    QHash<QString, QString> people;
    const auto inspector = [&](const QString& code) {
        auto it = people.find(code);
        if (it == people.end()) {
            const auto p = inspectors.findByCode(code);
            it = people.insert(code, p ? tr("%1 (%2)").arg(p->name, code) : code);
        }
        return *it;
    };
    QHash<QString, QString> entities;
    const auto entity = [&](const QString& drawId) {
        auto it = entities.find(drawId);
        if (it == entities.end()) {
            const auto e = DrawPreparation::findEntity(m_db, drawId);
            it = entities.insert(drawId, e ? e->name : drawId);
        }
        return *it;
    };
    QHash<QString, QString> itemNames;
    if (const auto plan = PlanRepository(m_db).find(planId))
        for (const PlanItemScope& scope : plan->items)
            itemNames.insert(scope.itemCode, scope.itemName);

    QList<QStringList> rows;
    for (const DrawExclusion& x : frozen->request.exclusions)
        rows << QStringList {inspector(x.inspector), entity(x.entity), exclusionReasonInWords(x.reason)};
    for (const InspectorNote& note : frozen->inspectorNotes)
        rows << QStringList {inspector(note.inspector),
                             note.isLeftOut() ? tr("The whole draw") : tr("Counted as not certified"), note.inWords()};
    for (const EntityNote& note : frozen->entityNotes) {
        QStringList items;
        for (const QString& code : note.items)
            items << itemNames.value(code, code);
        rows << QStringList {tr("%1 (%2)").arg(note.name, note.code),
                             tr("The pool of %1").arg(items.join(QStringLiteral(", "))), note.inWords()};
    }
    m_exclusions->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_exclusions->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_exclusionToggle->setEnabled(!rows.isEmpty());
    if (rows.isEmpty())
        m_exclusionToggle->setChecked(false);
    m_exclusionToggle->setText(rows.isEmpty() ? tr("Exclusions and entities left out: none")
                                              : tr("Exclusions and entities left out (%1)").arg(rows.size()));
}

void DrawResultPanel::printPreDrawSheet()
{
    QString error;
    if (const auto doc = DrawDocuments::preDrawSheet(m_db, m_planId, &error))
        DocumentPrinter::preview(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot print"), error);
}

void DrawResultPanel::savePreDrawSheetPdf()
{
    QString error;
    if (const auto doc = DrawDocuments::preDrawSheet(m_db, m_planId, &error))
        DocumentPrinter::savePdf(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot save"), error);
}

void DrawResultPanel::printDrawSheet()
{
    QString error;
    if (const auto doc = DrawDocuments::drawSheet(m_db, m_planId, &error))
        DocumentPrinter::preview(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot print"), error);
}

void DrawResultPanel::printNotices()
{
    QString error;
    if (const auto doc = DrawDocuments::inspectionNotice(m_db, m_planId, QString(), &error))
        DocumentPrinter::preview(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot print"), error);
}

void DrawResultPanel::printApprovalForm()
{
    QString error;
    if (const auto doc = DrawDocuments::approvalForm(m_db, m_planId, &error))
        DocumentPrinter::preview(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot print"), error);
}

void DrawResultPanel::savePdf()
{
    QString error;
    if (const auto doc = DrawDocuments::drawSheet(m_db, m_planId, &error))
        DocumentPrinter::savePdf(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot save"), error);
}

void DrawResultPanel::exportRecord()
{
    QString error;
    const auto json = PlanDraw(m_db).publishedRecordJson(m_planId, &error);
    if (!json) {
        MessageBox::warning(this, tr("Cannot export"), error);
        return;
    }
    const auto plan = PlanRepository(m_db).find(m_planId);
    QString name = plan ? plan->code : QStringLiteral("draw");
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString fileName = FileDialog::getSaveFileName(
        this, tr("Export the public record"), ExportFolder::proposed(m_db, tr("Draw record %1.json").arg(name)),
        tr("Draw records (*.json)"));
    if (fileName.isEmpty())
        return;
    ExportFolder::remember(m_db, fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        MessageBox::warning(this, tr("Cannot export"),
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return;
    }
    MessageBox::information(this, tr("Record exported"),
                            tr("The public record was written to %1. Anyone can check it with "
                               "\"shuangsui-cli verify\".")
                                .arg(QDir::toNativeSeparators(fileName)));
}
