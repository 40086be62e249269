// A plain horizontal bar chart painted with QPainter: one labelled bar per value, the value's text at its end, and
// an optional dashed marker (the 5 % floor). Used on the statistics page; no chart library needed.
#pragma once

#include <QWidget>

class BarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    explicit BarChart(QWidget* parent = nullptr);

    void setBars(const QStringList& labels, const QList<double>& values, const QStringList& valueTexts);
    // A vertical dashed line at `value` with its text below; 0 = none.
    void setMarker(double value, const QString& text);
    void setTitle(const QString& title);

    QStringList labels() const { return m_labels; }
    QList<double> values() const { return m_values; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QStringList m_labels;
    QList<double> m_values;
    QStringList m_texts;
    double m_marker = 0;
    QString m_markerText;
};
