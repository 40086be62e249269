#include "ItemPage.h"

#include "Database.h"
#include "DetailForm.h"
#include "ExportFile.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "ItemDialog.h"
#include "ItemRepository.h"
#include "ItemTableModel.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "Publication.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
const QString kActive = QStringLiteral("active");
const QString kRetired = QStringLiteral("retired");

QList<QPair<QString, QVariant>> entries(const Vocabulary& vocabulary)
{
    QList<QPair<QString, QVariant>> list;
    for (const Term& term : vocabulary.terms())
        list.append({vocabulary.label(term.key), term.key});
    return list;
}
} // namespace

ItemPage::ItemPage(Database& db, QWidget* parent)
    : RegistryPage(db, parent)
    , m_db(db)
    , m_model(new ItemTableModel(db, this))
{
    setObjectName(QStringLiteral("itemPage"));
    setupPage(m_model, tr("Search code, name, legal basis or content (Ctrl+F)"));
    addImportExport(Registry::Items);
    QPushButton* listPage = addHeaderButton(QStringLiteral("exportListPageButton"), tr("Export list web page…"));
    listPage->setToolTip(tr("The items in force today as one web page for the bureau's website (抽查事项清单)."));
    connect(listPage, &QPushButton::clicked, this, &ItemPage::exportListPage);
    m_status = addFilterCombo(QStringLiteral("statusFilter"), tr("Any status"), entries(Vocabulary::itemStatuses()));
    m_category
        = addFilterCombo(QStringLiteral("categoryFilter"), tr("All categories"), entries(Vocabulary::categories()));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (m_status->currentData().toString() == kRetired && !showInactiveBox()->isChecked()) {
            const QSignalBlocker blocker(showInactiveBox());
            showInactiveBox()->setChecked(true);
        }
    });

    m_pane = createDetailPane();
    m_edit = addDetailButton(m_pane, QStringLiteral("editButton"), tr("Edit…"));
    m_edit->setToolTip(tr("Enter or double-click a row. Saving keeps the earlier version."));
    m_withdraw = addDetailButton(m_pane, QStringLiteral("withdrawButton"),
                                 tr("Set to %1…").arg(Vocabulary::itemStatuses().label(kRetired)));
    m_reinstate = addDetailButton(m_pane, QStringLiteral("reinstateButton"),
                                  tr("Set back to %1…").arg(Vocabulary::itemStatuses().label(kActive)));
    auto* historyHeading
        = new PlainLabel(tr("Versions (newest first) — select one to see the item as it was"), m_pane.widget);
    historyHeading->setWordWrap(true);
    QFont bold = historyHeading->font();
    bold.setBold(true);
    historyHeading->setFont(bold);
    m_history = new QListWidget(m_pane.widget);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setMaximumHeight(m_history->fontMetrics().lineSpacing() * 6 + 12);
    // The history goes above the fields, so choosing a version and reading it happen in one place.
    m_pane.layout->insertWidget(m_pane.layout->indexOf(m_pane.fields), historyHeading);
    m_pane.layout->insertWidget(m_pane.layout->indexOf(m_pane.fields), m_history);
    m_pane.layout->addStretch(1);
    connect(m_history, &QListWidget::currentRowChanged, this, &ItemPage::showVersion);
    connect(m_edit, &QPushButton::clicked, this, &ItemPage::editCurrent);
    connect(m_withdraw, &QPushButton::clicked, this, [this] { setCurrentStatus(kRetired); });
    connect(m_reinstate, &QPushButton::clicked, this, [this] { setCurrentStatus(kActive); });

    applyFilterNow();
}

QString ItemPage::title() const
{
    return tr("Inspection items");
}

QString ItemPage::createActionText() const
{
    return tr("New inspection item…");
}

QString ItemPage::emptyRegistryText() const
{
    return tr("No inspection items yet. Add the first one with “%1” (Ctrl+N).").arg(createActionText());
}

void ItemPage::applyFilter()
{
    ItemFilter filter;
    filter.text = searchText();
    filter.status = m_status->currentData().toString();
    if (filter.status.isEmpty() && !showInactive())
        filter.status = kActive;
    filter.category = m_category->currentData().toString();
    m_model->setFilter(filter);
}

