// What the steps of the plan wizard share: the messages beside the fields, which step edits which plan field, and
// the line that counts a pool.
#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace WizardFields {

// A hidden, word-wrapped label in the error colour, for the messages beside a field.
QLabel* errorLabel(QWidget* parent, const QString& objectName = {});
// Shows the messages one per line, or hides the label when there are none.
void showMessages(QLabel* label, const QStringList& messages);
// The words of a list typed with commas, 、, semicolons or spaces, each once.
QStringList splitList(const QString& text);

// The plan's fields that each step edits, for the messages beside them.
bool isBasicsField(const QString& field);
bool isTeamField(const QString& field);

// "池 312 家 → 抽取 18 家（5.8%）"
QString countLine(int pool, int selected);

} // namespace WizardFields
