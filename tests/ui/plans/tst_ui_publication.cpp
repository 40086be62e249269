// The clerk's publication screens offscreen: 设置 saved and refused with a reason, the 统计 page over a drawn plan,
// 公示 on the plan page writing the package into a new folder, and 导出清单网页 on the item page.
#include "BarChart.h"
#include "ExportFile.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "ItemPage.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PlanView.h"
#include "Publication.h"
#include "PublicationKey.h"
#include "PublicationKeySupport.h"
#include "SettingsDialog.h"
#include "StatisticsPage.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

class TestUiPublication final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Plan m_plan;

    void drawPlan()
    {
        PlanDraw draw(*m_db);
        QString error;
        QVERIFY2(draw.freeze(m_plan.id, &error), qPrintable(error));
        const auto attempt
            = draw.addSeed(m_plan.id, {SeedPart::fromSystem(QStringLiteral("31415926535897932384"))}, &error);
        QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
    }

private:
    // Answers the question for the publication key's passphrase when it comes (the key's fingerprint in it).
    static void answerPassphrase(const QString& passphrase = PublicationKeySupport::passphrase())
    {
        UiTest::whenModal<PassphraseDialog>([passphrase](PassphraseDialog* dialog) {
            const QList<QLabel*> texts = dialog->findChildren<QLabel*>();
            QVERIFY(std::any_of(texts.begin(), texts.end(),
                                [](QLabel* l) { return l->text().contains(QStringLiteral("指纹")); }));
            dialog->passphraseEdit()->setText(passphrase);
            dialog->accept();
        });
    }


private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("公示%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())),
                              &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setCurrentUser(QStringLiteral("张三"));
        QVERIFY(PublicationKeySupport::giveKey(*m_db));
        PlanFixture::Registry r(*m_db);
        const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        r.entities(20, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
        m_plan = PlanFixture::inserted(*m_db, PlanFixture::plan({item}));
        MessageBox::resetRecord();
    }

    void cleanup() { m_db.reset(); }

    void settingsAreSavedFromTheDialog()
    {
        SettingsDialog dialog(*m_db, Actor {m_db->currentUser(), QStringLiteral("admin")});
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("bureauName"))->text(), QStringLiteral("昌黎县教育局"));
        dialog.findChild<QLineEdit*>(QStringLiteral("leader"))->setText(QStringLiteral("张局长"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("members"))->setPlainText(QStringLiteral("赵一\n\n钱二\n"));
        dialog.findChild<QCheckBox*>(QStringLiteral("publishInspectorNames"))->setChecked(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("backupKeep"))->setValue(20);
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("idleMinutes"))->value(), 15);
        dialog.findChild<QSpinBox*>(QStringLiteral("idleMinutes"))->setValue(0);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SettingsValues v = Settings(*m_db).load();
        QCOMPARE(v.leader, QStringLiteral("张局长"));
        QCOMPARE(v.members, (QStringList {QStringLiteral("赵一"), QStringLiteral("钱二")}));
        QVERIFY(v.publishInspectorNames);
        QCOMPARE(v.backupKeep, 20);
        QCOMPARE(v.idleMinutes, 0);
    }

    void aProblemKeepsTheDialogOpenAndSaysWhy()
    {
        SettingsDialog dialog(*m_db, Actor {m_db->currentUser(), QStringLiteral("admin")});
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("bureauName"))->clear();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        QCOMPARE(Settings(*m_db).load().bureauName, QStringLiteral("昌黎县教育局"));
    }

    void theWindowHasTheStatisticsPageAndTheSettingsMenu()
    {
        MainWindow window(*m_db);
        QVERIFY(qobject_cast<StatisticsPage*>(window.page(QStringLiteral("statistics"))));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("settingsAction")));
    }

    void theStatisticsPageShowsTheDrawnItems()
    {
        drawPlan();
        StatisticsPage page(*m_db);
        QCOMPARE(page.halfYearBox()->currentText(), QStringLiteral("2026年上半年"));
        QCOMPARE(page.itemTable()->rowCount(), 1);
        QCOMPARE(page.itemTable()->item(0, 1)->text(), QStringLiteral("JY-01"));
        QCOMPARE(page.itemTable()->item(0, 4)->text(), QStringLiteral("20"));
        QCOMPARE(page.itemTable()->item(0, 6)->text(), QStringLiteral("5%"));
        QCOMPARE(page.chart()->values(), QList<double> {5.0});
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.chart()->grab().isNull());
    }

    void publishingFromThePlanPageWritesTheWholePackage()
    {
        PlanView view(*m_db);
        view.showPlan(m_plan.id);
        QVERIFY(!view.publishButton()->isEnabled());
        drawPlan();
        view.showPlan(m_plan.id);
        QVERIFY(view.publishButton()->isEnabled());

        QTemporaryDir parent;
        // Cancelling the confirmation writes nothing.
        FileDialog::setNextFileName(parent.path());
        MessageBox::setNextConfirmation(false);
        QCOMPARE(view.publishPackage(), QString());
        QVERIFY(QDir(parent.path()).isEmpty());

        // A wrong passphrase: refused by name, nothing written.
        const QString wrong = QDir(parent.path()).filePath(QStringLiteral("口令错误"));
        FileDialog::setNextFileName(wrong);
        MessageBox::setNextConfirmation(true);
        answerPassphrase(QStringLiteral("不是这个口令123"));
        QCOMPARE(view.publishPackage(), QString());
        QCOMPARE(MessageBox::lastText(), PublicationKeys::wrongPassphraseText());
        QVERIFY(!QFileInfo::exists(wrong) || QDir(wrong).isEmpty());

        // Written exactly into the folder chosen (here a new one), with a folder's normal permissions.
        const QString chosen = QDir(parent.path()).filePath(QStringLiteral("公示网页包"));
        FileDialog::setNextFileName(chosen);
        MessageBox::setNextConfirmation(true);
        answerPassphrase();
        const QString out = view.publishPackage();
        QCOMPARE(out, chosen);
        for (const QString& name : Publication::packageFileNames())
            QVERIFY2(QFile::exists(QDir(out).filePath(name)), qPrintable(name));
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(out)));
#ifdef Q_OS_UNIX
        QVERIFY(QFileInfo(out).permissions().testFlag(QFileDevice::ReadOther));
        QVERIFY(QFileInfo(out).permissions().testFlag(QFileDevice::ExeGroup));
