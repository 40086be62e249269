#include "ResultsPanel.h"

#include "Database.h"
#include "DocumentPrinter.h"
#include "DrawPreparation.h"
#include "ElidedTextDelegate.h"
#include "FileDialog.h"
#include "FollowUpDialog.h"
#include "InspectorRepository.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "PlanDraw.h"
#include "Recusal.h"
#include "ResultDialog.h"
#include "ResultDocuments.h"
#include "ResultRepository.h"
#include "ResultVersionDialog.h"
#include "Vocabulary.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

const QString kNone = QStringLiteral("none");

QColor stateColor(const QString& key)
{
    switch (ResultStates::fromKey(key)) {
    case ResultState::Entered:
        return QColor(0xd6, 0xe4, 0xf7);
    case ResultState::Submitted:
        return QColor(0xfd, 0xf3, 0xb0);
    case ResultState::Reviewed:
        return QColor(0xfc, 0xe8, 0xc8);
    case ResultState::Returned:
        return QColor(0xf8, 0xd0, 0xd0);
    case ResultState::Published:
        return QColor(0xd4, 0xee, 0xd6);
    case ResultState::None:
        break;
    }
    return QColor(0xe8, 0xe8, 0xe8);
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    ElidedTextDelegate::install(t);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

ResultsPanel::ResultsPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new PlainLabel(this))
    , m_chips(new QButtonGroup(this))
    , m_table(makeTable(this,
                        {tr("No."), tr("Entity"), tr("Item"), tr("Team"), tr("State"), tr("Version"), tr("Inspected"),
                         tr("Result"), tr("Follow-up")}))
    , m_record(new QPushButton(tr("Record result…"), this))
    , m_submit(new QPushButton(tr("Submit for review"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_comment(new QLineEdit(this))
    , m_return(new QPushButton(tr("Return"), this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_correct(new QPushButton(tr("Correct…"), this))
    , m_detailTitle(new PlainLabel(this))
    , m_history(new QListWidget(this))
    , m_viewVersion(new QPushButton(tr("View version…"), this))
    , m_printOnSite(new QPushButton(tr("Print the on-site record…"), this))
    , m_followUps(makeTable(this, {tr("Date"), tr("Inspectors"), tr("Outcome"), tr("Notes"), tr("Recorded")}))
    , m_addFollowUp(new QPushButton(tr("Add follow-up visit…"), this))
    , m_attachments(makeTable(this, {tr("File"), tr("Size"), tr("SHA-256"), tr("Description"), tr("Added")}))
    , m_addAttachment(new QPushButton(tr("Attach file…"), this))
    , m_openAttachment(new QPushButton(tr("Open"), this))
    , m_checkAttachments(new QPushButton(tr("Check files"), this))
{
    setObjectName(QStringLiteral("resultsPanel"));
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_record->setObjectName(QStringLiteral("recordResultButton"));
    m_submit->setObjectName(QStringLiteral("submitResultButton"));
    m_approve->setObjectName(QStringLiteral("approveResultButton"));
    m_comment->setObjectName(QStringLiteral("returnComment"));
    m_comment->setPlaceholderText(tr("Why it is returned (required to return)"));
    m_return->setObjectName(QStringLiteral("returnResultButton"));
    m_publish->setObjectName(QStringLiteral("publishResultButton"));
    m_correct->setObjectName(QStringLiteral("correctResultButton"));
    m_history->setObjectName(QStringLiteral("resultHistory"));
    m_history->setToolTip(tr("Double-click a version to see it as it was recorded."));
    m_viewVersion->setObjectName(QStringLiteral("viewVersionButton"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setToolTip(tr("Select several rows (Ctrl or Shift) to submit, approve or publish them together."));
    m_followUps->setObjectName(QStringLiteral("followUpTable"));
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    m_attachments->setObjectName(QStringLiteral("attachmentTable"));
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_openAttachment->setObjectName(QStringLiteral("openAttachmentButton"));
    m_checkAttachments->setObjectName(QStringLiteral("checkAttachmentsButton"));

    auto* chips = new QHBoxLayout;
    m_chips->setExclusive(true);
    const auto addChip = [&](const QString& key, const QString& text, const QColor& color) {
        auto* chip = new QPushButton(text, this);
        chip->setObjectName(QStringLiteral("resultChip_") + (key.isEmpty() ? QStringLiteral("all") : key));
        chip->setCheckable(true);
        chip->setProperty("state", key);
        chip->setStyleSheet(
            QStringLiteral("QPushButton { border: 1px solid #bbb; border-radius: 10px; padding: 3px 12px; "
                           "background: %1; } QPushButton:checked { border: 2px solid #333; font-weight: bold; }")
                .arg(color.name()));
        m_chips->addButton(chip);
        chips->addWidget(chip);
        return chip;
    };
    addChip(QString(), tr("All"), Qt::white)->setChecked(true);
    addChip(unsubmittedFilter(), tr("Not submitted"), QColor(0xff, 0xe0, 0xb2))
        ->setToolTip(tr("Not recorded, entered or returned: the visits whose results are still to be submitted"));
    addChip(kNone, tr("Not recorded"), stateColor(kNone));
    for (const Term& t : Vocabulary::resultStates().terms())
        addChip(t.key, Vocabulary::resultStates().label(t.key), stateColor(t.key));
    chips->addStretch(1);
    chips->addWidget(m_summary);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_record, m_submit, m_approve})
        actions->addWidget(b);
    actions->addSpacing(12);
    actions->addWidget(m_comment, 1);
    actions->addWidget(m_return);
    actions->addSpacing(12);
    actions->addWidget(m_publish);
    actions->addWidget(m_correct);

    auto* details = new QTabWidget(this);
    details->setObjectName(QStringLiteral("resultDetails"));
    auto* historyTab = new QWidget(details);
    auto* historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addWidget(m_history);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_viewVersion);
    historyButtons->addStretch(1);
    m_printOnSite->setObjectName(QStringLiteral("printOnSiteRecordButton"));
    m_printOnSite->setToolTip(plainToolTip(
        tr("现场检查笔录 of this visit: the team, the rights told, each item's checklist — blank for the pen, or with "
           "what the results recorded.")));
    m_printOnSite->setEnabled(false);
    historyButtons->addWidget(m_printOnSite);
    historyLayout->addLayout(historyButtons);
    details->addTab(historyTab, tr("Versions"));
    auto* followTab = new QWidget(details);
    auto* followLayout = new QVBoxLayout(followTab);
    followLayout->addWidget(m_followUps, 1);
    auto* followButtons = new QHBoxLayout;
    followButtons->addWidget(m_addFollowUp);
    followButtons->addStretch(1);
    followLayout->addLayout(followButtons);
    details->addTab(followTab, tr("Follow-up visits"));
    auto* fileTab = new QWidget(details);
    auto* fileLayout = new QVBoxLayout(fileTab);
    fileLayout->addWidget(m_attachments, 1);
    auto* fileButtons = new QHBoxLayout;
    for (QPushButton* b : {m_addAttachment, m_openAttachment, m_checkAttachments})
        fileButtons->addWidget(b);
    fileButtons->addStretch(1);
    fileLayout->addLayout(fileButtons);
    details->addTab(fileTab, tr("Attached files"));

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setObjectName(QStringLiteral("resultDetailTitle"));
    lowerLayout->addWidget(m_detailTitle);
    lowerLayout->addWidget(details, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    // The visits first: at 1024×768 the list keeps about twice the room of the selected visit's details.
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({500, 220});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chips);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_chips, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* chip) {
        m_filter = chip->property("state").toString();
        reload();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ResultsPanel::showCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_record->isEnabled())
            recordOrEdit();
    });
    connect(m_history, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { viewVersion(m_history->row(item)); });
    connect(m_history, &QListWidget::currentRowChanged, this,
            [this](int row) { m_viewVersion->setEnabled(row >= 0 || m_history->count() > 0); });
    connect(m_viewVersion, &QPushButton::clicked, this, [this] { viewVersion(); });
    connect(m_printOnSite, &QPushButton::clicked, this, &ResultsPanel::printOnSiteRecord);
    connect(m_record, &QPushButton::clicked, this, &ResultsPanel::recordOrEdit);
    connect(m_submit, &QPushButton::clicked, this, &ResultsPanel::submit);
    connect(m_approve, &QPushButton::clicked, this, &ResultsPanel::approve);
    connect(m_return, &QPushButton::clicked, this, &ResultsPanel::returnForRework);
    connect(m_publish, &QPushButton::clicked, this, &ResultsPanel::publish);
    connect(m_correct, &QPushButton::clicked, this, &ResultsPanel::correct);
    connect(m_addFollowUp, &QPushButton::clicked, this, &ResultsPanel::addFollowUp);
    connect(m_addAttachment, &QPushButton::clicked, this, &ResultsPanel::addAttachment);
    connect(m_openAttachment, &QPushButton::clicked, this, &ResultsPanel::openAttachment);
    connect(m_checkAttachments, &QPushButton::clicked, this, &ResultsPanel::checkAttachments);
    showCurrent();
}

void ResultsPanel::showPlan(qint64 planId)
{
    if (planId != m_planId) { // another plan starts unfiltered
        m_filter.clear();
        for (QAbstractButton* chip : m_chips->buttons())
            if (chip->property("state").toString().isEmpty())
                chip->setChecked(true);
    }
    m_planId = planId;
    m_comment->clear();
    reload();
}

void ResultsPanel::reload()
{
    QSet<QString> keep; // entity|item of the selected rows
    for (const ResultRow& row : selectedRows())
        keep.insert(row.entity + QLatin1Char('|') + row.itemCode);
    m_rows = ResultRepository(m_db).planResults(m_planId);
    m_shown.clear();
    int published = 0;
    int missing = 0;
    for (const ResultRow& row : std::as_const(m_rows)) {
        const QString state = row.latest ? row.latest->state : kNone;
        published += row.published ? 1 : 0;
        missing += row.latest ? 0 : 1;
        if (matchesFilter(m_filter, state))
            m_shown << row;
    }
    // A plan whose inspections are not approved records no result yet: the core's sentence says what to do.
    m_recordRefusal = ResultRepository(m_db).approvalProblem(m_planId);
    m_summary->setText(
        tr("%1 visit items · %2 published · %3 not recorded").arg(m_rows.size()).arg(published).arg(missing)
        + (m_recordRefusal.isEmpty() ? QString() : QLatin1Char('\n') + m_recordRefusal));

    InspectorRepository inspectors(m_db);
    QHash<QString, QString> names;
    const auto personName = [&](const QString& code) {
        auto it = names.find(code);
        if (it == names.end()) {
            const auto x = inspectors.findByCode(code);
            it = names.insert(code, x ? x->name : code);
        }
        return *it;
    };
    QHash<QString, int> visitNumber;
    for (const ResultRow& row : std::as_const(m_rows))
        if (!visitNumber.contains(row.entity))
            visitNumber.insert(row.entity, int(visitNumber.size()) + 1);

    const QSignalBlocker block(m_table);
    m_table->clearContents(); // a row without a result leaves the result columns empty, not as the row before
    m_table->setRowCount(int(m_shown.size()));
    for (int i = 0; i < m_shown.size(); ++i) {
        const ResultRow& row = m_shown.at(i);
        const auto entity = DrawPreparation::findEntity(m_db, row.entity);
        QStringList team;
        for (const QString& code : row.team)
            team << personName(code);
        const QString state = row.latest ? row.latest->state : kNone;
        QStringList cells {QString::number(visitNumber.value(row.entity)), entity ? entity->name : row.entity,
                           row.itemCode, team.join(QStringLiteral("、")),
                           row.latest ? Vocabulary::resultStates().label(state) : tr("Not recorded")};
        if (row.latest) {
            const ResultVersion& v = *row.latest;
            cells << QString::number(v.version)
                  << (v.inspectedFrom == v.inspectedTo
                          ? dateText(v.inspectedFrom)
                          : tr("%1 to %2").arg(dateText(v.inspectedFrom), dateText(v.inspectedTo)));
            QStringList labels;
            for (const QString& c : v.categories)
                labels << Vocabulary::resultCategories().label(c);
            cells << labels.join(QStringLiteral("; ")) << Vocabulary::followUpMeasures().label(v.followUp);
        }
        setRow(m_table, i, cells);
        if (auto* item = m_table->item(i, 4)) {
            item->setBackground(stateColor(state));
            item->setData(Qt::UserRole, state);
        }
    }
    m_table->resizeColumnsToContents();
    // The rows selected before stay selected (m_table's signals are blocked above; the view still repaints).
    QItemSelection selection;
    int current = -1;
    for (int i = 0; i < m_shown.size(); ++i) {
        if (keep.contains(m_shown.at(i).entity + QLatin1Char('|') + m_shown.at(i).itemCode)) {
            selection.select(m_table->model()->index(i, 0), m_table->model()->index(i, m_table->columnCount() - 1));
            current = current < 0 ? i : current;
        }
    }
    if (current >= 0)
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(current, 1), QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    showCurrent();
}

bool ResultsPanel::matchesFilter(const QString& filter, const QString& state)
{
    if (filter.isEmpty())
        return true;
    if (filter == unsubmittedFilter()) {
        const ResultState s = ResultStates::fromKey(state);
        return s == ResultState::None || s == ResultState::Entered || s == ResultState::Returned;
    }
    return filter == state;
}

void ResultsPanel::setStateFilter(const QString& key)
{
    QAbstractButton* chosen = nullptr;
    for (QAbstractButton* chip : m_chips->buttons()) {
        if (chip->property("state").toString() == key)
            chosen = chip;
    }
    if (!chosen) {
        for (QAbstractButton* chip : m_chips->buttons())
            if (chip->property("state").toString().isEmpty())
                chosen = chip;
    }
    chosen->setChecked(true);
    m_filter = chosen->property("state").toString();
    reload();
}

bool ResultsPanel::selectResult(const QString& entity, const QString& itemCode)
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).entity == entity && m_shown.at(i).itemCode == itemCode) {
            m_table->selectRow(i);
            m_table->setCurrentCell(i, 1);
            return true;
        }
    }
    return false;
}

