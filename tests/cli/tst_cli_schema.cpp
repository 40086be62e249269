// The reproduction of issue 13, finding 5, through shuangsui-cli: a data file or a backup that brings a trigger of
// its own (it makes the read-only user chakan an administrator at the next change of an entity) is refused by
// every command that opens it with --db and by restore, with a message naming the trigger, and left byte for byte
// as it was; chakan stays read-only.
#include "DataBackup.h"
#include "Database.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPromote = QStringLiteral(
    "CREATE TRIGGER promote AFTER UPDATE ON entity BEGIN UPDATE app_user SET role = 'admin' WHERE name = 'chakan'; "
    "END");

// The files in `dir` but the empty -wal and -shm files SQLite leaves beside a data file opened read-only.
QStringList filesIn(const QString& dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files);
    files.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return files;
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Runs one statement on the file directly, as an SQLite tool would (the value of the first row, if any).
QString raw(const QString& path, const QString& sql)
{
    const QString connection = QStringLiteral("raw");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                result = QStringLiteral("error: ") + q.lastError().text();
            else if (q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// The tool with SHUANGSUI_PASSWORD (none when password is empty).
TestSupport::CliResult cli(const QStringList& arguments, const QString& password = {})
{
    return TestSupport::runCliWithPassword(arguments, password.isEmpty() ? QString() : password);
}

} // namespace

class TestCliSchema final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_attack; // the demo data with the issue's trigger
    QString m_csv;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_attack = m_dir.filePath(QStringLiteral("演示.sqlite"));
        const auto r = cli({QStringLiteral("--db"), m_attack, QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(raw(m_attack, kPromote), QString());
        QCOMPARE(raw(m_attack, QStringLiteral("SELECT role FROM app_user WHERE name = 'chakan'")),
                 QStringLiteral("viewer"));
        m_csv = m_dir.filePath(QStringLiteral("entities.csv"));
        QVERIFY(TestSupport::writeFile(m_csv, QByteArray()));
    }

    // Every way in with --db: a reader, audit verify (which used to say "intact"), the import by 录入员 that would
    // have fired the trigger, in English and Chinese.
    void openingWithDbIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        const QString db = QStringLiteral("--db");
        QTest::newRow("plans") << QStringList {QStringLiteral("--lang"), QStringLiteral("en"), db, QStringLiteral("@"),
                                               QStringLiteral("plans")}
                               << QStringLiteral("extra trigger promote on table entity");
        QTest::newRow("audit verify")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("en"),    db,
                            QStringLiteral("@"),      QStringLiteral("audit"), QStringLiteral("verify")}
            << QStringLiteral("extra trigger promote on table entity");
        QTest::newRow("import by the clerk")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("en"),       db,
                            QStringLiteral("@"),      QStringLiteral("--user"),   QStringLiteral("luru"),
                            QStringLiteral("import"), QStringLiteral("entities"), QStringLiteral("#")}
            << QStringLiteral("extra trigger promote on table entity");
        QTest::newRow("in Chinese") << QStringList {QStringLiteral("--lang"), QStringLiteral("zh"), db,
                                                    QStringLiteral("@"), QStringLiteral("plans")}
                                    << QStringLiteral("多出的触发器 promote");
    }

    void openingWithDbIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        arguments.replaceInStrings(QStringLiteral("@"), m_attack);
        arguments.replaceInStrings(QStringLiteral("#"), m_csv);
        const QByteArray before = sha256(m_attack);
        const QStringList files = filesIn(m_dir.path());
        const auto r = cli(arguments, QStringLiteral("demo1234"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("verified")));
        QCOMPARE(sha256(m_attack), before);
        QCOMPARE(filesIn(m_dir.path()), files);
        QCOMPARE(raw(m_attack, QStringLiteral("SELECT role FROM app_user WHERE name = 'chakan'")),
                 QStringLiteral("viewer"));
    }

    // `restore` of a backup with the trigger: refused before anything is replaced.
    void restoreIsRefused()
    {
        const QString data = m_dir.filePath(QStringLiteral("数据.sqlite"));
        const QString backup = m_dir.filePath(QStringLiteral("备份.sqlite"));
        {
            QString error;
            auto db = Database::open(data, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DataBackup::writeBackup(*db, backup, false, {}, &error), qPrintable(error));
        }
        QCOMPARE(raw(backup, kPromote), QString());
        const QByteArray dataBefore = sha256(data);
        const QByteArray backupBefore = sha256(backup);
        const QStringList files = filesIn(m_dir.path());
        const auto r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), data,
                            QStringLiteral("restore"), backup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("extra trigger promote on table entity")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("备份.sqlite")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
        QCOMPARE(sha256(data), dataBefore);
        QCOMPARE(sha256(backup), backupBefore);
        QCOMPARE(filesIn(m_dir.path()), files);
    }
};

QTEST_GUILESS_MAIN(TestCliSchema)
#include "tst_cli_schema.moc"
