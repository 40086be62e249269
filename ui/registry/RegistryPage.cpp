#include "RegistryPage.h"

#include "ElidedTextDelegate.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "RegistryExport.h"

#include "DetailForm.h"
#include "PagedTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kDebounceMs = 150;
constexpr int kPagesToFindSavedRecord = 10;
} // namespace

RegistryPage::RegistryPage(Database& db, QWidget* parent)
    : Page(parent)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_filters(new QHBoxLayout)
    , m_showInactive(new QCheckBox(tr("Show inactive"), this))
    , m_count(new PlainLabel(this))
    , m_table(new QTableView(this))
    , m_emptyHint(new PlainLabel(this))
    , m_clearFiltersButton(new QPushButton(tr("Clear search and filters"), this))
    , m_notice(new PlainLabel(this))
    , m_noticeButton(new QPushButton(this))
    , m_detailStack(new QStackedWidget(this))
    , m_debounce(new QTimer(this))
{ }

void RegistryPage::setupPage(PagedTableModel* model, const QString& searchPlaceholder)
{
    m_model = model;
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_header = header;
    auto* heading = new PlainLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading);
    header->addStretch(1);
    if (!createActionText().isEmpty()) {
        m_createButton = new QPushButton(createActionText(), this);
        m_createButton->setObjectName(QStringLiteral("createButton"));
        m_createButton->setToolTip(tr("Ctrl+N"));
        connect(m_createButton, &QPushButton::clicked, this, [this] { createNew(); });
        header->addWidget(m_createButton);
    }
    layout->addLayout(header);

    // The search and the count on one row, the filters on the next: side by side they needed 990 px, more than a
    // 1024×768 screen leaves beside the navigation, and the drop-downs were cut (issue 17).
    auto* toolbar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);
    toolbar->addWidget(m_search, 2);
    toolbar->addStretch(1);
    m_count->setObjectName(QStringLiteral("countLabel"));
    toolbar->addWidget(m_count);
    layout->addLayout(toolbar);
    auto* filterRow = new QHBoxLayout;
    filterRow->addLayout(m_filters);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    filterRow->addWidget(m_showInactive);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    auto* noticeRow = new QHBoxLayout;
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_noticeButton->setObjectName(QStringLiteral("noticeButton"));
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_noticeButton);
    layout->addLayout(noticeRow);
    hideNotice();
    connect(m_noticeButton, &QPushButton::clicked, this, [this] {
        const auto action = m_noticeAction;
        hideNotice();
        if (action)
            action();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setParent(left);
    m_table->setObjectName(QStringLiteral("table"));
    ElidedTextDelegate::install(m_table);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Columns as wide as their content usually is (and at least as their heading).
    const int em = m_table->fontMetrics().horizontalAdvance(QChar(0x4E2D));
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString field = model->columnFields().at(column);
        const int content = model->columnWidthChars(field) * em + 12;
        const int heading = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 28;
        m_table->horizontalHeader()->resizeSection(column, qMax(content, heading));
    }
    const int sortColumn = qMax(0, model->columnOf(model->sortField()));
    m_table->horizontalHeader()->setSortIndicator(sortColumn, model->sortOrder());
    m_table->setSortingEnabled(model->canSortAnyColumn());
    leftLayout->addWidget(m_table, 1);
    auto* hintRow = new QHBoxLayout;
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    hintRow->addWidget(m_emptyHint, 1);
    hintRow->addWidget(m_clearFiltersButton);
    leftLayout->addLayout(hintRow);
    connect(m_clearFiltersButton, &QPushButton::clicked, this, &RegistryPage::clearFilters);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* placeholder = new PlainLabel(tr("Select a row to see all its details here."), m_detailStack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_detailStack->addWidget(placeholder);
    scroll->setWidget(m_detailStack);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 340});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RegistryPage::applyFilterNow);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_showInactive, &QCheckBox::toggled, this, &RegistryPage::applyFilterNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryPage::currentRowChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (mayEdit())
            editRow(index.row());
    });
    connect(model, &PagedTableModel::totalCountChanged, this, &RegistryPage::updateEmptyHint);
    connect(model, &QAbstractItemModel::modelReset, this, &RegistryPage::updateEmptyHint);

    // Esc in the search box clears it; the down arrow goes to the list (eventFilter).
    m_search->installEventFilter(this);
}

bool RegistryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key == Qt::Key_Down) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

