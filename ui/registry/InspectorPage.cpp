#include "InspectorPage.h"

#include "DateEdit.h"
#include "ConflictSection.h"
#include "Database.h"
#include "DetailForm.h"
#include "InspectorDialog.h"
#include "InspectorRepository.h"
#include "InspectorTableModel.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
const QString kOnDuty = QStringLiteral("on_duty");
}

InspectorPage::InspectorPage(Database& db, QWidget* parent)
    : RegistryPage(db, parent)
    , m_db(db)
    , m_model(new InspectorTableModel(db, this))
{
    setObjectName(QStringLiteral("inspectorPage"));
    setupPage(m_model, tr("Search name, registry code or certificate number (Ctrl+F)"));
    addImportExport(Registry::Inspectors);
    m_section = addFilterCombo(QStringLiteral("sectionFilter"), tr("All sections"), {});
    fillSections();
    QList<QPair<QString, QVariant>> statuses;
    for (const Term& term : Vocabulary::inspectorStatuses().terms())
        statuses.append({Vocabulary::inspectorStatuses().label(term.key), term.key});
    m_status = addFilterCombo(QStringLiteral("statusFilter"), tr("Any status"), statuses);
    m_certified = addFilterCombo(QStringLiteral("certifiedFilter"), tr("Certificate: any"),
                                 {{tr("Certified on"), 1}, {tr("Not certified on"), 0}});
    m_certifiedOn = new DateEdit(QDate::currentDate(), this);
    m_certifiedOn->setObjectName(QStringLiteral("certifiedOnDate"));
    m_certifiedOn->setToolTip(tr("The day the certificate must be valid on: the inspection date, or today."));
    m_certifiedOn->setEnabled(false);
    m_certifiedOn->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // the whole date, never squeezed
    addFilterWidget(m_certifiedOn);
    connect(m_certified, &QComboBox::currentIndexChanged, this,
            [this] { m_certifiedOn->setEnabled(m_certified->currentData().isValid()); });
    connect(m_certifiedOn, &QDateEdit::dateChanged, this, &InspectorPage::applyFilterNow);
    showInactiveBox()->setToolTip(tr("Also list inspectors who are not on duty (on leave, transferred, retired)."));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        if (!status.isEmpty() && status != kOnDuty && !showInactiveBox()->isChecked()) {
            const QSignalBlocker blocker(showInactiveBox());
            showInactiveBox()->setChecked(true);
        }
    });

    m_pane = createDetailPane();
    m_edit = addDetailButton(m_pane, QStringLiteral("editButton"), tr("Edit…"));
    m_edit->setToolTip(tr("Enter or double-click a row"));
    m_changeStatus = addDetailButton(m_pane, QStringLiteral("statusButton"), tr("Change status"));
    auto* menu = new QMenu(m_changeStatus);
    for (const Term& term : Vocabulary::inspectorStatuses().terms()) {
        QAction* action = menu->addAction(tr("Set to %1…").arg(Vocabulary::inspectorStatuses().label(term.key)));
        action->setObjectName(QStringLiteral("setStatus_") + term.key);
        const QString key = term.key;
        connect(action, &QAction::triggered, this, [this, key] { setCurrentStatus(key); });
    }
    m_changeStatus->setMenu(menu);
    m_delete = addDetailButton(m_pane, QStringLiteral("deleteButton"), tr("Delete…"));
    m_conflicts = new ConflictSection(db, ConflictSection::Owner::Inspector, *this, m_pane.widget);
    m_pane.layout->addWidget(m_conflicts);
    m_pane.layout->addStretch(1);
    connect(m_edit, &QPushButton::clicked, this, &InspectorPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &InspectorPage::deleteCurrent);
    connect(m_conflicts, &ConflictSection::conflictAdded, this, [this] {
        showDetail(currentRow());
        Q_EMIT dataModified();
    });

    applyFilterNow();
}

QString InspectorPage::title() const
{
    return tr("Inspectors");
}

QString InspectorPage::createActionText() const
{
    return tr("New inspector…");
}

QString InspectorPage::emptyRegistryText() const
{
    return tr("No inspectors yet. Add the first one with “%1” (Ctrl+N).").arg(createActionText());
}

void InspectorPage::fillSections()
{
    const QString current = m_section->currentData().toString();
    const QSignalBlocker blocker(m_section);
    while (m_section->count() > 1)
        m_section->removeItem(1);
    for (const QString& section : InspectorRepository(m_db).sections())
        m_section->addItem(section, section);
    const int index = m_section->findData(current);
    m_section->setCurrentIndex(!current.isEmpty() && index > 0 ? index : 0);
}

void InspectorPage::reloadData()
{
    fillSections();
    RegistryPage::reloadData();
}

void InspectorPage::showFiltered(const QString& argument)
{
    if (const qint64 id = recordId(argument)) {
        if (const auto inspector = InspectorRepository(m_db).find(id))
            showRecord(id, inspector->code);
        return;
    }
    clearFilters(); // the date back to today too
    if (argument == QLatin1String("certified"))
        m_certified->setCurrentIndex(m_certified->findData(1));
    else if (argument == QLatin1String("uncertified"))
        m_certified->setCurrentIndex(m_certified->findData(0));
}

