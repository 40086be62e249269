#include "DrawResultPanel.h"

#include "Database.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "DrawPreparation.h"
#include "FileDialog.h"
#include "InspectorRepository.h"
#include "MessageBox.h"
#include "PlanDraw.h"
#include "PlanRepository.h"

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
#include <QVBoxLayout>

DrawResultPanel::DrawResultPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_printSheet(new QPushButton(tr("Print the draw sheet…"), this))
    , m_printNotices(new QPushButton(tr("Print the inspection notices…"), this))
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

    auto* buttons = new QHBoxLayout;
    m_printSheet->setObjectName(QStringLiteral("printDrawSheetButton"));
    m_printNotices->setObjectName(QStringLiteral("printNoticesButton"));
    m_pdf->setObjectName(QStringLiteral("drawSheetPdfButton"));
    m_export->setObjectName(QStringLiteral("exportRecordButton"));
    m_export->setToolTip(tr("The file anyone can check with `shuangsui-cli verify`: publish it with the results."));
    buttons->addWidget(m_printSheet);
    buttons->addWidget(m_printNotices);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_printSheet, &QPushButton::clicked, this, &DrawResultPanel::printDrawSheet);
    connect(m_printNotices, &QPushButton::clicked, this, &DrawResultPanel::printNotices);
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
    for (QPushButton* b : {m_printSheet, m_printNotices, m_pdf, m_export})
        b->setEnabled(drawn);
    if (!drawn) {
        m_summary->setText(tr("This plan has no standing draw."));
        return;
    }

    QHash<QString, bool> certified;
    for (const DrawInspector& x : frozen->request.inspectors)
        certified.insert(x.id, x.certified);
    InspectorRepository inspectors(m_db);
    const auto person = [&](const QString& code, const QStringList& order) {
        const auto p = inspectors.findByCode(code);
        return tr("%1. %2%3")
            .arg(order.indexOf(code) + 1)
            .arg(p ? p->name : code)
            .arg(certified.value(code) ? QStringLiteral(" ★") : QString());
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
                item->setToolTip(team.entity);
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
    text += QLatin1Char(' ') + tr("★ = certified.");
    m_summary->setText(text);
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = FileDialog::getSaveFileName(this, tr("Export the public record"),
                                                         QDir(dir).filePath(tr("Draw record %1.json").arg(name)),
                                                         tr("Draw records (*.json)"));
    if (fileName.isEmpty())
        return;
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
