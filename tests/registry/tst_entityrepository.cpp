#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "TownshipRepository.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

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
    q.exec(QStringLiteral("SELECT action, object_type, object_id, old_values, new_values FROM audit_log "
                          "WHERE object_type = 'entity' ORDER BY seq"));
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

// A valid 统一社会信用代码 of a private non-enterprise unit of the county (prefix 52130322).
QString creditCode(int n)
{
    const QString base = QStringLiteral("MJ%1").arg(n, 6, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("52130322") + base + Validators::organizationCodeCheckCharacter(base);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

Entity validEntity(const QString& name = QStringLiteral("昌黎县第一小学"))
{
    Entity e;
    e.name = name;
    e.category = QStringLiteral("primary");
    e.ownership = QStringLiteral("public");
    e.address = QStringLiteral("昌黎镇民生路1号");
    e.principal = QStringLiteral("张校长");
    e.phone = QStringLiteral("0335-2021234");
    return e;
}

QStringList codes(const QList<Entity>& list)
{
    QStringList result;
    for (const Entity& e : list)
        result << e.code;
    return result;
}

} // namespace

class TestEntityRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    Entity add(Entity entity)
    {
        EntityRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        if (!repo.insert(tx, entity) || !tx.commit())
            qWarning("insert failed: %s", qPrintable(tx.error()));
        return entity;
    }

    qint64 township(const QString& name, int sortOrder)
    {
        Township t;
        t.name = name;
        t.sortOrder = sortOrder;
        WriteTransaction tx(*m_db);
        TownshipRepository(*m_db).insert(tx, t);
        tx.commit();
        return t.id;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no name") << "name"
                                 << "name"
                                 << "required";
        QTest::newRow("bad credit code") << "creditCode"
                                         << "creditCode"
                                         << "check character";
        QTest::newRow("credit code from Excel") << "creditCodeExcel"
                                                << "creditCode"
                                                << "Excel";
        QTest::newRow("unknown category") << "category"
                                          << "category"
                                          << "category";
        QTest::newRow("unknown ownership") << "ownership"
                                           << "ownership"
                                           << "public";
        QTest::newRow("unknown status") << "status"
                                        << "status"
                                        << "status";
        QTest::newRow("unknown risk class") << "riskClass"
                                            << "riskClass"
                                            << "A, B, C or D";
        QTest::newRow("bad phone") << "phone"
                                   << "phone"
                                   << "phone number";
        QTest::newRow("blacklisted without reason") << "blacklistReason"
                                                    << "blacklistReason"
                                                    << "why";
        QTest::newRow("blacklisting ends before it starts") << "blacklistTo"
                                                            << "blacklistTo"
                                                            << "before its start";
    }
    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Entity e = validEntity();
        e.creditCode = creditCode(1);
        e.blacklistFrom = QDate(2024, 1, 1);
        QVERIFY(e.problems().isEmpty());
        if (change == QLatin1String("name"))
            e.name = QStringLiteral(" ");
        else if (change == QLatin1String("creditCode"))
            e.creditCode[17] = e.creditCode[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        else if (change == QLatin1String("creditCodeExcel"))
            e.creditCode = QStringLiteral("9.14690062012665E+17");
        else if (change == QLatin1String("category"))
            e.category = QStringLiteral("hospital");
        else if (change == QLatin1String("ownership"))
            e.ownership = QStringLiteral("mixed");
        else if (change == QLatin1String("status"))
            e.status = QStringLiteral("gone");
        else if (change == QLatin1String("riskClass"))
            e.riskClass = QStringLiteral("E");
        else if (change == QLatin1String("phone"))
            e.phone = QStringLiteral("abc");
        else if (change == QLatin1String("blacklistReason"))
            e.blacklisted = true;
        else if (change == QLatin1String("blacklistTo"))
            e.blacklistTo = e.blacklistFrom.addDays(-1);
        const FieldErrors errors = e.problems();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));

        EntityRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.insert(tx, e));
        QVERIFY2(tx.error().startsWith(Entity::fieldLabel(field)), qPrintable(tx.error()));
        QVERIFY(!tx.commit());
        QCOMPARE(rowCount(*m_db, QStringLiteral("entity")), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);
    }

    void insertGivesCodeAndAudits()
    {
        EntityRepository repo(*m_db);
        QCOMPARE(repo.nextCode(), QStringLiteral("DX000001"));
        Entity e = validEntity();
        e.creditCode = creditCode(7);
        e.tags = {QStringLiteral("寄宿制"), QStringLiteral("农村")};
        e.townshipId = township(QStringLiteral("昌黎镇"), 1);
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(repo.insert(tx, e), qPrintable(tx.error()));
            QVERIFY(tx.commit());
        }
        QVERIFY(e.id > 0);
        QCOMPARE(e.code, QStringLiteral("DX000001"));
        QCOMPARE(repo.nextCode(), QStringLiteral("DX000002"));
        const auto stored = repo.find(e.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, e.name);
        QCOMPARE(stored->townshipName, QStringLiteral("昌黎镇"));
        QCOMPARE(stored->tags, e.tags);
        QCOMPARE(stored->drawId(), e.creditCode);
        QCOMPARE(repo.findByCreditCode(e.creditCode)->id, e.id);
        QCOMPARE(repo.findByCode(QStringLiteral("DX000001"))->id, e.id);

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
        QCOMPARE(audit[0].objectId, QStringLiteral("DX000001"));
        QVERIFY(audit[0].oldValues.isNull());
        QCOMPARE(audit[0].newJson().value(QStringLiteral("creditCode")).toString(), e.creditCode);
        QCOMPARE(audit[0].newJson().value(QStringLiteral("tags")).toArray().size(), 2);
    }

    void entityWithOnlyANameCanBeSaved()
    {
        Entity e;
        e.name = QStringLiteral("城关幼儿园");
        e = add(e);
        QVERIFY(e.id > 0);
        const auto stored = EntityRepository(*m_db).find(e.id);
        QCOMPARE(stored->address, QString());
        QCOMPARE(stored->drawId(), e.code); // no credit code: the registry code is drawn
    }

    void updateAndSetStatusAreAudited()
    {
        EntityRepository repo(*m_db);
        const qint64 changli = township(QStringLiteral("昌黎镇"), 1);
        const qint64 jieshi = township(QStringLiteral("碣石山镇"), 2);
        Entity e = validEntity();
        e.townshipId = changli;
        e = add(e);
        e.name = QStringLiteral("昌黎县实验小学");
        e.townshipId = jieshi;
        e.blacklisted = true;
        e.blacklistReason = QStringLiteral("无证办学");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.update(tx, e));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repo.find(e.id)->townshipName, QStringLiteral("碣石山镇"));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setStatus(tx, e.id, QStringLiteral("suspended")));
            QVERIFY(tx.commit());
        }
        QVERIFY(!repo.find(e.id)->isActive());

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[1].action, QStringLiteral("update"));
        QCOMPARE(audit[1].objectId, e.code);
        QCOMPARE(audit[1].oldJson().value(QStringLiteral("name")).toString(), QStringLiteral("昌黎县第一小学"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("name")).toString(), QStringLiteral("昌黎县实验小学"));
        QCOMPARE(audit[1].oldJson().value(QStringLiteral("township")).toString(), QStringLiteral("昌黎镇"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("township")).toString(), QStringLiteral("碣石山镇"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("blacklisted")).toBool(), true);
        QCOMPARE(audit[2].oldJson().value(QStringLiteral("status")).toString(), QStringLiteral("normal"));
        QCOMPARE(audit[2].newJson().value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));

        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.setStatus(tx, e.id, QStringLiteral("gone")));
            QVERIFY(tx.error().startsWith(Entity::fieldLabel(QStringLiteral("status"))));
        }
        Entity ghost = e;
        ghost.id = 999;
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.update(tx, ghost));
        QVERIFY(tx.error().contains(QStringLiteral("no longer exists")));
    }

    void duplicatesAreRefused()
    {
        // The UNIQUE constraints refuse a taken code; the message names the entity that has it.
        EntityRepository repo(*m_db);
        Entity first = validEntity(QStringLiteral("昌黎县第一小学"));
        first.creditCode = creditCode(1);
        first = add(first);

        Entity second = validEntity(QStringLiteral("昌黎县第二小学"));
        second.creditCode = first.creditCode;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.insert(tx, second));
            QCOMPARE(tx.error(),
                     QStringLiteral("The credit code %1 already belongs to 昌黎县第一小学 (%2).")
                         .arg(first.creditCode, first.code));
            QVERIFY(!tx.commit());
        }
        second.creditCode.clear();
        second.code = first.code;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.insert(tx, second));
            QCOMPARE(tx.error(),
                     QStringLiteral("The registry code %1 already belongs to 昌黎县第一小学.").arg(first.code));
        }
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 1);
        second.code.clear();
        second = add(second);
        QVERIFY(second.id > 0);
        second.creditCode = first.creditCode;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.update(tx, second));
            QCOMPARE(tx.error(),
                     QStringLiteral("The credit code %1 already belongs to 昌黎县第一小学 (%2).")
                         .arg(first.creditCode, first.code));
        }
        second.creditCode.clear();
        second.code = first.code;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.update(tx, second));
            QCOMPARE(tx.error(),
                     QStringLiteral("The registry code %1 already belongs to 昌黎县第一小学.").arg(first.code));
        }
        QVERIFY(repo.find(second.id)->creditCode.isEmpty());
        QCOMPARE(repo.find(second.id)->code, QStringLiteral("DX000002"));
        // An entity keeps its own codes when it is changed.
        first.phone = QStringLiteral("13831234567");
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(repo.update(tx, first), qPrintable(tx.error()));
            QVERIFY(tx.commit());
        }
        // Entities without a credit code do not clash with each other.
        QVERIFY(add(validEntity(QStringLiteral("教学点"))).id > 0);
        QCOMPARE(repo.count(), 3);
    }

    void registryCodes_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("first") << qint64(1) << QStringLiteral("DX000001");
        QTest::newRow("six digits") << qint64(999999) << QStringLiteral("DX999999");
        QTest::newRow("seven digits") << qint64(1000000) << QStringLiteral("DX1000000");
        QTest::newRow("zero: not automatic") << qint64(0) << QString();
        QTest::newRow("past nine digits") << qint64(1000000000) << QString();
    }
    void registryCodes()
    {
        QFETCH(qint64, number);
        QFETCH(QString, code);
        QCOMPARE(EntityRepository::codeForNumber(number), code);
    }

    void removeOnlyWhatNothingRefersTo()
    {
        EntityRepository repo(*m_db);
        const Entity mistake = add(validEntity(QStringLiteral("误录学校")));
        const Entity kept = add(validEntity(QStringLiteral("有回避关系的学校")));
        Inspector inspector;
        inspector.name = QStringLiteral("李明");
        Conflict conflict;
        conflict.entityId = kept.id;
        conflict.reason = QStringLiteral("relative");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(InspectorRepository(*m_db).insert(tx, inspector));
            conflict.inspectorId = inspector.id;
            QVERIFY(ConflictRepository(*m_db).insert(tx, conflict));
            QVERIFY(tx.commit());
        }
        QVERIFY(repo.isReferenced(kept.id));
        QVERIFY(!repo.isReferenced(mistake.id));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.remove(tx, kept.id));
            QVERIFY2(tx.error().contains(QStringLiteral("有回避关系的学校")), qPrintable(tx.error()));
        }
        QVERIFY(repo.find(kept.id));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.remove(tx, mistake.id));
            QVERIFY(tx.commit());
        }
        QVERIFY(!repo.find(mistake.id));
        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.last().action, QStringLiteral("delete"));
        QCOMPARE(audit.last().objectId, mistake.code);
        QCOMPARE(audit.last().oldJson().value(QStringLiteral("name")).toString(), QStringLiteral("误录学校"));
        QVERIFY(audit.last().newValues.isNull());
    }

    void filtersSortAndPaging()
    {
        const qint64 changli = township(QStringLiteral("昌黎镇"), 1);
        const qint64 jieshi = township(QStringLiteral("碣石山镇"), 2);
        auto make = [&](const QString& name, const QString& category, qint64 townshipId, const QString& risk,
                        bool blacklisted, const QStringList& tags) {
            Entity e = validEntity(name);
            e.category = category;
            e.townshipId = townshipId;
            e.riskClass = risk;
            e.blacklisted = blacklisted;
            e.blacklistReason = blacklisted ? QStringLiteral("违规收费") : QString();
            e.tags = tags;
            return add(e);
        };
        const QString primary = QStringLiteral("primary");
        const QString kindergarten = QStringLiteral("kindergarten");
        const QString training = QStringLiteral("training");
        make(QStringLiteral("丙小学"), primary, jieshi, QStringLiteral("A"), false, {QStringLiteral("寄宿制")});
        make(QStringLiteral("甲幼儿园"), kindergarten, changli, QStringLiteral("C"), true,
             {QStringLiteral("民办普惠")});
        make(QStringLiteral("乙培训学校"), training, changli, QStringLiteral("D"), true,
             {QStringLiteral("民办"), QStringLiteral("学科类")});
        Entity closed = make(QStringLiteral("丁小学"), primary, 0, QStringLiteral("B"), false, {});
        {
            WriteTransaction tx(*m_db);
            QVERIFY(EntityRepository(*m_db).setStatus(tx, closed.id, QStringLiteral("closed")));
            QVERIFY(tx.commit());
        }
        Entity withCredit = validEntity(QStringLiteral("戊中学"));
        withCredit.category = QStringLiteral("junior");
        withCredit.creditCode = creditCode(42);
        withCredit.townshipId = jieshi;
        withCredit = add(withCredit);

        EntityRepository repo(*m_db);
        QCOMPARE(repo.count(), 5);
        EntityFilter f;
        f.text = QStringLiteral("小学");
        QCOMPARE(codes(repo.list(f)), QStringList({QStringLiteral("DX000001"), QStringLiteral("DX000004")}));
        f.text = withCredit.creditCode.mid(8, 6);
        QCOMPARE(codes(repo.list(f)), QStringList({withCredit.code}));
        f.text = QStringLiteral("dx000003");
        QCOMPARE(codes(repo.list(f)), QStringList({QStringLiteral("DX000003")}));

        EntityFilter byCategory;
        byCategory.category = primary;
        QCOMPARE(repo.count(byCategory), 2);
        EntityFilter byTownship;
        byTownship.townshipId = changli;
        QCOMPARE(codes(repo.list(byTownship)), QStringList({QStringLiteral("DX000002"), QStringLiteral("DX000003")}));
        EntityFilter byStatus;
        byStatus.status = QStringLiteral("closed");
        QCOMPARE(codes(repo.list(byStatus)), QStringList({QStringLiteral("DX000004")}));
        EntityFilter byRisk;
        byRisk.riskClass = QStringLiteral("D");
        QCOMPARE(codes(repo.list(byRisk)), QStringList({QStringLiteral("DX000003")}));
        EntityFilter blacklisted;
        blacklisted.blacklisted = 1;
        QCOMPARE(codes(repo.list(blacklisted)), QStringList({QStringLiteral("DX000002"), QStringLiteral("DX000003")}));
        blacklisted.blacklisted = 0;
        QCOMPARE(repo.count(blacklisted), 3);

        // A tag matches whole: 民办 is not 民办普惠.
        EntityFilter byTag;
        byTag.tag = QStringLiteral("民办");
        QCOMPARE(codes(repo.list(byTag)), QStringList({QStringLiteral("DX000003")}));
        byTag.tag = QStringLiteral("学科类");
        QCOMPARE(codes(repo.list(byTag)), QStringList({QStringLiteral("DX000003")}));
        byTag.tag = QStringLiteral("民办普惠");
        QCOMPARE(codes(repo.list(byTag)), QStringList({QStringLiteral("DX000002")}));
        byTag.tag = QStringLiteral("普惠");
        QCOMPARE(repo.count(byTag), 0);

        EntityFilter combined;
        combined.townshipId = changli;
        combined.category = kindergarten;
        combined.blacklisted = 1;
        QCOMPARE(codes(repo.list(combined)), QStringList({QStringLiteral("DX000002")}));

        // Townships sort by their order (none first), then by code within one.
        QCOMPARE(codes(repo.list({}, QStringLiteral("township"))),
                 QStringList({QStringLiteral("DX000004"), QStringLiteral("DX000002"), QStringLiteral("DX000003"),
                              QStringLiteral("DX000001"), QStringLiteral("DX000005")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("riskClass"), Qt::DescendingOrder, 0, 2)),
                 QStringList({QStringLiteral("DX000003"), QStringLiteral("DX000002")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::AscendingOrder, 2, 2)),
                 QStringList({QStringLiteral("DX000003"), QStringLiteral("DX000004")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::DescendingOrder, 4, 10)),
                 QStringList({QStringLiteral("DX000001")}));
    }

    void rolledBackTransactionLeavesNothing()
    {
        EntityRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            Entity e = validEntity();
            QVERIFY(repo.insert(tx, e));
        }
        QCOMPARE(repo.count(), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);

        const Entity kept = add(validEntity());
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setStatus(tx, kept.id, QStringLiteral("closed")));
            Entity bad = validEntity(QString());
            QVERIFY(!repo.insert(tx, bad));
            QVERIFY(!tx.commit());
        }
        QVERIFY(repo.find(kept.id)->isActive());
        QCOMPARE(auditRows(*m_db).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEntityRepository)
#include "tst_entityrepository.moc"
