#include "AuditPage.h"

#include "AuditQuery.h"
#include "AuditTableModel.h"
#include "Database.h"
#include "DocumentPrinter.h"
#include "ElidedTextDelegate.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "PackageCheck.h"
#include "Palette.h"
#include "PlainText.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kDebounceMs = 200;

QComboBox* filterCombo(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// Fills a filter combo with "all" and the values present, keeping the chosen value.
void fill(QComboBox* combo, const QString& allText, const QStringList& values,
          const std::function<QString(const QString&)>& label)
{
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(allText, QString());
    QList<std::pair<QString, QString>> items;
    for (const QString& value : values)
        items.append({label(value), value});
    std::sort(items.begin(), items.end());
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

AuditPage::AuditPage(Database& db, QWidget* parent)
    : Page(parent)
    , m_db(db)
    , m_model(new AuditTableModel(db, this))
    , m_banner(new PlainLabel(this))
    , m_verifyButton(new QPushButton(tr("Verify"), this))
    , m_from(new OptionalDateEdit(tr("Any"), this))
    , m_to(new OptionalDateEdit(tr("Any"), this))
    , m_user(filterCombo(QStringLiteral("userFilter"), this))
    , m_objectType(filterCombo(QStringLiteral("objectTypeFilter"), this))
    , m_action(filterCombo(QStringLiteral("actionFilter"), this))
    , m_objectId(new QLineEdit(this))
    , m_count(new PlainLabel(this))
    , m_notice(new PlainLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QStackedWidget(this))
    , m_entryTitle(new PlainLabel(this))
    , m_entryMeta(new PlainLabel(this))
    , m_changes(new QTableWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* heading = new PlainLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading);
    header->addStretch(1);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Recompute every entry's hash: shows whether any entry was changed, deleted, "
                                  "inserted or reordered outside the program."));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Write the listed entries to an Excel (.xlsx) or CSV file."));
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto* packageButton = new QPushButton(tr("Check a package…"), this);
    packageButton->setObjectName(QStringLiteral("checkPackageButton"));
    packageButton->setToolTip(tr("Confirm that a published website package's audit head is still in this trail with "
                                 "the same hash: a history rewritten or cut after the publication shows here."));
    connect(packageButton, &QPushButton::clicked, this, &AuditPage::checkAgainstPackage);
    header->addWidget(m_verifyButton);
    header->addWidget(packageButton);
    header->addWidget(exportButton);
    header->addWidget(printButton);
    layout->addLayout(header);

    m_banner->setObjectName(QStringLiteral("chainBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    layout->addWidget(m_banner);

    auto* filters = new QHBoxLayout;
    m_objectId->setObjectName(QStringLiteral("objectIdSearch"));
    m_objectId->setPlaceholderText(tr("Object id contains… (code, file name)"));
    m_objectId->setClearButtonEnabled(true);
    m_objectId->setMinimumWidth(180);
    filters->addWidget(m_objectId, 1);
    filters->addWidget(m_user);
    filters->addWidget(m_objectType);
    filters->addWidget(m_action);
    layout->addLayout(filters);
    auto* dates = new QHBoxLayout;
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_from->setDate({});
    m_to->setDate({});
    dates->addWidget(new PlainLabel(tr("From"), this));
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(new PlainLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_count->setObjectName(QStringLiteral("countLabel"));
    dates->addWidget(m_count);
    layout->addLayout(dates);

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table->setObjectName(QStringLiteral("table"));
    // Object ids of files are paths: their ends say the most.
    ElidedTextDelegate::install(m_table)->setMiddleElided(m_model->columnOf(QStringLiteral("objectId")));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QChar(0x4E2D));
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->horizontalHeader()->resizeSection(
            column, m_model->columnWidthChars(m_model->columnFields().at(column)) * em + 16);
    splitter->addWidget(m_table);

    auto* placeholder = new PlainLabel(tr("Select an entry to see what it changed."), m_detail);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_detail->addWidget(placeholder);
    auto* pane = new QWidget(m_detail);
    auto* paneLayout = new QVBoxLayout(pane);
    m_entryTitle->setObjectName(QStringLiteral("entryTitle"));
    m_entryTitle->setWordWrap(true);
    m_entryTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_entryTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_entryTitle->setFont(titleFont);
    m_entryMeta->setObjectName(QStringLiteral("entryMeta"));
    m_entryMeta->setWordWrap(true);
    m_entryMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("changesTable"));
    ElidedTextDelegate::install(m_changes);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setWordWrap(true);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    paneLayout->addWidget(m_entryTitle);
    paneLayout->addWidget(m_entryMeta);
    paneLayout->addWidget(m_changes, 1);
    m_detail->addWidget(pane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 420});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::applyFilterNow);
    connect(m_objectId, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_user, m_objectType, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilterNow();
        });
    for (OptionalDateEdit* edit : {m_from, m_to})
        connect(edit, &OptionalDateEdit::dateChanged, this, &AuditPage::applyFilterNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showCurrentEntry);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &AuditPage::updateCount);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyNow);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportEntries);
    connect(printButton, &QPushButton::clicked, this, &AuditPage::printEntries);

    setChainState({});
}