QComboBox* RegistryPage::addFilterCombo(const QString& objectName, const QString& allText,
                                        const QList<QPair<QString, QVariant>>& entries)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(allText, QVariant());
    for (const auto& [text, data] : entries)
        combo->addItem(text, data);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addFilterWidget(combo);
    m_filterCombos << combo;
    connect(combo, &QComboBox::currentIndexChanged, this, &RegistryPage::applyFilterNow);
    return combo;
}

void RegistryPage::addFilterWidget(QWidget* widget)
{
    widget->setParent(this);
    m_filters->addWidget(widget);
}

void RegistryPage::setDetailWidget(QWidget* widget)
{
    m_detailStack->addWidget(widget);
}

RegistryPage::DetailPane RegistryPage::createDetailPane()
{
    DetailPane pane;
    pane.widget = new QWidget(this);
    pane.layout = new QVBoxLayout(pane.widget);
    pane.title = new PlainLabel(pane.widget);
    pane.title->setObjectName(QStringLiteral("detailTitle"));
    pane.title->setWordWrap(true);
    pane.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = pane.title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    pane.title->setFont(titleFont);
    pane.layout->addWidget(pane.title);
    pane.buttons = new QHBoxLayout;
    pane.buttons->addStretch(1);
    pane.layout->addLayout(pane.buttons);
    pane.fields = new DetailForm(pane.widget);
    pane.fields->setObjectName(QStringLiteral("detailFields"));
    pane.layout->addWidget(pane.fields);
    setDetailWidget(pane.widget);
    return pane;
}

QPushButton* RegistryPage::addDetailButton(const DetailPane& pane, const QString& objectName, const QString& text)
{
    auto* button = new QPushButton(text, pane.widget);
    button->setObjectName(objectName);
    pane.buttons->insertWidget(pane.buttons->count() - 1, button);
    button->setEnabled(mayEdit());
    m_detailButtons.append(button);
    return button;
}

QList<QPushButton*> RegistryPage::writeButtons() const
{
    // The detail pane's own buttons, the conflict section's (entity and inspector pages) and the blacklist's.
    return m_detailButtons + findChildren<QPushButton*>(QStringLiteral("addConflictButton"))
        + findChildren<QPushButton*>(QStringLiteral("blacklistButton"));
}

void RegistryPage::permissionsChanged()
{
    for (QPushButton* button : {m_createButton, m_importButton})
        if (button)
            button->setEnabled(mayEdit());
    for (QPushButton* button : writeButtons())
        button->setEnabled(mayEdit());
    if (m_model)
        currentRowChanged(); // the page sets its buttons for the selected record again
}

QString RegistryPage::searchText() const
{
    return m_search->text().trimmed();
}

bool RegistryPage::showInactive() const
{
    return m_showInactive->isChecked();
}

void RegistryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegistryPage::reloadData()
{
    const qint64 id = currentId();
    m_model->refresh();
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    currentRowChanged();
    updateEmptyHint();
}

bool RegistryPage::filtersActive() const
{
    for (const QComboBox* combo : m_filterCombos)
        if (combo->currentIndex() > 0)
            return true;
    return false;
}

void RegistryPage::clearFilters()
{
    if (m_applying)
        return;
    m_applying = true;
    m_search->clear();
    for (QComboBox* combo : m_filterCombos)
        combo->setCurrentIndex(0);
    resetFilters();
    m_applying = false;
    applyFilterNow();
}

void RegistryPage::applyFilterNow()
{
    if (m_applying || !m_model)
        return;
    m_debounce->stop();
    const qint64 id = currentId();
    applyFilter();
    // Keep the selected record when it still matches; otherwise select the first one, so the detail pane shows
    // something and Enter edits the best match of what was typed.
    const int row = m_model->rowOfId(id);
    if (row >= 0 || m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMax(row, 0), 0));
    currentRowChanged();
    updateEmptyHint();
}

qint64 RegistryPage::currentId() const
{
    return m_model ? m_model->idAt(currentRow()) : 0;
}

int RegistryPage::currentRow() const
{
    const QModelIndex index = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return index.isValid() ? index.row() : -1;
}

bool RegistryPage::selectId(qint64 id)
{
    const int row = m_model->fetchUntil(id, kPagesToFindSavedRecord);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    currentRowChanged();
    return true;
}

bool RegistryPage::showRecord(qint64 id, const QString& searchText)
{
    m_applying = true;
    for (QComboBox* combo : m_filterCombos)
        combo->setCurrentIndex(0);
    resetFilters();
    m_showInactive->setChecked(true);
    m_search->setText(searchText);
    m_applying = false;
    applyFilterNow();
    return selectId(id);
}