void InspectorPage::applyFilter()
{
    InspectorFilter filter;
    filter.text = searchText();
    filter.section = m_section->currentData().toString();
    filter.status = m_status->currentData().toString();
    if (filter.status.isEmpty() && !showInactive())
        filter.status = kOnDuty;
    filter.certified = m_certified->currentData().isValid() ? m_certified->currentData().toInt() : -1;
    filter.certifiedOn = m_certifiedOn->date();
    m_model->setFilter(filter);
}

void InspectorPage::resetFilters()
{
    const QSignalBlocker blocker(m_certifiedOn);
    m_certifiedOn->setDate(QDate::currentDate());
    m_certifiedOn->setEnabled(false);
}

void InspectorPage::showDetail(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Inspector& p = m_model->record(row);
    m_pane.title->setText(QStringLiteral("%1（%2）").arg(p.name, p.code));
    QList<QPair<QString, QString>> rows;
    for (const QString& field : Inspector::fields()) {
        rows.append({Inspector::fieldLabel(field), InspectorTableModel::displayValue(p, field)});
        if (field == QLatin1String("certTo")) {
            rows.append({InspectorTableModel::certifiedTodayLabel(),
                         InspectorTableModel::displayValue(p, QStringLiteral("certifiedToday"))});
            // And on the date the clerk asks about, when that is another day.
            const QDate on = m_model->certifiedDate();
            if (on != QDate::currentDate())
                rows.append({InspectorTableModel::certifiedOnLabel(on),
                             p.isCertifiedOn(on) ? InspectorTableModel::tr("Yes") : InspectorTableModel::tr("No")});
        }
    }
    m_pane.fields->setRows(rows);
    for (QAction* action : m_changeStatus->menu()->actions())
        action->setVisible(action->objectName() != QStringLiteral("setStatus_") + p.status);
    const Outcome removal = operations().checkInspectorRemoval(p.id);
    m_delete->setEnabled(removal.ok());
    m_delete->setToolTip(plainToolTip(removal.kind() == Outcome::Kind::RefusedByRule
                                          ? removal.message()
                                          : tr("Delete a record typed in by mistake. Someone who left is given the "
                                               "status transferred or retired instead, so the history stays.")));
    m_conflicts->showFor(p.id, p.name, p.code);
}

void InspectorPage::openDialog(const std::optional<Inspector>& inspector)
{
    auto* dialog = new InspectorDialog(m_db, actor(), inspector, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Inspector saved = dialog->savedInspector();
        fillSections();
        recordSaved(saved.id, QStringLiteral("%1（%2）").arg(saved.name, saved.code), saved.code);
    });
    dialog->open();
}

void InspectorPage::createNew()
{
    openDialog(std::nullopt);
}

void InspectorPage::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto inspector = InspectorRepository(m_db).find(m_model->record(row).id);
    if (!inspector) {
        MessageBox::warning(this, tr("Inspector not found"),
                            tr("This inspector no longer exists. The list is read again."));
        reloadData();
        return;
    }
    openDialog(inspector);
}

void InspectorPage::editCurrent()
{
    editRow(currentRow());
}

void InspectorPage::setCurrentStatus(const QString& status)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Inspector p = m_model->record(row);
    const QString label = Vocabulary::inspectorStatuses().label(status);
    const QString text = status == kOnDuty
        ? tr("Set %1 (%2) to %3? The inspector can be drawn for teams again.").arg(p.name, p.code, label)
        : tr("Set %1 (%2) to %3? Only inspectors on duty (%4) are drawn for teams. The record and its history are "
             "kept, and you can change the status back at any time.")
              .arg(p.name, p.code, label, Vocabulary::inspectorStatuses().label(kOnDuty));
    if (!MessageBox::confirm(this, tr("Change status"), text, tr("Set to %1").arg(label)))
        return;
    if (const Outcome outcome = operations().setInspectorStatus(p.id, status); !outcome) {
        MessageBox::warning(this, tr("Status not changed"), outcome.message());
        return;
    }
    recordSaved(p.id, tr("%1 is now %2").arg(p.name, label), p.code);
}

void InspectorPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Inspector p = m_model->record(row);
    if (!MessageBox::confirm(this, tr("Delete inspector"),
                             tr("Delete %1 (%2) from the registry? This cannot be undone. Delete only a record typed "
                                "in by mistake; someone who left is given the status transferred or retired instead.")
                                 .arg(p.name, p.code),
                             tr("Delete")))
        return;
    if (const Outcome outcome = operations().removeInspector(p.id); !outcome) {
        MessageBox::warning(this, tr("Not deleted"), outcome.message());
        return;
    }
    reloadData();
    showNotice(tr("Deleted: %1 (%2).").arg(p.name, p.code));
    Q_EMIT dataModified();
}
