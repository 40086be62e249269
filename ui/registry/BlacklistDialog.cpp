#include "BlacklistDialog.h"

#include "DateEdit.h"
#include "OptionalDateEdit.h"
#include "PlainText.h"
#include "RegistryOperations.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

BlacklistDialog::BlacklistDialog(Database& db, Actor actor, qint64 entityId, const QString& entityName, bool adding,
                                 QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_entityId(entityId)
    , m_adding(adding)
    , m_reason(new QLineEdit(this))
    , m_legalBasis(new QLineEdit(this))
    , m_document(new QLineEdit(this))
    , m_from(new DateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("blacklistDialog"));
    setWindowTitle(adding ? tr("Put on the blacklist — %1").arg(entityName)
                          : tr("Take off the blacklist — %1").arg(entityName));
    setMinimumWidth(520);
    m_legalBasis->setPlaceholderText(tr("e.g. 《中华人民共和国民办教育促进法》第六十二条"));
    m_document->setPlaceholderText(tr("e.g. 昌教执〔2026〕2号"));
    QFormLayout* form = addGroup(adding ? tr("Blacklisting") : tr("Removal from the blacklist"));
    auto* note = new PlainLabel(adding ? tr("Blacklisted entities are drawn at a higher ratio (policy §6.3). The entry "
                                            "stays in the entity's history and credit archive.")
                                       : tr("The entity is drawn like the others again. The removal stays in its "
                                            "history and credit archive."),
                                this);
    note->setWordWrap(true);
    form->addRow(note);
    addField(form, QStringLiteral("reason"), BlacklistEntry::fieldLabel(QStringLiteral("reason")), m_reason);
    addField(form, QStringLiteral("legalBasis"), BlacklistEntry::fieldLabel(QStringLiteral("legalBasis")),
             m_legalBasis);
    addField(form, QStringLiteral("document"), BlacklistEntry::fieldLabel(QStringLiteral("document")), m_document);
    addField(form, QStringLiteral("effectiveFrom"), BlacklistEntry::fieldLabel(QStringLiteral("effectiveFrom")),
             m_from);
    if (adding) {
        m_to = new OptionalDateEdit(tr("No end date"), this);
        m_to->setDate({});
        addField(form, QStringLiteral("effectiveTo"), BlacklistEntry::fieldLabel(QStringLiteral("effectiveTo")), m_to);
    }
    finishLayout();
}

BlacklistEntry BlacklistDialog::entry() const
{
    BlacklistEntry e;
    e.entityId = m_entityId;
    e.action = m_adding ? QStringLiteral("add") : QStringLiteral("remove");
    e.reason = m_reason->text().trimmed();
    e.legalBasis = m_legalBasis->text().trimmed();
    e.document = m_document->text().trimmed();
    e.effectiveFrom = m_from->date();
    if (m_to)
        e.effectiveTo = m_to->date();
    return e;
}

FieldErrors BlacklistDialog::currentProblems() const
{
    return entry().problems();
}

bool BlacklistDialog::save(QString* error)
{
    BlacklistEntry e = entry();
    RegistryOperations operations(m_db, m_actor);
    const Outcome outcome = m_adding ? operations.addToBlacklist(e) : operations.removeFromBlacklist(e);
    if (outcome)
        return true;
    *error = outcome.message();
    return false;
}
