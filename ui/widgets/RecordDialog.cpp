#include "RecordDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include "OptionalDateEdit.h"
#include "Palette.h"
#include "PlainText.h"
#include "RecordPicker.h"

namespace {
const QString kErrorStyle = Palette::errorStyle();
const QString kHintStyle = QStringLiteral("color: palette(mid);");
} // namespace

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_form(new QWidget(m_scroll))
    , m_layout(new QVBoxLayout(m_form))
    , m_saveError(new PlainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setStyleSheet(kErrorStyle);
    m_saveError->setWordWrap(true);
    m_saveError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    // The fields scroll, the save error and the buttons stay in view: a long form fits a 1024×768 screen.
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_scroll, 1);
    outer->addWidget(m_saveError);
    outer->addWidget(m_buttons);
}

void RecordDialog::finishLayout()
{
    m_layout->addStretch(1);
    revalidate();
    // The whole form when the screen has room for it, else as much as fits (the title bar, the buttons and the
    // taskbar take the rest) and the fields scroll.
    const QScreen* shownOn = screen();
    const int available = shownOn ? shownOn->availableGeometry().height() : 728;
    const int around = m_buttons->sizeHint().height() + 2 * style()->pixelMetric(QStyle::PM_LayoutTopMargin) + 60;
    m_form->setMinimumHeight(m_form->sizeHint().height()); // scrolled, never squeezed
    m_scroll->setMinimumHeight(qMax(200, qMin(m_form->sizeHint().height(), available - around)));
    m_scroll->setMinimumWidth(m_form->sizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

QPushButton* RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QFormLayout* RecordDialog::addGroup(const QString& title)
{
    auto* box = new QGroupBox(title, this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->addWidget(box);
    return form;
}

QWidget* RecordDialog::addField(QFormLayout* form, const QString& field, const QString& label, QWidget* widget)
{
    auto* cell = new QWidget(form->parentWidget());
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    widget->setParent(cell);
    cellLayout->addWidget(widget);
    FieldRow row;
    row.hint = new PlainLabel(cell);
    row.hint->setObjectName(field + QStringLiteral("Hint"));
    row.hint->setStyleSheet(kHintStyle);
    row.hint->setWordWrap(true);
    row.hint->hide();
    cellLayout->addWidget(row.hint);
    row.error = new PlainLabel(cell);
    row.error->setObjectName(field + QStringLiteral("Error"));
    row.error->setStyleSheet(kErrorStyle);
    row.error->setWordWrap(true);
    row.error->hide();
    cellLayout->addWidget(row.error);
    m_rows.insert(field, row);
    if (widget->objectName().isEmpty())
        widget->setObjectName(field + QStringLiteral("Edit"));
    auto* labelWidget = new PlainLabel(label + QLatin1Char(':'), form->parentWidget());
    labelWidget->setBuddy(widget);
    form->addRow(labelWidget, cell);
    watch(widget);
    return widget;
}

void RecordDialog::setHint(const QString& field, const QString& hint)
{
    const auto it = m_rows.constFind(field);
    if (it == m_rows.constEnd())
        return;
    it->hint->setText(hint);
    it->hint->setVisible(!hint.isEmpty());
}

void RecordDialog::watch(QWidget* widget)
{
    if (auto* w = qobject_cast<QLineEdit*>(widget))
        connect(w, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<QComboBox*>(widget)) {
        connect(w, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
        connect(w, &QComboBox::editTextChanged, this, &RecordDialog::revalidate);
    } else if (auto* w = qobject_cast<QAbstractButton*>(widget))
        connect(w, &QAbstractButton::toggled, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<RecordPicker*>(widget))
        connect(w, &RecordPicker::currentChanged, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<OptionalDateEdit*>(widget))
        connect(w, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<QDateEdit*>(widget))
        connect(w, &QDateEdit::dateChanged, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<QPlainTextEdit*>(widget))
        connect(w, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<QAbstractSpinBox*>(widget))
        connect(w, &QAbstractSpinBox::editingFinished, this, &RecordDialog::revalidate);
    else if (auto* w = qobject_cast<QListWidget*>(widget))
        connect(w, &QListWidget::itemChanged, this, &RecordDialog::revalidate);
    if (auto* w = qobject_cast<QSpinBox*>(widget))
        connect(w, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    if (auto* w = qobject_cast<QDoubleSpinBox*>(widget))
        connect(w, &QDoubleSpinBox::valueChanged, this, &RecordDialog::revalidate);
}

QString RecordDialog::errorText(const QString& field) const
{
    if (field.isEmpty())
        return m_saveError->text();
    const auto it = m_rows.constFind(field);
    return it == m_rows.constEnd() ? QString() : it->error->text();
}

QLabel* RecordDialog::errorLabel(const QString& field) const
{
    if (field.isEmpty())
        return m_saveError;
    return m_rows.value(field).error;
}

void RecordDialog::revalidate()
{
    const FieldErrors problems = currentProblems();
    QHash<QString, QStringList> messages;
    QStringList unplaced;
    for (const FieldError& e : problems) {
        if (m_rows.contains(e.field))
            messages[e.field] << e.message;
        else
            unplaced << e.message;
    }
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const QString text = messages.value(it.key()).join(QLatin1Char('\n'));
        it->error->setText(text);
        it->error->setVisible(!text.isEmpty());
    }
    // A problem with no field of its own still stops the save and is said; an earlier save error is cleared by the
    // next edit, since the edit may have fixed it.
    m_saveError->setText(unplaced.join(QLatin1Char('\n')));
    m_saveError->setVisible(!unplaced.isEmpty());
    okButton()->setEnabled(problems.isEmpty());
}

void RecordDialog::accept()
{
    revalidate();
    if (!currentProblems().isEmpty())
        return;
    QString error;
    if (!save(&error)) {
        m_saveError->setText(error);
        m_saveError->show();
        return;
    }
    QDialog::accept();
}
