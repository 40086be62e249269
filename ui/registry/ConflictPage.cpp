#include "ConflictPage.h"

#include "ConflictDialog.h"
#include "ConflictRepository.h"
#include "ConflictTableModel.h"
#include "Database.h"
#include "DetailForm.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConflictPage::ConflictPage(Database& db, QWidget* parent)
    : RegistryPage(db, parent)
    , m_db(db)
    , m_model(new ConflictTableModel(db, this))
{
    setObjectName(QStringLiteral("conflictPage"));
    setupPage(m_model, tr("Search inspector, entity, credit code or details (Ctrl+F)"));
    addImportExport(Registry::Conflicts);
    showInactiveBox()->setText(tr("Show ended conflicts"));
    m_pane = createDetailPane();
    m_edit = addDetailButton(m_pane, QStringLiteral("editButton"), tr("Edit…"));
    m_edit->setToolTip(tr("Enter or double-click a row"));
    m_end = addDetailButton(m_pane, QStringLiteral("endButton"), tr("End…"));
    m_end->setToolTip(tr("The conflict no longer applies. It stays on record."));
    m_restore = addDetailButton(m_pane, QStringLiteral("restoreButton"), tr("Restore…"));
    m_pane.layout->addStretch(1);
    connect(m_edit, &QPushButton::clicked, this, &ConflictPage::editCurrent);
    connect(m_end, &QPushButton::clicked, this, [this] { setCurrentActive(false); });
    connect(m_restore, &QPushButton::clicked, this, [this] { setCurrentActive(true); });
    applyFilterNow();
}

QString ConflictPage::title() const
{
    return tr("Conflicts of interest");
}

QString ConflictPage::createActionText() const
{
    return tr("New conflict of interest…");
}

QString ConflictPage::emptyRegistryText() const
{
    return tr("No conflicts of interest recorded. Record one with “%1” (Ctrl+N), or from an entity or an inspector.")
        .arg(createActionText());
}

void ConflictPage::applyFilter()
{
    ConflictFilter filter;
    filter.text = searchText();
    filter.active = showInactive() ? -1 : 1;
    m_model->setFilter(filter);
}

void ConflictPage::showDetail(int row)
{
    const Conflict& c = m_model->record(row);
    m_pane.title->setText(tr("%1 must not inspect %2").arg(c.inspectorName, c.entityName));
    QList<QPair<QString, QString>> rows;
    for (const QString& field : Conflict::fields())
        rows.append({Conflict::fieldLabel(field), ConflictTableModel::displayValue(c, field)});
    m_pane.fields->setRows(rows);
    m_end->setVisible(c.active);
    m_restore->setVisible(!c.active);
}

void ConflictPage::openDialog(const std::optional<Conflict>& conflict, bool isNew)
{
    auto* dialog = new ConflictDialog(m_db, actor(), conflict, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Conflict saved = dialog->savedConflict();
        recordSaved(saved.id, tr("%1 must not inspect %2").arg(saved.inspectorName, saved.entityName),
                    saved.inspectorCode);
    });
    dialog->open();
}

void ConflictPage::createNew()
{
    openDialog(std::nullopt, true);
}

void ConflictPage::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto conflict = ConflictRepository(m_db).find(m_model->record(row).id);
    if (!conflict) {
        MessageBox::warning(this, tr("Conflict not found"),
                            tr("This conflict no longer exists. The list is read again."));
        reloadData();
        return;
    }
    openDialog(conflict, false);
}

void ConflictPage::editCurrent()
{
    editRow(currentRow());
}

void ConflictPage::setCurrentActive(bool active)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Conflict c = m_model->record(row);
    const QString text = active
        ? tr("Restore the conflict: %1 must again not inspect %2? Draws keep them apart again.")
              .arg(c.inspectorName, c.entityName)
        : tr("End the conflict between %1 and %2? From now on %1 may be drawn to inspect %2. The conflict stays on "
             "record and can be restored.")
              .arg(c.inspectorName, c.entityName);
    if (!MessageBox::confirm(this, active ? tr("Restore conflict") : tr("End conflict"), text,
                             active ? tr("Restore") : tr("End conflict")))
        return;
    if (const Outcome outcome = operations().setConflictActive(c.id, active); !outcome) {
        MessageBox::warning(this, tr("Not changed"), outcome.message());
        return;
    }
    recordSaved(c.id,
                active ? tr("the conflict between %1 and %2 applies again").arg(c.inspectorName, c.entityName)
                       : tr("the conflict between %1 and %2 has ended").arg(c.inspectorName, c.entityName),
                c.inspectorCode);
}