void ItemPage::showDetail(int row)
{
    const InspectionItem& item = m_model->record(row);
    m_pane.title->setText(QStringLiteral("%1 %2").arg(item.code, item.name));
    const bool active = item.status == kActive;
    m_withdraw->setVisible(active);
    m_reinstate->setVisible(!active);
    m_versions = ItemRepository(m_db).history(item.id);
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    for (const InspectionItemVersion& v : std::as_const(m_versions)) {
        const QString when = v.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        new QListWidgetItem(tr("Version %1 · %2 · %3").arg(v.version).arg(when, v.recordedBy), m_history);
    }
    if (m_versions.isEmpty()) {
        m_pane.fields->setRows(detailRows(item));
        return;
    }
    m_history->setCurrentRow(0);
    showVersion(0);
}

void ItemPage::showVersion(int index)
{
    if (index < 0 || index >= m_versions.size())
        return;
    m_pane.fields->setRows(detailRows(m_versions.at(index).item));
}

QList<QPair<QString, QString>> ItemPage::detailRows(const InspectionItem& item)
{
    QList<QPair<QString, QString>> rows;
    for (const QString& field : InspectionItem::fields())
        rows.append({InspectionItem::fieldLabel(field), ItemTableModel::displayValue(item, field)});
    QStringList points;
    for (qsizetype i = 0; i < item.checklist.size(); ++i)
        points << Checklist::pointText(int(i + 1), item.checklist.at(i));
    rows.append({InspectionItem::fieldLabel(QStringLiteral("checklist")),
                 points.isEmpty() ? tr("none yet (add the check points in the item's dialog)")
                                  : points.join(QLatin1Char('\n'))});
    return rows;
}

void ItemPage::openDialog(const std::optional<InspectionItem>& item)
{
    auto* dialog = new ItemDialog(m_db, actor(), item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const InspectionItem saved = dialog->savedItem();
        recordSaved(saved.id, QStringLiteral("%1 %2").arg(saved.code, saved.name), saved.code);
    });
    dialog->open();
}

void ItemPage::createNew()
{
    openDialog(std::nullopt);
}

void ItemPage::showFiltered(const QString& argument)
{
    const qint64 id = recordId(argument);
    if (const auto item = id ? ItemRepository(m_db).find(id) : std::nullopt)
        showRecord(id, item->code);
    else
        clearFilters();
}

void ItemPage::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto item = ItemRepository(m_db).find(m_model->record(row).id);
    if (!item) {
        MessageBox::warning(this, tr("Item not found"), tr("This item no longer exists. The list is read again."));
        reloadData();
        return;
    }
    openDialog(item);
}

void ItemPage::editCurrent()
{
    editRow(currentRow());
}

void ItemPage::setCurrentStatus(const QString& status)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const InspectionItem item = m_model->record(row);
    const QString label = Vocabulary::itemStatuses().label(status);
    const QString text = status == kActive
        ? tr("Set %1 %2 back to %3? It is on the published item list again and can be chosen for new plans.")
              .arg(item.code, item.name, label)
        : tr("Set %1 %2 to %3? It leaves the published item list and cannot be chosen for new plans. Its versions "
             "and the plans that used it are kept, and you can set it back to %4 at any time.")
              .arg(item.code, item.name, label, Vocabulary::itemStatuses().label(kActive));
    if (!MessageBox::confirm(this, tr("Change status"), text, tr("Set to %1").arg(label)))
        return;
    if (const Outcome outcome = operations().setItemStatus(item.id, status); !outcome) {
        MessageBox::warning(this, tr("Status not changed"), outcome.message());
        return;
    }
    recordSaved(item.id, tr("%1 %2 is now %3").arg(item.code, item.name, label), item.code);
}

void ItemPage::exportListPage()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the item list as a web page"),
        ExportFolder::proposed(m_db, tr("item list") + QStringLiteral(".html")), tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    QString error;
    if (!ExportFile::write(m_db, path, Publication::itemListPage(m_db, QDate::currentDate()).toUtf8(),
                           {{QStringLiteral("title"), tr("item list")}}, &error)) {
        MessageBox::warning(this, tr("Not exported"), error);
        return;
    }
    showNotice(tr("The item list was written to %1.").arg(QDir::toNativeSeparators(path)));
}
