// The publication key in the window (issue 19): 设置 → 公示签名密钥 shows the fingerprint to anyone and lets only the
// administrator make and rotate the key, the passphrase typed twice; 审计日志 → 与网页包核对 holds the data file to
// a published package.
#include "AuditPage.h"
#include "DemoData.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PackageManifest.h"
#include "PassphraseDialog.h"
#include "PlainText.h"
#include "PlanRepository.h"
#include "PublicationKeyDialog.h"
#include "PublicationKeyOperations.h"
#include "PublishOperations.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestUiPublicationKey : public QObject
{
    Q_OBJECT

private:
    static Actor admin() { return Actor {QStringLiteral("admin"), QStringLiteral("admin")}; }
    static Actor clerk() { return Actor {QStringLiteral("luru"), QStringLiteral("clerk")}; }

    // Answers the next PassphraseDialog: the current passphrase (rotation) and the new one, typed twice.
    static void answer(const QString& oldPassphrase, const QString& passphrase, const QString& again)
    {
        UiTest::whenModal<PassphraseDialog>([=](PassphraseDialog* dialog) {
            if (dialog->oldEdit())
                dialog->oldEdit()->setText(oldPassphrase);
            dialog->passphraseEdit()->setText(passphrase);
            if (dialog->repeatEdit())
                dialog->repeatEdit()->setText(again);
            dialog->accept();
            if (dialog->isVisible()) // refused: the two did not agree
                dialog->reject();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::setUpApplication();
        MessageBox::setTestMode(true);
    }

    void theTwoNewPassphrasesMustAgree()
    {
        PassphraseDialog dialog(PassphraseDialog::Purpose::Create, QStringLiteral("说明"));
        dialog.passphraseEdit()->setText(QStringLiteral("一二三四五六七八九十"));
        dialog.repeatEdit()->setText(QStringLiteral("一二三四五六七八九"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.errorLabel()->isHidden());
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("两次输入的新口令不一致。"));
        dialog.repeatEdit()->setText(QStringLiteral("一二三四五六七八九十"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!PassphraseDialog(PassphraseDialog::Purpose::Unlock, QString()).repeatEdit());
    }

    void onlyTheAdministratorMakesAndRotatesTheKey()
    {
        UiTest::Fixture fixture;
        {
            PublicationKeyDialog dialog(*fixture.db, clerk());
            QCOMPARE(dialog.fingerprintLabel()->text(), QStringLiteral("—"));
            QVERIFY(!dialog.createButton()->isHidden());
            QVERIFY(!dialog.createButton()->isEnabled());
            QVERIFY(dialog.createButton()->toolTip().contains(QStringLiteral("管理员")));
        }
        PublicationKeyDialog dialog(*fixture.db, admin());
        QVERIFY(dialog.createButton()->isEnabled());
        // Typed differently twice: nothing made.
        answer({}, QStringLiteral("昌黎县教育局公示口令"), QStringLiteral("昌黎县教育局公示口令2"));
        dialog.createKey();
        QVERIFY(!PublicationKeys::inForce(*fixture.db));
        // Too short: the core's refusal, nothing made.
        answer({}, QStringLiteral("短口令"), QStringLiteral("短口令"));
        dialog.createKey();
        QVERIFY(!PublicationKeys::inForce(*fixture.db));
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("密钥未创建"));
        // Right: the key, its fingerprint shown.
        answer({}, QStringLiteral("昌黎县教育局公示口令"), QStringLiteral("昌黎县教育局公示口令"));
        dialog.createKey();
        const auto key = PublicationKeys::inForce(*fixture.db);
        QVERIFY(key);
        QCOMPARE(dialog.fingerprintLabel()->text(), key->fingerprint());
        QVERIFY(dialog.createButton()->isHidden());
        QVERIFY(dialog.rotateButton()->isEnabled());
        QVERIFY(MessageBox::lastText().contains(key->fingerprint()));

        // Rotated with the current passphrase: a new key in force, the old one kept.
        answer(QStringLiteral("不是这个口令的口令"), QStringLiteral("新的公示口令0001"),
               QStringLiteral("新的公示口令0001"));
        dialog.rotateKey();
        QCOMPARE(PublicationKeys::inForce(*fixture.db)->fingerprint(), key->fingerprint());
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("密钥未轮换"));
        answer(QStringLiteral("昌黎县教育局公示口令"), QStringLiteral("新的公示口令0001"),
               QStringLiteral("新的公示口令0001"));
        dialog.rotateKey();
        const auto next = PublicationKeys::inForce(*fixture.db);
        QVERIFY(next && next->fingerprint() != key->fingerprint());
        QCOMPARE(dialog.fingerprintLabel()->text(), next->fingerprint());
        QCOMPARE(PublicationKeys::all(*fixture.db).size(), 2);
    }

    void theAuditPageHoldsTheDataFileToAPackage()
    {
        UiTest::Fixture fixture;
        QString error;
        QVERIFY2(DemoData::fill(*fixture.db, &error) && DemoData::addFinishedPlan(*fixture.db, &error),
                 qPrintable(error));
        const qint64 planId = PlanRepository(*fixture.db).list().constFirst().id;
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("网页包"));
        const Outcome published
            = PublishOperations(*fixture.db, Actor {QStringLiteral("shenhe"), QStringLiteral("reviewer")})
                  .writePackage(planId, package, DemoData::publicationPassphrase());
        QVERIFY2(published, qPrintable(published.message()));

        AuditPage page(*fixture.db);
        FileDialog::setNextFileName(package);
        page.checkAgainstPackage();
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("网页包与审计日志一致"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("昌教抽查〔2026〕1号")));

        // An edited manifest no longer agrees (its signature fails): said, by name.
        QFile manifest(QDir(package).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        QByteArray bytes = manifest.readAll();
        bytes.replace("昌教抽查〔2026〕1号", "昌教抽查〔2026〕9号");
        manifest.resize(0);
        manifest.write(bytes);
        manifest.close();
        FileDialog::setNextFileName(package);
        page.checkAgainstPackage();
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("网页包与审计日志不一致"));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("不是由本数据文件的公示签名密钥签名")),
                 qPrintable(MessageBox::lastText()));
    }
};

QTEST_MAIN(TestUiPublicationKey)
#include "tst_ui_publicationkey.moc"
