#include "ApprovalDialog.h"

#include "DateEdit.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "InspectionApproval.h"
#include "MessageBox.h"
#include "Palette.h"
#include "PlainText.h"
#include "PlanOperations.h"
#include "PlanRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ApprovalDialog::ApprovalDialog(Database& db, const Actor& actor, qint64 planId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_planId(planId)
    , m_approver(new QLineEdit(this))
    , m_post(new QLineEdit(this))
    , m_date(new DateEdit(QDate::currentDate(), this))
    , m_opinion(new QPlainTextEdit(InspectionApprovals::defaultOpinion(), this))
    , m_message(new PlainLabel(this))
    , m_record(nullptr)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approval of the inspections"));
    setMinimumWidth(480);
    const auto plan = PlanRepository(db).find(planId);
    auto* what = new PlainLabel(
        tr("Before the first visit a leader approves the inspections of plan %1: its items, the entities and the "
           "teams the draw gave. Print the 行政检查审批表 for signing, then record the signed approval here. It is "
           "recorded once and cannot be changed; no result is recorded before it, and no inspection day lies before "
           "its date.")
            .arg(plan ? plan->code : QString()),
        this);
    what->setWordWrap(true);

    m_approver->setObjectName(QStringLiteral("approver"));
    m_approver->setMaxLength(40);
    m_approver->setPlaceholderText(tr("e.g. 王立新"));
    m_post->setObjectName(QStringLiteral("approverPost"));
    m_post->setMaxLength(40);
    m_post->setPlaceholderText(tr("e.g. 副局长"));
    m_date->setObjectName(QStringLiteral("approvedOn"));
    m_opinion->setObjectName(QStringLiteral("approvalOpinion"));
    m_opinion->setTabChangesFocus(true);
    m_opinion->setFixedHeight(m_opinion->fontMetrics().lineSpacing() * 4 + 12);
    auto* form = new QFormLayout;
    form->addRow(tr("Approver:"), m_approver);
    form->addRow(tr("Post:"), m_post);
    form->addRow(tr("Date of approval:"), m_date);
    form->addRow(tr("Opinion:"), m_opinion);

    m_message->setObjectName(QStringLiteral("approvalMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* print = buttons->addButton(tr("Print the approval form…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printApprovalFormButton"));
    print->setAutoDefault(false);
    m_record = buttons->addButton(tr("Record the approval"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordApprovalButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_record->setDefault(true);
    connect(print, &QPushButton::clicked, this, &ApprovalDialog::printForm);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApprovalDialog::reject);

    // A sentence about what was there before the last change would mislead: it goes with the next edit.
    for (QLineEdit* edit : {m_approver, m_post})
        connect(edit, &QLineEdit::textChanged, m_message, &QWidget::hide);
    connect(m_date, &QDateEdit::dateChanged, m_message, &QWidget::hide);
    connect(m_opinion, &QPlainTextEdit::textChanged, m_message, &QWidget::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_approver->setFocus();
}

void ApprovalDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_guard.shown(this);
}

void ApprovalDialog::printForm()
{
    QString error;
    if (const auto doc = DrawDocuments::approvalForm(m_db, m_planId, &error))
        DocumentPrinter::preview(this, m_db, *doc);
    else
        MessageBox::warning(this, tr("Cannot print"), error);
}

void ApprovalDialog::accept()
{
    InspectionApproval approval;
    approval.approver = m_approver->text();
    approval.post = m_post->text();
    approval.approvedOn = m_date->date();
    approval.opinion = m_opinion->toPlainText();
    const PlanOperations operations(m_db, m_actor);
    if (const FieldErrors problems = operations.approvalProblems(m_planId, approval); !problems.isEmpty()) {
        m_message->setText(messageLines(problems));
        m_message->show();
        adjustSize();
        return;
    }
    if (!MessageBox::confirm(
            this, tr("Record the approval?"),
            tr("Record the approval by %1 (%2) of %3? It cannot be changed afterwards.")
                .arg(approval.approver.trimmed(), approval.post.trimmed(), m_date->date().toString(Qt::ISODate)),
            tr("Record")))
        return;
    const Outcome outcome = PlanOperations(m_db, m_actor).approve(m_planId, approval);
    if (!outcome) {
        m_message->setText(outcome.message());
        m_message->show();
        adjustSize();
        return;
    }
    QDialog::accept();
}

void ApprovalDialog::reject()
{
    if (!m_guard.mayClose(this, tr("The approval has not been recorded. Discard what you typed and close?")))
        return;
    QDialog::reject();
}
