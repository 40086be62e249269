#include "EntityPage.h"

#include "BlacklistDialog.h"
#include "ConflictSection.h"
#include "CreditArchiveDialog.h"
#include "Database.h"
#include "DetailForm.h"
#include "EntityDialog.h"
#include "EntityRepository.h"
#include "EntityTableModel.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
QList<QPair<QString, QVariant>> vocabularyEntries(const Vocabulary& vocabulary)
{
    QList<QPair<QString, QVariant>> entries;
    for (const Term& term : vocabulary.terms())
        entries.append({vocabulary.label(term.key), term.key});
    return entries;
}

const QString kNormal = QStringLiteral("normal");
} // namespace

EntityPage::EntityPage(Database& db, QWidget* parent)
    : RegistryPage(db, parent)
    , m_db(db)
    , m_model(new EntityTableModel(db, this))
{
    setObjectName(QStringLiteral("entityPage"));
    setupPage(m_model, tr("Search name, registry code or credit code (Ctrl+F)"));
    addImportExport(Registry::Entities);

    m_category = addFilterCombo(QStringLiteral("categoryFilter"), tr("All categories"),
                                vocabularyEntries(Vocabulary::categories()));
    m_township = addFilterCombo(QStringLiteral("townshipFilter"), tr("All townships"), {});
    fillTownships();
    m_status = addFilterCombo(QStringLiteral("statusFilter"), tr("Any status"),
                              vocabularyEntries(Vocabulary::entityStatuses()));
    m_blacklist = addFilterCombo(QStringLiteral("blacklistFilter"), tr("Blacklist: any"),
                                 {{tr("On the blacklist"), 1}, {tr("Not on the blacklist"), 0}});
    m_risk = addFilterCombo(QStringLiteral("riskFilter"), tr("All risk classes"),
                            vocabularyEntries(Vocabulary::riskClasses()));
    // Choosing a deactivated status means the clerk wants to see deactivated entities.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        if (!status.isEmpty() && status != kNormal && !showInactiveBox()->isChecked()) {
            const QSignalBlocker blocker(showInactiveBox());
            showInactiveBox()->setChecked(true);
        }
    });
    connect(showInactiveBox(), &QCheckBox::toggled, this, [this](bool on) {
        const QString status = m_status->currentData().toString();
        if (!on && !status.isEmpty() && status != kNormal) {
            const QSignalBlocker blocker(m_status);
            m_status->setCurrentIndex(0);
        }
    });

    m_pane = createDetailPane();
    m_edit = addDetailButton(m_pane, QStringLiteral("editButton"), tr("Edit…"));
    m_edit->setToolTip(tr("Enter or double-click a row"));
    m_deactivate = addDetailButton(m_pane, QStringLiteral("deactivateButton"), tr("Deactivate"));
    auto* menu = new QMenu(m_deactivate);
    for (const QString& status : {QStringLiteral("suspended"), QStringLiteral("closed")}) {
        QAction* action = menu->addAction(tr("Set to %1…").arg(Vocabulary::entityStatuses().label(status)));
        action->setObjectName(QStringLiteral("setStatus_") + status);
        connect(action, &QAction::triggered, this, [this, status] { setCurrentStatus(status); });
    }
    m_deactivate->setMenu(menu);
    m_reactivate = addDetailButton(m_pane, QStringLiteral("reactivateButton"),
                                   tr("Set back to %1…").arg(Vocabulary::entityStatuses().label(kNormal)));
    m_delete = addDetailButton(m_pane, QStringLiteral("deleteButton"), tr("Delete…"));
    // The blacklist and the credit archive, in a row of their own under the record's buttons.
    auto* creditTitle = new PlainLabel(tr("Blacklist and credit archive"), m_pane.widget);
    QFont bold = creditTitle->font();
    bold.setBold(true);
    creditTitle->setFont(bold);
    m_blacklistButton = new QPushButton(tr("Put on blacklist…"), m_pane.widget);
    m_blacklistButton->setObjectName(QStringLiteral("blacklistButton"));
    m_archive = new QPushButton(tr("Credit archive…"), m_pane.widget);
    m_archive->setObjectName(QStringLiteral("creditArchiveButton"));
    auto* creditButtons = new QHBoxLayout;
    creditButtons->addWidget(m_blacklistButton);
    creditButtons->addWidget(m_archive);
    creditButtons->addStretch(1);
    m_blacklistHistory = new QListWidget(m_pane.widget);
    m_blacklistHistory->setObjectName(QStringLiteral("blacklistHistory"));
    m_blacklistHistory->setMaximumHeight(72);
    m_blacklistHistory->setWordWrap(true);
    m_blacklistHistory->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pane.layout->addWidget(creditTitle);
    m_pane.layout->addLayout(creditButtons);
    m_pane.layout->addWidget(m_blacklistHistory);
    m_conflicts = new ConflictSection(db, ConflictSection::Owner::Entity, *this, m_pane.widget);
    m_pane.layout->addWidget(m_conflicts);
    m_pane.layout->addStretch(1);
    connect(m_conflicts, &ConflictSection::conflictAdded, this, [this] {
        showDetail(currentRow()); // the entity is now referred to: deleting it is no longer offered
        Q_EMIT dataModified();
    });

    connect(m_edit, &QPushButton::clicked, this, &EntityPage::editCurrent);
    connect(m_reactivate, &QPushButton::clicked, this, [this] { setCurrentStatus(kNormal); });
    connect(m_delete, &QPushButton::clicked, this, &EntityPage::deleteCurrent);
    connect(m_blacklistButton, &QPushButton::clicked, this, &EntityPage::changeBlacklist);
    connect(m_archive, &QPushButton::clicked, this, &EntityPage::showCreditArchive);

    applyFilterNow();
}

