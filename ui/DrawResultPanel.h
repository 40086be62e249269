// The result of a plan's standing draw as the clerk reads it: every visit (第 n 家) with its items and team, members
// and backups numbered by their rank in the draw order, and the buttons that print it and export the public record.
// Shown as the wizard's last step and as the plan page's first tab.
#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

class DrawResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawResultPanel)

public:
    explicit DrawResultPanel(Database& db, QWidget* parent = nullptr);

    // Reads the plan's standing draw again (after a substitution, a void …).
    void showPlan(qint64 planId);

    QTableWidget* table() const { return m_table; }
    // The entity draw ids of the rows, in visit order.
    QStringList visitEntities() const { return m_entities; }

    void printDrawSheet();
    void printNotices();
    void savePdf();
    void exportRecord();

private:
    Database& m_db;
    qint64 m_planId = 0;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_printSheet;
    QPushButton* m_printNotices;
    QPushButton* m_pdf;
    QPushButton* m_export;
    QStringList m_entities;
};
