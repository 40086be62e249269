#include "MainWindow.h"

#include "AppSetup.h"
#include "AuditTrail.h"
#include "MessageBox.h"

#include "AboutDialog.h"
#include "AccountDialog.h"
#include "AuditPage.h"
#include "CalendarDialog.h"
#include "CalendarOperations.h"
#include "ConflictPage.h"
#include "DataSafety.h"
#include "Database.h"
#include "EntityPage.h"
#include "HelpWindow.h"
#include "IdleWatcher.h"
#include "InspectorPage.h"
#include "ItemPage.h"
#include "LockCurtain.h"
#include "LoginDialog.h"
#include "OverviewPage.h"
#include "Page.h"
#include "PlainText.h"
#include "PlansPage.h"
#include "PublicationKeyDialog.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SettingsOperations.h"
#include "StatisticsPage.h"
#include "UserManagementDialog.h"
#include "UserOperations.h"
#include "Vocabulary.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

User administratorWithoutLogin(const Database& db)
{
    User user;
    user.name = db.currentUser();
    user.role = QStringLiteral("admin");
    return user;
}

} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : MainWindow(db, administratorWithoutLogin(db), parent)
{ }

MainWindow::MainWindow(Database& db, const User& user, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_dataFile(new PlainLabel(this))
    , m_userLabel(new PlainLabel(this))
    , m_user(user)
    , m_idle(new IdleWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Double-Random Inspection System"));
    ScreenFit::resize(this, {1280, 800});

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(170);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 8px; }"
                                               "QListWidget::item { padding: 6px 12px; }"));
    layout->addWidget(m_navigation);
    m_safety = new DataSafety(db, this);
    // The restored data has its own accounts: whoever works next logs in with one of them.
    connect(m_safety, &DataSafety::restored, this, [this] {
        if (UserRepository(m_db).hasUsers())
            askLogin({});
    });
    connect(m_safety, &DataSafety::auditPageRequested, this, [this] { showPage(QStringLiteral("audit")); });
    connect(m_safety, &DataSafety::dataReplaced, this, [this] {
        for (const QString& key : std::as_const(m_keys))
            if (Page* p = page(key))
                p->reloadData();
    });
    auto* pages = new QVBoxLayout;
    pages->addWidget(m_safety->banner());
    pages->addWidget(m_stack, 1);
    layout->addLayout(pages, 1);
    setCentralWidget(central);

    m_dataFile->setObjectName(QStringLiteral("dataFileLabel"));
    m_dataFile->setText(tr("Data file: %1").arg(QDir::toNativeSeparators(db.path())));
    m_dataFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_dataFile, 1);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* language = file->addMenu(tr("Interface &language"));
    for (const auto& [code, name] : {std::pair {QStringLiteral("zh"), QStringLiteral("中文")},
                                     std::pair {QStringLiteral("en"), QStringLiteral("English")}}) {
        language->addAction(name, this, [this, code = code] {
            AppSetup::saveLanguage(code);
            MessageBox::information(this, tr("Interface language"),
                                    tr("The language changes the next time the program starts."));
        });
    }
    file->addSeparator();
    m_safety->addFileMenuActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* records = menuBar()->addMenu(tr("&Records"));
    m_newAction = records->addAction(tr("&New…"), this, [this] {
        if (Page* page = currentPage(); page && !page->createActionText().isEmpty() && page->mayWrite())
            page->createNew();
    });
    m_newAction->setShortcut(QKeySequence::New);
    QAction* find = records->addAction(tr("&Find"), this, [this] {
        if (Page* page = currentPage())
            page->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsAction = settingsMenu->addAction(tr("&Bureau, leadership group and publication…"), this, [this] {
        SettingsDialog dialog(m_db, actor(), this);
        if (dialog.exec() == QDialog::Accepted) {
            for (Page* p : std::as_const(m_pages))
                m_stale.insert(p);
            m_idle->setInterval(Settings(m_db).load().idleMinutes * 60000);
        }
    });
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_calendarAction = settingsMenu->addAction(tr("&Work calendar (holidays and make-up working days)…"), this, [this] {
        CalendarDialog(m_db, actor(), this).exec();
        for (Page* p : std::as_const(m_pages)) // the deadlines may have moved
            m_stale.insert(p);
        pageChanged(m_navigation->currentRow());
    });
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    // Everyone may see the key's fingerprint; making and rotating it is the administrator's (the dialog asks the core).
    QAction* keyAction = settingsMenu->addAction(tr("&Publication key (signs the website packages)…"), this,
                                                 [this] { PublicationKeyDialog(m_db, actor(), this).exec(); });
    keyAction->setObjectName(QStringLiteral("publicationKeyAction"));
    QMenu* account = menuBar()->addMenu(tr("&User"));
    account->addAction(tr("&Change password…"), this, &MainWindow::changePassword);
    QAction* lockAction = account->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    account->addAction(tr("Log out and &switch user…"), this, &MainWindow::switchUser);
    m_usersAction = account->addAction(tr("&Users…"), this, &MainWindow::manageUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("User &manual"), this,
                                      [this] { HelpWindow::showTopic(this, HelpWindow::topicOf(this), &m_db); });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About…"), this, &MainWindow::showAbout);
    // F1 in the dialogs and the wizard, too.
    HelpWindow::installF1(&m_db);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);

    addPage(QStringLiteral("overview"), new OverviewPage(db, this));
    addPage(QStringLiteral("items"), new ItemPage(db, this));
    addPage(QStringLiteral("entities"), new EntityPage(db, this));
    addPage(QStringLiteral("inspectors"), new InspectorPage(db, this));
    addPage(QStringLiteral("conflicts"), new ConflictPage(db, this));
    addPage(QStringLiteral("plans"), new PlansPage(db, this));
    addPage(QStringLiteral("statistics"), new StatisticsPage(db, this));
    addPage(QStringLiteral("audit"), m_safety->auditPage());

    // Ctrl+1 … Ctrl+9 go to the pages in order.
    for (int i = 0; i < 9; ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            if (i < m_navigation->count())
                m_navigation->setCurrentRow(i);
        });
        addAction(go);
    }
    // Open where the clerk left off.
    const int last = int(m_keys.indexOf(QSettings().value(QStringLiteral("ui/page")).toString()));
    m_navigation->setCurrentRow(last >= 0 ? last : 0);
    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());

    setUser(user);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    m_idle->setInterval(Settings(db).load().idleMinutes * 60000);
    m_idle->start();
}

