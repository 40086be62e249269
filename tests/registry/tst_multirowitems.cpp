// Issue 16, item 1: a provincial 随机抽查事项清单 as published — two-row header, merged cells, one item over several
// rows (its laws one per row, its object types with their own 事项类别) — imports item by item.
#include "CraftedXlsx.h"
#include "Database.h"
#include "ItemRepository.h"
#include "Plan.h"
#include "Publication.h"
#include "RegistryCheck.h"
#include "RegistryExport.h"
#include "RegistryImport.h"
#include "RegistryOperations.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Vocabulary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Verdict = ImportRow::Verdict;

namespace {

// A sheet built cell by cell: values by (row, column), merged ranges whose other cells stay empty in the file.
class Sheet
{
public:
    void set(int row, int column, const QString& text) { m_cells[row][column] = text; }
    // A value over rows top … bottom of one column (merged, the value in the top cell only).
    void merged(int top, int bottom, int column, const QString& text)
    {
        set(top, column, text);
        if (bottom > top)
            m_merges += CraftedXlsx::mergeCell(top, column, bottom, column);
    }
    void mergedAcross(int row, int left, int right, const QString& text)
    {
        set(row, left, text);
        m_merges += CraftedXlsx::mergeCell(row, left, row, right);
    }
    QList<CraftedXlsx::Part> parts() const
    {
        QByteArray rows;
        for (auto r = m_cells.cbegin(); r != m_cells.cend(); ++r) {
            rows += "<row r=\"" + QByteArray::number(r.key()) + "\">";
            for (auto c = r.value().cbegin(); c != r.value().cend(); ++c)
                rows += CraftedXlsx::inlineCell(r.key(), c.key(), c.value());
            rows += "</row>";
        }
        return CraftedXlsx::workbook(rows, m_merges);
    }

private:
    QMap<int, QMap<int, QString>> m_cells;
    QByteArray m_merges;
};

enum Column { Issuer, Serial, ItemClass, Name, Object, Kind, Method, Authority, Law };

const QString kProvince = QStringLiteral("河北省教育厅");
const QString kCounty = QStringLiteral("昌黎县教育局");

QString law(int n)
{
    return QStringLiteral("《教育法规第%1号》第%2条").arg(n).arg(n * 3);
}

} // namespace