void RegistryPage::currentRowChanged()
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailStack->setCurrentIndex(0);
        return;
    }
    showDetail(row);
    if (!mayEdit())
        for (QPushButton* button : writeButtons())
            button->setEnabled(false);
    m_detailStack->setCurrentIndex(1);
}

void RegistryPage::updateEmptyHint()
{
    const int total = m_model->totalCount();
    m_count->setText(tr("%Ln record(s)", nullptr, total));
    const bool narrowed = filtersActive() || !searchText().isEmpty();
    if (total > 0) {
        m_emptyHint->hide();
        m_clearFiltersButton->hide();
        return;
    }
    if (narrowed)
        m_emptyHint->setText(tr("Nothing matches the search and filters."));
    else if (!showInactive())
        m_emptyHint->setText(emptyRegistryText() + QLatin1Char(' ')
                             + tr("Deactivated records are hidden; tick “Show inactive” to list them."));
    else
        m_emptyHint->setText(emptyRegistryText());
    m_emptyHint->show();
    m_clearFiltersButton->setVisible(narrowed);
}

void RegistryPage::showNotice(const QString& text, const QString& buttonText, std::function<void()> action)
{
    m_notice->setText(text);
    m_notice->show();
    m_noticeAction = std::move(action);
    m_noticeButton->setText(buttonText);
    m_noticeButton->setVisible(!buttonText.isEmpty() && m_noticeAction);
}

void RegistryPage::hideNotice()
{
    m_notice->hide();
    m_notice->clear();
    m_noticeButton->hide();
    m_noticeAction = {};
}

void RegistryPage::recordSaved(qint64 id, const QString& description, const QString& searchToFindIt)
{
    m_model->refresh();
    if (selectId(id)) {
        showNotice(tr("Saved: %1.").arg(description));
    } else {
        currentRowChanged();
        showNotice(tr("Saved: %1. The current search and filters do not show it.").arg(description), tr("Show it"),
                   [this, id, searchToFindIt] { showRecord(id, searchToFindIt); });
    }
    updateEmptyHint();
    Q_EMIT dataModified();
}

void RegistryPage::addImportExport(Registry registry)
{
    const int at = m_createButton ? m_header->indexOf(m_createButton) : m_header->count();
    auto* importButton = m_importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Read rows from an Excel (.xlsx) or CSV file; you see every row's result before "
                                "anything is saved."));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Write the whole list to an Excel (.xlsx) or CSV file."));
    auto* templateButton = new QPushButton(tr("Blank template…"), this);
    templateButton->setObjectName(QStringLiteral("templateButton"));
    templateButton->setToolTip(tr("An empty Excel file with the right column headings, to fill in and import."));
    m_header->insertWidget(at, templateButton);
    m_header->insertWidget(at, exportButton);
    m_header->insertWidget(at, importButton);
    connect(importButton, &QPushButton::clicked, this, [this, registry] { importFile(registry); });
    connect(exportButton, &QPushButton::clicked, this, [this, registry] { exportFile(registry, false); });
    connect(templateButton, &QPushButton::clicked, this, [this, registry] { exportFile(registry, true); });
}

QPushButton* RegistryPage::addHeaderButton(const QString& objectName, const QString& text)
{
    const int at = m_createButton ? m_header->indexOf(m_createButton) : m_header->count();
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_header->insertWidget(at, button);
    return button;
}

void RegistryPage::importFile(Registry registry)
{
    if (ImportDialog::run(m_db, actor(), registry, this)) {
        reloadData();
        showNotice(tr("The import was saved."));
    }
}

void RegistryPage::exportFile(Registry registry, bool templateOnly)
{
    const QString base = templateOnly ? tr("%1 template").arg(title()) : title();
    const QString path
        = FileDialog::getSaveFileName(this, templateOnly ? tr("Save a blank template") : tr("Export %1").arg(title()),
                                      ExportFolder::proposed(m_db, base + QStringLiteral(".xlsx")),
                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    QString error;
    int rows = 0;
    const bool ok = templateOnly ? RegistryExport::exportTemplate(registry, path, &error)
                                 : RegistryExport::exportRegistry(m_db, registry, path, &error, &rows);
    if (!ok) {
        MessageBox::warning(this, tr("Nothing was exported"), error);
        return;
    }
    showNotice(templateOnly ? tr("The template was saved as %1.").arg(QDir::toNativeSeparators(path))
                            : tr("%n rows were exported to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
}
