// Shows an entity's credit archive (诚信档案): every event in time order, with 打印 (preview, print, PDF) and 导出
// (.xlsx or CSV).
#pragma once

#include <QDialog>

class Database;
class QTableWidget;

class CreditArchiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditArchiveDialog)

public:
    CreditArchiveDialog(Database& db, qint64 entityId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void print();
    void exportTable();

private:
    Database& m_db;
    qint64 m_entityId;
    QTableWidget* m_table;
};
