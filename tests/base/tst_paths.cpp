// Windows readiness, as far as Linux can show it: data files and import/export files whose folders and names are
// Chinese, the default data folder from QStandardPaths (%APPDATA% on Windows), and portable mode.
#include "Database.h"
#include "DemoData.h"
#include "EntityRepository.h"
#include "RegistryExport.h"
#include "RegistryImport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As both programs name themselves: the data folder is <AppData>/shuangsui/shuangsui.
        QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
        QCoreApplication::setApplicationName(QStringLiteral("shuangsui"));
    }

    void dataFileInAChineseFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("教育局 行政执法办公室/双随机抽查（2026年）.sqlite"));
        QString error;
        {
            auto db = Database::open(path, &error); // makes the folder too
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DemoData::fill(*db, &error), qPrintable(error));
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
            // A second window is kept out of a Chinese-named file as of any other.
            QVERIFY(!Database::open(path, &error));
            QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
            const QString copy = dir.filePath(QStringLiteral("教育局 行政执法办公室/备份 2026-04-01.sqlite"));
            QVERIFY2(db->backupTo(copy, &error), qPrintable(error));
            QVERIFY2(Database::checkReplacement(copy, &error), qPrintable(error));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(rowCount(*db, QStringLiteral("entity")), 298);
    }

    void registryFilesWithChineseNames_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    // Exported from one office and imported into another, through files named as a clerk names them.
    void registryFilesWithChineseNames()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        QString error;
        auto source = Database::open(dir.filePath(QStringLiteral("昌黎县.sqlite")), &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY2(DemoData::fill(*source, &error), qPrintable(error));
        const QString folder = dir.filePath(QStringLiteral("导出文件（名录库）"));
        QVERIFY(QDir().mkpath(folder));
        const QString townships = QDir(folder).filePath(QStringLiteral("乡镇 名单.") + suffix);
        const QString entities = QDir(folder).filePath(QStringLiteral("检查对象名录库（昌黎县）.") + suffix);
        int rows = 0;
        QVERIFY2(RegistryExport::exportRegistry(*source, Registry::Townships, townships, &error), qPrintable(error));
        QVERIFY2(RegistryExport::exportRegistry(*source, Registry::Entities, entities, &error, &rows),
                 qPrintable(error));
        QCOMPARE(rows, 298);
        QVERIFY(QFileInfo(entities).size() > 0);

        auto target = Database::open(dir.filePath(QStringLiteral("新建 数据/抚宁区.sqlite")), &error);
        QVERIFY2(target, qPrintable(error));
        const QList<std::pair<Registry, QString>> files {{Registry::Townships, townships},
                                                         {Registry::Entities, entities}};
        for (const auto& [registry, file] : files) {
            const ImportPreview preview = RegistryImport::preview(*target, registry, file);
            QVERIFY2(preview.isUsable(), qPrintable(preview.error));
            QCOMPARE(preview.count(ImportRow::Verdict::Rejected), 0);
            ImportSummary summary;
            QVERIFY2(RegistryImport::apply(*target, preview, &summary, &error), qPrintable(error));
        }
        QCOMPARE(EntityRepository(*target).count(), 298);
    }

    void commandLineWithChinesePaths()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("数据 文件/演示.sqlite"));
        const QString out = dir.filePath(QStringLiteral("数据 文件/执法人员名录.xlsx"));
        auto result = TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = TestSupport::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("inspectors"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFileInfo(out).size() > 0);
        // The demo file has users: an import names one, the password in a file with a Chinese name too.
        const QString secret = dir.filePath(QStringLiteral("数据 文件/口令.txt"));
        QFile passwordFile(secret);
        QVERIFY(passwordFile.open(QIODevice::WriteOnly) && passwordFile.write("demo1234\n") > 0);
        passwordFile.close();
        result = TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("luru"),
                                      QStringLiteral("--password-file"), secret, QStringLiteral("import"),
                                      QStringLiteral("inspectors"), out, QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("rejected 0")), qPrintable(result.out));
    }

    // Not portable: the data lives in the user's application data folder (%APPDATA%\shuangsui\shuangsui on
    // Windows), wherever that is — here a home folder with a Chinese name, as on an office PC.
    void defaultDataFolderIsTheUsersAppData()
    {
#ifdef Q_OS_WIN
        // XDG_DATA_HOME means nothing here: the folder is the one the system names %APPDATA% (roaming). Qt's test
        // mode puts it under qttest, so a real data file of this account is never opened.
        QStandardPaths::setTestModeEnabled(true);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QTemporaryDir program;
        const QString path = Database::defaultPathFor(program.path());
        QStandardPaths::setTestModeEnabled(false);
        QVERIFY(!Database::isPortableIn(program.path()));
        QCOMPARE(path, QDir(appData).filePath(QStringLiteral("shuangsui.sqlite")));
        QVERIFY2(path.startsWith(QDir::fromNativeSeparators(qEnvironmentVariable("APPDATA")) + QLatin1Char('/'),
                                 Qt::CaseInsensitive),
                 qPrintable(path));
        QVERIFY2(path.endsWith(QStringLiteral("/shuangsui/shuangsui/shuangsui.sqlite")), qPrintable(path));
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(QFileInfo::exists(path));
        }
        QVERIFY(QDir(appData).removeRecursively());
#else
        QTemporaryDir home;
        const QString appData = home.filePath(QStringLiteral("张三/AppData"));
        QVERIFY(QDir().mkpath(appData));
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(appData));
        const QString expected = QDir(appData).filePath(QStringLiteral("shuangsui/shuangsui/shuangsui.sqlite"));
        QTemporaryDir program;
        const QString path = Database::defaultPathFor(program.path());
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QVERIFY(!Database::isPortableIn(program.path()));
        QCOMPARE(path, expected);
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(appData).filePath(QStringLiteral("shuangsui/shuangsui")));
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(QFileInfo::exists(expected));
#endif
    }

    // A file named "portable" beside the program: the data goes into data/ beside it (a USB stick).
    void portableMarkerKeepsTheDataBesideTheProgram()
    {
        QTemporaryDir program;
        const QString programDir = QDir(program.path()).filePath(QStringLiteral("U盘/双随机抽查系统"));
        QVERIFY(QDir().mkpath(programDir));
        QVERIFY(!Database::isPortableIn(programDir));
        QVERIFY(!Database::defaultPathFor(programDir).startsWith(programDir));

        QVERIFY(TestSupport::writeFile(QDir(programDir).filePath(QStringLiteral("portable")), QByteArray()));
        QVERIFY(Database::isPortableIn(programDir));
        const QString path = Database::defaultPathFor(programDir);
        QCOMPARE(path, QDir(programDir).filePath(QStringLiteral("data/shuangsui.sqlite")));
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(QFileInfo::exists(path));

        // The program's own folder decides, as QCoreApplication::applicationDirPath() does for defaultPath().
        QCOMPARE(Database::isPortable(), Database::isPortableIn(QCoreApplication::applicationDirPath()));
        QCOMPARE(Database::defaultPath(), Database::defaultPathFor(QCoreApplication::applicationDirPath()));
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
