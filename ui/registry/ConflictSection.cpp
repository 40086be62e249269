#include "ConflictSection.h"

#include "ConflictDialog.h"
#include "ConflictRepository.h"
#include "Database.h"
#include "Page.h"
#include "PlainText.h"
#include "Vocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConflictSection::ConflictSection(Database& db, Owner owner, const Page& page, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_owner(owner)
    , m_page(page)
    , m_heading(new PlainLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add conflict of interest…"), this))
{
    setObjectName(QStringLiteral("conflictSection"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_add->setObjectName(QStringLiteral("addConflictButton"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 12);
    m_list->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_add);
    layout->addLayout(header);
    layout->addWidget(m_list);
    connect(m_add, &QPushButton::clicked, this, &ConflictSection::addConflict);
}

void ConflictSection::showFor(qint64 id, const QString& name, const QString& code, const QString& creditCode)
{
    m_id = id;
    m_name = name;
    m_code = code;
    m_creditCode = creditCode;
    reload();
}

void ConflictSection::reload()
{
    ConflictFilter filter;
    filter.active = -1;
    if (m_owner == Owner::Entity)
        filter.entityId = m_id;
    else
        filter.inspectorId = m_id;
    const QList<Conflict> conflicts = ConflictRepository(m_db).list(filter);
    m_heading->setText(tr("Conflicts of interest (%1)").arg(conflicts.size()));
    m_list->clear();
    const QDate today = QDate::currentDate();
    for (const Conflict& c : conflicts) {
        const QString other = m_owner == Owner::Entity
            ? ConflictDialog::inspectorText(c.inspectorName, c.inspectorCode)
            : ConflictDialog::entityText(c.entityName, c.entityCode, QString());
        const QString period = tr("%1 to %2")
                                   .arg(c.validFrom.isValid() ? c.validFrom.toString(Qt::ISODate) : tr("open"),
                                        c.validTo.isValid() ? c.validTo.toString(Qt::ISODate) : tr("open"));
        QString text = QStringLiteral("%1 · %2 · %3").arg(other, Vocabulary::conflictReasons().label(c.reason), period);
        if (!c.active)
            text += QStringLiteral(" · ") + tr("Ended");
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        if (!c.isInForceOn(today))
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (conflicts.isEmpty())
        new QListWidgetItem(tr("None recorded."), m_list);
}

void ConflictSection::addConflict()
{
    if (m_id == 0)
        return;
    Conflict start;
    if (m_owner == Owner::Entity) {
        start.entityId = m_id;
        start.entityName = m_name;
        start.entityCode = m_code;
        start.entityCreditCode = m_creditCode;
    } else {
        start.inspectorId = m_id;
        start.inspectorName = m_name;
        start.inspectorCode = m_code;
    }
    auto* dialog = new ConflictDialog(m_db, m_page.actor(), start, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        Q_EMIT conflictAdded(dialog->savedConflict().id);
    });
    dialog->open();
}
