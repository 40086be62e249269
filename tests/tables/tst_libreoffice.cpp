// The .xlsx files we write, opened by another program: LibreOffice Calc (headless, `--convert-to csv`) must read
// the same cells we meant — the credit-platform results table (compared cell by cell with the package's CSV), a
// registry export (compared with the same registry exported as CSV) and the statistics workbook.
// scripts/setup-debian.sh installs libreoffice-calc-nogui.
#include "Database.h"
#include "DemoData.h"
#include "PlanRepository.h"
#include "Publication.h"
#include "RegistryExport.h"
#include "Statistics.h"
#include "TableReader.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestLibreOffice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_soffice;

    // LibreOffice's reading of an .xlsx file: its first sheet as CSV (UTF-8, comma, double quotes), parsed by our
    // CSV reader.
    std::optional<Table> readByLibreOffice(const QString& xlsx)
    {
        const QString out = m_dir.filePath(QStringLiteral("converted"));
        QDir().mkpath(out);
        QProcess process;
        // The tests run with LANG=zh_CN.UTF-8, a locale a build machine may not have; LibreOffice then cannot open
        // a path with Chinese in it. C.UTF-8 is always there.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        // A profile of its own, so that an office the user has open (or another test) does not get in the way.
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
        process.start(m_soffice, {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                  QStringLiteral("--convert-to"),
                                  QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"),
                                  QStringLiteral("--outdir"), out, xlsx});
        const bool finished = process.waitForFinished(240000);
        const QString csv = QDir(out).filePath(QFileInfo(xlsx).completeBaseName() + QStringLiteral(".csv"));
        QFile file(csv);
        if (!finished || process.exitCode() != 0 || !file.open(QIODevice::ReadOnly)) {
            // soffice says what went wrong on its output, and may exit 0 all the same.
            qWarning("soffice (finished %d, exit %d): %s %s", int(finished), process.exitCode(),
                     process.readAllStandardOutput().constData(), process.readAllStandardError().constData());
            return std::nullopt;
        }
        QString error;
        auto table = TableReader::readCsv(file.readAll(), &error);
        if (!table)
            qWarning("%s", qPrintable(error));
        file.close();
        QFile::remove(csv);
        return table;
    }

    static std::optional<Table> readOurs(const QString& path)
    {
        QString error;
        auto table = TableReader::read(path, &error);
        if (!table)
            qWarning("%s", qPrintable(error));
        return table;
    }

    // Rows without trailing empty cells: a CSV writer may or may not write them.
    static QList<QStringList> trimmed(QList<QStringList> rows)
    {
        for (QStringList& row : rows)
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
        while (!rows.isEmpty() && rows.last().isEmpty())
            rows.removeLast();
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!m_soffice.isEmpty(), "LibreOffice is not installed: scripts/setup-debian.sh installs "
                                       "libreoffice-calc-nogui");
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("演示.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoData::fill(*m_db, &error) && DemoData::addFinishedPlan(*m_db, &error), qPrintable(error));
    }

    void theResultsTableReadsAsOurCsv()
    {
        // The demo's one plan, drawn and with published results.
        const QList<Plan> plans = PlanRepository(*m_db).list();
        QCOMPARE(plans.size(), 1);
        const QString package = m_dir.filePath(QStringLiteral("公示包"));
        QString error;
        QVERIFY2(Publication::writePackage(*m_db, plans.first().id, package, nullptr, &error), qPrintable(error));
        const auto office = readByLibreOffice(QDir(package).filePath(QStringLiteral("results.xlsx")));
        const auto ours = readOurs(QDir(package).filePath(QStringLiteral("results.csv")));
        QVERIFY(office && ours);
        QVERIFY(ours->rows.size() > 10);
        QCOMPARE(trimmed(office->rows), trimmed(ours->rows));
    }

    void aRegistryExportReadsAsOurCsv()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("被检查对象.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("被检查对象.csv"));
        QString error;
        QVERIFY2(RegistryExport::exportRegistry(*m_db, Registry::Entities, xlsx, &error), qPrintable(error));
        QVERIFY2(RegistryExport::exportRegistry(*m_db, Registry::Entities, csv, &error), qPrintable(error));
        const auto office = readByLibreOffice(xlsx);
        const auto ours = readOurs(csv);
        QVERIFY(office && ours);
        QVERIFY(ours->rows.size() > 100);
        // Credit codes (18 characters, some all digits but for the check character) stay text, not numbers.
        QCOMPARE(trimmed(office->rows), trimmed(ours->rows));
    }

    void theStatisticsWorkbookOpens()
    {
        const StatisticsReport report = Statistics::compute(*m_db, std::nullopt, true);
        QVERIFY(!report.items.isEmpty());
        const QString xlsx = m_dir.filePath(QStringLiteral("统计.xlsx"));
        QString error;
        QVERIFY2(Statistics::exportXlsx(report, xlsx, &error), qPrintable(error));
        const auto office = readByLibreOffice(xlsx);
        const auto ours = readOurs(xlsx);
        QVERIFY(office && ours);
        QVERIFY(ours->rows.size() >= 2);
        QCOMPARE(trimmed(office->rows), trimmed(ours->rows));
    }
};

QTEST_GUILESS_MAIN(TestLibreOffice)
#include "tst_libreoffice.moc"