void AuditPage::showEvent(QShowEvent* event)
{
    // Read when first shown, not when the window is built: a long trail costs a scan for the filter lists.
    if (!m_loaded)
        reloadData();
    Page::showEvent(event);
}

QString AuditPage::title() const
{
    return tr("Audit log");
}

void AuditPage::focusSearch()
{
    m_objectId->setFocus(Qt::ShortcutFocusReason);
    m_objectId->selectAll();
}

void AuditPage::reloadData()
{
    m_loaded = true;
    refillChoices();
    const qint64 seq = m_model->idAt(m_table->currentIndex().row());
    m_model->reload();
    const int row = seq > 0 ? m_model->fetchUntil(seq, 5) : -1;
    if (row >= 0 || m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMax(row, 0), 0));
    showCurrentEntry();
    updateCount();
    if (m_chain.kind == ChainState::Kind::Whole)
        setChainState(m_chain);
}

void AuditPage::showFiltered(const QString& argument)
{
    m_filling = true;
    for (QComboBox* combo : {m_user, m_objectType, m_action})
        combo->setCurrentIndex(0);
    m_filling = false;
    m_objectId->setText(argument);
    applyFilterNow();
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    if (m_from->date().isValid())
        f.from = QDateTime(m_from->date(), QTime(0, 0));
    if (m_to->date().isValid())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)); // the whole last day
    f.user = m_user->currentData().toString();
    f.objectType = m_objectType->currentData().toString();
    f.action = m_action->currentData().toString();
    f.objectIdContains = m_objectId->text().trimmed();
    return f;
}

void AuditPage::applyFilterNow()
{
    m_debounce->stop();
    m_model->setFilter(filter());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showCurrentEntry();
    updateCount();
}

void AuditPage::refillChoices()
{
    m_filling = true;
    fill(m_user, tr("All users"), AuditTrail::distinctValues(m_db, AuditTrail::Column::User),
         [](const QString& v) { return v; });
    fill(m_objectType, tr("All objects"), AuditTrail::distinctValues(m_db, AuditTrail::Column::ObjectType),
         [](const QString& v) { return AuditQuery::objectTypeLabel(v); });
    fill(m_action, tr("All actions"), AuditTrail::distinctValues(m_db, AuditTrail::Column::Action),
         [](const QString& v) { return AuditQuery::actionLabel(v); });
    m_filling = false;
}

void AuditPage::updateCount()
{
    m_count->setText(tr("%Ln entries", nullptr, m_model->totalCount()));
}

void AuditPage::showCurrentEntry()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->setCurrentIndex(0);
        return;
    }
    const AuditEntry& e = m_model->entry(row);
    m_entryTitle->setText(
        tr("No. %1 · %2 · %3 %4")
            .arg(e.seq)
            .arg(AuditQuery::actionLabel(e.action), AuditQuery::objectTypeLabel(e.objectType), e.objectId));
    m_entryMeta->setText(tr("%1 by %2 (UTC %3)").arg(AuditQuery::localTime(e), e.user, e.atUtc));
    const QList<AuditFieldChange> changes = AuditQuery::fieldChanges(e);
    const bool update = !e.oldValues.isEmpty() && !e.newValues.isEmpty();
    m_changes->setRowCount(int(changes.size()));
    QFont bold = m_changes->font();
    bold.setBold(true);
    const QBrush changedBrush(QColor(255, 243, 205));
    for (int i = 0; i < changes.size(); ++i) {
        const AuditFieldChange& c = changes.at(i);
        const QStringList texts = {c.label, c.before, c.after};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(plainToolTip(texts.at(column)));
            if (update && c.changed) {
                item->setFont(bold);
                item->setBackground(changedBrush);
            }
            m_changes->setItem(i, column, item);
        }
    }
    // A creation has no old values and a deletion no new ones: no empty column beside the values.
    m_changes->setColumnHidden(1, e.oldValues.isEmpty() && !e.newValues.isEmpty());
    m_changes->setColumnHidden(2, e.newValues.isEmpty() && !e.oldValues.isEmpty());
    m_changes->resizeRowsToContents();
    m_detail->setCurrentIndex(1);
}