QString EntityPage::title() const
{
    return tr("Entities");
}

QString EntityPage::createActionText() const
{
    return tr("New entity…");
}

QString EntityPage::emptyRegistryText() const
{
    return tr("No entities yet. Add the first one with “%1” (Ctrl+N).").arg(createActionText());
}

void EntityPage::fillTownships()
{
    const qint64 current = m_township->currentData().toLongLong();
    const QSignalBlocker blocker(m_township);
    while (m_township->count() > 1)
        m_township->removeItem(1);
    for (const Township& t : TownshipRepository(m_db).list(true))
        m_township->addItem(t.name, t.id);
    const int index = m_township->findData(current);
    m_township->setCurrentIndex(current > 0 && index > 0 ? index : 0);
}

void EntityPage::reloadData()
{
    fillTownships();
    RegistryPage::reloadData();
}

void EntityPage::showFiltered(const QString& argument)
{
    if (const qint64 id = recordId(argument)) {
        if (const auto entity = EntityRepository(m_db).find(id))
            showRecord(id, entity->code);
        return;
    }
    clearFilters();
    if (argument == QLatin1String("blacklisted"))
        m_blacklist->setCurrentIndex(m_blacklist->findData(1));
}

void EntityPage::applyFilter()
{
    EntityFilter filter;
    filter.text = searchText();
    filter.category = m_category->currentData().toString();
    filter.townshipId = m_township->currentData().toLongLong();
    filter.status = m_status->currentData().toString();
    if (filter.status.isEmpty() && !showInactive())
        filter.status = kNormal;
    filter.riskClass = m_risk->currentData().toString();
    filter.blacklisted = m_blacklist->currentData().isValid() ? m_blacklist->currentData().toInt() : -1;
    m_model->setFilter(filter);
}

void EntityPage::resetFilters()
{
    const QSignalBlocker blocker(showInactiveBox());
    showInactiveBox()->setChecked(false);
}

