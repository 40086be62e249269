#include "VocabularyCombo.h"

#include "Vocabulary.h"

#include <QComboBox>

namespace VocabularyCombo {

void fill(QComboBox* combo, const Vocabulary& vocabulary)
{
    for (const Term& term : vocabulary.terms())
        combo->addItem(vocabulary.label(term.key), term.key);
}

void select(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString key(const QComboBox* combo)
{
    return combo->currentData().toString();
}

} // namespace VocabularyCombo
