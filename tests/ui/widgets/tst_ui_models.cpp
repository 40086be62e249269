// The registry table models under QAbstractItemModelTester: their data as the clerk reads it, filtering, sorting
// by the database, and paging (200 rows a fetch) over more rows than one page.
#include "ConflictTableModel.h"
#include "EntityTableModel.h"
#include "InspectorTableModel.h"
#include "ItemTableModel.h"
#include "PagedTableModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void entityModelPagesThroughTheRegistry()
    {
        UiTest::Fixture fixture;
        fixture.addEntities(450);
        EntityTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more: no change
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.record(449).code, EntityRepository::codeForNumber(450));
        QCOMPARE(model.rowOfId(model.record(300).id), 300);
    }

    void entityModelShowsTheClerksWords()
    {
        UiTest::Fixture fixture;
        const qint64 township = fixture.township(QStringLiteral("靖安镇"));
        QList<Entity> added = fixture.addEntities(2, {QStringLiteral("kindergarten")}, township);
        {
            WriteTransaction tx(*fixture.db);
            QVERIFY(EntityRepository(*fixture.db).setStatus(tx, added[1].id, QStringLiteral("closed")));
            QVERIFY(tx.commit());
        }
        EntityTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&model](int row, const char* field, int role = Qt::DisplayRole) {
            return model.index(row, model.columnOf(QString::fromLatin1(field))).data(role);
        };
        QCOMPARE(model.headerData(model.columnOf(QStringLiteral("creditCode")), Qt::Horizontal).toString(),
                 Entity::fieldLabel(QStringLiteral("creditCode")));
        QCOMPARE(cell(0, "category").toString(), QStringLiteral("幼儿园"));
        QCOMPARE(cell(0, "township").toString(), QStringLiteral("靖安镇"));
        QCOMPARE(cell(0, "ownership").toString(), QStringLiteral("公办"));
        QCOMPARE(cell(0, "status").toString(), QStringLiteral("正常"));
        QCOMPARE(cell(1, "status").toString(), QStringLiteral("注销"));
        QCOMPARE(cell(0, "riskClass").toString(), QStringLiteral("B 一般风险"));
        QCOMPARE(cell(0, "creditCode").toString(), added[0].creditCode);
        QCOMPARE(cell(0, "code", PagedTableModel::IdRole).toLongLong(), added[0].id);
        // The deregistered entity is greyed; the active one is not.
        const QBrush grey = QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        QCOMPARE(cell(1, "name", Qt::ForegroundRole).value<QBrush>(), grey);
        QVERIFY(!cell(0, "name", Qt::ForegroundRole).isValid());
    }

    void entityModelFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << QString() << QString() << 30;
        QTest::newRow("name, Chinese") << QStringLiteral("测试1") << QString() << 11; // 1, 10–19
        QTest::newRow("registry code") << EntityRepository::codeForNumber(20).chopped(1) << QString() << 10; // 20–29
        QTest::newRow("credit code, lower case") << UiTest::creditCode(7).toLower() << QString() << 1;
        QTest::newRow("category") << QString() << QStringLiteral("junior") << 10;
        QTest::newRow("text and category") << QStringLiteral("测试2") << QStringLiteral("junior") << 5; // 2, 20, 23, 26, 29
        QTest::newRow("nothing matches") << QStringLiteral("不存在") << QString() << 0;
    }
    void entityModelFilters()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        QFETCH(int, expected);
        UiTest::Fixture fixture;
        fixture.addEntities(30, {QStringLiteral("primary"), QStringLiteral("junior"), QStringLiteral("training")});
        EntityTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EntityFilter filter;
        filter.text = text;
        filter.category = category;
        QSignalSpy counted(&model, &PagedTableModel::totalCountChanged);
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(counted.size(), expected == 0 ? 0 : 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!category.isEmpty())
                QCOMPARE(model.record(row).category, category);
        }
    }

    void entityModelSortsInTheDatabase()
    {
        UiTest::Fixture fixture;
        fixture.addEntities(250);
        EntityTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.record(0).code, EntityRepository::codeForNumber(1));
        // Descending by code: the first page starts at the last entity, not at the last of the fetched rows.
        model.sort(model.columnOf(QStringLiteral("code")), Qt::DescendingOrder);
        QCOMPARE(model.record(0).code, EntityRepository::codeForNumber(250));
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        QCOMPARE(model.sortField(), QStringLiteral("code"));
        // By name (text order: 测试1…, 测试10…, 测试100…).
        model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
        QCOMPARE(model.record(0).name, QStringLiteral("测试100号学校"));
        QCOMPARE(model.record(1).name, QStringLiteral("测试101号学校"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.record(row - 1).name <= model.record(row).name);
        // A filter keeps the sort.
        EntityFilter filter;
        filter.text = QStringLiteral("测试2");
        model.setFilter(filter);
        QCOMPARE(model.record(0).name, QStringLiteral("测试200号学校"));
    }

    void refreshKeepsWhatWasFetched()
    {
        UiTest::Fixture fixture;
        const QList<Entity> added = fixture.addEntities(300);
        EntityTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        {
            WriteTransaction tx(*fixture.db);
            Entity changed = added[250];
            changed.name = QStringLiteral("改名学校");
            QVERIFY(EntityRepository(*fixture.db).update(tx, changed));
            QVERIFY(tx.commit());
        }
        model.refresh();
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.record(250).name, QStringLiteral("改名学校"));
        // fetchUntil finds a record beyond the fetched pages.
        model.setFilter({});
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        QCOMPARE(model.fetchUntil(added[280].id, 5), 280);
    }

    void itemModel()
    {
        UiTest::Fixture fixture;
        fixture.addItem(QStringLiteral("民办学校办学行为检查"), {QStringLiteral("kindergarten"), QStringLiteral("primary")});
        const InspectionItem training = fixture.addItem(QStringLiteral("校外培训机构检查"), {QStringLiteral("training")});
        fixture.addItem(QStringLiteral("幼儿园办园行为检查"), {QStringLiteral("kindergarten")});
        {
            WriteTransaction tx(*fixture.db);
            QVERIFY(ItemRepository(*fixture.db).setStatus(tx, training.id, QStringLiteral("retired")));
            QVERIFY(tx.commit());
        }
        ItemTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.totalCount(), 3);
        const auto cell = [&model](int row, const char* field, int role = Qt::DisplayRole) {
            return model.index(row, model.columnOf(QString::fromLatin1(field))).data(role);
        };
        QCOMPARE(cell(0, "categories").toString(), QStringLiteral("幼儿园、小学"));
        QCOMPARE(cell(0, "status").toString(), QStringLiteral("有效"));
        QVERIFY(cell(0, "minRatioBp").toString().startsWith(QLatin1Char('5')));
        QCOMPARE(cell(1, "status").toString(), QStringLiteral("停用"));
        QVERIFY(cell(1, "name", Qt::ForegroundRole).isValid()); // withdrawn: greyed
        QVERIFY(!cell(0, "name", Qt::ForegroundRole).isValid());

        ItemFilter filter;
        filter.category = QStringLiteral("kindergarten");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 2);
        filter = {};
        filter.status = QStringLiteral("active");
        filter.text = QStringLiteral("民办");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.record(0).name, QStringLiteral("民办学校办学行为检查"));

        model.setFilter({});
        model.sort(model.columnOf(QStringLiteral("code")), Qt::DescendingOrder);
        QCOMPARE(model.record(0).code, QStringLiteral("JY-03"));
    }

    void inspectorModel()
    {
        UiTest::Fixture fixture;
        const QList<Inspector> staff =
            fixture.addInspectors(230, {QStringLiteral("行政执法办公室"), QStringLiteral("基础教育股")}, 10);
        {
            WriteTransaction tx(*fixture.db);
            QVERIFY(InspectorRepository(*fixture.db).setStatus(tx, staff[0].id, QStringLiteral("retired")));
            QVERIFY(tx.commit());
        }
        InspectorTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.totalCount(), 230);
        QCOMPARE(model.rowCount(), PagedTableModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 230);
        const auto cell = [&model](int row, const char* field, int role = Qt::DisplayRole) {
            return model.index(row, model.columnOf(QString::fromLatin1(field))).data(role);
        };
        QCOMPARE(cell(0, "status").toString(), QStringLiteral("退休"));
        QVERIFY(cell(0, "name", Qt::ForegroundRole).isValid()); // retired: greyed
        QCOMPARE(cell(1, "certifiedToday").toString(), InspectorTableModel::tr("Yes"));
        QCOMPARE(cell(9, "certifiedToday").toString(), InspectorTableModel::tr("No")); // ZF-010 has no certificate
        // The computed column is not sortable; the others re-query.
        QVERIFY(!model.canSortColumn(model.columnOf(QStringLiteral("certifiedToday"))));
        model.sort(model.columnOf(QStringLiteral("certifiedToday")), Qt::DescendingOrder);
        QCOMPARE(model.sortField(), QStringLiteral("code"));
        model.sort(model.columnOf(QStringLiteral("code")), Qt::DescendingOrder);
        QCOMPARE(model.record(0).code, QStringLiteral("ZF-230"));

        InspectorFilter filter;
        filter.section = QStringLiteral("基础教育股");
        filter.certified = 0;
        filter.certifiedOn = QDate::currentDate();
        model.setFilter(filter);
        // Uncertified: every 10th (ZF-010, 020 … 230 = 23), in 基础教育股: the even numbers among them (all of them).
        QCOMPARE(model.totalCount(), 23);
        filter = {};
        filter.text = QStringLiteral("检查员22");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 11); // 22, 220–229
    }

    void conflictModel()
    {
        UiTest::Fixture fixture;
        const QList<Entity> entities = fixture.addEntities(3);
        const QList<Inspector> staff = fixture.addInspectors(2);
        const Conflict first = fixture.addConflict(staff[0].id, entities[0].id, QStringLiteral("配偶在该校任校长"));
        fixture.addConflict(staff[1].id, entities[2].id);
        {
            WriteTransaction tx(*fixture.db);
            QVERIFY(ConflictRepository(*fixture.db).setActive(tx, first.id, false));
            QVERIFY(tx.commit());
        }
        ConflictTableModel model(*fixture.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({}); // active ones
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.record(0).entityId, entities[2].id);
        ConflictFilter all;
        all.active = -1;
        model.setFilter(all);
        QCOMPARE(model.totalCount(), 2);
        const auto cell = [&model](int row, const char* field, int role = Qt::DisplayRole) {
            return model.index(row, model.columnOf(QString::fromLatin1(field))).data(role);
        };
        QCOMPARE(cell(0, "inspector").toString(), QStringLiteral("检查员1（ZF-001）"));
        QCOMPARE(cell(0, "entity").toString(), entities[0].name);
        QVERIFY(cell(0, "entity", Qt::ToolTipRole).toString().contains(entities[0].creditCode));
        QCOMPARE(cell(0, "reason").toString(), QStringLiteral("亲属关系"));
        QCOMPARE(cell(0, "active").toString(), ConflictTableModel::tr("Ended"));
        QVERIFY(cell(0, "reason", Qt::ForegroundRole).isValid()); // ended: greyed
        QCOMPARE(cell(1, "active").toString(), ConflictTableModel::tr("In force"));
        // The repository keeps its own order: no column sorts.
        QVERIFY(!model.canSortAnyColumn());
        all.text = entities[2].creditCode;
        model.setFilter(all);
        QCOMPARE(model.totalCount(), 1);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
