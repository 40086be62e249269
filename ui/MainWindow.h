// The main window: the navigation list on the left (概览, 抽查事项, 检查对象 …), the pages in a stack, the data
// file in the status bar, and the window-wide shortcuts (Ctrl+F search, Ctrl+N new, Ctrl+1… pages).
#pragma once

#include <QHash>
#include <QMainWindow>

class DataSafety;
class Database;
class Page;
class QLabel;
class QListWidget;
class QStackedWidget;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Builds every page of the program over the open database.
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    // Adds a page to the navigation, in order. `key` names it for navigation requests ("entities").
    void addPage(const QString& key, Page* page);
    Page* page(const QString& key) const;
    Page* currentPage() const;
    QString currentPageKey() const;
    void showPage(const QString& key);

    QListWidget* navigation() const { return m_navigation; }
    // The audit chain check, backups and restore of this window's data.
    DataSafety* dataSafety() const { return m_safety; }

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void pageChanged(int index);

    Database& m_db;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_dataFile;
    QList<QString> m_keys;
    QHash<QString, Page*> m_pages;
    QSet<Page*> m_stale;
    QAction* m_newAction = nullptr;
    DataSafety* m_safety = nullptr;
};
