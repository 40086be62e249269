// The audit page's reading of the trail: filters by date, user, object type, action and a part of the object id;
// newest-first pages; the values present for the filter lists; readable rows for export and print (ID card numbers
// masked), and the export and print themselves recorded in the trail.
#include "AuditQuery.h"
#include "AuditTrail.h"
#include "Database.h"
#include "DemoData.h"
#include "Entity.h"
#include "Inspector.h"
#include "InspectorRepository.h"
#include "TableReader.h"
#include "Translations.h"
#include "Validators.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

// Values as JSON text: the registries write their fields in their forms' order (JsonWriter), which QJsonObject
// would sort.
bool record(Database& db, const QString& user, const QString& action, const QString& type, const QString& id,
            const QByteArray& before, const QByteArray& after)
{
    db.setCurrentUser(user);
    WriteTransaction tx(db);
    return tx.recordChangeJson(action, type, id, before, after) && tx.commit();
}

QList<qint64> seqs(const std::vector<AuditEntry>& entries)
{
    QList<qint64> list;
    for (const AuditEntry& e : entries)
        list << e.seq;
    return list;
}

} // namespace

class TestAuditQuery final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    QString m_middleUtc; // the time of entry 4

private Q_SLOTS:
    // The clerk reads the trail in Chinese; the tests below compare the words.
    void initTestCase() { QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh"))); }

    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
        const QByteArray school = R"({"code":"DX000001","name":"城关小学","category":"primary","blacklisted":false})";
        const QByteArray renamed
            = R"({"code":"DX000001","name":"城关第一小学","category":"primary","blacklisted":false})";
        // 1 … 7, a few milliseconds apart so that a time between two entries exists.
        const auto add = [this](const QString& user, const QString& action, const QString& type, const QString& id,
                                const QByteArray& before, const QByteArray& after) {
            QThread::msleep(3);
            return record(*m_db, user, action, type, id, before, after);
        };
        QVERIFY(add(QStringLiteral("张三"), QStringLiteral("create"), QStringLiteral("entity"),
                    QStringLiteral("DX000001"), {}, school));
        QVERIFY(add(QStringLiteral("李四"), QStringLiteral("create"), QStringLiteral("inspector"),
                    QStringLiteral("ZF0001"), {}, R"({"name":"王五"})"));
        QVERIFY(add(QStringLiteral("张三"), QStringLiteral("update"), QStringLiteral("entity"),
                    QStringLiteral("DX000001"), school, renamed));
        QVERIFY(add(QStringLiteral("李四"), QStringLiteral("update"), QStringLiteral("inspector"),
                    QStringLiteral("ZF0001"), R"({"name":"王五"})", R"({"name":"王武"})"));
        QVERIFY(add(QStringLiteral("张三"), QStringLiteral("create"), QStringLiteral("entity"),
                    QStringLiteral("DX000002"), {}, school));
        QVERIFY(add(QStringLiteral("admin"), QStringLiteral("export"), QStringLiteral("file"),
                    QStringLiteral("检查对象 100%_全部.xlsx"), {}, R"({"rows":2})"));
        QVERIFY(add(QStringLiteral("张三"), QStringLiteral("delete"), QStringLiteral("entity"),
                    QStringLiteral("DX000002"), school, {}));
        m_middleUtc = AuditTrail::list(*m_db, {}, 3, 1).front().atUtc;
        QCOMPARE(AuditTrail::list(*m_db, {}, 3, 1).front().seq, 4);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("objectType");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("idPart");
        QTest::addColumn<QString>("range"); // "", "from4", "before4"
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "" << QList<qint64> {7, 6, 5, 4, 3, 2, 1};
        QTest::newRow("user") << "李四"
                              << ""
                              << ""
                              << ""
                              << "" << QList<qint64> {4, 2};
        QTest::newRow("object type") << ""
                                     << "entity"
                                     << ""
                                     << ""
                                     << "" << QList<qint64> {7, 5, 3, 1};
        QTest::newRow("action") << ""
                                << ""
                                << "update"
                                << ""
                                << "" << QList<qint64> {4, 3};
        QTest::newRow("user and action") << "张三"
                                         << ""
                                         << "create"
                                         << ""
                                         << "" << QList<qint64> {5, 1};
        QTest::newRow("id part") << ""
                                 << ""
                                 << ""
                                 << "000002"
                                 << "" << QList<qint64> {7, 5};
        QTest::newRow("id part, any case") << ""
                                           << ""
                                           << ""
                                           << "zf00"
                                           << "" << QList<qint64> {4, 2};
        QTest::newRow("id part with % and _ taken literally") << ""
                                                              << ""
                                                              << ""
                                                              << "100%_"
                                                              << "" << QList<qint64> {6};
        QTest::newRow("% alone matches only a %") << ""
                                                  << ""
                                                  << ""
                                                  << "%"
                                                  << "" << QList<qint64> {6};
        QTest::newRow("from a time") << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "from4" << QList<qint64> {7, 6, 5, 4};
        QTest::newRow("before a time") << ""
                                       << ""
                                       << ""
                                       << ""
                                       << "before4" << QList<qint64> {3, 2, 1};
        QTest::newRow("time and user") << "张三"
                                       << ""
                                       << ""
                                       << ""
                                       << "from4" << QList<qint64> {7, 5};
        QTest::newRow("nothing matches") << "nobody"
                                         << ""
                                         << ""
                                         << ""
                                         << "" << QList<qint64> {};
    }

    void filters()
    {
        QFETCH(QString, user);
        QFETCH(QString, objectType);
        QFETCH(QString, action);
        QFETCH(QString, idPart);
        QFETCH(QString, range);
        QFETCH(QList<qint64>, expected);
        AuditFilter filter;
        filter.user = user;
        filter.objectType = objectType;
        filter.action = action;
        filter.objectIdContains = idPart;
        const QDateTime middle = QDateTime::fromString(m_middleUtc, Qt::ISODateWithMs);
        QVERIFY(middle.isValid());
        if (range == QLatin1String("from4"))
            filter.from = middle;
        else if (range == QLatin1String("before4"))
            filter.to = middle;
        QCOMPARE(seqs(AuditTrail::list(*m_db, filter, 0, 100)), expected);
        QCOMPARE(AuditTrail::count(*m_db, filter), expected.size());
        QCOMPARE(AuditQuery::exportRows(*m_db, filter, nullptr).size(), expected.size());
    }

    void pagesNewestFirst()
    {
        QCOMPARE(seqs(AuditTrail::list(*m_db, {}, 0, 3)), (QList<qint64> {7, 6, 5}));
        QCOMPARE(seqs(AuditTrail::list(*m_db, {}, 3, 3)), (QList<qint64> {4, 3, 2}));
        // The next page after the last entry shown, without counting past the earlier ones.
        AuditFilter next;
        next.beforeSeq = 5;
        QCOMPARE(seqs(AuditTrail::list(*m_db, next, 0, 3)), (QList<qint64> {4, 3, 2}));
        next.objectType = QStringLiteral("entity");
        QCOMPARE(seqs(AuditTrail::list(*m_db, next, 0, 3)), (QList<qint64> {3, 1}));
    }

    void distinctValues()
    {
        QCOMPARE(AuditTrail::distinctValues(*m_db, AuditTrail::Column::User),
                 (QStringList {QStringLiteral("admin"), QStringLiteral("张三"), QStringLiteral("李四")}));
        QCOMPARE(AuditTrail::distinctValues(*m_db, AuditTrail::Column::ObjectType),
                 (QStringList {QStringLiteral("entity"), QStringLiteral("file"), QStringLiteral("inspector")}));
        QCOMPARE(AuditTrail::distinctValues(*m_db, AuditTrail::Column::Action),
                 (QStringList {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("export"),
                               QStringLiteral("update")}));
    }

    void readableFieldChanges()
    {
        const AuditEntry update = AuditTrail::list(*m_db, {}, 4, 1).front();
        QCOMPARE(update.seq, 3);
        const QList<AuditFieldChange> changes = AuditQuery::fieldChanges(update);
        QStringList fields;
        for (const AuditFieldChange& c : changes)
            fields << c.field;
        // The order of the stored record, not alphabetical.
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
                               QStringLiteral("blacklisted")}));
        const AuditFieldChange& name = changes.at(1);
        QCOMPARE(name.label, Entity::fieldLabel(QStringLiteral("name")));
        QCOMPARE(name.before, QStringLiteral("城关小学"));
        QCOMPARE(name.after, QStringLiteral("城关第一小学"));
        QVERIFY(name.changed);
        QVERIFY(!changes.at(0).changed);
        // Stored keys are shown as the registry shows them.
        QCOMPARE(changes.at(2).after, Vocabulary::categories().label(QStringLiteral("primary")));
        QVERIFY(changes.at(2).after != QStringLiteral("primary"));
        QCOMPARE(changes.at(3).after, AuditQuery::tr("No"));
    }

    // A plan's creation and a seed hold objects and lists of objects: read as "标签：值", one per line, in Chinese,
    // never as JSON.
    void nestedValuesReadInChinese()
    {
        const QByteArray plan = R"({"code":"昌教抽查〔2026〕1号","items":[{"conditions":{},"directed":false,)"
                                R"("item":"JY-01","strata":[{"name":"A","ratioBp":500},{"name":"blacklist",)"
                                R"("ratioBp":5000}],"useRiskStrata":true},{"conditions":{"categories":["training"]},)"
                                R"("directed":true,"item":"JY-02","strata":[{"count":3,"name":"normal"}],)"
                                R"("useRiskStrata":false}],"rotation":false,"witnesses":[{"name":"赵振华",)"
                                R"("role":"npc_deputy","unit":"昌黎县人大常委会"},{"name":"孙丽娟","role":"media",)"
                                R"("unit":""}],"status":"draft"})";
        const QByteArray seed = R"({"attempt":1,"seed":"36152049875271640398","seedParts":[{"digits":"3615204987",)"
                                R"("source":"witness","witness":"赵振华"},{"digits":"5271640398","source":"system"}]})";
        QVERIFY(record(*m_db, QStringLiteral("luru"), QStringLiteral("create"), QStringLiteral("plan"),
                       QStringLiteral("昌教抽查〔2026〕1号"), {}, plan));
        QVERIFY(record(*m_db, QStringLiteral("luru"), QStringLiteral("seed"), QStringLiteral("plan"),
                       QStringLiteral("昌教抽查〔2026〕1号"), {}, seed));
        const std::vector<AuditEntry> entries = AuditTrail::list(*m_db, {}, 0, 2);
        const auto after = [](const AuditEntry& entry) {
            QHash<QString, std::pair<QString, QString>> values;
            for (const AuditFieldChange& c : AuditQuery::fieldChanges(entry))
                values.insert(c.field, {c.label, c.after});
            return values;
        };
        const auto created = after(entries.at(1));
        QCOMPARE(created.value(QStringLiteral("items")).first, QStringLiteral("抽查事项"));
        QCOMPARE(
            created.value(QStringLiteral("items")).second,
            QStringLiteral("事项：JY-01；条件：无；定向：否；分层比例：A类（低风险）5%、黑名单50%；按风险分级：是\n"
                           "事项：JY-02；条件：类别：培训机构；定向：是；分层比例：普通抽取3家；按风险分级：否"));
        QCOMPARE(created.value(QStringLiteral("witnesses")).second,
                 QStringLiteral("姓名：赵振华；身份：人大代表；单位：昌黎县人大常委会\n姓名：孙丽娟；身份：新闻媒体"));
        QCOMPARE(created.value(QStringLiteral("rotation")).second, QStringLiteral("否"));
        QCOMPARE(created.value(QStringLiteral("status")).second, QStringLiteral("草稿"));

        const auto seeded = after(entries.at(0));
        QCOMPARE(seeded.value(QStringLiteral("attempt")).first, QStringLiteral("抽取序号"));
        QCOMPARE(seeded.value(QStringLiteral("seedParts")).first, QStringLiteral("种子组成"));
        QCOMPARE(seeded.value(QStringLiteral("seedParts")).second,
                 QStringLiteral("来源：见证人；见证人：赵振华；数字：3615204987\n来源：机选；数字：5271640398"));
        // The export and the print show the same words.
        const QStringList row = AuditQuery::exportRow(entries.at(0));
        QVERIFY(row.last().contains(QStringLiteral("种子组成：来源：见证人；见证人：赵振华；数字：3615204987")));
    }

    // Every kind of entry a full round writes (the demo) reads without JSON punctuation and without a bare key.
    void noEntryOfTheDemoShowsJson()
    {
        QString error;
        auto db = Database::openInMemory(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(DemoData::fill(*db, &error) && DemoData::addFinishedPlan(*db, &error), qPrintable(error));
        const std::vector<AuditEntry> entries = AuditTrail::list(*db, {}, 0, 100000);
        QVERIFY2(entries.size() > 300, qPrintable(QString::number(entries.size())));
        static const QRegularExpression bareKey(QStringLiteral("^[a-z][A-Za-z_]*$"));
        QSet<QString> kinds;
        QStringList problems;
        for (const AuditEntry& entry : entries) {
            kinds.insert(entry.action + QLatin1Char(' ') + entry.objectType);
            for (const AuditFieldChange& c : AuditQuery::fieldChanges(entry)) {
                const QString where = entry.action + QLatin1Char(' ') + entry.objectType + QLatin1Char(' ') + c.field;
                for (const QString& text : {c.before, c.after}) {
                    if (text.contains(QLatin1Char('{')) || text.contains(QLatin1Char('['))
                        || text.contains(QLatin1Char('"')))
                        problems << where + QStringLiteral(": ") + text;
                }
                if (bareKey.match(c.label).hasMatch())
                    problems << where + QStringLiteral(": no label");
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(kinds.contains(QStringLiteral("seed plan")));
        QVERIFY(kinds.contains(QStringLiteral("create plan")));
        QVERIFY(kinds.contains(QStringLiteral("substitute plan")));
        QVERIFY(kinds.contains(QStringLiteral("follow_up result")));
    }

    void exportRowsShowOnlyWhatChanged()
    {
        AuditFilter filter;
        filter.action = QStringLiteral("update");
        filter.objectType = QStringLiteral("entity");
        const QList<QStringList> rows = AuditQuery::exportRows(*m_db, filter, nullptr);
        QCOMPARE(rows.size(), 1);
        const QStringList row = rows.first();
        QCOMPARE(row.size(), AuditQuery::exportHeaders().size());
        QCOMPARE(row.at(0), QStringLiteral("3"));
        QCOMPARE(row.at(2), QStringLiteral("张三"));
        QCOMPARE(row.at(3), AuditQuery::actionLabel(QStringLiteral("update")));
        QCOMPARE(row.at(5), QStringLiteral("DX000001"));
        const QString nameLabel = Entity::fieldLabel(QStringLiteral("name"));
        QCOMPARE(row.at(6), nameLabel + QStringLiteral("：城关小学"));
        QCOMPARE(row.at(7), nameLabel + QStringLiteral("：城关第一小学"));

        // A creation lists all its values.
        filter.action = QStringLiteral("create");
        const QStringList created = AuditQuery::exportRows(*m_db, filter, nullptr).last();
        QCOMPARE(created.at(6), QString());
        QCOMPARE(created.at(7).count(QLatin1Char('\n')), 3);
    }

    void exportIsWrittenAndRecorded_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("xlsx") << "审计日志.xlsx";
        QTest::newRow("csv") << "审计日志.csv";
    }

    void exportIsWrittenAndRecorded()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        AuditFilter filter;
        filter.user = QStringLiteral("张三");
        QString error;
        int rows = 0;
        m_db->setCurrentUser(QStringLiteral("审计员"));
        QVERIFY2(AuditQuery::exportTo(*m_db, filter, path, &error, &rows), qPrintable(error));
        QCOMPARE(rows, 4);
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.size(), 5);
        QCOMPARE(table->rows.at(0), AuditQuery::exportHeaders());
        QCOMPARE(table->cell(1, 0), QStringLiteral("7"));
        QCOMPARE(table->cell(4, 0), QStringLiteral("1"));

        const AuditEntry last = AuditTrail::list(*m_db, {}, 0, 1).front();
        QCOMPARE(last.seq, 8);
        QCOMPARE(last.action, QStringLiteral("export"));
        QCOMPARE(last.objectType, QStringLiteral("audit_log"));
        QCOMPARE(last.objectId, fileName);
        QCOMPARE(last.user, QStringLiteral("审计员"));
        QVERIFY(last.newValues.contains("\"rows\":4"));
        QVERIFY(QString::fromUtf8(last.newValues).contains(QStringLiteral("张三")));
        QVERIFY(!AuditTrail::verify(*m_db));
    }

    void failedExportRecordsNothing()
    {
        QString error;
        QVERIFY(!AuditQuery::exportTo(*m_db, {}, QStringLiteral("/nonexistent-folder/审计日志.xlsx"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(AuditTrail::count(*m_db, {}), 7);
    }

    void printDocumentAndRecord()
    {
        AuditFilter filter;
        filter.objectType = QStringLiteral("inspector");
        QString error;
        int rows = 0;
        const auto doc = AuditQuery::printDocument(*m_db, filter, QStringLiteral("CHAIN-OK"), &error, &rows);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(rows, 2);
        QVERIFY(doc->html.contains(QStringLiteral("ZF0001")));
        QVERIFY(doc->html.contains(QStringLiteral("王武")));
        QVERIFY(!doc->html.contains(QStringLiteral("DX000001")));
        QVERIFY(doc->html.contains(QStringLiteral("CHAIN-OK")));
        QVERIFY(!doc->html.contains(QStringLiteral("{{")));
        QVERIFY(AuditQuery::recordPrinted(*m_db, filter, rows, &error));
        const AuditEntry last = AuditTrail::list(*m_db, {}, 0, 1).front();
        QCOMPARE(last.action, QStringLiteral("print"));
        QCOMPARE(last.objectType, QStringLiteral("audit_log"));
        QVERIFY(last.newValues.contains("\"rows\":2"));
    }

    void idCardNumbersAreMasked()
    {
        const auto withCheck
            = [](const QString& first17) { return first17 + Validators::idCardCheckCharacter(first17); };
        const QString idCard = withCheck(QStringLiteral("13032219951012484"));
        const QString corrected = withCheck(QStringLiteral("13032219961012484")); // a digit in the masked middle
        Inspector p;
        p.code = QStringLiteral("ZF-101");
        p.name = QStringLiteral("赵六");
        p.idCard = idCard;
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(InspectorRepository(*m_db).insert(tx, p) && tx.commit(), qPrintable(tx.error()));
        }
        p.idCard = corrected;
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(InspectorRepository(*m_db).update(tx, p) && tx.commit(), qPrintable(tx.error()));
        }
        AuditFilter filter;
        filter.objectId = QStringLiteral("ZF-101");
        const std::vector<AuditEntry> entries = AuditTrail::list(*m_db, filter, 0, 10);
        QCOMPARE(entries.size(), size_t(2));
        // The stored entries keep the numbers (the hash chain covers them) …
        QVERIFY(entries.back().newValues.contains(idCard.toLatin1()));
        QVERIFY(entries.front().newValues.contains(corrected.toLatin1()));

        // … the page shows them as the inspector list does, and still marks the change.
        const auto idCardChange = [](const AuditEntry& entry) {
            for (const AuditFieldChange& c : AuditQuery::fieldChanges(entry))
                if (c.field == QLatin1String("idCard"))
                    return c;
            return AuditFieldChange();
        };
        const AuditFieldChange created = idCardChange(entries.back());
        QCOMPARE(created.label, Inspector::fieldLabel(QStringLiteral("idCard")));
        QCOMPARE(created.after, Validators::maskIdCard(idCard));
        QCOMPARE(created.after, QStringLiteral("130322********484") + idCard.back());
        const AuditFieldChange updated = idCardChange(entries.front());
        QCOMPARE(updated.before, Validators::maskIdCard(idCard));
        QCOMPARE(updated.after, Validators::maskIdCard(corrected));
        QVERIFY(updated.changed);

        // Nested values (an object inside the values) are masked too.
        QVERIFY(record(*m_db, QStringLiteral("张三"), QStringLiteral("import"), QStringLiteral("file"),
                       QStringLiteral("人员.csv"), {},
                       QStringLiteral(R"({"rows":[{"code":"ZF-101","idCard":"%1"}]})").arg(idCard).toUtf8()));
        const AuditEntry nested = AuditTrail::list(*m_db, {}, 0, 1).front();
        QVERIFY(!AuditQuery::exportRow(nested).join(QLatin1Char(' ')).contains(idCard));
        QVERIFY(AuditQuery::exportRow(nested).join(QLatin1Char(' ')).contains(Validators::maskIdCard(idCard)));

        // The export and the printout never carry the whole numbers.
        for (const QStringList& row : AuditQuery::exportRows(*m_db, {}, nullptr)) {
            const QString text = row.join(QLatin1Char(' '));
            QVERIFY2(!text.contains(idCard) && !text.contains(corrected), qPrintable(text));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("审计日志.csv"));
        QString error;
        QVERIFY2(AuditQuery::exportTo(*m_db, {}, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(Validators::maskIdCard(corrected).toUtf8()));
        QVERIFY(!bytes.contains(idCard.toLatin1()));
        QVERIFY(!bytes.contains(corrected.toLatin1()));
        const auto doc = AuditQuery::printDocument(*m_db, {}, QStringLiteral("CHAIN-OK"), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->html.contains(Validators::maskIdCard(corrected)));
        QVERIFY(!doc->html.contains(idCard));
        QVERIFY(!doc->html.contains(corrected));
        QVERIFY(!AuditTrail::verify(*m_db));
    }

    void verifyReportsProgressAndCanBeCancelled()
    {
        for (int i = 0; i < 4100; ++i) {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.recordChange(QStringLiteral("update"), QStringLiteral("setting"), QStringLiteral("k"),
                                    {{QStringLiteral("value"), i}}, {{QStringLiteral("value"), i + 1}}));
            QVERIFY(tx.commit());
        }
        QList<qint64> seen;
        qint64 entries = 0;
        bool cancelled = true;
        const auto whole = AuditTrail::verify(
            m_db->sql(), &entries,
            [&seen](qint64 checked, qint64 total) {
                seen << checked;
                return total == 4107;
            },
            &cancelled);
        QVERIFY(!whole);
        QVERIFY(!cancelled);
        QCOMPARE(entries, 4107);
        QCOMPARE(seen, (QList<qint64> {0, 2000, 4000, 4107}));

        int calls = 0;
        AuditTrail::verify(
            m_db->sql(), &entries, [&calls](qint64, qint64) { return ++calls < 2; }, &cancelled);
        QVERIFY(cancelled);
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