void ResultsPanel::setActor(const Actor& actor)
{
    m_actor = actor;
    showCurrent();
}

void ResultsPanel::printOnSiteRecord()
{
    const auto row = currentRow();
    if (!row)
        return;
    QString error;
    if (const auto doc = ResultDocuments::filledOnSiteRecord(m_db, row->planId, row->entity, &error))
        DocumentPrinter::preview(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot print"), error);
}

std::optional<ResultRow> ResultsPanel::currentRow() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return std::nullopt;
    const int row = selected.first().row();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown.at(row);
}

QList<ResultRow> ResultsPanel::selectedRows() const
{
    QList<int> indexes;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (index.row() >= 0 && index.row() < m_shown.size())
            indexes << index.row();
    std::sort(indexes.begin(), indexes.end());
    QList<ResultRow> rows;
    for (int i : std::as_const(indexes))
        rows << m_shown.at(i);
    return rows;
}

bool ResultsPanel::anyAllows(ResultAction action, const QList<ResultRow>& rows) const
{
    const ResultOperations results(m_db, m_actor);
    return std::any_of(rows.cbegin(), rows.cend(),
                       [&](const ResultRow& row) { return row.hasResult() && results.check(action, row).ok(); });
}

void ResultsPanel::showCurrent()
{
    const auto row = currentRow();
    const QList<ResultRow> selected = selectedRows();
    // What this user may do with the current row now, as the core says; submit, approve and publish when any
    // selected row allows it.
    const QList<ResultAction> allowed = row ? ResultOperations(m_db, m_actor).allowed(*row) : QList<ResultAction>();
    const bool editable = allowed.contains(ResultAction::Record) || allowed.contains(ResultAction::Edit);
    m_record->setEnabled(editable && (m_recordRefusal.isEmpty() || (row && row->latest)));
    m_record->setToolTip(plainToolTip(m_recordRefusal));
    m_record->setText(row && row->latest ? tr("Edit result…") : tr("Record result…"));
    m_submit->setEnabled(anyAllows(ResultAction::Submit, selected));
    m_approve->setEnabled(anyAllows(ResultAction::Approve, selected));
    m_return->setEnabled(allowed.contains(ResultAction::Return));
    m_comment->setEnabled(allowed.contains(ResultAction::Return));
    m_publish->setEnabled(anyAllows(ResultAction::Publish, selected));
    m_submit->setText(selected.size() > 1 ? tr("Submit selected for review") : tr("Submit for review"));
    m_approve->setText(selected.size() > 1 ? tr("Approve selected") : tr("Approve"));
    m_publish->setText(selected.size() > 1 ? tr("Publish selected…") : tr("Publish…"));
    m_correct->setEnabled(allowed.contains(ResultAction::Correct));
    const bool hasResult = row && row->hasResult();
    m_addFollowUp->setEnabled(allowed.contains(ResultAction::AddFollowUp));
    m_addAttachment->setEnabled(allowed.contains(ResultAction::Attach));
    m_checkAttachments->setEnabled(hasResult);
    m_history->clear();
    m_viewVersion->setEnabled(false);
    m_printOnSite->setEnabled(row.has_value());
    m_followUps->setRowCount(0);
    m_attachments->setRowCount(0);
    m_openAttachment->setEnabled(false);
    if (!row) {
        m_detailTitle->setText(selected.size() > 1
                                   ? tr("%n visit items selected: submit, approve or publish acts on those that "
                                        "allow it.",
                                        nullptr, int(selected.size()))
                                   : tr("Select a visit and item to record its result."));
        return;
    }
    const auto entity = DrawPreparation::findEntity(m_db, row->entity);
    QString title = tr("%1 · item %2").arg(entity ? entity->name : row->entity, row->itemCode);
    // The party's applications for recusal on this visit, granted or refused (a granted one also changed the team).
    if (const auto attempt = PlanDraw(m_db).currentAttempt(row->planId)) {
        InspectorRepository people(m_db);
        for (const RecusalRequest& r : Recusals::ofAttempt(m_db, attempt->id)) {
            if (r.entity != row->entity)
                continue;
            const auto x = people.findByCode(r.inspector);
            QString line = tr("Application for recusal of %1 (%2): %3, %4 on %5")
                               .arg(x ? x->name : r.inspector, r.reason, Recusals::decisionText(r.granted), r.decidedBy,
                                    r.decidedOn.toString(Qt::ISODate));
            if (r.granted && !r.replacement.isEmpty()) {
                const auto in = people.findByCode(r.replacement);
                line += tr("; %1 came in").arg(in ? in->name : r.replacement);
            }
            title += QLatin1Char('\n') + line;
        }
    }
    m_detailTitle->setText(title);
    if (!hasResult)
        return;
    ResultRepository results(m_db);
    for (const ResultVersion& v : results.history(row->resultId)) {
        QString line = tr("Version %1 · %2 · recorded %3 by %4")
                           .arg(v.version)
                           .arg(Vocabulary::resultStates().label(v.state), timeText(v.createdAt), v.createdBy);
        if (v.version > 1)
            line += tr(" · correction: %1").arg(v.correctionReason);
        if (v.reviewedAt.isValid())
            line += tr(" · reviewed %1 by %2").arg(timeText(v.reviewedAt), v.reviewedBy);
        if (!v.reviewComment.isEmpty())
            line += tr(" · last returned with: %1").arg(v.reviewComment);
        if (v.publishedAt.isValid())
            line += tr(" · published %1").arg(timeText(v.publishedAt));
        m_history->addItem(line);
    }
    m_viewVersion->setEnabled(m_history->count() > 0);
    InspectorRepository inspectors(m_db);
    const QList<FollowUpVisit> visits = results.followUps(row->resultId);
    m_followUps->setRowCount(int(visits.size()));
    for (int i = 0; i < visits.size(); ++i) {
        const FollowUpVisit& f = visits.at(i);
        QStringList people;
        for (const QString& code : f.inspectors) {
            const auto x = inspectors.findByCode(code);
            people << (x ? x->name : code);
        }
        setRow(m_followUps, i,
               {dateText(f.visitedOn), people.join(QStringLiteral("、")),
                Vocabulary::followUpOutcomes().label(f.outcome), f.notes,
                tr("%1 by %2").arg(timeText(f.recordedAt), f.recordedBy)});
    }
    const QList<Attachment> files = results.attachments(row->resultId);
    m_attachments->setRowCount(int(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        const Attachment& a = files.at(i);
        setRow(m_attachments, i,
               {a.fileName, QLocale().formattedDataSize(a.size), a.sha256, a.description,
                tr("%1 by %2").arg(timeText(a.addedAt), a.addedBy)});
        m_attachments->item(i, 0)->setData(Qt::UserRole, a.id);
    }
    m_attachments->resizeColumnsToContents();
    m_openAttachment->setEnabled(!files.isEmpty());
}

bool ResultsPanel::report(const QString& title, const Outcome& outcome)
{
    if (outcome)
        return true;
    MessageBox::warning(this, title, outcome.message());
    reload(); // the buttons follow what the data allows now
    return false;
}

void ResultsPanel::afterWrite(const QString& entity, const QString& itemCode)
{
    reload();
    selectResult(entity, itemCode);
    Q_EMIT resultsChanged(m_planId);
}

void ResultsPanel::recordOrEdit()
{
    const auto row = currentRow();
    if (!row)
        return;
    auto* dialog = new ResultDialog(m_db, m_actor, *row,
                                    row->latest ? ResultDialog::Mode::Edit : ResultDialog::Mode::Create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, entity = row->entity, item = row->itemCode] { afterWrite(entity, item); });
    dialog->open();
}

