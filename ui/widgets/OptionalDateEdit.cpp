#include "OptionalDateEdit.h"

#include "DateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

OptionalDateEdit::OptionalDateEdit(const QString& openText, QWidget* parent)
    : QWidget(parent)
    , m_edit(new DateEdit(this))
    , m_open(new QCheckBox(openText, this))
{
    m_edit->setDate(QDate::currentDate());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_open);
    layout->addStretch(1);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { Q_EMIT dateChanged(); });
    connect(m_open, &QCheckBox::toggled, this, [this](bool open) {
        m_edit->setEnabled(!open);
        Q_EMIT dateChanged();
    });
}

QDate OptionalDateEdit::date() const
{
    return m_open->isChecked() ? QDate() : m_edit->date();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    if (date.isValid())
        m_edit->setDate(date);
    m_open->setChecked(!date.isValid());
    m_edit->setEnabled(date.isValid());
}

bool OptionalDateEdit::isOpen() const
{
    return m_open->isChecked();
}
