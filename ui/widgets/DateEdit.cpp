#include "DateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace {

// Characters a clerk writes between year, month and day; 日 ends a date written in Chinese.
bool isSeparator(const QString& text)
{
    return text.size() == 1 && QStringLiteral("-/.年月 ").contains(text);
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : DateEdit(QDate::currentDate(), parent)
{ }

DateEdit::DateEdit(QDate date, QWidget* parent)
    : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setKeyboardTracking(false);
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    QDateEdit::focusInEvent(event);
    m_partFilledItself = false;
    // After the click has placed the cursor: select the part it is in, so that what is typed replaces it.
    QTimer::singleShot(0, this, [this] {
        if (hasFocus() && !lineEdit()->hasSelectedText())
            setSelectedSection(currentSection());
    });
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (isSeparator(text) || text == QStringLiteral("日")) {
        // The next part, unless the field has just moved there by itself (or the date is written out: 日).
        if (!m_partFilledItself && text != QStringLiteral("日") && currentSectionIndex() + 1 < sectionCount()) {
            setCurrentSectionIndex(currentSectionIndex() + 1);
            setSelectedSection(currentSection());
        }
        m_partFilledItself = false;
        event->accept();
        return;
    }
    const int partBefore = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    m_partFilledItself = text.size() == 1 && text.at(0).isDigit() && currentSectionIndex() != partBefore;
}
