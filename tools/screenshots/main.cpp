// shuangsui-shots: walks the demo office in the real window and writes a PNG of every page, wizard step and dialog,
// and a PDF of every printed document, for the user manual and for looking before each submission
// (scripts/screenshots.sh runs it at 1024×768 and 1440×900 and turns the PDFs into PNGs).
//
//   shuangsui-shots --out DIR [--only NAME,...] [--list]
//   shuangsui-shots --check DIR [--max WxH] [NAME,...]
//
// The screen is the platform's: QT_QPA_PLATFORM="offscreen:configfile=tests/support/offscreen-1024x768.json". The
// data is a fresh demo file in a temporary folder, made as the program's first start makes it (DemoData), and the
// settings are kept there too, so nothing of the user's is read or changed. Exit 1 names the shot that failed.
#include "ShotList.h"

#include "AboutDialog.h"
#include "AccountDialog.h"
#include "AppSetup.h"
#include "AuditQuery.h"
#include "BlacklistDialog.h"
#include "CalendarDialog.h"
#include "CeremonyView.h"
#include "ColumnMappingDialog.h"
#include "ConflictDialog.h"
#include "ConflictPage.h"
#include "CreditArchive.h"
#include "CreditArchiveDialog.h"
#include "DataSafety.h"
#include "Database.h"
#include "DemoData.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "EntityDialog.h"
#include "EntityPage.h"
#include "EntityRepository.h"
#include "FollowUpDialog.h"
#include "HelpWindow.h"
#include "ImportDialog.h"
#include "InspectorDialog.h"
#include "InspectorPage.h"
#include "ItemDialog.h"
#include "ItemPage.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PassphraseDialog.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PlanView.h"
#include "PlanWizard.h"
#include "PlansPage.h"
#include "PublicationKeyDialog.h"
#include "PublishOperations.h"
#include "RegistryImport.h"
#include "ResultDialog.h"
#include "ResultDocuments.h"
#include "ResultRepository.h"
#include "ResultVersionDialog.h"
#include "ResultsPanel.h"
#include "SettingsDialog.h"
#include "UserManagementDialog.h"
#include "UserRepository.h"
#include "Validators.h"
#include "VoidDrawDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>

namespace {

QtMessageHandler defaultMessages = nullptr;

// The offscreen platform says this of every window that has a size limit; it is noise here.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (defaultMessages)
        defaultMessages(type, context, message);
}

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// A shot that cannot be made: the walk stops and the program leaves with 1, naming it.
struct ShotFailed : std::runtime_error
{
    ShotFailed(const QString& shot, const QString& why)
        : std::runtime_error(QStringLiteral("shuangsui-shots: %1: %2").arg(shot, why).toStdString())
    { }
};

