// The conflicts of interest of one entity or one inspector, in its detail pane, with a button to record a new one
// (the entity or inspector already filled in).
#pragma once

#include <QWidget>

class Database;
class Page;
class QLabel;
class QListWidget;
class QPushButton;

class ConflictSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictSection)

public:
    enum class Owner { Entity, Inspector };

    // `page`: the page it is part of, whose logged-in user records the conflicts.
    ConflictSection(Database& db, Owner owner, const Page& page, QWidget* parent = nullptr);

    // Shows the conflicts of this entity or inspector (display texts used to prefill the dialog).
    void showFor(qint64 id, const QString& name, const QString& code, const QString& creditCode = {});
    void addConflict();

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    // A conflict was recorded here.
    void conflictAdded(qint64 conflictId);

private:
    void reload();

    Database& m_db;
    Owner m_owner;
    const Page& m_page;
    qint64 m_id = 0;
    QString m_name;
    QString m_code;
    QString m_creditCode;
    QLabel* m_heading;
    QListWidget* m_list;
    QPushButton* m_add;
};