#endif

        // A folder with files in it is refused by name; nothing is written or recorded.
        FileDialog::setNextFileName(chosen);
        MessageBox::setNextConfirmation(true);
        answerPassphrase();
        QCOMPARE(view.publishPackage(), QString());
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(chosen)));
        QCOMPARE(PlanFixture::rowCount(*m_db, QStringLiteral("publication")), 1);

        // The next dialog starts in the folder chosen last.
        QCOMPARE(ExportFolder::start(*m_db), QFileInfo(chosen).absoluteFilePath());
    }

    void theItemPageExportsTheListWebPage()
    {
        ItemPage page(*m_db);
        const QString path = m_dir.filePath(QStringLiteral("事项清单.html"));
        FileDialog::setNextFileName(path);
        page.findChild<QPushButton*>(QStringLiteral("exportListPageButton"))->click();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("随机抽查事项清单")));
        QVERIFY(html.contains(QStringLiteral("JY-01")));
        QCOMPARE(UiTest::lastAuditEntry(*m_db), QStringLiteral("export file 事项清单.html"));
    }

    // Every export is on the record with the file's SHA-256; a file that cannot be written is said and not recorded.
    void theStatisticsExportsAreRecorded()
    {
        StatisticsPage page(*m_db);
        page.reloadData();
        for (const auto& [button, name] :
             {std::pair {"exportStatisticsXlsx", "统计.xlsx"}, std::pair {"exportStatisticsPage", "统计.html"}}) {
            const QString path = m_dir.filePath(QString::fromUtf8(name));
            FileDialog::setNextFileName(path);
            page.findChild<QPushButton*>(QLatin1String(button))->click();
            QVERIFY(QFileInfo(path).size() > 0);
            QCOMPARE(UiTest::lastAuditEntry(*m_db), QStringLiteral("export file ") + QString::fromUtf8(name));
            QSqlQuery query(m_db->sql());
            QVERIFY(query.exec(QStringLiteral("SELECT new_values FROM audit_log ORDER BY seq DESC LIMIT 1")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toString().contains(ExportFile::sha256Of(path)));
        }
        const int before = PlanFixture::rowCount(*m_db, QStringLiteral("audit_log"));
        FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("没有的文件夹/统计.html")));
        page.findChild<QPushButton*>(QStringLiteral("exportStatisticsPage"))->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("没有的文件夹")));
        QCOMPARE(PlanFixture::rowCount(*m_db, QStringLiteral("audit_log")), before);
    }
};

QTEST_MAIN(TestUiPublication)
#include "tst_ui_publication.moc"
