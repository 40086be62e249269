// Files whose columns are named otherwise (issue 16, item 3): the built-in names for common export headers, a
// missing required column named in the preview, a mapping chosen by hand (core API) that imports, the mapping
// remembered for that header set (settings store, audited), and the --map words checked with a clear message.
#include "Database.h"
#include "EntityRepository.h"
#include "RegistryImport.h"
#include "RegistryOperations.h"
#include "Settings.h"
#include "TableHeader.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Verdict = ImportRow::Verdict;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString code1 = TestSupport::creditCode(QStringLiteral("12130322"), 1);
    const QString code2 = TestSupport::creditCode(QStringLiteral("52130322"), 2);
    const Actor clerk {QStringLiteral("luru"), QStringLiteral("clerk")};

    QString file(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        TestSupport::writeFile(path, text.toUtf8());
        return path;
    }
    static std::unique_ptr<Database> memoryDb()
    {
        QString error;
        return Database::openInMemory(&error);
    }
    // Two schools under a header whose name column no built-in name knows.
    QString unknownNameFile(const QString& name = QStringLiteral("导出.csv"))
    {
        return file(name,
                    QStringLiteral("序号,学校全名,统一社会信用代码,类别\n1,昌黎县甲小学,") + code1
                        + QStringLiteral(",小学\n2,昌黎县乙中学,") + code2 + QStringLiteral(",初中\n"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportHeadersAreKnown_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("company export") << QStringLiteral("企业名称,统一信用代码,法定代表人,经营地址,联系电话")
                                        << QStringList {QStringLiteral("name"), QStringLiteral("creditCode"),
                                                        QStringLiteral("principal"), QStringLiteral("address"),
                                                        QStringLiteral("phone")};
        QTest::newRow("institution export")
            << QStringLiteral("机构名称,社会信用代码,法定代表人姓名,住所,办公电话")
            << QStringList {QStringLiteral("name"), QStringLiteral("creditCode"), QStringLiteral("principal"),
                            QStringLiteral("address"), QStringLiteral("phone")};
        QTest::newRow("pinyin abbreviations")
            << QStringLiteral("QYMC,TYXYDM,FDDBR,JYDZ,LXDH")
            << QStringList {QStringLiteral("name"), QStringLiteral("creditCode"), QStringLiteral("principal"),
                            QStringLiteral("address"), QStringLiteral("phone")};
        QTest::newRow("pinyin, lower case")
            << QStringLiteral("dwmc,tyshxydm") << QStringList {QStringLiteral("name"), QStringLiteral("creditCode")};
    }
    void exportHeadersAreKnown()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, keys);
        const int columns = int(header.count(QLatin1Char(',')));
        const QString path = file(QStringLiteral("aliases.csv"),
                                  header + QLatin1Char('\n') + QStringLiteral("昌黎县甲小学,") + code1
                                      + QString(QLatin1Char(',')).repeated(columns - 1) + QLatin1Char('\n'));
        auto db = memoryDb();
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, path);
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QVERIFY2(preview.ignoredColumns.isEmpty(), qPrintable(preview.ignoredColumns.join(u',')));
        for (int c = 0; c < keys.size(); ++c)
            QCOMPARE(preview.foundColumns.value(keys.at(c), -1), c);
        QCOMPARE(preview.rows.size(), 1);
        QCOMPARE(preview.rows.first().name, QStringLiteral("昌黎县甲小学"));
        QCOMPARE(preview.rows.first().key, code1);
    }

    void conflictsAndInspectorsKnowExportNamesToo()
    {
        const QList<ColumnSpec> conflicts = RegistryImport::columns(Registry::Conflicts);
        Table table;
        table.rows = {{QStringLiteral("执法人员姓名"), QStringLiteral("企业名称"), QStringLiteral("统一信用代码"),
                       QStringLiteral("回避原因")}};
        const HeaderMatch match = TableHeader::locate(table, conflicts);
        QCOMPARE(match.columns.value(QStringLiteral("entityName"), -1), 1);
        QCOMPARE(match.columns.value(QStringLiteral("creditCode"), -1), 2);
        Table inspectors;
        inspectors.rows = {{QStringLiteral("RYBH"), QStringLiteral("XM"), QStringLiteral("SFZH")}};
        const HeaderMatch people = TableHeader::locate(inspectors, RegistryImport::columns(Registry::Inspectors));
        QVERIFY(people.isComplete());
        QCOMPARE(people.columns.value(QStringLiteral("idCard"), -1), 2);
    }

    void unknownRequiredHeaderNamesTheField()
    {
        auto db = memoryDb();
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, unknownNameFile());
        QVERIFY(!preview.isUsable());
        QVERIFY2(preview.error.contains(QStringLiteral("单位名称")), qPrintable(preview.error));
        QCOMPARE(preview.missingFields, QStringList {QStringLiteral("name")});
        QVERIFY(preview.needsMapping());
        QCOMPARE(preview.fileColumns,
                 (QStringList {QStringLiteral("序号"), QStringLiteral("学校全名"), QStringLiteral("统一社会信用代码"),
                               QStringLiteral("类别")}));
        QCOMPARE(preview.examples.size(), 2);
        QCOMPARE(preview.examples.first().at(1), QStringLiteral("昌黎县甲小学"));
        QVERIFY(!preview.headerSet.isEmpty());
        QVERIFY(preview.rows.isEmpty());
    }

    void aFileWithNoKnownColumnStillOffersItsColumns()
    {
        auto db = memoryDb();
        const QString path = file(QStringLiteral("pinyin.csv"),
                                  QStringLiteral("标题\n\nMINGCHENG,DAIMA\n甲小学,") + code1 + QLatin1Char('\n'));
        const ImportPreview without = RegistryImport::preview(*db, Registry::Entities, path);
        QVERIFY(!without.isUsable());
        QVERIFY(without.needsMapping());
        QCOMPARE(without.fileColumns, QStringList {QStringLiteral("标题")}); // the first non-blank row
        // With a mapping the header row is found by the chosen names.
        const ColumnMapping mapping {{QStringLiteral("name"), QStringLiteral("MINGCHENG")},
                                     {QStringLiteral("creditCode"), QStringLiteral("DAIMA")}};
        const ImportPreview with = RegistryImport::preview(*db, Registry::Entities, path, {}, mapping);
        QVERIFY2(with.isUsable(), qPrintable(with.error));
        QCOMPARE(with.rows.size(), 1);
        QCOMPARE(with.rows.first().name, QStringLiteral("甲小学"));
        QCOMPARE(with.rows.first().key, code1);
    }

    void aMappingImportsAndIsRemembered()
    {
        auto db = memoryDb();
        db->setCurrentUser(QStringLiteral("luru"));
        const QString path = unknownNameFile();
        const ImportPreview first = RegistryImport::preview(*db, Registry::Entities, path);
        QVERIFY(RegistryImport::rememberedMapping(*db, Registry::Entities, first.headerSet).isEmpty());
        // The chooser first starts from the columns found by their names (the credit code here), not remembered.
        bool remembered = true;
        const ColumnMapping found = RegistryImport::offeredMapping(*db, Registry::Entities, first, &remembered);
        QVERIFY(!remembered);
        QVERIFY(!found.isEmpty());
        QVERIFY(!found.contains(QStringLiteral("name")));
        for (auto it = first.foundColumns.cbegin(); it != first.foundColumns.cend(); ++it)
            QCOMPARE(found.value(it.key()), first.fileColumns.value(it.value()));

        const ColumnMapping mapping {{QStringLiteral("name"), QStringLiteral("学校全名")}};
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, path, {}, mapping);
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.count(Verdict::New), 2);
        QCOMPARE(preview.mapping, mapping);
        QCOMPARE(preview.headerSet, first.headerSet);
        QVERIFY(!preview.ignoredColumns.contains(QStringLiteral("学校全名")));
        ImportSummary summary;
        const Outcome outcome = RegistryOperations(*db, clerk).importRows(preview, &summary);
        QVERIFY2(outcome, qPrintable(outcome.message()));
        QCOMPARE(summary.created, 2);
        QCOMPARE(EntityRepository(*db).count(), 2);

        // Offered next time for the same header set, and kept as an audited setting.
        QCOMPARE(RegistryImport::rememberedMapping(*db, Registry::Entities, first.headerSet), mapping);
        QCOMPARE(RegistryImport::offeredMapping(*db, Registry::Entities, first, &remembered), mapping);
        QVERIFY(remembered);
        const QString key = RegistryImport::mappingSettingKey(Registry::Entities, first.headerSet);
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("SELECT user_name FROM audit_log WHERE object_type = 'setting' AND object_id = ?"));
        q.addBindValue(key);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("luru"));
        // Not for another registry, nor for another header set.
        QVERIFY(RegistryImport::rememberedMapping(*db, Registry::Conflicts, first.headerSet).isEmpty());
        QVERIFY(RegistryImport::rememberedMapping(*db, Registry::Entities,
                                                  TableHeader::headerSetKey({QStringLiteral("学校全名")}))
                    .isEmpty());
    }

    void aViewerNeitherImportsNorRemembers()
    {
        auto db = memoryDb();
        const ColumnMapping mapping {{QStringLiteral("name"), QStringLiteral("学校全名")}};
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, unknownNameFile(), {}, mapping);
        QVERIFY(preview.isUsable());
        const Outcome outcome
            = RegistryOperations(*db, Actor {QStringLiteral("chakan"), QStringLiteral("viewer")}).importRows(preview);
        QVERIFY(!outcome);
        QVERIFY(RegistryImport::rememberedMapping(*db, Registry::Entities, preview.headerSet).isEmpty());
    }

    void theHeaderSetIgnoresOrderSpacingAndWidth()
    {
        const QString a = TableHeader::headerSetKey({QStringLiteral("学校全名"), QStringLiteral("统一社会信用代码")});
        QCOMPARE(
            TableHeader::headerSetKey({QStringLiteral("统一社会信用代码 "), QString(), QStringLiteral("学校 全名")}),
            a);
        QVERIFY(TableHeader::headerSetKey({QStringLiteral("学校全名")}) != a);
        QVERIFY(TableHeader::headerSetKey({QString(), QStringLiteral(" ")}).isEmpty());
    }

    void aChosenColumnWinsOverABuiltInName()
    {
        auto db = memoryDb();
        const QString path
            = file(QStringLiteral("两个名称.csv"),
                   QStringLiteral("名称,学校全名,统一社会信用代码\n简称,昌黎县甲小学,") + code1 + QLatin1Char('\n'));
        const ColumnMapping mapping {{QStringLiteral("name"), QStringLiteral("学校全名")}};
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, path, {}, mapping);
        QVERIFY2(preview.isUsable(), qPrintable(preview.error));
        QCOMPARE(preview.rows.first().name, QStringLiteral("昌黎县甲小学"));
        QCOMPARE(preview.foundColumns.value(QStringLiteral("name")), 1);
        QCOMPARE(preview.ignoredColumns.size(), 1);
        QVERIFY(preview.ignoredColumns.first().startsWith(QStringLiteral("名称")));
    }

    void aChosenColumnNotInTheFileIsNamed()
    {
        auto db = memoryDb();
        const ColumnMapping mapping {{QStringLiteral("name"), QStringLiteral("学校名字")}};
        const ImportPreview preview = RegistryImport::preview(*db, Registry::Entities, unknownNameFile(), {}, mapping);
        QVERIFY(!preview.isUsable());
        QVERIFY2(preview.error.contains(QStringLiteral("学校名字")), qPrintable(preview.error));
        QVERIFY2(preview.error.contains(QStringLiteral("学校全名")), qPrintable(preview.error)); // the columns it has
    }

    void mapWords_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("named"); // what the problem must name; empty: no problem
        QTest::newRow("label") << QStringList {QStringLiteral("单位名称=学校全名")} << QString();
        QTest::newRow("key") << QStringList {QStringLiteral("name=学校全名")} << QString();
        QTest::newRow("two") << QStringList {QStringLiteral("单位名称=学校全名"), QStringLiteral("creditCode=代码")}
                             << QString();
        QTest::newRow("no equals sign") << QStringList {QStringLiteral("单位名称")} << QStringLiteral("单位名称");
        QTest::newRow("unknown field") << QStringList {QStringLiteral("学校=学校全名")} << QStringLiteral("学校");
        QTest::newRow("no column") << QStringList {QStringLiteral("单位名称= ")} << QStringLiteral("单位名称");
        QTest::newRow("field twice") << QStringList {QStringLiteral("name=甲"), QStringLiteral("单位名称=乙")}
                                     << QStringLiteral("单位名称=乙");
        QTest::newRow("column twice") << QStringList {QStringLiteral("name=甲"), QStringLiteral("address=甲")}
                                      << QStringLiteral("甲");
    }
    void mapWords()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, named);
        ColumnMapping mapping;
        QString problem;
        const bool ok = RegistryImport::parseMapping(Registry::Entities, words, &mapping, &problem);
        QCOMPARE(ok, named.isEmpty());
        if (ok) {
            QCOMPARE(mapping.value(QStringLiteral("name")), QStringLiteral("学校全名"));
            QVERIFY(problem.isEmpty());
        } else {
            QVERIFY2(problem.contains(named), qPrintable(problem));
            QVERIFY(problem.contains(QStringLiteral("--map")));
            QVERIFY(mapping.isEmpty());
        }
    }

    void aStoredMappingThatNoLongerFitsIsNotOffered()
    {
        auto db = memoryDb();
        const QString set = TableHeader::headerSetKey({QStringLiteral("学校全名")});
        WriteTransaction tx(*db);
        QVERIFY(Settings(*db).setValue(tx, RegistryImport::mappingSettingKey(Registry::Entities, set),
                                       QStringLiteral("{\"noSuchField\":\"学校全名\"}")));
        QVERIFY(tx.commit());
        QVERIFY(RegistryImport::rememberedMapping(*db, Registry::Entities, set).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
