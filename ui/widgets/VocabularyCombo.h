// Filling combo boxes from the domain's closed lists: the label in the interface language shown, the key stored as
// the item's data.
#pragma once

#include <QString>

class QComboBox;
class Vocabulary;

namespace VocabularyCombo {
void fill(QComboBox* combo, const Vocabulary& vocabulary);
void select(QComboBox* combo, const QString& key);
QString key(const QComboBox* combo);
} // namespace VocabularyCombo
