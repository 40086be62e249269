#include "RecusalDialog.h"

#include "DateEdit.h"
#include "InspectorRepository.h"
#include "MessageBox.h"
#include "Palette.h"
#include "PlainText.h"
#include "Recusal.h"
#include "SubstitutionOperations.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

RecusalDialog::RecusalDialog(Database& db, const Actor& actor, qint64 planId, const QString& entity,
                             const QString& visitText, const QString& member, const QString& memberText,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_planId(planId)
    , m_entity(entity)
    , m_member(member)
    , m_memberText(memberText)
    , m_applied(new DateEdit(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_granted(new QRadioButton(tr("Granted (准予回避): the draw's rule picks the replacement"), this))
    , m_refused(new QRadioButton(tr("Refused (不予回避): the team stays"), this))
    , m_decidedBy(new QLineEdit(this))
    , m_decidedOn(new DateEdit(QDate::currentDate(), this))
    , m_message(new PlainLabel(this))
    , m_record(nullptr)
{
    setObjectName(QStringLiteral("recusalDialog"));
    setWindowTitle(tr("Application for recusal"));
    setMinimumWidth(480);
    auto* what = new PlainLabel(tr("The inspected party %1 asks that %2 steps aside. Record the application and the "
                                   "decision on it; both are recorded once and cannot be changed.")
                                    .arg(visitText, memberText),
                                this);
    what->setWordWrap(true);
    m_applied->setObjectName(QStringLiteral("recusalApplied"));
    m_reason->setObjectName(QStringLiteral("recusalReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. 与本单位负责人系近亲属"));
    m_granted->setObjectName(QStringLiteral("recusalGranted"));
    m_refused->setObjectName(QStringLiteral("recusalRefused"));
    m_granted->setChecked(true);
    auto* decision = new QButtonGroup(this);
    decision->addButton(m_granted);
    decision->addButton(m_refused);
    auto* decisionBox = new QVBoxLayout;
    decisionBox->addWidget(m_granted);
    decisionBox->addWidget(m_refused);
    m_decidedBy->setObjectName(QStringLiteral("recusalDecidedBy"));
    m_decidedBy->setMaxLength(40);
    m_decidedBy->setPlaceholderText(tr("e.g. 王立新（副局长）"));
    m_decidedOn->setObjectName(QStringLiteral("recusalDecidedOn"));
    auto* form = new QFormLayout;
    form->addRow(tr("Date of the application:"), m_applied);
    form->addRow(tr("Reason given:"), m_reason);
    form->addRow(tr("Decision:"), decisionBox);
    form->addRow(tr("Decided by:"), m_decidedBy);
    form->addRow(tr("Date of the decision:"), m_decidedOn);

    m_message->setObjectName(QStringLiteral("recusalMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    for (QLineEdit* edit : {m_reason, m_decidedBy})
        connect(edit, &QLineEdit::textChanged, m_message, &QWidget::hide);
    for (DateEdit* edit : {m_applied, m_decidedOn})
        connect(edit, &QDateEdit::dateChanged, m_message, &QWidget::hide);

    auto* buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordRecusalButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_record->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecusalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecusalDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

void RecusalDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_guard.shown(this);
}

void RecusalDialog::accept()
{
    RecusalRequest request;
    request.entity = m_entity;
    request.inspector = m_member;
    request.appliedOn = m_applied->date();
    request.reason = m_reason->text();
    request.granted = m_granted->isChecked();
    request.decidedBy = m_decidedBy->text();
    request.decidedOn = m_decidedOn->date();
    SubstitutionOperations operations(m_db, m_actor);
    const auto show = [this](const QString& text) {
        m_message->setText(text);
        m_message->show();
        adjustSize();
    };
    if (const FieldErrors problems = operations.recusalProblems(m_planId, request); !problems.isEmpty()) {
        show(messageLines(problems));
        return;
    }
    const QString question = request.granted
        ? tr("Grant the application against %1? The draw's rule replaces %1 in the team; the application's reason "
             "becomes the substitution's reason, printed on the draw sheet and published with the draw record. This "
             "is recorded and cannot be undone.")
              .arg(m_memberText)
        : tr("Refuse the application against %1? The team stays; the application and the decision are recorded.")
              .arg(m_memberText);
    if (!MessageBox::confirm(this, tr("Record the decision?"), question, tr("Record")))
        return;
    std::optional<DrawSubstitution> substitution;
    const Outcome outcome = operations.recordRecusal(m_planId, request, &substitution);
    if (!outcome) {
        show(outcome.message());
        return;
    }
    if (substitution) {
        const auto in = InspectorRepository(m_db).findByCode(substitution->in);
        m_outcome = tr("The application against %1 is granted: %2 takes the place.")
                        .arg(m_memberText, in ? in->name : substitution->in);
    } else {
        m_outcome = tr("The application against %1 is refused and recorded; the team stays.").arg(m_memberText);
    }
    QDialog::accept();
}

void RecusalDialog::reject()
{
    if (!m_guard.mayClose(this, tr("The application has not been recorded. Discard what you typed and close?")))
        return;
    QDialog::reject();
}
