// The import dialog with a file whose name column is called otherwise: the clerk picks the column in a drop-down
// (the first rows shown as examples), the file imports, the choice is offered again for the same header; a
// half-done choice is not thrown away without asking, and one column for two fields is refused.
#include "ColumnMappingDialog.h"
#include "Database.h"
#include "EntityRepository.h"
#include "ImportDialog.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

class TestUiColumnMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const Actor clerk {QStringLiteral("luru"), QStringLiteral("clerk")};

    QString exportFile(const QString& name, int first)
    {
        const QString path = m_dir.filePath(name);
        TestSupport::writeFile(
            path,
            (QStringLiteral("学校全名,统一社会信用代码,类别,办学性质\n昌黎县甲小学,")
             + TestSupport::creditCode(QStringLiteral("12130322"), first) + QStringLiteral(",小学,公办\n昌黎县乙小学,")
             + TestSupport::creditCode(QStringLiteral("12130322"), first + 1) + QStringLiteral(",小学,公办\n"))
                .toUtf8());
        return path;
    }
    static std::unique_ptr<Database> memoryDb()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        db->setCurrentUser(QStringLiteral("luru"));
        return db;
    }
    // Runs `drive` on the column dialog once ImportDialog::loadFile has opened it (it runs modal; the progress of
    // the reading runs events before, so the timer asks until the dialog is there, at most ~5 s).
    static void whenColumnsAreAsked(std::function<void(ColumnMappingDialog*)> drive, bool* seen)
    {
        *seen = false;
        auto* timer = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, drive, seen, tries] {
            auto* chooser = qobject_cast<ColumnMappingDialog*>(QApplication::activeModalWidget());
            if (!chooser && ++*tries < 500)
                return;
            timer->stop();
            timer->deleteLater();
            if (!chooser)
                return;
            *seen = true;
            drive(chooser);
        });
        timer->start(10);
    }
    static int indexOf(QComboBox* box, const QString& column) { return box->findData(column); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTest::setUpApplication(); // Chinese, the CJK font, message boxes answered by the test
    }

    void theClerkChoosesTheColumnAndTheFileImports()
    {
        auto db = memoryDb();
        ImportDialog dialog(*db, clerk, Registry::Entities);
        bool seen = false;
        QString example;
        int offeredCredit = -1;
        whenColumnsAreAsked(
            [&](ColumnMappingDialog* chooser) {
                QComboBox* name = chooser->fieldBox(QStringLiteral("name"));
                QCOMPARE(name->currentIndex(), 0); // nothing offered for the missing field
                offeredCredit = chooser->fieldBox(QStringLiteral("creditCode"))->currentIndex();
                const int column = indexOf(name, QStringLiteral("学校全名"));
                example = name->itemText(column);
                name->setCurrentIndex(column);
                chooser->accept();
            },
            &seen);
        QVERIFY(dialog.loadFile(exportFile(QStringLiteral("导出一.csv"), 1)));
        QVERIFY(seen);
        QVERIFY2(example.contains(QStringLiteral("昌黎县甲小学")), qPrintable(example)); // the first rows as examples
        QCOMPARE(offeredCredit, 2); // the column found by its name is offered
        QCOMPARE(dialog.preview().count(ImportRow::Verdict::New), 2);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.importRows());
        QCOMPARE(EntityRepository(*db).count(), 2);

        // Next time, a file with the same header: the choice is filled in.
        ImportDialog again(*db, clerk, Registry::Entities);
        QString offered;
        whenColumnsAreAsked(
            [&](ColumnMappingDialog* chooser) {
                offered = chooser->fieldBox(QStringLiteral("name"))->currentData().toString();
                chooser->accept();
            },
            &seen);
        QVERIFY(again.loadFile(exportFile(QStringLiteral("导出二.csv"), 3)));
        QVERIFY(seen);
        QCOMPARE(offered, QStringLiteral("学校全名"));
        QCOMPARE(again.preview().count(ImportRow::Verdict::New), 2);
    }

    void givingUpLeavesTheFileUnimported()
    {
        auto db = memoryDb();
        ImportDialog dialog(*db, clerk, Registry::Entities);
        bool seen = false;
        whenColumnsAreAsked([](ColumnMappingDialog* chooser) { chooser->reject(); }, &seen);
        QVERIFY(!dialog.loadFile(exportFile(QStringLiteral("放弃.csv"), 5)));
        QVERIFY(seen);
        QCOMPARE(EntityRepository(*db).count(), 0);
    }

    void aHalfDoneChoiceIsNotThrownAwayWithoutAsking()
    {
        auto db = memoryDb();
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Entities, exportFile(QStringLiteral("半.csv"), 7));
        QVERIFY(preview.needsMapping());
        ColumnMappingDialog chooser(preview, {}, false);
        chooser.show();
        QComboBox* name = chooser.fieldBox(QStringLiteral("name"));
        name->setCurrentIndex(indexOf(name, QStringLiteral("学校全名")));
        MessageBox::resetRecord();
        MessageBox::setNextConfirmation(false);
        chooser.reject();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(chooser.isVisible()); // kept
        MessageBox::setNextConfirmation(true);
        chooser.reject();
        QVERIFY(!chooser.isVisible());
        QCOMPARE(chooser.result(), int(QDialog::Rejected));

        // Nothing chosen: closes without a question.
        ColumnMappingDialog untouched(preview, {}, false);
        untouched.show();
        MessageBox::resetRecord();
        untouched.reject();
        QCOMPARE(MessageBox::shownCount(), 0);
        QVERIFY(!untouched.isVisible());
    }

    void oneColumnForTwoFieldsIsRefused()
    {
        auto db = memoryDb();
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Entities, exportFile(QStringLiteral("两次.csv"), 9));
        ColumnMappingDialog chooser(preview, {}, false);
        chooser.show();
        for (const QString& key : {QStringLiteral("name"), QStringLiteral("address")})
            chooser.fieldBox(key)->setCurrentIndex(indexOf(chooser.fieldBox(key), QStringLiteral("学校全名")));
        MessageBox::resetRecord();
        chooser.accept();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("学校全名")), qPrintable(MessageBox::lastText()));
        QVERIFY(chooser.isVisible());
    }

    void fitsTheSmallestScreen()
    {
        auto db = memoryDb();
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Entities, exportFile(QStringLiteral("屏幕.csv"), 11));
        ColumnMappingDialog chooser(preview, {}, true);
        chooser.show();
        QVERIFY(chooser.width() <= 1024 && chooser.height() <= 720);
        QVERIFY(chooser.minimumSizeHint().width() <= 1024 && chooser.minimumSizeHint().height() <= 720);
        // SHUANGSUI_SHOTS=DIR: the dialog as the clerk sees it, for a look.
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(&chooser));
            QVERIFY(chooser.grab().save(QDir(shots).filePath(QStringLiteral("column-mapping.png"))));
        }
    }
};

QTEST_MAIN(TestUiColumnMapping)
#include "tst_ui_columnmapping.moc"
