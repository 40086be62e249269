// Picks one record by typing part of its name or code (an inspector, an entity among 100,000): each keystroke asks
// the repository for the first few matches (LIMIT, no full list in memory) and offers them in a completer popup.
// Editing the text after a choice clears the choice, so what is shown is always what will be saved.
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

class QCompleter;
class QLineEdit;
class QStringListModel;

class RecordPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPicker)

public:
    // id and the text shown for it ("张三（ZF-001）").
    using Match = QPair<qint64, QString>;
    using Lookup = std::function<QList<Match>(const QString& text, int limit)>;

    explicit RecordPicker(Lookup lookup, QWidget* parent = nullptr);

    qint64 currentId() const { return m_id; }
    void setCurrent(qint64 id, const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }
    // The matches offered for the text typed last (tests).
    QList<Match> matches() const { return m_matches; }

Q_SIGNALS:
    void currentChanged();

private:
    void textEdited(const QString& text);
    void choose(const QString& text);

    static constexpr int MaxMatches = 20;
    Lookup m_lookup;
    QLineEdit* m_edit;
    QStringListModel* m_model;
    QCompleter* m_completer;
    QList<Match> m_matches;
    qint64 m_id = 0;
};