void AuditPage::setChainState(const ChainState& state)
{
    m_chain = state;
    QString text;
    QString style;
    switch (state.kind) {
    case ChainState::Kind::Unchecked:
        text = state.message.isEmpty() ? tr("The audit trail has not been verified yet.") : state.message;
        style = QStringLiteral("background: palette(alternate-base);");
        break;
    case ChainState::Kind::Checking:
        text = tr("Verifying the audit trail…");
        style = QStringLiteral("background: palette(alternate-base);");
        break;
    case ChainState::Kind::Whole: {
        text
            = tr("Intact ✓ %Ln entries: no entry was changed, deleted, inserted or reordered.", nullptr, state.entries);
        // Entries written since the check (a login, an edit) are not in its count: said, so that the banner and the
        // list's count do not seem to disagree.
        const qint64 now = AuditTrail::count(m_db, {});
        if (now > state.entries)
            text += QLatin1Char(' ')
                + tr("%Ln newer entries are not verified yet (Verify checks them).", nullptr, now - state.entries);
        style = QStringLiteral("background: #e3f4e1; color: %1;").arg(Palette::okColor().name());
        break;
    }
    case ChainState::Kind::Broken:
        text = state.badSeq > 0 ? tr("The chain is broken at entry %1 ✗ %2").arg(state.badSeq).arg(state.message)
                                : tr("The audit trail cannot be verified ✗ %1").arg(state.message);
        style = QStringLiteral("background: #fdecea; color: %1; font-weight: bold;").arg(Palette::errorColor().name());
        break;
    }
    m_banner->setText(text);
    m_banner->setStyleSheet(style);
    m_verifyButton->setEnabled(state.kind != ChainState::Kind::Checking);
}

void AuditPage::verifyNow()
{
    QProgressDialog progress(tr("Verifying the audit trail…"), tr("Cancel"), 0, 1000, this);
    setPlainLabel(progress);
    progress.setWindowTitle(tr("Verify the audit trail"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    qint64 entries = 0;
    bool cancelled = false;
    const auto problem = AuditTrail::verify(
        m_db, &entries,
        [&progress](qint64 checked, qint64 total) {
            progress.setValue(total > 0 ? int(checked * 1000 / total) : 0);
            QApplication::processEvents();
            return !progress.wasCanceled();
        },
        &cancelled);
    progress.reset();
    ChainState state;
    if (cancelled) {
        state.message = tr("The verification was cancelled; the audit trail was not verified.");
    } else if (problem) {
        state.kind = ChainState::Kind::Broken;
        state.badSeq = problem->seq;
        state.message = problem->message;
    } else {
        state.kind = ChainState::Kind::Whole;
        state.entries = entries;
    }
    setChainState(state);
    Q_EMIT chainChecked(state);
}

void AuditPage::exportEntries()
{
    const QString name = tr("Audit log") + QDate::currentDate().toString(QStringLiteral("-yyyyMMdd"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                     ExportFolder::proposed(m_db, name + QStringLiteral(".xlsx")),
                                                     tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    QString error;
    int rows = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = AuditQuery::exportTo(m_db, filter(), path, &error, &rows);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Nothing was exported"), error);
        return;
    }
    reloadData();
    Q_EMIT dataModified();
    m_notice->setText(
        tr("%Ln entries were exported to %1. The export is itself recorded in the audit log.", nullptr, rows)
            .arg(QDir::toNativeSeparators(path)));
    m_notice->show();
}

void AuditPage::printEntries()
{
    QString error;
    int rows = 0;
    const auto doc = AuditQuery::printDocument(m_db, filter(), m_banner->text(), &error, &rows);
    if (!doc) {
        MessageBox::warning(this, tr("Nothing to print"), error);
        return;
    }
    // The audit log's own print entry names the filter and the rows rather than the title.
    if (DocumentPrinter::preview(this, m_db, *doc, DocumentPrinter::PrintEntry::CallerRecords)
        && !AuditQuery::recordPrinted(m_db, filter(), rows, &error))
        MessageBox::warning(this, tr("Printing was not recorded"), error);
    reloadData();
    Q_EMIT dataModified();
}

void AuditPage::checkAgainstPackage()
{
    const QString dir = FileDialog::getExistingDirectory(this, tr("Choose the folder of a published website package"),
                                                         ExportFolder::start(m_db));
    if (dir.isEmpty())
        return;
    ExportFolder::remember(m_db, dir, true);
    PackageManifest manifest;
    QApplication::setOverrideCursor(Qt::WaitCursor); // the chain is walked up to the package's entry
    const std::optional<QString> difference = PackageCheck::againstAuditTrail(m_db, dir, &manifest);
    QApplication::restoreOverrideCursor();
    if (difference) {
        MessageBox::warning(this, tr("The package does not agree with the audit trail"), *difference);
        return;
    }
    MessageBox::information(
        this, tr("The package agrees with the audit trail"),
        tr("The website package of %1, published at %2 (UTC), pinned audit entry %3. That entry is still in the trail "
           "with the same hash, and the trail is whole up to it.")
            .arg(manifest.plan, manifest.publishedAt)
            .arg(manifest.auditSeq));
}
