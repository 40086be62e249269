#include "DetailForm.h"
#include "PlainText.h"

#include <QFormLayout>
#include <QLabel>

DetailForm::DetailForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

void DetailForm::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_values.clear();
}

void DetailForm::setRows(const QList<QPair<QString, QString>>& rows)
{
    // Reuse the labels when the shape is the same (moving through the table), so the pane does not flicker.
    if (rows.size() != m_values.size()) {
        clear();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto* label = new PlainLabel(this);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setStyleSheet(QStringLiteral("color: palette(dark);"));
            auto* value = new PlainLabel(this);
            value->setWordWrap(true);
            value->setTextFormat(Qt::PlainText);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            value->setMinimumWidth(120);
            m_form->addRow(label, value);
            m_values.append(qMakePair(label, value));
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_values[i].first->setText(rows[i].first);
        m_values[i].second->setText(rows[i].second.isEmpty() ? QStringLiteral("—") : rows[i].second);
    }
}

QString DetailForm::valueOf(const QString& label) const
{
    for (const auto& [l, v] : m_values)
        if (l->text() == label)
            return v->text();
    return {};
}
