// Export → import is the identity (issue 13, finding 7): every exported registry, with names a spreadsheet would
// take for formulas (= + - @), apostrophes of their own, tabs and CJK, imports back from its CSV and its .xlsx
// export as "unchanged" — nothing new, nothing updated, nothing rejected — and the file's cells, read back, are
// the stored values.
#include "ConflictRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "RegistryExport.h"
#include "RegistryImport.h"
#include "TableReader.h"
#include "TableWriter.h"
#include "TownshipRepository.h"
#include "WriteTransaction.h"

#include <QTemporaryDir>
#include <QTest>

using Verdict = ImportRow::Verdict;

namespace {

// What the issue's reviewer typed, and what our own guard must not be confused with.
const QStringList kHostileNames = {
    QStringLiteral("=HYPERLINK(\"http://example.com/x\",\"点此查看\")"),
    QStringLiteral("+1"),
    QStringLiteral("-2"),
    QStringLiteral("@x"),
    QStringLiteral("'quoted"),
    QStringLiteral("'"),
    QStringLiteral("'=已带引号的公式"),
    QStringLiteral("''+两个引号"),
    QStringLiteral("名称\t含制表符"),
    QStringLiteral("长沙县星沙街道实验小学（东校区）"),
    QStringLiteral("=1+1"),
    QStringLiteral("+86 138 0000 0000"),
    QStringLiteral("-"),
    QStringLiteral("@"),
    QStringLiteral("-张三"),
};

QString hostile(int i)
{
    return kHostileNames.at(i % kHostileNames.size());
}

} // namespace

class TestRegistryRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Every registry's names (and a second text field where it has one) replaced by the hostile ones, through the
    // repositories the program writes with.
    bool makeNamesHostile(QString* error)
    {
        WriteTransaction tx(*m_db);
        int i = 0;
        for (Township t : TownshipRepository(*m_db).list(true)) {
            t.name = hostile(i) + QString::number(i + 1); // township names identify the township: kept unique
            ++i;
            if (!TownshipRepository(*m_db).update(tx, t))
                return fail(tx, error);
        }
        for (InspectionItem item : ItemRepository(*m_db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1)) {
            item.name = hostile(i++);
            item.method = hostile(i);
            if (!ItemRepository(*m_db).update(tx, item))
                return fail(tx, error);
        }
        for (Entity e : EntityRepository(*m_db).list({}, QStringLiteral("code"))) {
            e.name = hostile(i++);
            e.address = hostile(i);
            e.principal = hostile(i + 1);
            if (!EntityRepository(*m_db).update(tx, e))
                return fail(tx, error);
        }
        for (Inspector x : InspectorRepository(*m_db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1)) {
            x.name = hostile(i++);
            x.section = hostile(i);
            if (!InspectorRepository(*m_db).update(tx, x))
                return fail(tx, error);
        }
        for (Conflict c : ConflictRepository(*m_db).list({0, 0, QString(), 1}, 0, -1)) {
            c.reasonText = hostile(i++);
            if (!ConflictRepository(*m_db).update(tx, c))
                return fail(tx, error);
        }
        if (!tx.commit())
            return fail(tx, error);
        return true;
    }

    static bool fail(WriteTransaction& tx, QString* error)
    {
        *error = tx.error();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(DemoData::fill(*m_db, &error), qPrintable(error));
        QVERIFY2(makeNamesHostile(&error), qPrintable(error));
        // The names are stored as they were given (the test is about them).
        QStringList names;
        for (const Entity& e : EntityRepository(*m_db).list({}, QStringLiteral("code")))
            names << e.name;
        QVERIFY2(names.contains(kHostileNames.first()) && names.contains(QStringLiteral("'=已带引号的公式")),
                 qPrintable(names.join(QLatin1Char('|'))));
    }

    void guardIsRemovedExactly_data()
    {
        QTest::addColumn<QString>("value");
        for (const QString& name : kHostileNames)
            QTest::newRow(qPrintable(name)) << name;
        QTest::newRow("empty") << QString();
        QTest::newRow("tab first") << QStringLiteral("\t=1");
        QTest::newRow("CR first") << QStringLiteral("\r+1");
        QTest::newRow("negative number") << QStringLiteral("-12.50");
        QTest::newRow("apostrophe and number") << QStringLiteral("'-12.50");
        QTest::newRow("three apostrophes") << QStringLiteral("'''@x");
    }
    void guardIsRemovedExactly()
    {
        QFETCH(QString, value);
        const QString written = TableWriter::csvSafeText(value);
        QCOMPARE(TableWriter::withoutCsvGuard(written), value);
        // A cell that does not begin with an apostrophe is never changed on the way in.
        if (!value.startsWith(QLatin1Char('\'')))
            QCOMPARE(TableWriter::withoutCsvGuard(value), value);
    }

    void apostrophesOfTheClerkStay()
    {
        QCOMPARE(TableWriter::withoutCsvGuard(QStringLiteral("'abc")), QStringLiteral("'abc"));
        QCOMPARE(TableWriter::withoutCsvGuard(QStringLiteral("'")), QStringLiteral("'"));
        QCOMPARE(TableWriter::withoutCsvGuard(QStringLiteral("'0731")), QStringLiteral("'0731"));
        QCOMPARE(TableWriter::withoutCsvGuard(QStringLiteral("'-5")), QStringLiteral("'-5")); // -5 gets no guard
        QCOMPARE(TableWriter::withoutCsvGuard(QStringLiteral("'=1")), QStringLiteral("=1"));
        QCOMPARE(TableWriter::withoutCsvGuard(QStringLiteral("''=1")), QStringLiteral("'=1"));
        QCOMPARE(TableWriter::csvSafeText(QStringLiteral("'=1")), QStringLiteral("''=1"));
    }

    void exportImportsBackUnchanged_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("registry");
        for (const char* extension : {"csv", "xlsx"}) {
            for (Registry r :
                 {Registry::Townships, Registry::Items, Registry::Entities, Registry::Inspectors, Registry::Conflicts})
                QTest::addRow("%s %s", qPrintable(RegistryImport::registryName(r)), extension)
                    << QString::fromLatin1(extension) << int(r);
        }
    }
    void exportImportsBackUnchanged()
    {
        QFETCH(QString, extension);
        QFETCH(int, registry);
        const Registry r = Registry(registry);
        const QString path
            = m_dir.filePath(QStringLiteral("导出-%1.%2").arg(RegistryImport::registryName(r), extension));
        QString error;
        int rows = 0;
        QVERIFY2(RegistryExport::exportRegistry(*m_db, r, path, &error, &rows), qPrintable(error));
        QVERIFY(rows > 0);

        // The file holds the stored values (CSV: behind the guard, which comes off again).
        const QList<QStringList> stored = RegistryExport::rows(*m_db, r);
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), stored.size() + 1);
        bool guarded = false;
        for (int row = 0; row < stored.size(); ++row) {
            for (int c = 0; c < stored.at(row).size(); ++c) {
                QString cell = table->cell(row + 1, c);
                if (extension == QLatin1String("csv")) {
                    guarded = guarded || cell != stored.at(row).at(c);
                    cell = TableWriter::withoutCsvGuard(cell);
                }
                QCOMPARE(cell, stored.at(row).at(c));
            }
        }
        if (extension == QLatin1String("csv") && r != Registry::Townships)
            QVERIFY2(guarded, "the CSV export put no guard before any hostile name");

        const ImportPreview back = RegistryImport::preview(*m_db, r, path);
        QVERIFY2(back.isUsable(), qPrintable(back.error));
        QCOMPARE(back.rejectionLines(), QStringList());
        for (const ImportRow& row : back.rows)
            if (row.verdict != Verdict::Unchanged)
                qWarning() << "row" << row.rowNumber << row.key << row.name << table->rows.at(row.rowNumber - 1);
        QCOMPARE(back.count(Verdict::New), 0);
        QCOMPARE(back.count(Verdict::Update), 0);
        QCOMPARE(back.count(Verdict::Unchanged), rows);
        ImportSummary summary;
        QVERIFY2(RegistryImport::apply(*m_db, back, &summary, &error), qPrintable(error));
        QCOMPARE(summary.updated, 0);
        QCOMPARE(summary.created, 0);
        QCOMPARE(RegistryExport::rows(*m_db, r), stored);
    }
};

QTEST_GUILESS_MAIN(TestRegistryRoundTrip)
#include "tst_registryroundtrip.moc"