void EntityPage::showDetail(int row)
{
    const Entity& e = m_model->record(row);
    m_pane.title->setText(e.name);
    QList<QPair<QString, QString>> rows;
    for (const QString& field : Entity::fields())
        rows.append({Entity::fieldLabel(field), EntityTableModel::displayValue(e, field)});
    m_pane.fields->setRows(rows);
    m_conflicts->showFor(e.id, e.name, e.code, e.creditCode);
    m_deactivate->setVisible(e.isActive());
    m_blacklistButton->setText(e.blacklisted ? tr("Take off blacklist…") : tr("Put on blacklist…"));
    m_blacklistHistory->clear();
    for (const BlacklistEntry& b : BlacklistRepository(m_db).history(e.id)) {
        QString line = (b.isAddition() ? tr("%1 put on the blacklist: %2") : tr("%1 taken off the blacklist: %2"))
                           .arg(b.effectiveFrom.toString(Qt::ISODate), b.reason);
        if (!b.document.isEmpty())
            line += QStringLiteral(" (%1)").arg(b.document);
        m_blacklistHistory->addItem(line);
    }
    if (m_blacklistHistory->count() == 0)
        m_blacklistHistory->addItem(tr("Never on the blacklist through the program."));
    m_reactivate->setVisible(!e.isActive());
    const Outcome removal = operations().checkEntityRemoval(e.id);
    m_delete->setEnabled(removal.ok());
    m_delete->setToolTip(plainToolTip(removal.kind() == Outcome::Kind::RefusedByRule
                                          ? removal.message()
                                          : tr("Delete a record typed in by mistake. An entity that closed is set to "
                                               "%1 instead, so its history stays.")
                                                .arg(Vocabulary::entityStatuses().label(QStringLiteral("closed")))));
}

void EntityPage::createNew()
{
    auto* dialog = new EntityDialog(m_db, actor(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Entity saved = dialog->savedEntity();
        fillTownships();
        recordSaved(saved.id, tr("%1 (%2)").arg(saved.name, saved.code), saved.code);
    });
    dialog->open();
}

void EntityPage::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto entity = EntityRepository(m_db).find(m_model->record(row).id);
    if (!entity) {
        MessageBox::warning(this, tr("Entity not found"), tr("This entity no longer exists. The list is read again."));
        reloadData();
        return;
    }
    auto* dialog = new EntityDialog(m_db, actor(), entity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Entity saved = dialog->savedEntity();
        fillTownships();
        recordSaved(saved.id, tr("%1 (%2)").arg(saved.name, saved.code), saved.code);
    });
    dialog->open();
}

void EntityPage::editCurrent()
{
    editRow(currentRow());
}

void EntityPage::setCurrentStatus(const QString& status)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Entity e = m_model->record(row);
    const QString label = Vocabulary::entityStatuses().label(status);
    const QString text = status == kNormal
        ? tr("Set %1 (%2) back to %3? It is listed as an active entity again.").arg(e.name, e.code, label)
        : tr("Set %1 (%2) to %3? It is greyed in the registry and hidden unless “Show inactive” is ticked. Its "
             "records are kept, and you can set it back to %4 at any time.")
              .arg(e.name, e.code, label, Vocabulary::entityStatuses().label(kNormal));
    if (!MessageBox::confirm(this, tr("Change status"), text, tr("Set to %1").arg(label)))
        return;
    if (const Outcome outcome = operations().setEntityStatus(e.id, status); !outcome) {
        MessageBox::warning(this, tr("Status not changed"), outcome.message());
        return;
    }
    recordSaved(e.id, tr("%1 is now %2").arg(e.name, label), e.code);
}

void EntityPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Entity e = m_model->record(row);
    if (!MessageBox::confirm(this, tr("Delete entity"),
                             tr("Delete %1 (%2) from the registry? This cannot be undone. Delete only a record "
                                "typed in by mistake; an entity that closed is set to %3 instead.")
                                 .arg(e.name, e.code, Vocabulary::entityStatuses().label(QStringLiteral("closed"))),
                             tr("Delete")))
        return;
    if (const Outcome outcome = operations().removeEntity(e.id); !outcome) {
        MessageBox::warning(this, tr("Not deleted"), outcome.message());
        return;
    }
    reloadData();
    showNotice(tr("Deleted: %1 (%2).").arg(e.name, e.code));
    Q_EMIT dataModified();
}

void EntityPage::changeBlacklist()
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto entity = EntityRepository(m_db).find(m_model->record(row).id);
    if (!entity)
        return;
    auto* dialog = new BlacklistDialog(m_db, actor(), entity->id, entity->name, !entity->blacklisted, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, e = *entity] { recordSaved(e.id, tr("%1 (%2)").arg(e.name, e.code), e.code); });
    dialog->open();
}

void EntityPage::showCreditArchive()
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto* dialog = new CreditArchiveDialog(m_db, m_model->record(row).id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
