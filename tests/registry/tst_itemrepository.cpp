#include "Database.h"
#include "EntityRepository.h"
#include "ItemRepository.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

// Items are never deleted (R1): the repository offers no way to. (EntityRepository shows the check can fail.)
template<typename Repository> constexpr bool canRemove = requires(Repository& r, WriteTransaction& tx)
{
    r.remove(tx, qint64(1));
};
static_assert(canRemove<EntityRepository>);
static_assert(!canRemove<ItemRepository>);

namespace {

struct AuditRow
{
    QString action;
    QString objectType;
    QString objectId;
    QVariant oldValues;
    QVariant newValues;
    QJsonObject oldJson() const { return QJsonDocument::fromJson(oldValues.toString().toUtf8()).object(); }
    QJsonObject newJson() const { return QJsonDocument::fromJson(newValues.toString().toUtf8()).object(); }
};

QList<AuditRow> auditRows(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT action, object_type, object_id, old_values, new_values FROM audit_log ORDER BY seq"));
    QList<AuditRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3), q.value(4)});
    return rows;
}

int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

InspectionItem validItem(const QString& name = QStringLiteral("民办学校办学行为检查"))
{
    InspectionItem i;
    i.name = name;
    i.legalBasis = QStringLiteral("《中华人民共和国民办教育促进法》第四十条");
    i.authority = QStringLiteral("县教育局");
    i.content = QStringLiteral("办学许可、招生简章、收费");
    i.method = QStringLiteral("现场检查");
    i.categories = {QStringLiteral("training")};
    return i;
}

} // namespace

class TestItemRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    InspectionItem add(InspectionItem item)
    {
        ItemRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        if (!repo.insert(tx, item) || !tx.commit())
            qWarning("insert failed: %s", qPrintable(tx.error()));
        return item;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setCurrentUser(QStringLiteral("张三"));
    }
    void cleanup() { m_db.reset(); }

    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no legal basis") << "legalBasis="
                                        << "legalBasis"
                                        << "legal basis";
        QTest::newRow("blank legal basis") << "legalBasis=blank"
                                           << "legalBasis"
                                           << "legal basis";
        QTest::newRow("no name") << "name="
                                 << "name"
                                 << "required";
        QTest::newRow("no category") << "categories="
                                     << "categories"
                                     << "at least one";
        QTest::newRow("unknown category") << "categories=hospital"
                                          << "categories"
                                          << "hospital";
        QTest::newRow("ratio below 5 %") << "minRatioBp=499"
                                         << "minRatioBp"
                                         << "5 %";
        QTest::newRow("ratio above 100 %") << "minRatioBp=10001"
                                           << "minRatioBp"
                                           << "100 %";
        QTest::newRow("frequency 0") << "frequencyMonths=0"
                                     << "frequencyMonths"
                                     << "half year";
        QTest::newRow("frequency 7") << "frequencyMonths=7"
                                     << "frequencyMonths"
                                     << "half year";
        QTest::newRow("end before start") << "effectiveTo=before"
                                          << "effectiveTo"
                                          << "before its start";
        QTest::newRow("unknown status") << "status=gone"
                                        << "status"
                                        << "status";
        QTest::newRow("code with space") << "code=JY 01"
                                         << "code"
                                         << "spaces";
        QTest::newRow("code with bar") << "code=JY|01"
                                       << "code"
                                       << "'|'";
        QTest::newRow("no code") << "code="
                                 << "code"
                                 << "required";
    }
    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        InspectionItem item = validItem();
        item.code = QStringLiteral("JY-01");
        item.effectiveFrom = QDate(2024, 1, 1);
        QVERIFY(item.problems().isEmpty());

        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("legalBasis"))
            item.legalBasis = value == QLatin1String("blank") ? QStringLiteral(" \n ") : value;
        else if (key == QLatin1String("name"))
            item.name = value;
        else if (key == QLatin1String("categories"))
            item.categories = value.isEmpty() ? QStringList() : QStringList {value};
        else if (key == QLatin1String("minRatioBp"))
            item.minRatioBp = value.toInt();
        else if (key == QLatin1String("frequencyMonths"))
            item.frequencyMonths = value.toInt();
        else if (key == QLatin1String("effectiveTo"))
            item.effectiveTo = item.effectiveFrom.addDays(-1);
        else if (key == QLatin1String("status"))
            item.status = value;
        else if (key == QLatin1String("code"))
            item.code = value;

        const FieldErrors errors = item.problems();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));

        // The repository refuses it with the field's label, and writes nothing.
        if (key == QLatin1String("code") && value.isEmpty())
            return; // insert gives an item without a code the next one
        ItemRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.insert(tx, item));
        QVERIFY2(tx.error().startsWith(InspectionItem::fieldLabel(field)), qPrintable(tx.error()));
        QVERIFY(!tx.commit());
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_item")), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);
    }

    void boundariesAreAccepted_data()
    {
        QTest::addColumn<int>("ratio");
        QTest::addColumn<int>("months");
        QTest::newRow("5 %, every month") << 500 << 1;
        QTest::newRow("100 %, every half year") << 10000 << 6;
    }
    void boundariesAreAccepted()
    {
        QFETCH(int, ratio);
        QFETCH(int, months);
        InspectionItem item = validItem();
        item.code = QStringLiteral("JY-01");
        item.minRatioBp = ratio;
        item.frequencyMonths = months;
        item.effectiveFrom = item.effectiveTo = QDate(2024, 3, 1); // one day is a valid period
        QVERIFY(item.problems().isEmpty());
    }

    void insertGivesCodeVersionAndAudit()
    {
        ItemRepository repo(*m_db);
        QCOMPARE(repo.nextCode(), QStringLiteral("JY-01"));
        InspectionItem item = validItem();
        item.categories = {QStringLiteral("training"), QStringLiteral("kindergarten"), QStringLiteral("training")};
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.insert(tx, item));
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        }
        QVERIFY(item.id > 0);
        QCOMPARE(item.code, QStringLiteral("JY-01"));
        QCOMPARE(item.version, 1);
        // Categories once each, in the vocabulary's order.
        QCOMPARE(item.categories, QStringList({QStringLiteral("kindergarten"), QStringLiteral("training")}));
        QCOMPARE(repo.nextCode(), QStringLiteral("JY-02"));

        const auto stored = repo.find(item.id);
        QVERIFY(stored);
        QCOMPARE(stored->toJson(), item.toJson());
        QCOMPARE(repo.findByCode(QStringLiteral("JY-01"))->id, item.id);

        const auto history = repo.history(item.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().version, 1);
        QCOMPARE(history.first().recordedBy, QStringLiteral("张三"));
        QVERIFY(qAbs(history.first().recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
        QCOMPARE(audit[0].objectType, QStringLiteral("inspection_item"));
        QCOMPARE(audit[0].objectId, QStringLiteral("JY-01"));
        QVERIFY(audit[0].oldValues.isNull());
        QCOMPARE(audit[0].newJson().value(QStringLiteral("legalBasis")).toString(), item.legalBasis);
        QCOMPARE(audit[0].newJson().value(QStringLiteral("version")).toInt(), 1);
    }

    void nextCodeFollowsTheHighestNumber()
    {
        InspectionItem a = validItem();
        a.code = QStringLiteral("JY-09");
        add(a);
        InspectionItem b = validItem(QStringLiteral("其他事项"));
        b.code = QStringLiteral("自定-1");
        add(b);
        ItemRepository repo(*m_db);
        QCOMPARE(repo.nextCode(), QStringLiteral("JY-10"));
    }

    void twoEditsKeepTheHistory()
    {
        ItemRepository repo(*m_db);
        InspectionItem item = add(validItem(QStringLiteral("第一版")));
        InspectionItem edit = *repo.find(item.id);
        edit.name = QStringLiteral("第二版");
        edit.legalBasis = QStringLiteral("《幼儿园管理条例》");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.update(tx, edit));
            QVERIFY(tx.commit());
        }
        edit = *repo.find(item.id);
        QCOMPARE(edit.version, 2);
        edit.name = QStringLiteral("第三版");
        edit.minRatioBp = 1000;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.update(tx, edit));
            QVERIFY(tx.commit());
        }
        const auto current = repo.find(item.id);
        QCOMPARE(current->version, 3);
        QCOMPARE(current->name, QStringLiteral("第三版"));
        QCOMPARE(current->minRatioBp, 1000);

        const auto history = repo.history(item.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].version, 3);
        QCOMPARE(history[0].item.name, QStringLiteral("第三版"));
        QCOMPARE(history[0].item.minRatioBp, 1000);
        QCOMPARE(history[1].version, 2);
        QCOMPARE(history[1].item.name, QStringLiteral("第二版"));
        QCOMPARE(history[1].item.legalBasis, QStringLiteral("《幼儿园管理条例》"));
        QCOMPARE(history[1].item.minRatioBp, 500);
        QCOMPARE(history[2].version, 1);
        QCOMPARE(history[2].item.name, QStringLiteral("第一版"));
        QCOMPARE(history[2].item.legalBasis, item.legalBasis);
        for (const auto& v : history)
            QCOMPARE(v.item.id, item.id);

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[1].action, QStringLiteral("update"));
        QCOMPARE(audit[1].objectId, item.code);
        QCOMPARE(audit[1].oldJson().value(QStringLiteral("name")).toString(), QStringLiteral("第一版"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("name")).toString(), QStringLiteral("第二版"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(audit[2].oldJson().value(QStringLiteral("minRatioBp")).toInt(), 500);
        QCOMPARE(audit[2].newJson().value(QStringLiteral("minRatioBp")).toInt(), 1000);
    }

    void saveWithoutChangeMakesNoVersion()
    {
        ItemRepository repo(*m_db);
        const InspectionItem item = add(validItem());
        InspectionItem same = *repo.find(item.id);
        same.name = QStringLiteral("  ") + same.name + QStringLiteral(" "); // only white space differs
        WriteTransaction tx(*m_db);
        QVERIFY(repo.update(tx, same));
        QVERIFY(tx.commit());
        QCOMPARE(repo.find(item.id)->version, 1);
        QCOMPARE(repo.history(item.id).size(), 1);
        QCOMPARE(auditRows(*m_db).size(), 1);
    }

    void updateOfAMissingItemIsRefused()
    {
        ItemRepository repo(*m_db);
        InspectionItem ghost = validItem();
        ghost.id = 42;
        ghost.code = QStringLiteral("JY-42");
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.update(tx, ghost));
        QVERIFY(tx.error().contains(QStringLiteral("no longer exists")));
    }

    void duplicateCodeIsRefused()
    {
        ItemRepository repo(*m_db);
        InspectionItem first = validItem(QStringLiteral("幼儿园办园行为检查"));
        first.code = QStringLiteral("JY-01");
        first = add(first);
        InspectionItem second = validItem(QStringLiteral("校外培训检查"));
        second.code = QStringLiteral(" JY-01 ");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.insert(tx, second));
            QVERIFY2(tx.error().contains(QStringLiteral("JY-01")), qPrintable(tx.error()));
            QVERIFY2(tx.error().contains(QStringLiteral("幼儿园办园行为检查")), qPrintable(tx.error()));
        }
        second.code = QStringLiteral("JY-02");
        second = add(second);
        second.code = QStringLiteral("JY-01");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.update(tx, second));
            QVERIFY(tx.error().contains(QStringLiteral("JY-01")));
        }
        QCOMPARE(repo.find(second.id)->code, QStringLiteral("JY-02"));
        QCOMPARE(repo.history(second.id).size(), 1);
    }

    void duplicateCodeWithinOneTransactionIsRefused()
    {
        ItemRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        InspectionItem first = validItem(QStringLiteral("甲"));
        first.code = QStringLiteral("JY-07");
        QVERIFY(repo.insert(tx, first));
        InspectionItem second = validItem(QStringLiteral("乙"));
        second.code = QStringLiteral("JY-07");
        QVERIFY(!repo.insert(tx, second));
        QVERIFY2(tx.error().contains(QStringLiteral("甲")), qPrintable(tx.error()));
    }

    void setStatusWithdrawsAndMakesAVersion()
    {
        ItemRepository repo(*m_db);
        const InspectionItem item = add(validItem());
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setStatus(tx, item.id, QStringLiteral("retired")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repo.find(item.id)->status, QStringLiteral("retired"));
        QCOMPARE(repo.find(item.id)->version, 2);
        QCOMPARE(repo.history(item.id).first().item.status, QStringLiteral("retired"));
        QVERIFY(repo.inForceOn(QDate::currentDate()).isEmpty());
        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.last().action, QStringLiteral("update"));
        QCOMPARE(audit.last().oldJson().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(audit.last().newJson().value(QStringLiteral("status")).toString(), QStringLiteral("retired"));

        WriteTransaction tx(*m_db);
        QVERIFY(!repo.setStatus(tx, item.id, QStringLiteral("deleted")));
        QVERIFY(tx.error().startsWith(InspectionItem::fieldLabel(QStringLiteral("status"))));
    }

    void isInForceOn_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("inForce");
        const QDate jan1(2024, 1, 1);
        const QDate jun30(2024, 6, 30);
        QTest::newRow("open both ends") << QDate() << QDate() << "active" << jan1 << true;
        QTest::newRow("first day") << jan1 << jun30 << "active" << jan1 << true;
        QTest::newRow("last day") << jan1 << jun30 << "active" << jun30 << true;
        QTest::newRow("day before") << jan1 << jun30 << "active" << jan1.addDays(-1) << false;
        QTest::newRow("day after") << jan1 << jun30 << "active" << jun30.addDays(1) << false;
        QTest::newRow("open end") << jan1 << QDate() << "active" << QDate(2030, 1, 1) << true;
        QTest::newRow("open start") << QDate() << jun30 << "active" << QDate(2000, 1, 1) << true;
        QTest::newRow("withdrawn") << QDate() << QDate() << "retired" << jan1 << false;
    }
    void isInForceOn()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, status);
        QFETCH(QDate, on);
        QFETCH(bool, inForce);
        InspectionItem item = validItem();
        item.effectiveFrom = from;
        item.effectiveTo = to;
        item.status = status;
        QCOMPARE(item.isInForceOn(on), inForce);

        // The repository's published list agrees with the struct.
        item = add(item);
        ItemRepository repo(*m_db);
        QCOMPARE(repo.inForceOn(on).size(), inForce ? 1 : 0);
    }

    void inForceOnIsThePublishedList()
    {
        auto make = [](const QString& code, QDate from, QDate to) {
            InspectionItem i = validItem(code + QStringLiteral(" 事项"));
            i.code = code;
            i.effectiveFrom = from;
            i.effectiveTo = to;
            return i;
        };
        add(make(QStringLiteral("JY-03"), QDate(2023, 1, 1), QDate()));
        add(make(QStringLiteral("JY-01"), QDate(2023, 1, 1), QDate(2023, 12, 31))); // expired in 2024
        add(make(QStringLiteral("JY-02"), QDate(), QDate()));
        add(make(QStringLiteral("JY-04"), QDate(2024, 7, 1), QDate())); // not yet
        InspectionItem withdrawn = make(QStringLiteral("JY-05"), QDate(), QDate());
        withdrawn.status = QStringLiteral("retired");
        add(withdrawn);

        ItemRepository repo(*m_db);
        auto codes = [&](QDate on) {
            QStringList list;
            for (const InspectionItem& i : repo.inForceOn(on))
                list << i.code;
            return list;
        };
        QCOMPARE(codes(QDate(2024, 3, 1)), QStringList({QStringLiteral("JY-02"), QStringLiteral("JY-03")}));
        QCOMPARE(codes(QDate(2023, 6, 1)),
                 QStringList({QStringLiteral("JY-01"), QStringLiteral("JY-02"), QStringLiteral("JY-03")}));
        QCOMPARE(codes(QDate(2024, 7, 1)),
                 QStringList({QStringLiteral("JY-02"), QStringLiteral("JY-03"), QStringLiteral("JY-04")}));
        QCOMPARE(codes(QDate()), codes(QDate::currentDate()));
    }

    void filtersSortAndPaging()
    {
        auto make = [](const QString& code, const QString& name, const QStringList& categories, const QString& status) {
            InspectionItem i = validItem(name);
            i.code = code;
            i.categories = categories;
            i.status = status;
            return i;
        };
        const QString active = QStringLiteral("active");
        add(make(QStringLiteral("JY-01"), QStringLiteral("幼儿园办园行为"), {QStringLiteral("kindergarten")}, active));
        add(make(QStringLiteral("JY-02"), QStringLiteral("中小学办学行为"),
                 {QStringLiteral("primary"), QStringLiteral("junior")}, active));
        add(make(QStringLiteral("JY-03"), QStringLiteral("校外培训机构"), {QStringLiteral("training")}, active));
        add(make(QStringLiteral("JY-04"), QStringLiteral("旧的培训事项"), {QStringLiteral("training")},
                 QStringLiteral("retired")));
        InspectionItem special = make(QStringLiteral("JY-05"), QStringLiteral("安全检查"),
                                      {QStringLiteral("primary"), QStringLiteral("kindergarten")}, active);
        special.legalBasis = QStringLiteral("《学校安全条例》");
        add(special);

        ItemRepository repo(*m_db);
        auto codes = [](const QList<InspectionItem>& items) {
            QStringList list;
            for (const InspectionItem& i : items)
                list << i.code;
            return list;
        };
        QCOMPARE(repo.count(), 5);
        ItemFilter byText;
        byText.text = QStringLiteral("培训");
        QCOMPARE(codes(repo.list(byText)), QStringList({QStringLiteral("JY-03"), QStringLiteral("JY-04")}));
        byText.text = QStringLiteral("学校安全"); // in the legal basis
        QCOMPARE(codes(repo.list(byText)), QStringList({QStringLiteral("JY-05")}));
        byText.text = QStringLiteral("jy-02");
        QCOMPARE(codes(repo.list(byText)), QStringList({QStringLiteral("JY-02")}));

        ItemFilter byStatus;
        byStatus.status = QStringLiteral("retired");
        QCOMPARE(codes(repo.list(byStatus)), QStringList({QStringLiteral("JY-04")}));
        QCOMPARE(repo.count(byStatus), 1);

        ItemFilter byCategory;
        byCategory.category = QStringLiteral("kindergarten");
        QCOMPARE(codes(repo.list(byCategory)), QStringList({QStringLiteral("JY-01"), QStringLiteral("JY-05")}));
        byCategory.category = QStringLiteral("junior");
        QCOMPARE(codes(repo.list(byCategory)), QStringList({QStringLiteral("JY-02")}));
        byCategory.status = QStringLiteral("retired");
        QCOMPARE(repo.count(byCategory), 0);

        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::DescendingOrder)),
                 QStringList({QStringLiteral("JY-05"), QStringLiteral("JY-04"), QStringLiteral("JY-03"),
                              QStringLiteral("JY-02"), QStringLiteral("JY-01")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("status"), Qt::DescendingOrder, 0, 1)),
                 QStringList({QStringLiteral("JY-04")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::AscendingOrder, 1, 2)),
                 QStringList({QStringLiteral("JY-02"), QStringLiteral("JY-03")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::AscendingOrder, 4, 10)),
                 QStringList({QStringLiteral("JY-05")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("no such field"), Qt::AscendingOrder, 0, 1)),
                 QStringList({QStringLiteral("JY-01")}));
    }

    void rolledBackTransactionLeavesNothing()
    {
        ItemRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            InspectionItem item = validItem();
            QVERIFY(repo.insert(tx, item));
            QVERIFY(tx.ok());
        } // no commit
        QCOMPARE(repo.count(), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_item_version")), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);

        // A later failure in the same transaction undoes the earlier, valid change too.
        {
            WriteTransaction tx(*m_db);
            InspectionItem good = validItem();
            QVERIFY(repo.insert(tx, good));
            InspectionItem bad = validItem();
            bad.legalBasis.clear();
            QVERIFY(!repo.insert(tx, bad));
            QVERIFY(!tx.commit());
        }
        QCOMPARE(repo.count(), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspection_item_version")), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);

        // An edit rolled back leaves the item and its history as they were.
        const InspectionItem item = add(validItem(QStringLiteral("原名")));
        {
            WriteTransaction tx(*m_db);
            InspectionItem edit = item;
            edit.name = QStringLiteral("新名");
            QVERIFY(repo.update(tx, edit));
            tx.rollback();
        }
        QCOMPARE(repo.find(item.id)->name, QStringLiteral("原名"));
        QCOMPARE(repo.find(item.id)->version, 1);
        QCOMPARE(repo.history(item.id).size(), 1);
        QCOMPARE(auditRows(*m_db).size(), 1);
    }

    void jsonAndLabels()
    {
        InspectionItem item = validItem();
        QVERIFY(!item.toJson().contains(QStringLiteral("objectKinds"))); // none: as the entries before it existed
        item.objectKinds = {{QStringLiteral("民办学校"), QStringLiteral("重点")}};
        const QJsonObject json = item.toJson();
        for (const QString& field : InspectionItem::fields()) {
            QVERIFY2(json.contains(field), qPrintable(field));
            QVERIFY2(InspectionItem::fieldLabel(field) != field, qPrintable(field));
        }
        QCOMPARE(json.value(QStringLiteral("categories")).toArray().first().toString(), QStringLiteral("training"));
    }
};

QTEST_GUILESS_MAIN(TestItemRepository)
#include "tst_itemrepository.moc"