void MainWindow::setUser(const User& user)
{
    m_user = user;
    m_db.setCurrentUser(user.name);
    const QString role = Vocabulary::userRoles().label(user.role);
    m_userLabel->setText(user.displayName.isEmpty() ? tr("User: %1 (%2)").arg(user.name, role)
                                                    : tr("User: %1 %2 (%3)").arg(user.displayName, user.name, role));
    for (Page* page : std::as_const(m_pages))
        page->setActor(actor());
    m_safety->setActor(actor());
    m_usersAction->setVisible(UserOperations(m_db, actor()).check().ok());
    m_settingsAction->setEnabled(SettingsOperations(m_db, actor()).check().ok());
    m_calendarAction->setEnabled(CalendarOperations(m_db, actor()).check().ok());
    pageChanged(m_navigation->currentRow());
}

bool MainWindow::askLogin(const QString& lockedUser)
{
    m_idle->stop();
    centralWidget()->hide();
    const LockCurtain curtain(this);
    LoginDialog dialog(m_db, lockedUser, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.user()) {
        close();
        return false;
    }
    setUser(*dialog.user());
    centralWidget()->show();
    m_idle->start();
    return true;
}

void MainWindow::lock()
{
    askLogin(m_user.name);
}

void MainWindow::switchUser()
{
    // The trail shows who stopped working here, as it shows every login.
    AuditTrail::recordEvent(m_db, QStringLiteral("logout"), QStringLiteral("user"), m_user.name, {});
    // Logged out: the status bar no longer names the user who left (it did until the next login).
    m_userLabel->setText(tr("Not logged in"));
    askLogin({});
}

void MainWindow::changePassword()
{
    AccountDialog dialog(m_db, AccountDialog::Mode::ChangePassword, actor(), m_user.name, this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Change password"), tr("Your password was changed."));
}

void MainWindow::manageUsers()
{
    UserOperations users(m_db, actor());
    if (!users.check())
        return;
    UserManagementDialog dialog(m_db, actor(), this);
    dialog.exec();
    // An administrator may have changed their own role.
    if (const auto self = users.find(m_user.name))
        setUser(*self);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(const QString& key, Page* page)
{
    m_keys.append(key);
    m_pages.insert(key, page);
    m_stack->addWidget(page);
    page->setActor(actor());
    auto* item = new QListWidgetItem(page->title(), m_navigation);
    item->setData(Qt::UserRole, key);
    const int number = int(m_keys.size());
    if (number <= 9)
        item->setToolTip(tr("Ctrl+%1").arg(number));
    connect(page, &Page::dataModified, this, [this, page] {
        for (Page* other : std::as_const(m_pages))
            if (other != page)
                m_stale.insert(other);
    });
    connect(page, &Page::navigateRequested, this, [this](const QString& target, const QString& argument) {
        showPage(target);
        if (Page* shown = this->page(target))
            shown->showFiltered(argument);
    });
}

Page* MainWindow::page(const QString& key) const
{
    return m_pages.value(key);
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

QString MainWindow::currentPageKey() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_keys.size() ? m_keys.at(index) : QString();
}

void MainWindow::showPage(const QString& key)
{
    const int index = int(m_keys.indexOf(key));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::pageChanged(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    Page* page = currentPage();
    QSettings().setValue(QStringLiteral("ui/page"), m_keys.at(index));
    // F1 opens the manual's chapter of the page.
    setProperty("helpTopic", m_keys.at(index));
    if (m_stale.remove(page))
        page->reloadData();
    const QString createText = page->createActionText();
    m_newAction->setEnabled(!createText.isEmpty() && page->mayWrite());
    m_newAction->setText(createText.isEmpty() ? tr("&New…") : createText);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db, this);
    dialog.exec();
}
