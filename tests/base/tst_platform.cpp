// The platform file (core/Platform): paths with Chinese names reach std::filesystem and C libraries intact, and a
// file is replaced in one step or not at all, with the system's reason.
#include "Platform.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseNamesReachStdFilesystem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("检查对象 名录（2026）.xlsx"));
        QVERIFY(TestSupport::writeFile(path, QByteArrayLiteral("abc")));
        std::error_code ec;
        QVERIFY(std::filesystem::exists(Platform::fsPath(path), ec));
        QCOMPARE(qint64(std::filesystem::file_size(Platform::fsPath(path), ec)), qint64(3));
        QVERIFY(!std::filesystem::exists(Platform::fsPath(dir.filePath(QStringLiteral("检查对象.xlsx"))), ec));
    }

    void chineseNamesReachCLibraries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("执法人员名录.csv"));
        const QByteArray native = Platform::cLibraryPath(path);
        std::FILE* file = std::fopen(native.constData(), "wb");
        QVERIFY(file);
        QCOMPARE(int(std::fwrite("x", 1, 1, file)), 1);
        std::fclose(file);
        QCOMPARE(contents(path), QByteArrayLiteral("x"));
    }

    void replaceFileReplacesInOneStep()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("新文件.tmp"));
        const QString target = dir.filePath(QStringLiteral("数据 备份.sqlite"));
        QVERIFY(TestSupport::writeFile(source, QByteArrayLiteral("new")));
        QVERIFY(TestSupport::writeFile(target, QByteArrayLiteral("old")));
        QString reason;
        QVERIFY2(Platform::replaceFile(source, target, &reason), qPrintable(reason));
        QCOMPARE(contents(target), QByteArrayLiteral("new"));
        QVERIFY(!QFileInfo::exists(source));

        // To a name that does not exist yet, too.
        const QString fresh = dir.filePath(QStringLiteral("另一个.sqlite"));
        QVERIFY(TestSupport::writeFile(source, QByteArrayLiteral("2")));
        QVERIFY2(Platform::replaceFile(source, fresh, &reason), qPrintable(reason));
        QCOMPARE(contents(fresh), QByteArrayLiteral("2"));
    }

    // libxlsxwriter's temporary files go into Qt's temporary folder ($TMPDIR here, %TMP% on Windows), spelt for the
    // library's narrow C calls.
    void cLibraryTempFolderIsQtsTemporaryFolder()
    {
#ifdef Q_OS_WIN
        const char* variable = "TMP"; // GetTempPath's first choice
#else
        const char* variable = "TMPDIR";
#endif
        QString name = QStringLiteral("临时 文件");
        if (QFile::decodeName(QFile::encodeName(name)) != name)
            name = QStringLiteral("temp files"); // a Windows code page without Chinese
        QTemporaryDir dir;
        const QString folder = QDir::toNativeSeparators(dir.filePath(name));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray saved = qgetenv(variable);
        qputenv(variable, QFile::encodeName(folder));
        const QByteArray chosen = Platform::cLibraryTempFolder(dir.filePath(QStringLiteral("名录.xlsx")));
        if (saved.isNull())
            qunsetenv(variable);
        else
            qputenv(variable, saved);
        QCOMPARE(QDir::cleanPath(QFile::decodeName(chosen)), QDir::cleanPath(folder));
    }

    void replaceFileThatCannotSaysWhyAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("数据.sqlite"));
        QVERIFY(TestSupport::writeFile(target, QByteArrayLiteral("kept")));
        QString reason;
        QVERIFY(!Platform::replaceFile(dir.filePath(QStringLiteral("不存在.tmp")), target, &reason));
        QVERIFY(!reason.isEmpty());
        QCOMPARE(contents(target), QByteArrayLiteral("kept"));
    }

    void windowsCodePagesOnlyOnWindows()
    {
        const QByteArray gbk = QByteArrayLiteral("\xd5\xc5\xc8\xfd"); // 张三 in GBK
#ifdef Q_OS_WIN
        QCOMPARE(Platform::decodeWithWindowsCodePage(54936, gbk).value_or(QString()), QStringLiteral("张三"));
#else
        QVERIFY(!Platform::decodeWithWindowsCodePage(54936, gbk));
#endif
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
