// The .xlsx files we write, opened by another program: LibreOffice Calc (headless, `--convert-to csv`) must read
// the same cells we meant — the credit-platform results table (compared cell by cell with the package's CSV), a
// registry export (compared with the same registry exported as CSV) and the statistics workbook.
// scripts/setup-debian.sh installs libreoffice-calc-nogui.
#include "Database.h"
#include "DemoData.h"
#include "ExternalTools.h"
#include "LibreOffice.h"
#include "PlanRepository.h"
#include "Publication.h"
#include "PublicationKeySupport.h"
#include "RegistryExport.h"
#include "Statistics.h"
#include "TableReader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestLibreOffice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // LibreOffice's reading of an .xlsx file: its first sheet as CSV (UTF-8, comma, double quotes), parsed by our
    // CSV reader.
    std::optional<Table> readByLibreOffice(const QString& xlsx)
    {
        const auto csv = LibreOffice::convert(
            m_dir.path(), xlsx, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), QStringLiteral("csv"));
        if (!csv)
            return std::nullopt;
        QFile file(*csv);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QString error;
        auto table = TableReader::readCsv(file.readAll(), &error);
        if (!table)
            qWarning("%s", qPrintable(error));
        file.close();
        QFile::remove(*csv);
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
        SHUANGSUI_REQUIRE_PROGRAM("soffice");
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
        QVERIFY2(Publication::writePackage(*m_db, plans.first().id, package, *PublicationKeySupport::unlockedKey(*m_db),
                                           nullptr, &error),
                 qPrintable(error));
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
