// The read-only fields of one record in a detail pane: "label  value" rows, values selectable for copying and
// wrapped, so a long legal basis or address stays readable in a narrow pane.
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QFormLayout;
class QLabel;

class DetailForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailForm)

public:
    explicit DetailForm(QWidget* parent = nullptr);

    void setRows(const QList<QPair<QString, QString>>& rows);
    void clear();
    // The value shown for a label (tests and screen readers).
    QString valueOf(const QString& label) const;
    int rowCount() const { return int(m_values.size()); }

private:
    QFormLayout* m_form;
    QList<QPair<QLabel*, QLabel*>> m_values;
};
