// Checklists (检查表, issue 14): the points' rules, the spreadsheet they are imported from and exported to (rows and
// columns named in every message), and their versions with the item.
#include "Checklist.h"
#include "Database.h"
#include "ItemRepository.h"
#include "RegistryOperations.h"
#include "TableReader.h"
#include "TableWriter.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

CheckPoint point(int n)
{
    return {QStringLiteral("检查内容%1").arg(n), QStringLiteral("检查标准%1").arg(n),
            QStringLiteral("《中华人民共和国民办教育促进法》第%1条").arg(n)};
}

Table table(const QList<QStringList>& rows)
{
    Table t;
    t.rows = rows;
    t.sourceName = QStringLiteral("检查表.csv");
    return t;
}

bool writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    InspectionItem item;

    Office()
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("数据.sqlite")), &error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
        db->setCurrentUser(QStringLiteral("luru"));
        item.code = QStringLiteral("JY-01");
        item.name = QStringLiteral("民办学校办学行为检查");
        item.legalBasis = QStringLiteral("《中华人民共和国民办教育促进法》第四十一条");
        item.categories = {QStringLiteral("training")};
        WriteTransaction tx(*db);
        if (!ItemRepository(*db).insert(tx, item) || !tx.commit())
            qFatal("item: %s", qPrintable(tx.error()));
    }
};

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidChecklistHasNoProblems()
    {
        QVERIFY(Checklist::problems({point(1), point(2), {QStringLiteral("消防"), QStringLiteral("通道畅通"), {}}})
                    .isEmpty());
        QVERIFY(Checklist::problems({}).isEmpty());
    }

    void everyProblemNamesThePointAndItsField_data()
    {
        QTest::addColumn<CheckPoint>("bad");
        QTest::addColumn<QString>("expected");
        const CheckPoint ok = point(2);
        QTest::newRow("no content") << CheckPoint {QString(), ok.standard, ok.basis}
                                    << Checklist::tr("Check point %1, %2: %3")
                                           .arg(2)
                                           .arg(Checklist::columnName(QStringLiteral("content")),
                                                Checklist::tr("required"));
        QTest::newRow("no standard") << CheckPoint {ok.content, QStringLiteral("  "), ok.basis}
                                     << Checklist::tr("Check point %1, %2: %3")
                                            .arg(2)
                                            .arg(Checklist::columnName(QStringLiteral("standard")),
                                                 Checklist::tr("required"));
        QTest::newRow("long content") << CheckPoint {QString(Checklist::MaxContent + 1, QLatin1Char('x')),
                                                     ok.standard,
                                                     {}}
                                      << Checklist::tr("Check point %1, %2: %3")
                                             .arg(2)
                                             .arg(Checklist::columnName(QStringLiteral("content")),
                                                  Checklist::tr("at most %1 characters").arg(Checklist::MaxContent));
        QTest::newRow("two-line basis") << CheckPoint {ok.content, ok.standard, QStringLiteral("第一条\n第二条")}
                                        << Checklist::tr("Check point %1, %2: %3")
                                               .arg(2)
                                               .arg(Checklist::columnName(QStringLiteral("basis")),
                                                    Checklist::tr("must be one line"));
        QTest::newRow("repeated") << CheckPoint {
            point(1).content,
            QStringLiteral("另一个标准"),
            {}} << Checklist::tr("Check point %1 repeats point %2 (%3).").arg(2).arg(1).arg(point(1).content);
    }
    void everyProblemNamesThePointAndItsField()
    {
        QFETCH(CheckPoint, bad);
        QFETCH(QString, expected);
        const FieldErrors errors = Checklist::problems({point(1), bad});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("checklist"));
        QCOMPARE(errors.first().message, expected);
    }

    void tooManyPointsAreRefused()
    {
        QList<CheckPoint> points;
        for (int n = 1; n <= Checklist::MaxPoints + 1; ++n)
            points.append(point(n));
        const FieldErrors errors = Checklist::problems(points);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QString::number(Checklist::MaxPoints + 1)));
    }

    void storageKeepsEveryField()
    {
        const QList<CheckPoint> points {point(1),
                                        {QStringLiteral("含\"引号\"与，逗号"), QStringLiteral("两行\n标准"), {}}};
        QCOMPARE(Checklist::fromStorage(Checklist::toStorage(points)), points);
        QCOMPARE(Checklist::toStorage({}), QString());
        QVERIFY(Checklist::fromStorage(QString()).isEmpty());
    }

    void aTableIsReadByItsHeaderNames()
    {
        // A title row, the columns in another order, another name for 检查标准, a blank row; no 序号.
        const auto points = [] {
            QString error;
            auto read = Checklist::fromTable(
                table({{QStringLiteral("民办学校办学行为检查表")},
                       {QStringLiteral("法律依据"), QStringLiteral("检查要点"), QStringLiteral("检查要求")},
                       {point(1).basis, point(1).content, point(1).standard},
                       {},
                       {QString(), QStringLiteral(" 消防 "), QStringLiteral("通道畅通")}}),
                &error);
            if (!read)
                qWarning("%s", qPrintable(error));
            return read;
        }();
        QVERIFY(points);
        QCOMPARE(*points, (QList<CheckPoint> {point(1), {QStringLiteral("消防"), QStringLiteral("通道畅通"), {}}}));
    }

    void aBadRowIsNamedByRowAndColumn_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("expected");
        const QStringList header {QStringLiteral("序号"), QStringLiteral("检查内容"), QStringLiteral("检查标准"),
                                  QStringLiteral("法律依据")};
        QTest::newRow("standard missing")
            << QList<QStringList> {header,
                                   {QStringLiteral("1"), point(1).content, point(1).standard},
                                   {QStringLiteral("2"), point(2).content, QString()}}
            << Checklist::tr("Row %1, column %2: %3").arg(3).arg(QStringLiteral("检查标准"), Checklist::tr("required"));
        QTest::newRow("content missing")
            << QList<QStringList> {header, {}, {QStringLiteral("1"), QString(), point(1).standard}}
            << Checklist::tr("Row %1, column %2: %3").arg(3).arg(QStringLiteral("检查内容"), Checklist::tr("required"));
        QTest::newRow("repeated point")
            << QList<QStringList> {header,
                                   {QStringLiteral("1"), point(1).content, point(1).standard},
                                   {QStringLiteral("2"), point(1).content, point(2).standard}}
            << Checklist::tr("Row %1, column %2: the point repeats point %3 (%4).")
                   .arg(3)
                   .arg(QStringLiteral("检查内容"))
                   .arg(1)
                   .arg(point(1).content);
        QTest::newRow("no header") << QList<QStringList> {{QStringLiteral("名称"), QStringLiteral("备注")}}
                                   << Checklist::tr("The file has no checklist header: it needs the columns %1 (and "
                                                    "may have 序号 and 法律依据).")
                                          .arg(QStringLiteral("「检查内容」「检查标准」"));
        QTest::newRow("no points") << QList<QStringList> {header, {}}
                                   << Checklist::tr("The file has a checklist header but no points under it.");
    }
    void aBadRowIsNamedByRowAndColumn()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Checklist::fromTable(table(rows), &error));
        QCOMPARE(error, expected);
    }

    void aTableStopsAtTheMostPoints()
    {
        QList<QStringList> rows {{QStringLiteral("检查内容"), QStringLiteral("检查标准")}};
        for (int n = 1; n <= Checklist::MaxPoints + 5; ++n)
            rows.append({point(n).content, point(n).standard});
        QString error;
        QVERIFY(!Checklist::fromTable(table(rows), &error));
        QCOMPARE(error,
                 Checklist::tr("Row %1: a checklist has at most %2 points.")
                     .arg(Checklist::MaxPoints + 2)
                     .arg(Checklist::MaxPoints));
    }

    void anExportReadsBackTheSame_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("检查表.xlsx");
        QTest::newRow("csv") << QStringLiteral("检查表.csv");
    }
    void anExportReadsBackTheSame()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        // A point starting with "=" goes through the CSV guard and back.
        const QList<CheckPoint> points {point(1),
                                        {QStringLiteral("=消防设施"), QStringLiteral("按期检测\n有记录"), {}}};
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(Checklist::writeFile(path, points, &error), qPrintable(error));
        const auto read = Checklist::readFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, points);
    }

    void aFileProblemNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("坏的检查表.csv"));
        QVERIFY(writeText(path, "检查内容,检查标准\r\n办学许可证,\r\n"));
        QString error;
        QVERIFY(!Checklist::readFile(path, &error));
        QCOMPARE(error,
                 Checklist::tr("%1: %2").arg(QStringLiteral("坏的检查表.csv"),
                                             Checklist::tr("Row %1, column %2: %3")
                                                 .arg(2)
                                                 .arg(QStringLiteral("检查标准"), Checklist::tr("required"))));
    }

    void aChecklistIsANewVersionOfItsItem()
    {
        Office office;
        ItemRepository items(*office.db);
        InspectionItem changed = office.item;
        changed.checklist = {point(1), point(2)};
        {
            WriteTransaction tx(*office.db);
            QVERIFY(items.update(tx, changed));
            QVERIFY(tx.commit());
        }
        const auto stored = items.findByCode(QStringLiteral("JY-01"));
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->checklist, changed.checklist);
        // Version 1 stays as it was, without a checklist; version 2 has it.
        QVERIFY(items.atVersion(QStringLiteral("JY-01"), 1)->checklist.isEmpty());
        QCOMPARE(items.atVersion(QStringLiteral("JY-01"), 2)->checklist, changed.checklist);
        QCOMPARE(items.history(stored->id).first().item.checklist, changed.checklist);
        QVERIFY(!items.atVersion(QStringLiteral("JY-01"), 3));
        // The audit entry carries the checklist.
        QVERIFY(stored->toJson().contains(QStringLiteral("checklist")));
        QVERIFY(!office.item.toJson().contains(QStringLiteral("checklist")));
        // Saving the same points again makes no version.
        {
            WriteTransaction tx(*office.db);
            QVERIFY(items.update(tx, *stored));
            QVERIFY(tx.commit());
        }
        QCOMPARE(items.findByCode(QStringLiteral("JY-01"))->version, 2);
    }

    void aBadChecklistIsNotSaved()
    {
        Office office;
        InspectionItem changed = office.item;
        changed.checklist = {point(1), {point(2).content, QString(), {}}};
        RegistryOperations ops(*office.db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});
        const Outcome outcome = ops.saveItem(changed);
        QVERIFY(!outcome);
        QVERIFY2(outcome.message().contains(Checklist::columnName(QStringLiteral("standard"))),
                 qPrintable(outcome.message()));
        QCOMPARE(ItemRepository(*office.db).findByCode(QStringLiteral("JY-01"))->version, 1);
    }

    void importingAChecklistSavesTheNextVersion()
    {
        Office office;
        const QString path = office.dir.filePath(QStringLiteral("检查表.xlsx"));
        QString error;
        QVERIFY(Checklist::writeFile(path, {point(1), point(2), point(3)}, &error));
        RegistryOperations clerk(*office.db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});
        QList<CheckPoint> read;
        QVERIFY(clerk.importChecklist(QStringLiteral("JY-01"), path, &read));
        QCOMPARE(read.size(), 3);
        const auto stored = ItemRepository(*office.db).findByCode(QStringLiteral("JY-01"));
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->checklist, read);
    }

    void importingAChecklistIsRefused_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("kind");
        const QByteArray good = "检查内容,检查标准\r\n办学许可证,在有效期内\r\n";
        QTest::newRow("viewer") << QStringLiteral("viewer") << QStringLiteral("JY-01") << good
                                << int(Outcome::Kind::RefusedByRole);
        QTest::newRow("unknown item") << QStringLiteral("clerk") << QStringLiteral("JY-99") << good
                                      << int(Outcome::Kind::RefusedByRule);
        QTest::newRow("bad file") << QStringLiteral("clerk") << QStringLiteral("JY-01")
                                  << QByteArray("检查内容,检查标准\r\n,在有效期内\r\n")
                                  << int(Outcome::Kind::RefusedByRule);
    }
    void importingAChecklistIsRefused()
    {
        QFETCH(QString, role);
        QFETCH(QString, code);
        QFETCH(QByteArray, file);
        QFETCH(int, kind);
        Office office;
        const QString path = office.dir.filePath(QStringLiteral("检查表.csv"));
        QVERIFY(writeText(path, file));
        const Outcome outcome
            = RegistryOperations(*office.db, Actor {QStringLiteral("x"), role}).importChecklist(code, path);
        QCOMPARE(int(outcome.kind()), kind);
        QVERIFY(!outcome.message().isEmpty());
        QCOMPARE(ItemRepository(*office.db).findByCode(QStringLiteral("JY-01"))->version, 1);
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
