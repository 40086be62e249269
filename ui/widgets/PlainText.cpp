#include "PlainText.h"

#include <QProgressDialog>
#include <QTextDocument>

PlainLabel::PlainLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

PlainLabel::PlainLabel(const QString& text, QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setText(text);
}

void setPlainLabel(QProgressDialog& progress)
{
    progress.setLabel(new PlainLabel(progress.labelText())); // the dialog takes the label and deletes its own
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text; // an empty tooltip hides the tooltip
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}