class TestMultiRowItems : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<Database> memoryDb()
    {
        QString error;
        return Database::openInMemory(&error);
    }
    QString csvFile(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        TestSupport::writeFile(path, text.toUtf8());
        return path;
    }

    // The generated list: a title over the columns, a two-row header (检查对象 and 事项类别 under one merged
    // heading), and from row 4:
    //   A rows 4–7   重点 民办学校办学行为检查: 民办学校 (重点) rows 4–5, 民办幼儿园 (一般) rows 6–7; a law per row,
    //                row 7 a multi-line cell with two laws
    //   B rows 8–9   一般 校外培训机构检查: row 9's 抽查事项 left empty (not merged); repeated in row 18
    //   C rows 10–15 一般 幼儿园办园行为检查: 6 rows, 幼儿园 (一般) and 小学 (重点), the law of rows 12–13 merged
    //   D row 16     重点 校外培训机构检查 (B's name under another 抽查类别)
    //   E row 17     重点 民办学校办学行为检查 under another 编制单位 (A's name)
    //   B row 18     adds a law to B, not adjacent
    Sheet provincialList() const
    {
        Sheet s;
        s.mergedAcross(1, 0, 8, QStringLiteral("河北省教育厅随机抽查事项清单（2026年版）"));
        const QStringList top = {QStringLiteral("编制单位名称"), QStringLiteral("序号"), QStringLiteral("抽查类别"),
                                 QStringLiteral("抽查事项")};
        for (int c = 0; c < top.size(); ++c)
            s.merged(2, 3, c, top.at(c));
        s.mergedAcross(2, Object, Kind, QStringLiteral("检查对象及类别"));
        s.set(3, Object, QStringLiteral("检查对象"));
        s.set(3, Kind, QStringLiteral("事项类别"));
        s.merged(2, 3, Method, QStringLiteral("检查方式"));
        s.merged(2, 3, Authority, QStringLiteral("检查主体"));
        s.merged(2, 3, Law, QStringLiteral("检查依据"));

        s.merged(4, 16, Issuer, kProvince);
        // A
        s.merged(4, 7, Serial, QStringLiteral("1"));
        s.merged(4, 7, ItemClass, QStringLiteral("重点检查事项"));
        s.merged(4, 7, Name, QStringLiteral("民办学校办学行为检查"));
        s.merged(4, 5, Object, QStringLiteral("民办学校"));
        s.merged(4, 5, Kind, QStringLiteral("重点"));
        s.merged(6, 7, Object, QStringLiteral("民办幼儿园"));
        s.merged(6, 7, Kind, QStringLiteral("一般"));
        s.merged(4, 7, Method, QStringLiteral("现场检查、书面检查"));
        s.merged(4, 7, Authority, kProvince);
        for (int r = 4; r <= 6; ++r)
            s.set(r, Law, law(r - 3));
        s.set(7, Law, law(4) + QStringLiteral("\n") + law(5));
        // B
        s.merged(8, 9, Serial, QStringLiteral("2"));
        s.merged(8, 9, ItemClass, QStringLiteral("一般检查事项"));
        s.set(8, Name, QStringLiteral("校外培训机构检查"));
        s.merged(8, 9, Object, QStringLiteral("校外培训机构"));
        s.merged(8, 9, Kind, QStringLiteral("一般"));
        s.merged(8, 9, Method, QStringLiteral("现场检查"));
        s.set(8, Law, law(6));
        s.set(9, Law, law(7));
        // C
        s.merged(10, 15, Serial, QStringLiteral("3"));
        s.merged(10, 15, ItemClass, QStringLiteral("一般检查事项"));
        s.merged(10, 15, Name, QStringLiteral("幼儿园办园行为检查"));
        s.merged(10, 12, Object, QStringLiteral("幼儿园"));
        s.merged(10, 12, Kind, QStringLiteral("一般"));
        s.merged(13, 15, Object, QStringLiteral("小学"));
        s.merged(13, 15, Kind, QStringLiteral("重点"));
        s.merged(10, 15, Method, QStringLiteral("现场检查"));
        s.set(10, Law, law(8));
        s.set(11, Law, law(9));
        s.merged(12, 13, Law, law(10));
        s.set(14, Law, law(11));
        s.set(15, Law, law(12));
        // D
        s.set(16, Serial, QStringLiteral("4"));
        s.set(16, ItemClass, QStringLiteral("重点检查事项"));
        s.set(16, Name, QStringLiteral("校外培训机构检查"));
        s.set(16, Object, QStringLiteral("校外培训机构"));
        s.set(16, Kind, QStringLiteral("重点"));
        s.set(16, Law, law(13));
        // E
        s.set(17, Issuer, kCounty);
        s.set(17, Serial, QStringLiteral("5"));
        s.set(17, ItemClass, QStringLiteral("重点检查事项"));
        s.set(17, Name, QStringLiteral("民办学校办学行为检查"));
        s.set(17, Object, QStringLiteral("民办学校"));
        s.set(17, Kind, QStringLiteral("重点"));
        s.set(17, Law, law(14));
        // B again
        s.set(18, Issuer, kProvince);
        s.set(18, ItemClass, QStringLiteral("一般检查事项"));
        s.set(18, Name, QStringLiteral("校外培训机构检查"));
        s.set(18, Object, QStringLiteral("校外培训机构"));
        s.set(18, Kind, QStringLiteral("一般"));
        s.set(18, Law, law(15));
        return s;
    }

    QString provincialFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("省级清单.xlsx"));
        return CraftedXlsx::writeZip(path, provincialList().parts()) ? path : QString();
    }

    static InspectionItem itemNamed(Database& db, const QString& name, const QString& itemClass)
    {
        for (const InspectionItem& item :
             ItemRepository(db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1))
            if (item.name == name && item.content.contains(itemClass))
                return item;
        return {};
    }
    static QStringList laws(const InspectionItem& item) { return item.legalBasis.split(QLatin1Char('\n')); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh")));
    }

    void provincialListImportsItemByItem()
    {
        auto db = memoryDb();
        const QString path = provincialFile();
        QVERIFY(!path.isEmpty());
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Items, path);
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QVERIFY2(preview.rejectionLines().isEmpty(), qPrintable(preview.rejectionLines().join(QLatin1Char('\n'))));
        QCOMPARE(preview.rows.size(), 5);
        QCOMPARE(preview.count(Verdict::New), 5);

        // The preview shows each item with its rows.
        QCOMPARE(preview.rows.at(0).rowRange(), QStringLiteral("4–7"));
        QCOMPARE(preview.rows.at(1).rowRange(), QStringLiteral("8–9、18"));
        QCOMPARE(preview.rows.at(2).rowRange(), QStringLiteral("10–15"));
        QCOMPARE(preview.rows.at(3).rowRange(), QStringLiteral("16"));
        QCOMPARE(preview.rows.at(4).rowRange(), QStringLiteral("17"));
        QVERIFY2(preview.rows.at(0).notes.join(QLatin1Char(' ')).contains(QStringLiteral("第4–7行")),
                 qPrintable(preview.rows.at(0).notes.join(QLatin1Char(' '))));
        QCOMPARE(preview.rows.at(0).name, QStringLiteral("民办学校办学行为检查"));

        QString error;
        QVERIFY2(RegistryImport::apply(*db, preview, nullptr, &error), qPrintable(error));
        const auto items = ItemRepository(*db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1);
        QCOMPARE(items.size(), 5);
        QSet<QString> codes;
        for (const InspectionItem& item : items)
            codes.insert(item.code);
        QCOMPARE(codes.size(), 5); // each item its own code

        // A: every law on it, in order, the multi-line cell's two laws too; both object types with their 事项类别.
        const InspectionItem a = itemNamed(*db, QStringLiteral("民办学校办学行为检查"), QStringLiteral("重点检查事项"));
        QCOMPARE(laws(a), (QStringList {law(1), law(2), law(3), law(4), law(5)}));
        QVERIFY(a.categories.contains(QStringLiteral("kindergarten")));
        QVERIFY(a.categories.contains(QStringLiteral("primary")));
        QCOMPARE(a.ownerships, QStringList {QStringLiteral("private")});
        QCOMPARE(a.objectKindsText(), QStringLiteral("民办学校（重点）、民办幼儿园（一般）"));
        QVERIFY2(!a.content.contains(QStringLiteral("民办学校（重点）")), qPrintable(a.content)); // said once
        QCOMPARE(a.method, QStringLiteral("现场检查、书面检查"));
        QCOMPARE(a.authority, kProvince);

        // B: the row with an empty 抽查事项 and the repeat in row 18 add their laws.
        const InspectionItem b = itemNamed(*db, QStringLiteral("校外培训机构检查"), QStringLiteral("一般检查事项"));
        QCOMPARE(laws(b), (QStringList {law(6), law(7), law(15)}));
        QCOMPARE(b.categories, QStringList {QStringLiteral("training")});

        // C: six rows, the law merged over two rows once.
        const InspectionItem c = itemNamed(*db, QStringLiteral("幼儿园办园行为检查"), QStringLiteral("一般检查事项"));
        QCOMPARE(laws(c), (QStringList {law(8), law(9), law(10), law(11), law(12)}));
        QCOMPARE(c.categories, (QStringList {QStringLiteral("kindergarten"), QStringLiteral("primary")}));
        QVERIFY2(c.objectKindsText().contains(QStringLiteral("幼儿园（一般）"))
                     && c.objectKindsText().contains(QStringLiteral("小学（重点）")),
                 qPrintable(c.objectKindsText()));

        // D: B's name under another 抽查类别 is another item; E: A's name under another 编制单位 too.
        const InspectionItem d = itemNamed(*db, QStringLiteral("校外培训机构检查"), QStringLiteral("重点检查事项"));
        QCOMPARE(laws(d), QStringList {law(13)});
        QVERIFY(d.code != b.code);
        QList<InspectionItem> named;
        for (const InspectionItem& item : items)
            if (item.name == QStringLiteral("民办学校办学行为检查"))
                named << item;
        QCOMPARE(named.size(), 2);
        const InspectionItem e = named.at(0).authority == kCounty ? named.at(0) : named.at(1);
        QCOMPARE(e.authority, kCounty);
        QCOMPARE(laws(e), QStringList {law(14)});

        // The published item list shows every law and each object type with its 事项类别.
        const QString page = Publication::itemListPage(*db, QDate::currentDate());
        for (int n = 1; n <= 15; ++n)
            QVERIFY2(page.contains(law(n).toHtmlEscaped()), qPrintable(law(n)));
        QVERIFY(page.contains(QStringLiteral("民办学校（重点）、民办幼儿园（一般）")));
        QVERIFY(page.contains(law(1).toHtmlEscaped() + QStringLiteral("<br>") + law(2).toHtmlEscaped())); // a law a line

        // The same list again changes nothing (each item finds its stored twin), and so does the export.
        const ImportPreview again = RegistryImport::preview(*db, Registry::Items, path);
        QVERIFY2(again.isUsable(), qPrintable(again.error));
        QCOMPARE(again.count(Verdict::Unchanged), 5);
        const QString exported = m_dir.filePath(QStringLiteral("导出.xlsx"));
        QVERIFY2(RegistryExport::exportRegistry(*db, Registry::Items, exported, &error), qPrintable(error));
        const ImportPreview back = RegistryImport::preview(*db, Registry::Items, exported);
        QVERIFY2(back.isUsable(), qPrintable(back.error));
        QCOMPARE(back.count(Verdict::Unchanged), 5);
    }

    // The object types with their 事项类别 as typed in the item dialog ("object：kind" a line), kept as the item's own
    // field: versioned, audited (the registry check replays it), exported and shown in the draw scope.
    void objectKindsAreAFieldOfTheItem()
    {
        const QList<ObjectKind> typed = InspectionItem::objectKindsFromLines(QStringLiteral(
            "民办学校（含幼儿园）：重点\n\n  民办幼儿园 : 一般 \n培训机构\n民办学校（含幼儿园）：重点\n"));
        QCOMPARE(typed,
                 (QList<ObjectKind> {{QStringLiteral("民办学校（含幼儿园）"), QStringLiteral("重点")},
                                     {QStringLiteral("民办幼儿园"), QStringLiteral("一般")},
                                     {QStringLiteral("培训机构"), QString()}}));
        auto db = memoryDb();
        db->setCurrentUser(QStringLiteral("luru"));
        InspectionItem item;
        item.name = QStringLiteral("民办学校办学行为检查");
        item.legalBasis = QStringLiteral("《中华人民共和国民办教育促进法》");
        item.categories = {QStringLiteral("kindergarten")};
        item.objectKinds = typed;
        RegistryOperations ops(*db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});
        QVERIFY2(ops.createItem(item), "create");
        auto stored = ItemRepository(*db).find(item.id);
        QVERIFY(stored);
        QCOMPARE(stored->objectKinds, typed);
        QCOMPARE(stored->objectKindsText(),
                 QStringLiteral("民办学校（含幼儿园）（重点）、民办幼儿园（一般）、培训机构"));
        QCOMPARE(InspectionItem::objectKindsFromLines(stored->objectKindsLines()), typed);
        QCOMPARE(PlanItemScope::forItem(*stored).itemObjectKinds, stored->objectKindsText());

        // A change is a new version; the old one keeps its object types.
        InspectionItem changed = *stored;
        changed.objectKinds.removeLast();
        QVERIFY(ops.saveItem(changed));
        const QList<InspectionItemVersion> history = ItemRepository(*db).history(item.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).item.objectKinds.size(), 2);
        QCOMPARE(history.at(1).item.objectKinds, typed);

        // The audit log says what the row holds, and a change beside the program is found.
        QString error;
        auto differences = RegistryCheck::run(*db, 10, &error);
        QVERIFY2(differences && differences->isEmpty(), qPrintable(error));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE inspection_item SET object_kinds = '民办学校\t一般'")));
        differences = RegistryCheck::run(*db, 10, &error);
        QVERIFY(differences && differences->size() == 1);
        QCOMPARE(differences->first().field, QStringLiteral("objectKinds"));

        // An empty object with a kind is named, not stored.
        InspectionItem bad = changed;
        bad.objectKinds = {{QString(), QStringLiteral("重点")}};
        QVERIFY(!bad.problems().isEmpty());
        QCOMPARE(bad.problems().first().field, QStringLiteral("objectKinds"));
    }

    // A later row of an item that gives its ratio otherwise does not change it, and the preview says so.
    void aLaterRowsOtherRatioIsNamed()
    {
        auto db = memoryDb();
        const QString csv = QStringLiteral("抽查事项,检查对象,检查依据,最低抽查比例,抽查频次\n"
                                           "校舍安全检查,小学,《教育法》,5%,6\n"
                                           ",初中,《义务教育法》,10%,6\n");
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Items, csvFile(QStringLiteral("比例.csv"), csv));
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 1);
        const QString note = preview.rows.at(0).notes.join(QLatin1Char(' '));
        QVERIFY2(note.contains(QStringLiteral("第3行")) && note.contains(QStringLiteral("“10%”"))
                     && note.contains(QStringLiteral("第2行")) && note.contains(QStringLiteral("“5%”")),
                 qPrintable(note));
        QString error;
        QVERIFY2(RegistryImport::apply(*db, preview, nullptr, &error), qPrintable(error));
        QCOMPARE(ItemRepository(*db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1).first().minRatioBp,
                 500);
    }

    void emptyItemCellContinuesTheItemAbove()
    {
        auto db = memoryDb();
        const QString csv = QStringLiteral("编制单位名称,抽查类别,抽查事项,检查对象,事项类别,检查依据\n"
                                           "昌黎县教育局,一般检查事项,校舍安全检查,小学,一般,《教育法》\n"
                                           ",,,初中,重点,《义务教育法》\n"
                                           ",,,,,\"《教育法》\n《未成年人保护法》\"\n"
                                           "昌黎县教育局,一般检查事项,招生检查,小学,一般,《义务教育法》\n");
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Items, csvFile(QStringLiteral("续行.csv"), csv));
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows.at(0).rowRange(), QStringLiteral("2–4"));
        QCOMPARE(preview.count(Verdict::New), 2);
        QString error;
        QVERIFY2(RegistryImport::apply(*db, preview, nullptr, &error), qPrintable(error));
        const InspectionItem item = itemNamed(*db, QStringLiteral("校舍安全检查"), QStringLiteral("一般检查事项"));
        QCOMPARE(laws(item),
                 (QStringList {QStringLiteral("《教育法》"), QStringLiteral("《义务教育法》"),
                               QStringLiteral("《未成年人保护法》")}));
        QCOMPARE(item.categories, (QStringList {QStringLiteral("primary"), QStringLiteral("junior")}));
        QCOMPARE(item.objectKinds,
                 (QList<ObjectKind> {{QStringLiteral("小学"), QStringLiteral("一般")},
                                     {QStringLiteral("初中"), QStringLiteral("重点")}}));
    }

    // An object type that names no known category applies the item to all of them, with a note (the fuzzer found
    // this path reading two different lists' iterators; under ASan this test would stop there).
    void anUnknownObjectTypeAppliesToEveryCategory()
    {
        auto db = memoryDb();
        const QString csv = QStringLiteral("编制单位名称,抽查类别,抽查事项,检查对象,事项类别,检查依据\n"
                                           "昌黎县教育局,一般检查事项,校舍安全检查,加油站,一般,《教育法》\n");
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Items, csvFile(QStringLiteral("未知对象.csv"), csv));
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 1);
        QVERIFY2(preview.rows.at(0).notes.join(QLatin1Char(' ')).contains(QStringLiteral("加油站")),
                 qPrintable(preview.rows.at(0).notes.join(QLatin1Char(' '))));
        QString error;
        QVERIFY2(RegistryImport::apply(*db, preview, nullptr, &error), qPrintable(error));
        const InspectionItem item = itemNamed(*db, QStringLiteral("校舍安全检查"), QStringLiteral("一般检查事项"));
        QCOMPARE(item.categories, Vocabulary::categories().keys());
    }

    void trueDuplicateIsStillRejected()
    {
        auto db = memoryDb();
        const QString csv = QStringLiteral("编制单位名称,抽查类别,抽查事项,检查对象,事项类别,检查依据\n"
                                           "昌黎县教育局,一般检查事项,校舍安全检查,小学,一般,《教育法》\n"
                                           "昌黎县教育局,一般检查事项,招生检查,小学,一般,《义务教育法》\n"
                                           "昌黎县教育局,一般检查事项,校舍安全检查,小学,一般,《教育法》\n");
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Items, csvFile(QStringLiteral("重复.csv"), csv));
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.count(Verdict::New), 2);
        QCOMPARE(preview.count(Verdict::Rejected), 1);
        const ImportRow& duplicate = preview.rows.at(2);
        QCOMPARE(duplicate.rowNumber, 4);
        QCOMPARE(duplicate.verdict, Verdict::Rejected);
        QCOMPARE(duplicate.problems.size(), 1);
        QCOMPARE(duplicate.problems.first().field, QStringLiteral("抽查事项"));
        QCOMPARE(duplicate.problems.first().message, QStringLiteral("与第2行的事项重复。"));
        QCOMPARE(preview.rows.at(0).rowRange(), QStringLiteral("2")); // the duplicate adds nothing to the item

        // By code: the same code with the same cells is a duplicate, with a new law it adds to the item, with
        // another name it is refused.
        const QString coded = QStringLiteral("事项编码,抽查事项,抽查依据,适用对象类别\n"
                                             "JY-01,办学行为检查,《教育法》,小学\n"
                                             "JY-01,办学行为检查,《教育法》,小学\n"
                                             "JY-01,办学行为检查,《民办教育促进法》,小学\n"
                                             "JY-01,招生检查,《义务教育法》,小学\n");
        const ImportPreview byCode
            = RegistryImport::preview(*db, Registry::Items, csvFile(QStringLiteral("编码.csv"), coded));
        QVERIFY2(byCode.isUsable(), qPrintable(byCode.error));
        QCOMPARE(byCode.rows.size(), 3);
        QCOMPARE(byCode.rows.at(0).rowRange(), QStringLiteral("2、4"));
        QCOMPARE(byCode.rows.at(1).problems.first().field, QStringLiteral("事项编码"));
        QCOMPARE(byCode.rows.at(1).problems.first().message, QStringLiteral("与第2行的事项重复。"));
        QCOMPARE(byCode.rows.at(2).rowNumber, 5);
        QCOMPARE(byCode.rows.at(2).verdict, Verdict::Rejected);
        QCOMPARE(byCode.count(Verdict::Rejected), 2);
        QVERIFY2(byCode.rejectionLines().join(QLatin1Char('\n')).contains(QStringLiteral("row 3:")),
                 qPrintable(byCode.rejectionLines().join(QLatin1Char('\n'))));
    }

    void sameNameUnderAnotherClassOrIssuerIsAnotherItem()
    {
        auto db = memoryDb();
        const QString csv = QStringLiteral("编制单位名称,抽查类别,抽查事项,检查对象,事项类别,检查依据\n"
                                           "昌黎县教育局,一般检查事项,校舍安全检查,小学,一般,《教育法》\n"
                                           "昌黎县教育局,重点检查事项,校舍安全检查,小学,重点,《教育法》\n"
                                           "秦皇岛市教育局,一般检查事项,校舍安全检查,小学,一般,《教育法》\n"
                                           "昌黎县教育局,一般检查事项,校舍安全检查,初中,一般,《教育法》\n");
        const ImportPreview preview
            = RegistryImport::preview(*db, Registry::Items, csvFile(QStringLiteral("同名.csv"), csv));
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.count(Verdict::New), 3);
        QCOMPARE(preview.rows.at(0).rowRange(), QStringLiteral("2、5"));
        QString error;
        QVERIFY2(RegistryImport::apply(*db, preview, nullptr, &error), qPrintable(error));
        QCOMPARE(ItemRepository(*db).count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMultiRowItems)
#include "tst_multirowitems.moc"
