// A date that may be left open (no end date, not yet known): a QDateEdit with a check box beside it. date() is an
// invalid QDate while the box is checked, which is how the core stores an open date.
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    // `openText` names the open state: "No end date", "Not set" …
    explicit OptionalDateEdit(const QString& openText, QWidget* parent = nullptr);

    QDate date() const;
    // An invalid date checks the open box (the date field then keeps its last date, greyed).
    void setDate(const QDate& date);
    bool isOpen() const;

    QDateEdit* dateEdit() const { return m_edit; }
    QCheckBox* openBox() const { return m_open; }

Q_SIGNALS:
    void dateChanged();

private:
    QDateEdit* m_edit;
    QCheckBox* m_open;
};