void ResultsPanel::correct()
{
    const auto row = currentRow();
    if (!row || !row->latest || !row->latest->isPublished())
        return;
    auto* dialog = new ResultDialog(m_db, m_actor, *row, ResultDialog::Mode::Correct, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, entity = row->entity, item = row->itemCode] { afterWrite(entity, item); });
    dialog->open();
}

void ResultsPanel::submit()
{
    if (const QList<ResultRow> selected = selectedRows(); selected.size() > 1) {
        runBulk(ResultAction::Submit, selected);
        return;
    }
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    if (report(tr("Not submitted"), ResultOperations(m_db, m_actor).submit(row->resultId)))
        afterWrite(row->entity, row->itemCode);
}

void ResultsPanel::approve()
{
    if (const QList<ResultRow> selected = selectedRows(); selected.size() > 1) {
        runBulk(ResultAction::Approve, selected);
        return;
    }
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    // The reviewer sees what is approved (issue 17: they approved without seeing the inspection's text).
    const auto version = ResultRepository(m_db).latestVersion(row->resultId);
    if (!version)
        return;
    const auto entity = DrawPreparation::findEntity(m_db, row->entity);
    QString findings = version->findings.trimmed();
    if (findings.size() > 600)
        findings = findings.left(600) + QStringLiteral("…");
    const QString text
        = tr("Approve the result of %1 for item %2?\n\nInspected: %3 – %4\nResult: %5\nFollow-up: %6\nFindings: "
             "%7\n\nOnce approved, the result can be published.")
              .arg(entity ? entity->name : row->entity, row->itemCode,
                   QLocale().toString(version->inspectedFrom, QLocale::ShortFormat),
                   QLocale().toString(version->inspectedTo, QLocale::ShortFormat), version->categoriesText(),
                   Vocabulary::followUpMeasures().chinese(version->followUp),
                   findings.isEmpty() ? tr("(none written)") : findings);
    if (!MessageBox::confirm(this, tr("Approve the result"), text, tr("Approve")))
        return;
    if (report(tr("Not approved"), ResultOperations(m_db, m_actor).approve(row->resultId)))
        afterWrite(row->entity, row->itemCode);
}

