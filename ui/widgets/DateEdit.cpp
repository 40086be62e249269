#include "DateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
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

namespace {

// The date's widest text, the line edit's margins (2 px a side and the frame) and the calendar button.
int wholeDateWidth(const QWidget* edit)
{
    return edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 12
         + edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, edit) + 8;
}

} // namespace

QSize DateEdit::sizeHint() const
{
    QSize hint = QDateEdit::sizeHint();
    hint.setWidth(qMax(hint.width(), wholeDateWidth(this)));
    return hint;
}

QSize DateEdit::minimumSizeHint() const
{
    QSize hint = QDateEdit::minimumSizeHint();
    hint.setWidth(qMax(hint.width(), wholeDateWidth(this)));
    return hint;
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
