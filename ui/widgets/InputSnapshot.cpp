#include "InputSnapshot.h"

#include "MessageBox.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>

namespace {

// A line edit that belongs to a combo or spin box is read through its owner.
bool isPartOfAnotherField(const QWidget* widget)
{
    for (const QObject* up = widget->parent(); up; up = up->parent())
        if (qobject_cast<const QComboBox*>(up) || qobject_cast<const QAbstractSpinBox*>(up))
            return true;
    return false;
}

} // namespace

QStringList InputSnapshot::of(const QWidget* root)
{
    QStringList values;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (isPartOfAnotherField(w))
            continue;
        if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
            if (!edit->isReadOnly())
                values << edit->text();
        } else if (const auto* text = qobject_cast<const QPlainTextEdit*>(w)) {
            if (!text->isReadOnly())
                values << text->toPlainText();
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w)) {
            if (!rich->isReadOnly())
                values << rich->toPlainText();
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            values << combo->currentText();
        } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
            if (!spin->isReadOnly())
                values << spin->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            if (button->isCheckable())
                values << (button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (const auto* list = qobject_cast<const QListWidget*>(w)) {
            QString ticks;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->flags() & Qt::ItemIsUserCheckable)
                    ticks += list->item(i)->checkState() == Qt::Checked ? QLatin1Char('1') : QLatin1Char('0');
            values << ticks;
        } else if (const auto* table = qobject_cast<const QTableWidget*>(w)) {
            if (table->editTriggers() != QAbstractItemView::NoEditTriggers) {
                QStringList cells;
                for (int row = 0; row < table->rowCount(); ++row)
                    for (int column = 0; column < table->columnCount(); ++column)
                        cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
                values << cells.join(QChar(0x1f));
            }
        }
    }
    return values;
}

void InputGuard::shown(const QWidget* root)
{
    if (m_shown)
        return;
    m_shown = true;
    m_opened = InputSnapshot::of(root);
}

bool InputGuard::mayClose(QWidget* dialog, const QString& question) const
{
    return !m_shown || InputSnapshot::of(dialog) == m_opened
        || MessageBox::confirm(dialog, tr("Discard what you typed?"), question, tr("Discard"));
}