void ResultsPanel::returnForRework()
{
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    const QString comment = m_comment->text().trimmed();
    if (comment.isEmpty()) {
        MessageBox::warning(this, tr("Comment required"),
                            tr("Say why the result is returned, so that the clerk knows what to change."));
        return;
    }
    if (report(tr("Not returned"), ResultOperations(m_db, m_actor).returnForRework(row->resultId, comment))) {
        m_comment->clear();
        afterWrite(row->entity, row->itemCode);
    }
}

void ResultsPanel::publish()
{
    if (const QList<ResultRow> selected = selectedRows(); selected.size() > 1) {
        runBulk(ResultAction::Publish, selected);
        return;
    }
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    const auto entity = DrawPreparation::findEntity(m_db, row->entity);
    if (!MessageBox::confirm(this, tr("Publish the result"),
                             tr("The result of %1 for item %2 will be published. A published result is never "
                                "changed: a mistake can only be corrected by a new version with a reason. Publish?")
                                 .arg(entity ? entity->name : row->entity, row->itemCode),
                             tr("Publish")))
        return;
    if (report(tr("Not published"), ResultOperations(m_db, m_actor).publish(row->resultId)))
        afterWrite(row->entity, row->itemCode);
}

void ResultsPanel::addFollowUp()
{
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    auto* dialog = new FollowUpDialog(m_db, m_actor, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, entity = row->entity, item = row->itemCode] { afterWrite(entity, item); });
    dialog->open();
}

