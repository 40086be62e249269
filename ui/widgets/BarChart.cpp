#include "BarChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {
constexpr int kRow = 24;
constexpr int kBar = 16;
constexpr int kMargin = 8;
} // namespace

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("barChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChart::setBars(const QStringList& labels, const QList<double>& values, const QStringList& valueTexts)
{
    m_labels = labels;
    m_values = values;
    m_texts = valueTexts;
    updateGeometry();
    update();
}

void BarChart::setMarker(double value, const QString& text)
{
    m_marker = value;
    m_markerText = text;
    update();
}

void BarChart::setTitle(const QString& title)
{
    m_title = title;
    update();
}

QSize BarChart::sizeHint() const
{
    const int title = fontMetrics().height() + kMargin;
    return {480, title + int(m_labels.size()) * kRow + 2 * kMargin + (m_marker > 0 ? fontMetrics().height() : 0)};
}

QSize BarChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const QString& label : m_labels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    labelWidth = std::min(labelWidth, width() / 3) + kMargin;
    int textWidth = 0;
    for (const QString& text : m_texts)
        textWidth = std::max(textWidth, fm.horizontalAdvance(text));
    const int left = kMargin + labelWidth;
    const int area = std::max(20, width() - left - textWidth - 2 * kMargin);
    double maximum = m_marker;
    for (double v : m_values)
        maximum = std::max(maximum, v);
    if (maximum <= 0)
        maximum = 1;

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(kMargin, 0, width() - 2 * kMargin, fm.height() + kMargin), Qt::AlignLeft | Qt::AlignVCenter,
               m_title);
    p.setFont(font());
    const int top = fm.height() + kMargin;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const int y = top + int(i) * kRow;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kMargin, y, labelWidth - kMargin, kRow), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_labels.at(i), Qt::ElideRight, labelWidth - kMargin));
        const int w = int(m_values.value(i) / maximum * area);
        p.fillRect(QRect(left, y + (kRow - kBar) / 2, w, kBar), QColor(0xc0, 0x39, 0x2b));
        p.drawText(QRect(left + w + 4, y, textWidth + kMargin, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   m_texts.value(i));
    }
    if (m_marker > 0) {
        const int x = left + int(m_marker / maximum * area);
        const int bottom = top + int(m_labels.size()) * kRow;
        QPen pen(QColor(0x1f, 0x5f, 0xa8));
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(x, top, x, bottom);
        p.drawText(QRect(x - 100, bottom, 200, fm.height()), Qt::AlignHCenter | Qt::AlignTop, m_markerText);
    }
}
