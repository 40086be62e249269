#include "RecordPicker.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

RecordPicker::RecordPicker(Lookup lookup, QWidget* parent)
    : QWidget(parent)
    , m_lookup(std::move(lookup))
    , m_edit(new QLineEdit(this))
    , m_model(new QStringListModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(true);
    // The repository already matched name, code and credit code anywhere: show its answers as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &RecordPicker::textEdited);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &RecordPicker::choose);
    // Typing a whole code and pressing Enter picks the one record it matches.
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_id == 0 && m_matches.size() == 1)
            choose(m_matches.first().second);
    });
}

void RecordPicker::setCurrent(qint64 id, const QString& text)
{
    m_id = id;
    m_edit->setText(text);
    m_matches = id > 0 ? QList<Match>{{id, text}} : QList<Match>{};
    Q_EMIT currentChanged();
}

void RecordPicker::textEdited(const QString& text)
{
    const bool hadChoice = m_id != 0;
    m_id = 0;
    m_matches = text.trimmed().isEmpty() ? QList<Match>{} : m_lookup(text.trimmed(), MaxMatches);
    QStringList texts;
    for (const Match& match : std::as_const(m_matches))
        texts << match.second;
    m_model->setStringList(texts);
    if (!texts.isEmpty())
        m_completer->complete();
    if (hadChoice)
        Q_EMIT currentChanged();
}

void RecordPicker::choose(const QString& text)
{
    for (const Match& match : std::as_const(m_matches)) {
        if (match.second == text) {
            m_id = match.first;
            m_edit->setText(text);
            Q_EMIT currentChanged();
            return;
        }
    }
}
