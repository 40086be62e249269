// Signed website packages from the command line (issue 19): `publish` takes the passphrase of the publication key
// (--passphrase-file or SHUANGSUI_PUBLICATION_PASSPHRASE; a wrong one writes nothing), `publication-key show`,
// `verify-package DIR [--key FILE|--fingerprint FP]` with no data file (exit 0, 1 naming the first difference in
// Chinese, 2 for a usage error), and `audit verify --against DIR`, which fails for a history cut back after the
// publication even when the anchor in the settings was reset.
#include "Database.h"
#include "DemoData.h"
#include "PackageManifest.h"
#include "Publication.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliPackage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_package;
    const QString m_plan = QStringLiteral("昌教抽查〔2026〕1号");

    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }

    // The tool in Chinese, its settings (the audit anchor) in the test's folder; `env` added to the environment.
    TestSupport::CliResult cli(const QStringList& args, const QHash<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
        e.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        e.remove(QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE"));
        e.insert(QStringLiteral("SHUANGSUI_PASSWORD"), DemoData::password());
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SHUANGSUI_CLI_PATH), args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    TestSupport::CliResult publish(const QString& out, const QString& passphrase)
    {
        return cli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("shenhe"),
                    QStringLiteral("publish"), m_plan, QStringLiteral("--out"), out},
                   {{QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE"), passphrase}});
    }

    QString copyOf(const QString& name)
    {
        const QString out = m_dir.filePath(name);
        QDir().mkpath(out);
        for (const QString& f : QDir(m_package).entryList(QDir::Files))
            QFile::copy(QDir(m_package).filePath(f), QDir(out).filePath(f));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("演示.sqlite"));
        const auto made = cli({QStringLiteral("--db"), m_db, QStringLiteral("demo")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        m_package = m_dir.filePath(QStringLiteral("网页包"));
    }

    void aWrongPassphraseWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("错误口令"));
        auto r = publish(out, QStringLiteral("not-the-passphrase"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("公示签名密钥的口令不正确")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        // None at all: the same refusal, and where to give it.
        r = publish(out, QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aPublishedPackageVerifies()
    {
        // The passphrase from a file, as the void command reads the second password.
        const QString file = m_dir.filePath(QStringLiteral("passphrase.txt"));
        QVERIFY(TestSupport::writeFile(file, DemoData::publicationPassphrase().toUtf8() + "\n"));
        auto r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("shenhe"),
                      QStringLiteral("publish"), m_plan, QStringLiteral("--out"), m_package,
                      QStringLiteral("--passphrase-file"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(Publication::manifestName()));

        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("publication-key"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString fingerprint = r.out.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("："), 1).trimmed();
        QCOMPARE(fingerprint.size(), 39);

        // Without a key: verified, with the warning that only integrity is proven.
        r = cli({QStringLiteral("verify-package"), m_package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("verified")));
        QVERIFY2(r.out.contains(QStringLiteral("只能证明")), qPrintable(r.out));
        // With the fingerprint, or the key file: verified, no warning.
        r = cli({QStringLiteral("verify-package"), m_package, QStringLiteral("--fingerprint"), fingerprint});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QStringLiteral("只能证明")));
        r = cli({QStringLiteral("verify-package"), m_package, QStringLiteral("--key"),
                 QDir(m_package).filePath(Publication::publicKeyName())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // The audit trail holds the package's head.
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("verify"),
                 QStringLiteral("--against"), m_package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void differencesFailByName()
    {
        // A changed byte.
        const QString changed = copyOf(QStringLiteral("改动"));
        QFile draw(QDir(changed).filePath(Publication::drawPageName()));
        QVERIFY(draw.open(QIODevice::ReadWrite));
        QByteArray bytes = draw.readAll();
        bytes[100] = char(bytes.at(100) ^ 0x20);
        draw.seek(0);
        draw.write(bytes);
        draw.close();
        auto r = cli({QStringLiteral("verify-package"), changed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("文件 draw.html 的 SHA-256 与清单不符")), qPrintable(r.out));

        // An added file; a removed one.
        const QString added = copyOf(QStringLiteral("多出"));
        QVERIFY(TestSupport::writeFile(QDir(added).filePath(QStringLiteral("extra.txt")), "x"));
        r = cli({QStringLiteral("verify-package"), added});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("extra.txt")), qPrintable(r.out));
        const QString removed = copyOf(QStringLiteral("缺少"));
        QVERIFY(QFile::remove(QDir(removed).filePath(Publication::resultsCsvName())));
        r = cli({QStringLiteral("verify-package"), removed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("results.csv")), qPrintable(r.out));

        // Another fingerprint.
        r = cli({QStringLiteral("verify-package"), m_package, QStringLiteral("--fingerprint"),
                 QStringLiteral("0000 1111 2222 3333 4444 5555 6666 7777")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("0000 1111 2222 3333 4444 5555 6666 7777")), qPrintable(r.out));
    }

    void usageErrors()
    {
        auto r = cli(
            {QStringLiteral("verify-package"), m_package, QStringLiteral("--fingerprint"), QStringLiteral("12AB")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("verify-package"), m_package, QStringLiteral("--fingerprint"),
                 QStringLiteral("0000 1111 2222 3333 4444 5555 6666 7777"), QStringLiteral("--key"), m_db});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("verify-package")});
        QCOMPARE(r.exitCode, 2);
    }

    void onlyTheAdministratorManagesTheKey()
    {
        auto r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("shenhe"),
                      QStringLiteral("publication-key"), QStringLiteral("rotate")},
                     {{QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE"), DemoData::publicationPassphrase()},
                      {QStringLiteral("SHUANGSUI_NEW_PUBLICATION_PASSPHRASE"), QStringLiteral("the next passphrase")}});
        QCOMPARE(r.exitCode, 3);
        // The demo office has its key: creating another is refused.
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("publication-key"), QStringLiteral("create")},
                {{QStringLiteral("SHUANGSUI_PUBLICATION_PASSPHRASE"), QStringLiteral("another passphrase")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("轮换")), qPrintable(r.err));
    }

    // Last: cuts the demo file's history back.
    void aTruncatedHistoryFailsAgainstThePackage()
    {
        QFile manifestFile(QDir(m_package).filePath(Publication::manifestName()));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QString error;
        const auto manifest = PackageManifest::read(manifestFile.readAll(), &error);
        QVERIFY2(manifest, qPrintable(error));
        {
            // An insider with the file: the triggers dropped, the entries from before the head on deleted, the
            // triggers put back (the schema check sees nothing).
            auto db = Database::open(m_db, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(manifest->auditSeq - 1)));
            for (const QString& s : Schema::migrationStatements(4))
                if (s.contains(QLatin1String("audit_log_no_delete")))
                    QVERIFY(q.exec(s));
        }
        // ... and the anchor in the settings reset.
        QVERIFY(QDir(configDir()).removeRecursively());
        auto r = cli({QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err)); // the chain alone cannot tell
        QVERIFY(QDir(configDir()).removeRecursively());
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("verify"),
                 QStringLiteral("--against"), m_package});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QString::number(manifest->auditSeq)) && r.err.contains(QStringLiteral("网页包")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