// Lets layouts, timers and deferred deletes run for `ms` milliseconds.
void settle(int ms = 150)
{
    QCoreApplication::processEvents();
    QTest::qWait(ms);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString creditCode(int n)
{
    QString body;
    for (int i = 0, value = n; i < 8; ++i, value /= 10)
        body.prepend(QChar(u'0' + value % 10));
    const QString first17 = QStringLiteral("12130322") + body + Validators::organizationCodeCheckCharacter(body);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

class Walk
{
public:
    Walk(const QString& outDir, const QSet<QString>& only)
        : m_out(outDir)
        , m_only(only)
    { }

    int run()
    {
        try {
            start();
            login();
            pages();
            registryDialogs();
            importDialogs();
            planDialogs();
            wizard();
            adminDialogs();
            audit();
            documents();
            package();
            locked();
            readOnly();
        } catch (const ShotFailed& failed) {
            say(QString::fromStdString(failed.what()));
            return 1;
        }
        if (m_window)
            m_window->hide();
        say(QStringLiteral("shuangsui-shots: %1 file(s) written into %2 (screen %3×%4)")
                .arg(m_written)
                .arg(QDir::toNativeSeparators(m_out.absolutePath()))
                .arg(screenSize().width())
                .arg(screenSize().height()));
        return 0;
    }

private:
    static QSize screenSize() { return QGuiApplication::primaryScreen()->size(); }

    bool wants(const QString& name) const { return m_only.isEmpty() || m_only.contains(name); }
    bool wantsAny(const QStringList& names) const
    {
        for (const QString& name : names)
            if (wants(name))
                return true;
        return false;
    }

    // Writes the window's picture as NAME.png (when the shot is wanted); notes a window that does not fit.
    void save(const QString& name, QWidget* window, const QPixmap& picture = {})
    {
        if (!wants(name))
            return;
        if (!window || !window->isVisible())
            throw ShotFailed(name, QStringLiteral("the window to photograph is not shown"));
        const QPixmap pixmap = picture.isNull() ? window->grab() : picture;
        const QString path = m_out.filePath(name + QStringLiteral(".png"));
        // Quality 0: the PNG's strongest compression (the manual's pictures go into the program's resources).
        if (pixmap.isNull() || !pixmap.save(path, "PNG", 0))
            throw ShotFailed(name, QStringLiteral("cannot write %1").arg(path));
        const QRect room = window->screen()->availableGeometry();
        const QRect frame = window->frameGeometry();
        if (frame.width() > room.width() || frame.height() > room.height())
            say(QStringLiteral("note: %1: the window (%2×%3 with its frame) is larger than the screen's room (%4×%5)")
                    .arg(name)
                    .arg(frame.width())
                    .arg(frame.height())
                    .arg(room.width())
                    .arg(room.height()));
        else if (!room.contains(frame))
            say(QStringLiteral("note: %1: the window reaches off the screen (%2,%3 %4×%5)")
                    .arg(name)
                    .arg(frame.x())
                    .arg(frame.y())
                    .arg(frame.width())
                    .arg(frame.height()));
        ++m_written;
    }

    // Shows a dialog the program opens with open() or exec() without waiting for it, photographs it, throws it away.
    void shootDialog(const QString& name, QDialog* dialog)
    {
        if (!dialog)
            throw ShotFailed(name, QStringLiteral("the dialog did not open"));
        if (!dialog->isVisible())
            dialog->show();
        settle(250);
        save(name, dialog);
        dialog->hide();
        dialog->deleteLater();
        settle(50);
    }

    template<typename T> T* openedDialog(QObject* parent, const QString& name)
    {
        settle();
        const QList<T*> found = parent->findChildren<T*>();
        for (T* dialog : found)
            if (dialog->isVisible())
                return dialog;
        throw ShotFailed(name, QStringLiteral("the dialog did not open"));
    }

    template<typename T> T* page(const QString& key)
    {
        auto* found = qobject_cast<T*>(m_window->page(key));
        if (!found)
            throw ShotFailed(key, QStringLiteral("the main window has no page %1").arg(key));
        return found;
    }

    // Logs `name` in as the program does (UserRepository::login) and makes them the window's user.
    User logIn(const QString& name)
    {
        QString error;
        const auto user = UserRepository(*m_db).login(name, DemoData::password(), &error);
        if (!user)
            throw ShotFailed(name, QStringLiteral("the demo user cannot log in: %1").arg(error));
        if (m_window)
            m_window->setUser(*user);
        return *user;
    }

    void showPage(const QString& key)
    {
        m_window->showPage(key);
        if (m_window->currentPageKey() != key)
            throw ShotFailed(key, QStringLiteral("the page cannot be shown"));
        settle(300);
    }

    // ---------------------------------------------------------------------------------------------------------------

    void start()
    {
        if (!m_out.mkpath(QStringLiteral(".")))
            throw ShotFailed(QStringLiteral("--out"), QStringLiteral("cannot create %1").arg(m_out.path()));
        if (!m_temp.isValid())
            throw ShotFailed(QStringLiteral("start"), QStringLiteral("no temporary folder"));
        QString error;
        m_db = Database::open(m_temp.filePath(QStringLiteral("演示数据.sqlite")), &error);
        if (!m_db)
            throw ShotFailed(QStringLiteral("start"),
                             QStringLiteral("cannot create the demo data file: %1").arg(error));
        if (!DemoData::fill(*m_db, &error) || !DemoData::addFinishedPlan(*m_db, &error))
            throw ShotFailed(QStringLiteral("start"), QStringLiteral("cannot fill the demo data: %1").arg(error));
        const QList<Plan> plans = PlanRepository(*m_db).list();
        if (plans.isEmpty())
            throw ShotFailed(QStringLiteral("start"), QStringLiteral("the demo data has no plan"));
        m_demoPlan = plans.first().id;
    }

    void login()
    {
        auto* dialog = new LoginDialog(*m_db);
        dialog->show();
        dialog->nameEdit()->setText(QStringLiteral("luru"));
        dialog->passwordEdit()->setFocus();
        settle(250);
        save(QStringLiteral("login"), dialog);
        dialog->passwordEdit()->setText(DemoData::password());
        dialog->accept();
        if (!dialog->user())
            throw ShotFailed(QStringLiteral("login"),
                             QStringLiteral("luru cannot log in: %1").arg(dialog->messageLabel()->text()));
        const User user = *dialog->user();
        dialog->hide();
        dialog->deleteLater();

        m_window = std::make_unique<MainWindow>(*m_db, user);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            throw ShotFailed(QStringLiteral("overview"), QStringLiteral("the main window is not shown"));
        m_window->dataSafety()->startChainCheck();
        settle(500);
    }

    void pages()
    {
        logIn(QStringLiteral("luru"));
        for (const QString& key :
             {QStringLiteral("overview"), QStringLiteral("items"), QStringLiteral("entities"),
              QStringLiteral("inspectors"), QStringLiteral("conflicts"), QStringLiteral("statistics")}) {
            if (!wants(key))
                continue;
            showPage(key);
            save(key, m_window.get());
        }
        if (!wantsAny({QStringLiteral("plans"), QStringLiteral("plan-draw"), QStringLiteral("plan-substitution"),
                       QStringLiteral("plan-results"), QStringLiteral("plan-record")}))
            return;
        showPage(QStringLiteral("plans"));
        auto* plans = page<PlansPage>(QStringLiteral("plans"));
        plans->table()->selectRow(0);
        settle();
        save(QStringLiteral("plans"), m_window.get());
        openDemoPlan();
        const QList<std::pair<QString, int>> tabs {{QStringLiteral("plan-draw"), 0},
                                                   {QStringLiteral("plan-substitution"), 1},
                                                   {QStringLiteral("plan-results"), 2},
                                                   {QStringLiteral("plan-record"), 3}};
        for (const auto& [name, index] : tabs) {
            if (!wants(name))
                continue;
            plans->planView()->tabs()->setCurrentIndex(index);
            settle(300);
            save(name, m_window.get());
        }
        backToPlans();
    }

    PlanView* openDemoPlan()
    {
        showPage(QStringLiteral("plans"));
        auto* plans = page<PlansPage>(QStringLiteral("plans"));
        plans->openPlan(m_demoPlan);
        settle(300);
        if (!plans->planView()->isVisible() || plans->planView()->planId() != m_demoPlan)
            throw ShotFailed(QStringLiteral("plan-draw"), QStringLiteral("the demo plan's page does not open"));
        return plans->planView();
    }

    void backToPlans()
    {
        auto* plans = page<PlansPage>(QStringLiteral("plans"));
        if (auto* back = plans->findChild<QAbstractButton*>(QStringLiteral("backToPlans")); back && back->isVisible())
            back->click();
        settle();
    }

    // The registry page's first row selected, its dialog opened as the page opens it.
    template<typename PageType, typename DialogType>
    void registryDialog(const QString& name, const QString& key, const std::function<void(PageType*)>& open)
    {
        if (!wants(name))
            return;
        showPage(key);
        auto* registry = page<PageType>(key);
        registry->tableView()->selectRow(0);
        settle();
        if (registry->currentRow() < 0)
            throw ShotFailed(name, QStringLiteral("the page %1 shows no row to open").arg(key));
        open(registry);
        shootDialog(name, openedDialog<DialogType>(registry, name));
    }

    void registryDialogs()
    {
        logIn(QStringLiteral("luru"));
        registryDialog<ItemPage, ItemDialog>(QStringLiteral("item-dialog"), QStringLiteral("items"),
                                             [](ItemPage* p) { p->editCurrent(); });
        registryDialog<EntityPage, EntityDialog>(QStringLiteral("entity-dialog"), QStringLiteral("entities"),
                                                 [](EntityPage* p) { p->editCurrent(); });
        registryDialog<InspectorPage, InspectorDialog>(QStringLiteral("inspector-dialog"), QStringLiteral("inspectors"),
                                                       [](InspectorPage* p) { p->editCurrent(); });
        registryDialog<ConflictPage, ConflictDialog>(QStringLiteral("conflict-dialog"), QStringLiteral("conflicts"),
                                                     [](ConflictPage* p) { p->editCurrent(); });
        registryDialog<EntityPage, BlacklistDialog>(QStringLiteral("blacklist-dialog"), QStringLiteral("entities"),
                                                    [](EntityPage* p) { p->changeBlacklist(); });
        if (wants(QStringLiteral("credit-archive"))) {
            // A blacklisted entity: its archive has the blacklist's history besides its visits.
            showPage(QStringLiteral("entities"));
            auto* entities = page<EntityPage>(QStringLiteral("entities"));
            entities->showFiltered(QStringLiteral("blacklisted"));
            settle(300);
            entities->tableView()->selectRow(0);
            settle();
            entities->showCreditArchive();
            shootDialog(QStringLiteral("credit-archive"),
                        openedDialog<CreditArchiveDialog>(entities, QStringLiteral("credit-archive")));
            entities->showFiltered(QString());
        }
        if (wants(QStringLiteral("change-password"))) {
            auto* dialog = new AccountDialog(*m_db, AccountDialog::Mode::ChangePassword, m_window->actor(),
                                             m_window->user().name, m_window.get());
            shootDialog(QStringLiteral("change-password"), dialog);
        }
    }

    void importDialogs()
    {
        logIn(QStringLiteral("luru"));
        if (wants(QStringLiteral("import-preview"))) {
            // Three entities, the second with a credit code whose check character is wrong.
            QString bad = creditCode(990002);
            bad[17] = bad[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            const QString path = m_temp.filePath(QStringLiteral("新增检查对象.csv"));
            const QString csv = QStringLiteral("单位名称,统一社会信用代码,类别,办学性质\n"
                                               "昌黎县新区第一小学,%1,小学,公办\n"
                                               "昌黎县新区第二小学,%2,小学,公办\n"
                                               "昌黎县阳光幼儿园,%3,幼儿园,民办\n")
                                    .arg(creditCode(990001), bad, creditCode(990003));
            if (!writeText(path, csv))
                throw ShotFailed(QStringLiteral("import-preview"), QStringLiteral("cannot write %1").arg(path));
            auto* dialog = new ImportDialog(*m_db, m_window->actor(), Registry::Entities, m_window.get());
            dialog->show();
            if (!dialog->loadFile(path))
                throw ShotFailed(QStringLiteral("import-preview"),
                                 QStringLiteral("the CSV was not read: %1").arg(MessageBox::lastText()));
            shootDialog(QStringLiteral("import-preview"), dialog);
        }
        if (wants(QStringLiteral("column-mapping"))) {
            const QString path = m_temp.filePath(QStringLiteral("机构名单.csv"));
            // 统一信用代码 and 机构名称 are known names of their fields by now; 学校全名 is not, so the columns are
            // asked.
            const QString csv = QStringLiteral("学校全名,统一信用代码,类别,办学性质\n"
                                               "昌黎县新区第一小学,%1,小学,公办\n"
                                               "昌黎县阳光幼儿园,%2,幼儿园,民办\n")
                                    .arg(creditCode(990001), creditCode(990003));
            if (!writeText(path, csv))
                throw ShotFailed(QStringLiteral("column-mapping"), QStringLiteral("cannot write %1").arg(path));
            const ImportPreview preview = RegistryImport::preview(*m_db, Registry::Entities, path);
            if (!preview.needsMapping())
                throw ShotFailed(QStringLiteral("column-mapping"),
                                 QStringLiteral("the CSV does not ask for its columns: %1").arg(preview.error));
            // As ImportDialog::chooseColumns makes it (that slot exec()s it).
            bool remembered = false;
            const ColumnMapping offered
                = RegistryImport::offeredMapping(*m_db, Registry::Entities, preview, &remembered);
            shootDialog(QStringLiteral("column-mapping"),
                        new ColumnMappingDialog(preview, offered, remembered, m_window.get()));
        }
    }

    void planDialogs()
    {
        if (!wantsAny({QStringLiteral("void-draw"), QStringLiteral("result-dialog"), QStringLiteral("follow-up"),
                       QStringLiteral("result-versions")}))
            return;
        logIn(QStringLiteral("luru"));
        PlanView* view = openDemoPlan();
        if (wants(QStringLiteral("void-draw"))) {
            // As PlanView::voidDraw makes it (that slot exec()s it), with the reason typed on the 记录 tab.
            const auto current = PlanDraw(*m_db).currentAttempt(m_demoPlan);
            if (!current)
                throw ShotFailed(QStringLiteral("void-draw"), QStringLiteral("the demo plan has no draw"));
            view->tabs()->setCurrentIndex(3);
            shootDialog(QStringLiteral("void-draw"),
                        new VoidDrawDialog(*m_db, m_window->actor(), m_demoPlan, *current,
                                           QStringLiteral("投屏设备故障，见证人未能看到抽取过程"), view));
        }
        view->tabs()->setCurrentIndex(2);
        settle();
        ResultsPanel* results = view->resultsPanel();
        results->setStateFilter(QString());
        settle();
        const QList<ResultRow> rows = results->shownRows();
        auto select = [&](const QString& name, const std::function<bool(const ResultRow&)>& fits) {
            const ResultRow* best = nullptr;
            for (const ResultRow& row : rows)
                if (fits(row)) {
                    best = &row;
                    break;
                }
            if (!best || !results->selectResult(best->entity, best->itemCode))
                throw ShotFailed(name, QStringLiteral("the demo plan has no fitting visit"));
            settle();
        };
        if (wants(QStringLiteral("result-dialog"))) {
            select(QStringLiteral("result-dialog"), [](const ResultRow& row) { return !row.hasResult(); });
            results->recordOrEdit();
            shootDialog(QStringLiteral("result-dialog"),
                        openedDialog<ResultDialog>(results, QStringLiteral("result-dialog")));
        }
        if (wants(QStringLiteral("follow-up"))) {
            select(QStringLiteral("follow-up"), [this](const ResultRow& row) {
                return row.hasResult() && !ResultRepository(*m_db).followUps(row.resultId).isEmpty();
            });
            results->addFollowUp();
            shootDialog(QStringLiteral("follow-up"),
                        openedDialog<FollowUpDialog>(results, QStringLiteral("follow-up")));
        }
        if (wants(QStringLiteral("result-versions"))) {
            // The result with the most versions (a correction, if the demo has one).
            int most = 0;
            for (const ResultRow& row : rows)
                if (row.hasResult())
                    most = std::max(most, int(ResultRepository(*m_db).history(row.resultId).size()));
            select(QStringLiteral("result-versions"), [this, most](const ResultRow& row) {
                return row.hasResult() && ResultRepository(*m_db).history(row.resultId).size() == most;
            });
            results->viewVersion(0);
            shootDialog(QStringLiteral("result-versions"),
                        openedDialog<ResultVersionDialog>(results, QStringLiteral("result-versions")));
        }
        backToPlans();
    }

    template<typename T> T* wizardChild(PlanWizard* wizard, const QString& objectName, const QString& shot)
    {
        T* found = wizard->findChild<T*>(objectName);
        if (!found)
            throw ShotFailed(shot, QStringLiteral("the wizard has no %1").arg(objectName));
        return found;
    }

    void wizardStep(PlanWizard* wizard, int step, const QString& shot)
    {
        if (wizard->currentId() != step)
            throw ShotFailed(shot,
                             QStringLiteral("the wizard stands on step %1, not %2 (%3)")
                                 .arg(wizard->currentId() + 1)
                                 .arg(step + 1)
                                 .arg(MessageBox::lastText()));
        settle(300);
        save(shot, wizard);
    }

    void next(PlanWizard* wizard, const QString& shot)
    {
        if (!wizard->button(QWizard::NextButton)->isEnabled() && !wizard->button(QWizard::CommitButton)->isEnabled())
            throw ShotFailed(shot, QStringLiteral("下一步 is not enabled"));
        wizard->next();
        settle(200);
    }

    // A new plan through the real PlanWizard as luru, each step filled with valid values.
    void wizard()
    {
        const QStringList shots {QStringLiteral("wizard-1"),        QStringLiteral("wizard-2"),
                                 QStringLiteral("wizard-3"),        QStringLiteral("wizard-4"),
                                 QStringLiteral("wizard-4-frozen"), QStringLiteral("wizard-5"),
                                 QStringLiteral("wizard-6"),        QStringLiteral("ceremony")};
        if (!wantsAny(shots))
            return;
        logIn(QStringLiteral("luru"));
        showPage(QStringLiteral("plans"));
        auto* plans = page<PlansPage>(QStringLiteral("plans"));
        plans->createNew();
        settle(300);
        QPointer<PlanWizard> wizard = plans->wizard();
        if (!wizard || !wizard->isVisible())
            throw ShotFailed(QStringLiteral("wizard-1"), QStringLiteral("the wizard does not open"));

        // 1 基本信息
        const QString shot1 = QStringLiteral("wizard-1");
        wizardChild<QLineEdit>(wizard, QStringLiteral("planTitle"), shot1)
            ->setText(QStringLiteral("2026年下半年幼儿园办园行为双随机抽查"));
        wizardChild<QLineEdit>(wizard, QStringLiteral("planPurpose"), shot1)
            ->setText(QStringLiteral("规范幼儿园办园行为，保障幼儿安全"));
        wizardChild<QLineEdit>(wizard, QStringLiteral("planConfidentiality"), shot1)
            ->setText(QStringLiteral("抽取结果在检查实施前不得泄露"));
        wizardChild<QLineEdit>(wizard, QStringLiteral("planResultUse"), shot1)
            ->setText(QStringLiteral("纳入诚信档案，向社会公示"));
        auto* items = wizardChild<QListWidget>(wizard, QStringLiteral("planItems"), shot1);
        if (items->count() == 0)
            throw ShotFailed(shot1, QStringLiteral("the wizard offers no item"));
        // The item the title names (幼儿园办园行为), else the first.
        int item = 0;
        for (int i = 0; i < items->count(); ++i)
            if (items->item(i)->text().contains(QStringLiteral("幼儿园")))
                item = i;
        items->item(item)->setCheckState(Qt::Checked);
        wizardChild<QLineEdit>(wizard, QStringLiteral("planTitle"), shot1)->setFocus();
        wizardStep(wizard, PlanWizard::BasicsPage, shot1);
        next(wizard, shot1);

        // 2 抽查范围: the live count has counted.
        const QString shot2 = QStringLiteral("wizard-2");
        if (wizard->currentId() == PlanWizard::ScopePage)
            if (auto* live = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("liveCount")))
                (void)QTest::qWaitFor(
                    [live] {
                        return !live->text().isEmpty()
                            && live->text() != QCoreApplication::translate("ScopeEditor", "Counting…");
                    },
                    10000);
        wizardStep(wizard, PlanWizard::ScopePage, shot2);
        next(wizard, shot2);

        // 3 检查组
        wizardStep(wizard, PlanWizard::TeamPage, QStringLiteral("wizard-3"));
        next(wizard, QStringLiteral("wizard-3"));

        // 4 冻结: before and after.
        wizardStep(wizard, PlanWizard::FreezePage, QStringLiteral("wizard-4"));
        MessageBox::setNextConfirmation(true);
        wizardChild<QPushButton>(wizard, QStringLiteral("freezeButton"), QStringLiteral("wizard-4"))->click();
        settle(300);
        if (PlanRepository(*m_db).find(wizard->planId())->status != QLatin1String("frozen"))
            throw ShotFailed(QStringLiteral("wizard-4-frozen"),
                             QStringLiteral("the plan was not frozen: %1").arg(MessageBox::lastText()));
        wizardStep(wizard, PlanWizard::FreezePage, QStringLiteral("wizard-4-frozen"));
        next(wizard, QStringLiteral("wizard-4"));

        // 5 见证与随机种子: the ceremony view opened, two witnesses roll their digits.
        const QString shot5 = QStringLiteral("wizard-5");
        wizardChild<QPushButton>(wizard, QStringLiteral("ceremonyButton"), shot5)->click();
        settle();
        wizard->activateWindow();
        wizard->raise();
        auto typeDigits = [](QLineEdit* edit, const QString& digits) { QTest::keyClicks(edit, digits); };
        wizardChild<QLineEdit>(wizard, QStringLiteral("witnessName0"), shot5)->setText(QStringLiteral("王建国"));
        typeDigits(wizardChild<QLineEdit>(wizard, QStringLiteral("witnessDigits0"), shot5),
                   QStringLiteral("3141592653"));
        wizardChild<QPushButton>(wizard, QStringLiteral("addWitnessButton"), shot5)->click();
        settle();
        wizardChild<QLineEdit>(wizard, QStringLiteral("witnessName1"), shot5)->setText(QStringLiteral("李华"));
        auto* role1 = wizardChild<QComboBox>(wizard, QStringLiteral("witnessRole1"), shot5);
        if (const int media = role1->findData(QStringLiteral("media")); media >= 0)
            role1->setCurrentIndex(media);
        typeDigits(wizardChild<QLineEdit>(wizard, QStringLiteral("witnessDigits1"), shot5),
                   QStringLiteral("2718281828"));
        wizardStep(wizard, PlanWizard::SeedPage, shot5);
        MessageBox::setNextConfirmation(true);
        next(wizard, shot5);

        // 6 抽取结果, and the ceremony view with every visit revealed.
        wizardStep(wizard, PlanWizard::ResultPage, QStringLiteral("wizard-6"));
        if (wants(QStringLiteral("ceremony"))) {
            CeremonyView* view = wizard->ceremonyView();
            if (!view || !view->isVisible())
                throw ShotFailed(QStringLiteral("ceremony"), QStringLiteral("the ceremony view is not open"));
            view->revealAll();
            settle(400);
            save(QStringLiteral("ceremony"), view);
        }
        if (CeremonyView* view = wizard->ceremonyView())
            view->close();
        static_cast<QDialog*>(wizard.data())->done(QDialog::Accepted); // as 完成 does
        settle(300);
        backToPlans();
    }

    void adminDialogs()
    {
        if (!wantsAny({QStringLiteral("settings"), QStringLiteral("calendar"), QStringLiteral("users"),
                       QStringLiteral("about"), QStringLiteral("publication-key"), QStringLiteral("passphrase"),
                       QStringLiteral("help")}))
            return;
        logIn(QStringLiteral("admin"));
        showPage(QStringLiteral("overview"));
        if (wants(QStringLiteral("settings")))
            shootDialog(QStringLiteral("settings"), new SettingsDialog(*m_db, m_window->actor(), m_window.get()));
        if (wants(QStringLiteral("calendar")))
            shootDialog(QStringLiteral("calendar"), new CalendarDialog(*m_db, m_window->actor(), m_window.get()));
        if (wants(QStringLiteral("users")))
            shootDialog(QStringLiteral("users"), new UserManagementDialog(*m_db, m_window->actor(), m_window.get()));
        if (wants(QStringLiteral("about")))
            shootDialog(QStringLiteral("about"), new AboutDialog(*m_db, m_window.get()));
        if (wants(QStringLiteral("publication-key")))
            shootDialog(QStringLiteral("publication-key"),
                        new PublicationKeyDialog(*m_db, m_window->actor(), m_window.get()));
        if (wants(QStringLiteral("passphrase"))) {
            const auto key = PublicationKeys::inForce(*m_db);
            shootDialog(QStringLiteral("passphrase"),
                        new PassphraseDialog(PassphraseDialog::Purpose::Unlock,
                                             QCoreApplication::translate("PlanView",
                                                                         "The package is signed with the publication "
                                                                         "key %1. Enter its passphrase:")
                                                 .arg(key ? key->fingerprint() : QString()),
                                             m_window.get()));
        }
        if (wants(QStringLiteral("help"))) {
            HelpWindow* help = HelpWindow::showTopic(m_window.get(), QStringLiteral("wizard-5"), m_db.get());
            help->search(QStringLiteral("见证人"));
            settle(300);
            save(QStringLiteral("help"), help);
            help->close();
            settle(100);
        }
    }

    void writeDocument(const QString& name, const std::optional<DrawDocument>& document, const QString& error)
    {
        if (!wants(name))
            return;
        if (!document)
            throw ShotFailed(name, QStringLiteral("the document cannot be made: %1").arg(error));
        const QString path = m_out.filePath(QStringLiteral("%1.pdf").arg(name));
        QString writeError;
        if (DocumentPrinter::writePdf(*document, path, &writeError) < 1)
            throw ShotFailed(name, QStringLiteral("the PDF cannot be written: %1").arg(writeError));
        ++m_written;
    }

    // Every document the program prints, as PDF (the script makes PNGs of their pages).
    void documents()
    {
        QString error;
        if (wants(QStringLiteral("doc-predraw")))
            writeDocument(QStringLiteral("doc-predraw"), DrawDocuments::preDrawSheet(*m_db, m_demoPlan, &error), error);
        if (wants(QStringLiteral("doc-draw")))
            writeDocument(QStringLiteral("doc-draw"), DrawDocuments::drawSheet(*m_db, m_demoPlan, &error), error);
        if (wants(QStringLiteral("doc-notice"))) {
            const auto attempt = PlanDraw(*m_db).currentAttempt(m_demoPlan);
            if (!attempt || !attempt->result || attempt->result->teams.isEmpty())
                throw ShotFailed(QStringLiteral("doc-notice"), QStringLiteral("the demo plan has no visit"));
            const QString entity = attempt->result->teams.first().entity;
            writeDocument(QStringLiteral("doc-notice"),
                          DrawDocuments::inspectionNotice(*m_db, m_demoPlan, entity, &error), error);
        }
        if (wants(QStringLiteral("doc-approval")))
            writeDocument(QStringLiteral("doc-approval"), DrawDocuments::approvalForm(*m_db, m_demoPlan, &error),
                          error);
        if (wants(QStringLiteral("doc-on-site"))) {
            // The 现场检查笔录 of the first visit, filled in from its results (the demo concludes every point).
            const auto attempt = PlanDraw(*m_db).currentAttempt(m_demoPlan);
            if (!attempt || !attempt->result || attempt->result->teams.isEmpty())
                throw ShotFailed(QStringLiteral("doc-on-site"), QStringLiteral("the demo plan has no visit"));
            writeDocument(
                QStringLiteral("doc-on-site"),
                ResultDocuments::filledOnSiteRecord(*m_db, m_demoPlan, attempt->result->teams.first().entity, &error),
                error);
        }
        if (wants(QStringLiteral("doc-audit"))) {
            // Printed as the audit page prints it: with the chain's state as its banner says it (after 核验 when
            // the shot audit was taken, else as the check at start found it).
            if (auto* verify
                = m_window->page(QStringLiteral("audit"))->findChild<QPushButton*>(QStringLiteral("verifyButton")))
                (void)QTest::qWaitFor([verify] { return verify->isEnabled(); }, 30000);
            settle();
            const auto* banner
                = m_window->page(QStringLiteral("audit"))->findChild<QLabel*>(QStringLiteral("chainBanner"));
            if (!banner)
                throw ShotFailed(QStringLiteral("doc-audit"), QStringLiteral("the audit page has no banner"));
            const QString chain = banner->text();
            writeDocument(QStringLiteral("doc-audit"), AuditQuery::printDocument(*m_db, {}, chain, &error), error);
        }
        if (wants(QStringLiteral("doc-credit-archive"))) {
            EntityFilter filter;
            filter.blacklisted = 1;
            const QList<Entity> blacklisted = EntityRepository(*m_db).list(filter);
            if (blacklisted.isEmpty())
                throw ShotFailed(QStringLiteral("doc-credit-archive"), QStringLiteral("no blacklisted demo entity"));
            writeDocument(QStringLiteral("doc-credit-archive"),
                          CreditArchive(*m_db).document(blacklisted.first().id, &error), error);
        }
    }

    // The demo plan's website package (公示) into OUT/package/, written as 审核员 shenhe publishes it.
    void package()
    {
        if (!wants(QStringLiteral("package")))
            return;
        logIn(QStringLiteral("shenhe"));
        QDir folder(m_out.filePath(QStringLiteral("package")));
        if (folder.exists() && !folder.removeRecursively())
            throw ShotFailed(QStringLiteral("package"), QStringLiteral("cannot empty %1").arg(folder.path()));
        const Outcome outcome = PublishOperations(*m_db, m_window->actor())
                                    .writePackage(m_demoPlan, folder.path(), DemoData::publicationPassphrase());
        if (!outcome)
            throw ShotFailed(QStringLiteral("package"), outcome.message());
        ++m_written;
    }

    void audit()
    {
        if (!wants(QStringLiteral("audit")))
            return;
        logIn(QStringLiteral("admin"));
        showPage(QStringLiteral("audit"));
        auto* verify = m_window->page(QStringLiteral("audit"))->findChild<QPushButton*>(QStringLiteral("verifyButton"));
        if (!verify)
            throw ShotFailed(QStringLiteral("audit"), QStringLiteral("the audit page has no 核验 button"));
        (void)QTest::qWaitFor([verify] { return verify->isEnabled(); }, 30000);
        verify->click();
        settle(400);
        save(QStringLiteral("audit"), m_window.get());
    }

    // The idle lock: the window behind its curtain and the login dialog for the same user over it, photographed as
    // one picture, then unlocked with the password.
    void locked()
    {
        if (!wants(QStringLiteral("locked")))
            return;
        logIn(QStringLiteral("luru"));
        showPage(QStringLiteral("overview"));
        QString failure = QStringLiteral("the unlock dialog did not open");
        QPixmap picture;
        auto* watch = new QTimer;
        int tries = 0;
        QObject::connect(watch, &QTimer::timeout, [&] {
            auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                if (++tries > 500) {
                    watch->stop();
                    failure = QStringLiteral("the unlock dialog did not open");
                    if (QWidget* modal = QApplication::activeModalWidget())
                        modal->close();
                }
                return;
            }
            watch->stop();
            settle(300);
            picture = m_window->grab();
            QPainter painter(&picture);
            const QPoint at = dialog->geometry().topLeft() - m_window->geometry().topLeft();
            const QPixmap dialogPicture = dialog->grab();
            painter.drawPixmap(at, dialogPicture);
            painter.setPen(QColor(0x80, 0x80, 0x80)); // the dialog's edge (the grab has no window frame)
            painter.drawRect(QRect(at, dialogPicture.size()).adjusted(-1, -1, 0, 0));
            painter.end();
            failure.clear();
            dialog->passwordEdit()->setText(DemoData::password());
            dialog->accept();
        });
        watch->start(20);
        m_window->lock();
        delete watch;
        if (!failure.isEmpty())
            throw ShotFailed(QStringLiteral("locked"), failure);
        if (!m_window->isVisible())
            throw ShotFailed(QStringLiteral("locked"), QStringLiteral("the window closed instead of unlocking"));
        save(QStringLiteral("locked"), m_window.get(), picture);
        settle();
    }

    void readOnly()
    {
        if (!wants(QStringLiteral("readonly")))
            return;
        logIn(QStringLiteral("chakan"));
        backToPlans();
        showPage(QStringLiteral("plans"));
        page<PlansPage>(QStringLiteral("plans"))->table()->selectRow(0);
        settle();
        save(QStringLiteral("readonly"), m_window.get());
    }

    QDir m_out;
    QSet<QString> m_only;
    QTemporaryDir m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_demoPlan = 0;
    int m_written = 0;
};

// --check: every NAME.png (or every PNG in the folder) is a readable image, not blank, and (unless it is a printed
// page, doc-*) no larger than the screen.
int check(const QDir& dir, const QStringList& names, QSize largest)
{
    QStringList files;
    if (names.isEmpty())
        files = dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    else
        for (const QString& name : names)
            files << name + QStringLiteral(".png");
    if (files.isEmpty()) {
        say(QStringLiteral("shuangsui-shots --check: no PNG in %1").arg(dir.path()));
        return 1;
    }
    int bad = 0;
    for (const QString& file : std::as_const(files)) {
        const QString path = dir.filePath(file);
        QImage image;
        QString problem;
        if (!QFileInfo::exists(path))
            problem = QStringLiteral("missing");
        else if (!image.load(path, "PNG"))
            problem = QStringLiteral("not a readable PNG");
        else if (largest.isValid() && !file.startsWith(QLatin1String("doc-")) // a printed page is no window
                 && (image.width() > largest.width() || image.height() > largest.height()))
            problem = QStringLiteral("%1×%2 px, larger than %3×%4")
                          .arg(image.width())
                          .arg(image.height())
                          .arg(largest.width())
                          .arg(largest.height());
        else {
            const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
            const QRgb first = rgb.pixel(0, 0);
            bool varied = false;
            for (int y = 0; y < rgb.height() && !varied; ++y) {
                const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
                for (int x = 0; x < rgb.width(); ++x)
                    if (line[x] != first) {
                        varied = true;
                        break;
                    }
            }
            if (!varied)
                problem = QStringLiteral("blank (one colour)");
        }
        if (!problem.isEmpty()) {
            say(QStringLiteral("%1: %2").arg(path, problem));
            ++bad;
        }
    }
    say(QStringLiteral("shuangsui-shots --check: %1 of %2 PNG(s) fine").arg(files.size() - bad).arg(files.size()));
    return bad == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    defaultMessages = qInstallMessageHandler(quietMessages);
    // --list, --check and --help need no screen (the script runs them without a platform): no QApplication then.
    bool windows = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--list" || arg == "--check" || arg.startsWith("--check=") || arg == "--help" || arg == "-h")
            windows = false;
    }
    std::unique_ptr<QCoreApplication> application;
    if (windows)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHUANGSUI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Photographs every page, wizard step and dialog of the demo office, "
                       "and writes every printed document as PDF."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Write the PNGs and PDFs into DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Take only these shots (see --list)."),
                                        QStringLiteral("NAME,..."));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the shots and what they show."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("Check the PNGs in DIR (the names given as arguments, else "
                                                        "all): readable, not blank, no larger than --max."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption maxOption(QStringLiteral("max"), QStringLiteral("The largest picture --check allows."),
                                       QStringLiteral("WxH"));
    parser.addOptions({outOption, onlyOption, listOption, checkOption, maxOption});
    parser.process(app);

    const QList<ShotName> names = shotNames();
    if (parser.isSet(listOption)) {
        for (const ShotName& shot : names)
            std::printf("%-20s %s\n",
                        qPrintable(shot.document && shot.name.startsWith(QLatin1String("doc-"))
                                       ? shot.name + QStringLiteral(".pdf")
                                       : shot.name),
                        qPrintable(shot.what));
        return 0;
    }
    if (parser.isSet(checkOption)) {
        QSize largest;
        if (parser.isSet(maxOption)) {
            const QStringList wh = parser.value(maxOption).split(QLatin1Char('x'));
            if (wh.size() == 2)
                largest = QSize(wh.at(0).toInt(), wh.at(1).toInt());
            if (!largest.isValid() || largest.isEmpty()) {
                say(QStringLiteral("--max needs a size like 1024x768"));
                return 2;
            }
        }
        QStringList wanted;
        for (const QString& arg : parser.positionalArguments())
            wanted << arg.split(QLatin1Char(','), Qt::SkipEmptyParts);
        return check(QDir(parser.value(checkOption)), wanted, largest);
    }
    if (!parser.isSet(outOption)) {
        say(QStringLiteral("shuangsui-shots: --out DIR is required (or --list, --check DIR)"));
        return 2;
    }
    QSet<QString> only;
    if (parser.isSet(onlyOption)) {
        QSet<QString> known;
        for (const ShotName& shot : names)
            known.insert(shot.name);
        for (const QString& name : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(name.trimmed())) {
                say(QStringLiteral("shuangsui-shots: no shot named %1 (--list names them)").arg(name));
                return 2;
            }
            only.insert(name.trimmed());
        }
    }

    // Nothing of the user's: settings (the last page, the window's size, export folders) and standard paths live in
    // the temporary folder of this run.
    QTemporaryDir settingsDir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();

    // The language and font as the program sets them (app/gui/main.cpp): the saved language, Chinese by default.
    if (!AppSetup::setLanguage(AppSetup::savedLanguage()))
        AppSetup::setLanguage(QStringLiteral("zh"));
    AppSetup::applyFont();
    if (QCoreApplication::translate("MainWindow", "Double-Random Inspection System")
        == QLatin1String("Double-Random Inspection System")) {
        say(QStringLiteral("shuangsui-shots: the Chinese translation is not loaded"));
        return 1;
    }
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        say(QStringLiteral("note: the font Noto Sans CJK SC is not installed: Chinese may be drawn in another font"));
    MessageBox::setTestMode(true);

    Walk walk(parser.value(outOption), only);
    return walk.run();
}
