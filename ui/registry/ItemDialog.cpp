#include "ItemDialog.h"

#include "ChecklistEditor.h"
#include "Database.h"
#include "ItemRepository.h"
#include "OptionalDateEdit.h"
#include "PlainText.h"
#include "RegistryOperations.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ItemDialog::ItemDialog(Database& db, Actor actor, const std::optional<InspectionItem>& item, QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_original(item.value_or(InspectionItem()))
    , m_isNew(!item)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_legalBasis(new QPlainTextEdit(this))
    , m_authority(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_method(new QLineEdit(this))
    , m_categories(new QListWidget(this))
    , m_ownerships(new QComboBox(this))
    , m_objectKinds(new QPlainTextEdit(this))
    , m_minRatio(new QDoubleSpinBox(this))
    , m_frequency(new QSpinBox(this))
    , m_effectiveFrom(new OptionalDateEdit(tr("Not set"), this))
    , m_effectiveTo(new OptionalDateEdit(tr("No end date"), this))
    , m_checklist(new ChecklistEditor(this))
{
    setWindowTitle(m_isNew ? tr("New inspection item") : tr("Edit inspection item — %1").arg(m_original.name));
    setMinimumWidth(600);
    if (m_isNew)
        m_original.code = ItemRepository(db).nextCode();

    m_code->setReadOnly(!m_isNew);
    if (!m_isNew)
        m_code->setToolTip(tr("The item code never changes: draws and published records refer to it."));
    for (QPlainTextEdit* edit : {m_legalBasis, m_content, m_objectKinds}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_legalBasis->setPlaceholderText(tr("The laws, regulations or rules that allow this inspection"));
    m_objectKinds->setPlaceholderText(tr("One object type a line, its item class after a colon, e.g.\n"
                                         "民办学校：重点\n民办幼儿园：一般"));
    for (const Term& term : Vocabulary::categories().terms()) {
        auto* entry = new QListWidgetItem(Vocabulary::categories().label(term.key), m_categories);
        entry->setData(Qt::UserRole, term.key);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(m_original.categories.contains(term.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_categories->setFixedHeight(m_categories->sizeHintForRow(0) * 5 + 8);
    m_categories->setFlow(QListView::TopToBottom);
    m_categories->setWrapping(true);
    m_categories->setResizeMode(QListView::Adjust);
    // Empty = both; otherwise one ownership (there are two).
    m_ownerships->addItem(tr("Public and private"), QString());
    for (const Term& term : Vocabulary::ownerships().terms())
        m_ownerships->addItem(tr("%1 only").arg(Vocabulary::ownerships().label(term.key)), term.key);
    m_ownerships->setCurrentIndex(
        qMax(0, m_ownerships->findData(m_original.ownerships.size() == 1 ? m_original.ownerships.first() : QString())));
    // The spin boxes start at the policy's floors, which the core defines.
    m_minRatio->setRange(InspectionItem::MinRatioBp / 100.0, InspectionItem::MaxRatioBp / 100.0);
    m_minRatio->setDecimals(1);
    m_minRatio->setSingleStep(0.5);
    m_minRatio->setSuffix(QStringLiteral(" %"));
    m_frequency->setRange(1, InspectionItem::MaxFrequencyMonths);
    m_frequency->setSuffix(tr(" months"));

    QFormLayout* basic = addGroup(tr("The item"));
    addField(basic, QStringLiteral("code"), InspectionItem::fieldLabel(QStringLiteral("code")), m_code);
    addField(basic, QStringLiteral("name"), InspectionItem::fieldLabel(QStringLiteral("name")), m_name);
    addField(basic, QStringLiteral("legalBasis"), InspectionItem::fieldLabel(QStringLiteral("legalBasis")),
             m_legalBasis);
    addField(basic, QStringLiteral("authority"), InspectionItem::fieldLabel(QStringLiteral("authority")), m_authority);
    addField(basic, QStringLiteral("content"), InspectionItem::fieldLabel(QStringLiteral("content")), m_content);
    addField(basic, QStringLiteral("method"), InspectionItem::fieldLabel(QStringLiteral("method")), m_method);
    QFormLayout* scope = addGroup(tr("Scope and frequency"));
    addField(scope, QStringLiteral("categories"), InspectionItem::fieldLabel(QStringLiteral("categories")),
             m_categories);
    addField(scope, QStringLiteral("ownerships"), InspectionItem::fieldLabel(QStringLiteral("ownerships")),
             m_ownerships);
    addField(scope, QStringLiteral("objectKinds"), InspectionItem::fieldLabel(QStringLiteral("objectKinds")),
             m_objectKinds);
    addField(scope, QStringLiteral("minRatioBp"), InspectionItem::fieldLabel(QStringLiteral("minRatioBp")), m_minRatio);
    addField(scope, QStringLiteral("frequencyMonths"), InspectionItem::fieldLabel(QStringLiteral("frequencyMonths")),
             m_frequency);
    QFormLayout* validity = addGroup(tr("Validity"));
    addField(validity, QStringLiteral("effectiveFrom"), InspectionItem::fieldLabel(QStringLiteral("effectiveFrom")),
             m_effectiveFrom);
    addField(validity, QStringLiteral("effectiveTo"), InspectionItem::fieldLabel(QStringLiteral("effectiveTo")),
             m_effectiveTo);
    QFormLayout* checklist = addGroup(InspectionItem::fieldLabel(QStringLiteral("checklist")));
    checklist->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(checklist, QStringLiteral("checklist"), tr("Check points"), m_checklist);
    setHint(QStringLiteral("checklist"),
            tr("Every team checks these points, and records 符合 / 不符合 / 不适用 for each. A plan keeps the "
               "checklist it was frozen with."));
    connect(m_checklist, &ChecklistEditor::changed, this, &RecordDialog::revalidate);
    if (!m_isNew) {
        auto* note
            = new PlainLabel(tr("Saving makes version %1 of this item; version %2 and the earlier ones are kept.")
                                 .arg(m_original.version + 1)
                                 .arg(m_original.version),
                             this);
        note->setObjectName(QStringLiteral("versionNote"));
        note->setWordWrap(true);
        mainLayout()->addWidget(note);
    }

    m_code->setText(m_original.code);
    m_name->setText(m_original.name);
    m_legalBasis->setPlainText(m_original.legalBasis);
    m_authority->setText(m_original.authority);
    m_content->setPlainText(m_original.content);
    m_method->setText(m_original.method);
    m_objectKinds->setPlainText(m_original.objectKindsLines());
    m_minRatio->setValue(m_original.minRatioBp / 100.0);
    m_frequency->setValue(m_original.frequencyMonths);
    m_effectiveFrom->setDate(m_original.effectiveFrom);
    m_effectiveTo->setDate(m_original.effectiveTo);
    m_checklist->setPoints(m_original.checklist);
    finishLayout();
    m_name->setFocus();
}

InspectionItem ItemDialog::item() const
{
    InspectionItem i = m_original;
    i.code = m_code->text().trimmed();
    i.name = m_name->text().trimmed();
    i.legalBasis = m_legalBasis->toPlainText().trimmed();
    i.authority = m_authority->text().trimmed();
    i.content = m_content->toPlainText().trimmed();
    i.method = m_method->text().trimmed();
    i.categories.clear();
    for (int row = 0; row < m_categories->count(); ++row)
        if (m_categories->item(row)->checkState() == Qt::Checked)
            i.categories << m_categories->item(row)->data(Qt::UserRole).toString();
    const QString ownership = m_ownerships->currentData().toString();
    i.ownerships = ownership.isEmpty() ? QStringList() : QStringList {ownership};
    i.objectKinds = InspectionItem::objectKindsFromLines(m_objectKinds->toPlainText());
    i.minRatioBp = qRound(m_minRatio->value() * 100);
    i.frequencyMonths = m_frequency->value();
    i.effectiveFrom = m_effectiveFrom->date();
    i.effectiveTo = m_effectiveTo->date();
    i.checklist = Checklist::normalized(m_checklist->points());
    return i;
}

FieldErrors ItemDialog::currentProblems() const
{
    return item().problems();
}

bool ItemDialog::save(QString* error)
{
    InspectionItem i = item();
    RegistryOperations operations(m_db, m_actor);
    const Outcome outcome = m_isNew ? operations.createItem(i) : operations.saveItem(i);
    if (!outcome) {
        *error = outcome.message();
        return false;
    }
    m_saved = i;
    return true;
}