void ResultsPanel::addAttachment()
{
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    const QString file = FileDialog::getOpenFileName(this, tr("Attach a file"), QString(),
                                                     tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx "
                                                        "*.xls *.xlsx);;All files (*)"));
    if (file.isEmpty())
        return;
    if (report(tr("Not attached"), ResultOperations(m_db, m_actor).attach(row->resultId, file, QString())))
        afterWrite(row->entity, row->itemCode);
}

void ResultsPanel::openAttachment()
{
    const int row = m_attachments->currentRow() >= 0 ? m_attachments->currentRow() : 0;
    const auto* item = m_attachments->item(row, 0);
    if (!item)
        return;
    // Core checks the file afresh (inside the folder, unchanged, not a program); the panel only follows its verdict.
    const ResultRepository results(m_db);
    const auto attachment = results.attachment(item->data(Qt::UserRole).toLongLong());
    const AttachmentOpening opening = attachment ? results.opening(*attachment) : AttachmentOpening {};
    switch (opening.verdict) {
    case AttachmentOpening::Verdict::Open:
        if (!MessageBox::testMode())
            QDesktopServices::openUrl(QUrl::fromLocalFile(opening.path));
        return;
    case AttachmentOpening::Verdict::ShowFolder:
        if (MessageBox::choose(this, QMessageBox::Warning, tr("Not opened"), opening.message,
                               {tr("Open the folder"), tr("Cancel")}, 0, 1)
                == 0
            && !MessageBox::testMode())
            QDesktopServices::openUrl(QUrl::fromLocalFile(opening.folder));
        return;
    case AttachmentOpening::Verdict::Refused:
        MessageBox::warning(this, tr("Not opened"),
                            opening.message.isEmpty() ? tr("The attachment no longer exists.") : opening.message);
        return;
    }
}

