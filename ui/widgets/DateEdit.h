// The date field of every form: a QDateEdit shown as 2026-12-08 with a calendar, in which a clerk can also type a
// date as they would write it. Plain QDateEdit trips a typist (issue 17): a click leaves the cursor in the year
// without selecting it, so "2026" typed over "2027" gives 2027; and after the year's fourth digit it moves on to the
// month by itself, so the "-" typed next skips the month too (2026-12-08 became 2026-01-12).
// Here a click selects the part clicked (typing replaces it), a separator right after a part that filled itself is
// taken as already done, and 2026/12/8, 2026.12.8, 2026年12月8日 and 20261208 are typed as well as 2026-12-08.
// The date changes (dateChanged) when the typing is finished — Enter, Tab, leaving the field, the arrows or the
// calendar — not at every key, so the forms that follow one date with another do not act on half a date.
#pragma once

#include <QDateEdit>

class DateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)

public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(QDate date, QWidget* parent = nullptr);

    // Wide enough for the whole date beside the calendar button (QDateEdit's own hint cuts its last digit with the
    // CJK font at 1024×768).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void focusInEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_partFilledItself = false; // the last digit completed a part and the field moved on to the next
};
