// The result of a plan's standing draw as the clerk reads it: every visit (第 n 家) with its items and team, members
// and backups numbered by their rank in the draw order and starred (★) when their certificate is valid on the day
// of the draw, what was excluded or left out and why (回避及排除, folded away until asked for), and the buttons
// that print the pre-draw and draw sheets, the notices and the approval form (行政检查审批表, with the approval once
// it is recorded, which the summary names) and export the public record.
// Shown as the wizard's last step and as the plan page's first tab.
#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

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
    // 回避及排除 of the frozen request, one row each: the conflicts and rotations (inspector × entity), the
    // inspectors not on duty or without a valid certificate, the entities the over-inspection guard left out.
    QTableWidget* exclusionTable() const { return m_exclusions; }

    void printPreDrawSheet();
    void savePreDrawSheetPdf();
    void printDrawSheet();
    void printNotices();
    void printApprovalForm();
    void savePdf();
    void exportRecord();

private:
    void showExclusions(qint64 planId);

    Database& m_db;
    qint64 m_planId = 0;
    QLabel* m_summary;
    QTableWidget* m_table;
    QToolButton* m_exclusionToggle;
    QTableWidget* m_exclusions;
    QPushButton* m_printPreDraw;
    QPushButton* m_preDrawPdf;
    QPushButton* m_printSheet;
    QPushButton* m_printNotices;
    QPushButton* m_printApproval;
    QPushButton* m_pdf;
    QPushButton* m_export;
    QStringList m_entities;
};
