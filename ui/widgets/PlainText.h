// Names, addresses, reasons and cells from imported files are shown exactly as typed: never as rich text, where
// "<a href=…>" would become a link and "<img src=…>" would load a file. Qt guesses (Qt::AutoText) for labels, message
// boxes and tooltips; these helpers, and MessageBox, take the guess away. The test `plain_text` (cmake/CheckPlainText)
// keeps ui/ on them: no `new QLabel`, no QMessageBox outside MessageBox, no AutoText, RichText only where every
// inserted string is escaped.
#pragma once

#include <QLabel>
#include <QString>

class QProgressDialog;

// A QLabel that shows its text as plain text. A label that needs markup sets Qt::RichText itself and escapes every
// string it inserts (toHtmlEscaped).
class PlainLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PlainLabel(QWidget* parent = nullptr);
    explicit PlainLabel(const QString& text, QWidget* parent = nullptr);
};

// Gives a progress dialog a PlainLabel (its own label guesses rich text; the text may name a plan or a file).
void setPlainLabel(QProgressDialog& progress);

// A tooltip that shows `text` as typed (tooltips, too, are guessed rich text); line breaks are kept.
QString plainToolTip(const QString& text);
