// The import dialog as a clerk uses it: a file with good and bad rows, the preview's verdicts, then the import.
#include "Database.h"
#include "EntityRepository.h"
#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "MessageBox.h"
#include "RegistryImport.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestUiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void previewThenImportValidRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("检查对象.csv"));
        const QString good = TestSupport::creditCode(QStringLiteral("12130322"), 7);
        QString bad = TestSupport::creditCode(QStringLiteral("12130322"), 8);
        bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QVERIFY(TestSupport::writeFile(path, (QStringLiteral("单位名称,统一社会信用代码,类别,办学性质\n昌黎县甲小学,") + good
                                              + QStringLiteral(",小学,公办\n昌黎县乙小学,") + bad + QStringLiteral(",小学,公办\n"))
                                                 .toUtf8()));
        QString error;
        auto db = Database::openInMemory(&error);
        ImportDialog dialog(*db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")}, Registry::Entities);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.loadFile(path));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1")));
        // the rejected rows are shown first, with their row number and reason
        QVERIFY(dialog.rejectedOnlyBox()->isChecked());
        QCOMPARE(dialog.previewModel()->rowCount(), 1);
        QCOMPARE(dialog.previewModel()->index(0, ImportPreviewModel::RowNumber).data().toInt(), 3);
        QVERIFY(dialog.previewModel()->index(0, ImportPreviewModel::Remarks).data().toString().contains(QStringLiteral("统一社会信用代码")));
        dialog.rejectedOnlyBox()->setChecked(false);
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(EntityRepository(*db).count(), 0); // nothing written by the preview
        QVERIFY(dialog.importRows());
        QCOMPARE(EntityRepository(*db).count(), 1);
        QCOMPARE(dialog.result().created, 1);
        QCOMPARE(dialog.result().rejected, 1);
    }

    // Issue 16: an item over several rows is one preview row that names its rows.
    void anItemOverSeveralRowsShowsItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("清单.csv"));
        QVERIFY(TestSupport::writeFile(path, QStringLiteral("编制单位名称,抽查类别,抽查事项,检查对象,事项类别,检查依据\n"
                                                            "昌黎县教育局,一般检查事项,校舍安全检查,小学,一般,《教育法》\n"
                                                            ",,,初中,重点,《义务教育法》\n"
                                                            ",,,,,《未成年人保护法》\n")
                                                 .toUtf8()));
        QString error;
        auto db = Database::openInMemory(&error);
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(RegistryImport::preview(*db, Registry::Items, path));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportPreviewModel::RowNumber).data().toString(), QStringLiteral("2–4"));
    }

    void aViewerImportsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("检查对象.csv"));
        QVERIFY(TestSupport::writeFile(path,
                                       (QStringLiteral("单位名称,统一社会信用代码,类别,办学性质\n昌黎县甲小学,")
                                        + TestSupport::creditCode(QStringLiteral("12130322"), 7)
                                        + QStringLiteral(",小学,公办\n"))
                                           .toUtf8()));
        QString error;
        auto db = Database::openInMemory(&error);
        const Actor viewer {QStringLiteral("chakan"), QStringLiteral("viewer")};
        ImportDialog dialog(*db, viewer, Registry::Entities);
        QVERIFY(dialog.loadFile(path)); // reading the file is fine
        MessageBox::resetRecord();
        QVERIFY(!dialog.importRows());
        QCOMPARE(EntityRepository(*db).count(), 0);
        QCOMPARE(MessageBox::shownCount(), 1);
        QCOMPARE(MessageBox::lastText(), Access::refusal(viewer.role, Access::Permission::EditRegistries));
    }

    void unusableFileSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.xlsx"));
        QVERIFY(TestSupport::writeFile(path, QByteArray("PK\x03\x04garbage", 11)));
        QString error;
        auto db = Database::openInMemory(&error);
        ImportDialog dialog(*db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")}, Registry::Entities);
        MessageBox::resetRecord();
        QVERIFY(!dialog.loadFile(path));
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(!MessageBox::lastText().isEmpty());
    }
};

QTEST_MAIN(TestUiImport)
#include "tst_ui_import.moc"