void ResultsPanel::checkAttachments()
{
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    const QList<AttachmentProblem> problems = ResultRepository(m_db).checkAttachments(row->resultId);
    if (problems.isEmpty()) {
        MessageBox::information(this, tr("Attached files"),
                                tr("Every attached file is there and unchanged (SHA-256 checked)."));
        return;
    }
    QStringList lines;
    for (const AttachmentProblem& p : problems)
        lines << (p.missing ? tr("%1: missing").arg(p.attachment.fileName)
                            : tr("%1: changed since it was attached").arg(p.attachment.fileName));
    MessageBox::warning(this, tr("Attached files"), lines.join(QLatin1Char('\n')));
}

void ResultsPanel::runBulk(ResultAction action, const QList<ResultRow>& selected)
{
    const ResultOperations results(m_db, m_actor);
    QList<ResultRow> eligible;
    QMap<QString, int> skipped; // state (or "none") → rows
    for (const ResultRow& row : selected) {
        const QString state = row.latest ? row.latest->state : kNone;
        if (row.hasResult() && results.check(action, row).ok())
            eligible << row;
        else
            skipped[state] += 1;
    }
    QString title;
    QString rule;
    switch (action) {
    case ResultAction::Submit:
        title = tr("Submit for review");
        rule = tr("only an entered or returned result can be submitted");
        break;
    case ResultAction::Approve:
        title = tr("Approve");
        rule = tr("only a result awaiting review can be approved");
        break;
    case ResultAction::Publish:
        title = tr("Publish the results");
        rule = tr("only a reviewed result can be published");
        break;
    default:
        break;
    }
    QStringList skipLines;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        skipLines << tr("%1: %n row(s)", nullptr, it.value())
                         .arg(it.key() == kNone ? tr("Not recorded") : Vocabulary::resultStates().label(it.key()));
    const int skippedCount = int(selected.size() - eligible.size());
    const QString skipText = skippedCount == 0
        ? QString()
        : tr("%n of the selected rows will be skipped (%1):", nullptr, skippedCount).arg(rule) + QLatin1Char('\n')
            + skipLines.join(QLatin1Char('\n'));
    if (eligible.isEmpty()) {
        MessageBox::information(
            this, title,
            tr("None of the %n selected rows can be changed this way (%1):", nullptr, int(selected.size())).arg(rule)
                + QLatin1Char('\n') + skipLines.join(QLatin1Char('\n')));
        return;
    }

    const int n = int(eligible.size());
    QString question;
    QString button;
    switch (action) {
    case ResultAction::Submit:
        question = tr("Submit %n result(s) for review?", nullptr, n);
        button = tr("Submit %n", nullptr, n);
        break;
    case ResultAction::Approve:
        question = tr("Approve %n result(s)?", nullptr, n);
        button = tr("Approve %n", nullptr, n);
        break;
    case ResultAction::Publish:
        question = tr("Publish %n result(s)? A published result is never changed: a mistake can only be corrected "
                      "by a new version with a reason.",
                      nullptr, n);
        button = tr("Publish %n", nullptr, n);
        break;
    default:
        break;
    }
    if (!skipText.isEmpty())
        question += QStringLiteral("\n\n") + skipText;
    if (!MessageBox::confirm(this, title, question, button))
        return;

    // One transaction for the click (ResultOperations::applyToAll): every row is its own audited step, and either
    // all of them are stored or, on a refusal, an error or a cancel, none.
    std::unique_ptr<QProgressDialog> progress;
    if (n >= ProgressFrom) {
        progress = std::make_unique<QProgressDialog>(tr("%1: %n result(s)…", nullptr, n).arg(title), tr("Cancel"), 0, n,
                                                     this);
        setPlainLabel(*progress);
        progress->setObjectName(QStringLiteral("bulkProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setValue(0);
    }
    QList<qint64> ids;
    for (const ResultRow& row : std::as_const(eligible))
        ids << row.resultId;
    bool cancelled = false;
    const Outcome outcome = ResultOperations(m_db, m_actor).applyToAll(action, ids, [&](int done, int) {
        if (!progress)
            return true;
        progress->setValue(done);
        cancelled = progress->wasCanceled();
        return !cancelled;
    });
    if (progress)
        progress->reset();
    if (cancelled) {
        MessageBox::information(this, title, tr("Cancelled: nothing was changed."));
        reload();
        return;
    }
    if (!outcome) {
        MessageBox::warning(this, title, tr("Nothing was changed: %1").arg(outcome.message()));
        reload();
        return;
    }
    reload();
    Q_EMIT resultsChanged(m_planId);
    QString done;
    switch (action) {
    case ResultAction::Submit:
        done = tr("%n result(s) submitted for review.", nullptr, n);
        break;
    case ResultAction::Approve:
        done = tr("%n result(s) approved.", nullptr, n);
        break;
    case ResultAction::Publish:
        done = tr("%n result(s) published.", nullptr, n);
        break;
    default:
        break;
    }
    if (skippedCount > 0)
        done += QLatin1Char('\n') + tr("%n selected row(s) skipped (%1):", nullptr, skippedCount).arg(rule)
            + QLatin1Char('\n') + skipLines.join(QLatin1Char('\n'));
    MessageBox::information(this, title, done);
}

void ResultsPanel::viewVersion(int index)
{
    const auto row = currentRow();
    if (!row || !row->hasResult())
        return;
    const QList<ResultVersion> versions = ResultRepository(m_db).history(row->resultId);
    if (versions.isEmpty())
        return;
    if (index < 0)
        index = m_history->currentRow() >= 0 ? m_history->currentRow() : int(versions.size()) - 1;
    if (index >= versions.size())
        return;
    auto* dialog = new ResultVersionDialog(m_db, *row, versions.at(index), versions.last().version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
