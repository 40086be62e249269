// The checklist (检查表) of an item in its dialog: one row a check point (检查内容, 检查标准, 法律依据), numbered by
// its place; add, remove, move up and down, and read from or write to a spreadsheet (Checklist's table layout). What
// is shown is saved with the item, as its next version.
#pragma once

#include "Checklist.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

class ChecklistEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistEditor)

public:
    explicit ChecklistEditor(QWidget* parent = nullptr);

    QList<CheckPoint> points() const;
    void setPoints(const QList<CheckPoint>& points);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }

    // Reads the points of a spreadsheet into the editor (asks before it replaces points already there); false with
    // the file's problem shown when it cannot be read. The import button asks for the file and calls this.
    bool importFrom(const QString& path);
    // Writes the points shown to a spreadsheet (.xlsx or .csv); the export button asks for the name.
    bool exportTo(const QString& path);

Q_SIGNALS:
    void changed();

private:
    void addPoint();
    void removePoint();
    void movePoint(int by);
    void renumber();
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_import;
    QPushButton* m_export;
};
