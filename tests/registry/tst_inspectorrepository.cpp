#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
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

QList<AuditRow> auditRows(Database& db, const QString& objectType = QStringLiteral("inspector"))
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT action, object_type, object_id, old_values, new_values FROM audit_log "
                             "WHERE object_type = ? ORDER BY seq"));
    q.addBindValue(objectType);
    q.exec();
    QList<AuditRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3),
                     q.value(4)});
    return rows;
}

int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

// A valid ID card number born on `birth`; the 17th digit is odd for a man.
QString idCard(QDate birth, bool male)
{
    const QString first17 = QStringLiteral("130322") + birth.toString(QStringLiteral("yyyyMMdd"))
        + (male ? QStringLiteral("001") : QStringLiteral("002"));
    return first17 + Validators::idCardCheckCharacter(first17);
}

Inspector validInspector(const QString& name = QStringLiteral("李明"))
{
    Inspector p;
    p.name = name;
    p.gender = QStringLiteral("male");
    p.section = QStringLiteral("行政执法办公室");
    p.certNo = QStringLiteral("冀执字0335001");
    p.certFrom = QDate(2022, 1, 1);
    p.certTo = QDate(2026, 12, 31);
    p.specialties = {QStringLiteral("学前教育"), QStringLiteral("安全")};
    p.phone = QStringLiteral("13831234567");
    p.idCard = idCard(QDate(1980, 5, 1), true);
    return p;
}

QStringList codes(const QList<Inspector>& list)
{
    QStringList result;
    for (const Inspector& p : list)
        result << p.code;
    return result;
}

} // namespace

class TestInspectorRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    Inspector add(Inspector inspector)
    {
        InspectorRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        if (!repo.insert(tx, inspector) || !tx.commit())
            qWarning("insert failed: %s", qPrintable(tx.error()));
        return inspector;
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
        QTest::newRow("no name") << "name" << "name" << "required";
        QTest::newRow("code with space") << "code" << "code" << "spaces";
        QTest::newRow("unknown gender") << "gender" << "gender" << "gender";
        QTest::newRow("unknown status") << "status" << "status" << "status";
        QTest::newRow("certificate ends before it starts") << "certTo" << "certTo" << "before its start";
        QTest::newRow("dates without a certificate number") << "certNo" << "certNo" << "certificate number";
        QTest::newRow("bad ID card check character") << "idCard" << "idCard" << "check character";
        QTest::newRow("short ID card") << "idCardShort" << "idCard" << "18";
        QTest::newRow("ID card of a woman, gender male") << "idCardGender" << "gender" << "woman";
        QTest::newRow("bad phone") << "phone" << "phone" << "phone number";
        QTest::newRow("specialty with a comma") << "specialties" << "specialties" << "comma";
    }
    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Inspector p = validInspector();
        p.code = QStringLiteral("ZF-001");
        QVERIFY(p.problems().isEmpty());
        if (change == QLatin1String("name"))
            p.name = QStringLiteral("  ");
        else if (change == QLatin1String("code"))
            p.code = QStringLiteral("ZF 001");
        else if (change == QLatin1String("gender"))
            p.gender = QStringLiteral("男性");
        else if (change == QLatin1String("status"))
            p.status = QStringLiteral("fired");
        else if (change == QLatin1String("certTo"))
            p.certTo = p.certFrom.addDays(-1);
        else if (change == QLatin1String("certNo"))
            p.certNo.clear();
        else if (change == QLatin1String("idCard"))
            p.idCard[17] = p.idCard[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        else if (change == QLatin1String("idCardShort"))
            p.idCard = p.idCard.left(15);
        else if (change == QLatin1String("idCardGender"))
            p.idCard = idCard(QDate(1985, 2, 3), false);
        else if (change == QLatin1String("phone"))
            p.phone = QStringLiteral("12345");
        else if (change == QLatin1String("specialties"))
            p.specialties << QStringLiteral("督导，安全");

        const FieldErrors errors = p.problems();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));

        InspectorRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.insert(tx, p));
        QVERIFY2(tx.error().startsWith(Inspector::fieldLabel(field)), qPrintable(tx.error()));
        QVERIFY(!tx.commit());
        QCOMPARE(rowCount(*m_db, QStringLiteral("inspector")), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);
    }

    void optionalFieldsMayBeEmpty()
    {
        Inspector p;
        p.code = QStringLiteral("ZF-001");
        p.name = QStringLiteral("王芳");
        QVERIFY(p.problems().isEmpty()); // no gender, certificate, phone or ID card
        p.certNo = QStringLiteral("冀执字0335002");
        QVERIFY(p.problems().isEmpty()); // a certificate without dates: valid without limit
        p.certFrom = QDate(2020, 1, 1);
        QVERIFY(p.problems().isEmpty()); // open end
        p.idCard = QStringLiteral("11010519491231002X");
        p.gender = QStringLiteral("female");
        QVERIFY(p.problems().isEmpty());
    }

    void isCertifiedOn_data()
    {
        QTest::addColumn<QString>("certNo");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("certified");
        const QDate from(2022, 1, 1);
        const QDate to(2024, 12, 31);
        QTest::newRow("within") << "C1" << from << to << QDate(2023, 6, 1) << true;
        QTest::newRow("first day") << "C1" << from << to << from << true;
        QTest::newRow("last day") << "C1" << from << to << to << true;
        QTest::newRow("expired") << "C1" << from << to << to.addDays(1) << false;
        QTest::newRow("not yet") << "C1" << from << to << from.addDays(-1) << false;
        QTest::newRow("open end") << "C1" << from << QDate() << QDate(2040, 1, 1) << true;
        QTest::newRow("open both") << "C1" << QDate() << QDate() << QDate(2000, 1, 1) << true;
        QTest::newRow("no certificate") << "" << QDate() << QDate() << QDate(2023, 6, 1) << false;
    }
    void isCertifiedOn()
    {
        QFETCH(QString, certNo);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, on);
        QFETCH(bool, certified);
        Inspector p;
        p.certNo = certNo;
        p.certFrom = from;
        p.certTo = to;
        QCOMPARE(p.isCertifiedOn(on), certified);

        // The repository's filter agrees with the struct.
        p.code = QStringLiteral("ZF-001");
        p.name = QStringLiteral("测试");
        p = add(p);
        QVERIFY(p.id > 0);
        InspectorRepository repo(*m_db);
        InspectorFilter filter;
        filter.certified = 1;
        filter.certifiedOn = on;
        QCOMPARE(repo.count(filter), certified ? 1 : 0);
        filter.certified = 0;
        QCOMPARE(repo.count(filter), certified ? 0 : 1);
    }

    // The one rule for 持证: judged on the inspection date, else the day of the draw, else today — so a certificate
    // that expired 2025-03-03 is not valid on any of them in 2026; no day at all certifies nobody.
    void certificateDate()
    {
        const QDate inspected(2026, 4, 10);
        const QDate drawn(2026, 3, 31);
        const QDate today(2026, 5, 1);
        QCOMPARE(Inspector::certificateDate(inspected, drawn, today), inspected);
        QCOMPARE(Inspector::certificateDate({}, drawn, today), drawn);
        QCOMPARE(Inspector::certificateDate({}, {}, today), today);
        QCOMPARE(Inspector::certificateDate(inspected, {}, today), inspected);

        Inspector p;
        p.certNo = QStringLiteral("C1");
        p.certTo = QDate(2025, 3, 3);
        for (const QDate& day : {inspected, drawn, today})
            QVERIFY(!p.isCertifiedOn(Inspector::certificateDate(day, drawn, today)));
        p.certTo = inspected;
        QVERIFY(p.isCertifiedOn(Inspector::certificateDate(inspected, drawn, today)));
        QVERIFY(p.isCertifiedOn(Inspector::certificateDate({}, drawn, today)));
        QVERIFY(!p.isCertifiedOn(Inspector::certificateDate({}, {}, today)));
        p.certTo = {};
        QVERIFY(!p.isCertifiedOn(QDate()));
    }

    void availabilityAndMask()
    {
        Inspector p = validInspector();
        QVERIFY(p.isAvailable());
        p.status = QStringLiteral("on_leave");
        QVERIFY(!p.isAvailable());
        p.idCard = QStringLiteral("11010519491231002X");
        QCOMPARE(p.maskedIdCard(), QStringLiteral("110105********002X"));
        p.idCard.clear();
        QCOMPARE(p.maskedIdCard(), QString());
    }

    void insertNormalizesAndAudits()
    {
        InspectorRepository repo(*m_db);
        QCOMPARE(repo.nextCode(), QStringLiteral("ZF-001"));
        Inspector p = validInspector();
        p.name = QStringLiteral(" 王芳 ");
        p.gender = QStringLiteral("female");
        p.idCard = QStringLiteral("11010519491231002x"); // lower-case x as typed
        p.specialties = {QStringLiteral(" 安全 "), QString(), QStringLiteral("安全"), QStringLiteral("财务")};
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(repo.insert(tx, p), qPrintable(tx.error()));
            QVERIFY(tx.commit());
        }
        QVERIFY(p.id > 0);
        QCOMPARE(p.code, QStringLiteral("ZF-001"));
        QCOMPARE(repo.nextCode(), QStringLiteral("ZF-002"));
        const auto stored = repo.find(p.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("王芳"));
        QCOMPARE(stored->idCard, QStringLiteral("11010519491231002X"));
        QCOMPARE(stored->specialties, QStringList({QStringLiteral("安全"), QStringLiteral("财务")}));
        QCOMPARE(stored->toJson(), p.toJson());
        QCOMPARE(repo.findByCode(QStringLiteral("ZF-001"))->id, p.id);
        QCOMPARE(repo.findByCertNo(p.certNo)->id, p.id);

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
        QCOMPARE(audit[0].objectId, QStringLiteral("ZF-001"));
        QVERIFY(audit[0].oldValues.isNull());
        // The audit keeps the full ID card number; only displays mask it.
        QCOMPARE(audit[0].newJson().value(QStringLiteral("idCard")).toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(audit[0].newJson().value(QStringLiteral("certNo")).toString(), p.certNo);
    }

    void updateAndSetStatusAreAudited()
    {
        InspectorRepository repo(*m_db);
        Inspector p = add(validInspector());
        p.section = QStringLiteral("基础教育股");
        p.certTo = QDate(2029, 12, 31);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.update(tx, p));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repo.find(p.id)->section, QStringLiteral("基础教育股"));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setStatus(tx, p.id, QStringLiteral("retired")));
            QVERIFY(tx.commit());
        }
        QVERIFY(!repo.find(p.id)->isAvailable());
        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[1].action, QStringLiteral("update"));
        QCOMPARE(audit[1].objectId, p.code);
        QCOMPARE(audit[1].oldJson().value(QStringLiteral("section")).toString(), QStringLiteral("行政执法办公室"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("section")).toString(), QStringLiteral("基础教育股"));
        QCOMPARE(audit[1].oldJson().value(QStringLiteral("certTo")).toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("certTo")).toString(), QStringLiteral("2029-12-31"));
        QCOMPARE(audit[2].oldJson().value(QStringLiteral("status")).toString(), QStringLiteral("on_duty"));
        QCOMPARE(audit[2].newJson().value(QStringLiteral("status")).toString(), QStringLiteral("retired"));

        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.setStatus(tx, p.id, QStringLiteral("gone")));
            QVERIFY(tx.error().startsWith(Inspector::fieldLabel(QStringLiteral("status"))));
        }
        Inspector ghost = p;
        ghost.id = 999;
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.update(tx, ghost));
        QVERIFY(tx.error().contains(QStringLiteral("no longer exists")));
        QCOMPARE(auditRows(*m_db).size(), 3);
    }

    void duplicateCodeAndCertificateAreRefused()
    {
        InspectorRepository repo(*m_db);
        Inspector first = validInspector(QStringLiteral("李明"));
        first.code = QStringLiteral("ZF-001");
        first = add(first);

        Inspector second = validInspector(QStringLiteral("赵强"));
        second.code = QStringLiteral("ZF-001");
        second.certNo = QStringLiteral("冀执字0335099");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.insert(tx, second));
            QVERIFY2(tx.error().contains(QStringLiteral("ZF-001")) && tx.error().contains(QStringLiteral("李明")),
                     qPrintable(tx.error()));
        }
        second.code.clear();
        second.certNo = first.certNo;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.insert(tx, second));
            QVERIFY2(tx.error().contains(first.certNo) && tx.error().contains(QStringLiteral("李明")),
                     qPrintable(tx.error()));
        }
        second.certNo = QStringLiteral("冀执字0335099");
        second = add(second);
        QCOMPARE(second.code, QStringLiteral("ZF-002"));
        second.certNo = first.certNo;
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.update(tx, second));
            QVERIFY(tx.error().contains(first.certNo));
        }
        // Two inspectors without a certificate do not clash.
        Inspector a = validInspector(QStringLiteral("甲"));
        a.certNo.clear();
        a.certFrom = a.certTo = QDate();
        Inspector b = a;
        b.name = QStringLiteral("乙");
        b.idCard.clear();
        QVERIFY(add(a).id > 0);
        QVERIFY(add(b).id > 0);
        QCOMPARE(repo.count(), 4);
        QCOMPARE(auditRows(*m_db).size(), 4);
    }

    void removeOnlyWhatNothingRefersTo()
    {
        InspectorRepository repo(*m_db);
        const Inspector mistake = add(validInspector(QStringLiteral("误录")));
        Inspector kept = validInspector(QStringLiteral("回避人"));
        kept.certNo = QStringLiteral("冀执字0335100");
        kept = add(kept);

        // A conflict of interest refers to `kept`.
        Entity school;
        school.name = QStringLiteral("昌黎县第一中学");
        Conflict conflict;
        conflict.inspectorId = kept.id;
        conflict.reason = QStringLiteral("relative");
        {
            WriteTransaction tx(*m_db);
            QVERIFY(EntityRepository(*m_db).insert(tx, school));
            conflict.entityId = school.id;
            QVERIFY(ConflictRepository(*m_db).insert(tx, conflict));
            QVERIFY(tx.commit());
        }
        QVERIFY(repo.isReferenced(kept.id));
        QVERIFY(!repo.isReferenced(mistake.id));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.remove(tx, kept.id));
            QVERIFY2(tx.error().contains(QStringLiteral("回避人")) && tx.error().contains(QStringLiteral("retired")),
                     qPrintable(tx.error()));
        }
        QVERIFY(repo.find(kept.id));
        // A deactivated conflict still refers to the inspector: the record is kept.
        {
            WriteTransaction tx(*m_db);
            QVERIFY(ConflictRepository(*m_db).setActive(tx, conflict.id, false));
            QVERIFY(tx.commit());
        }
        QVERIFY(repo.isReferenced(kept.id));

        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.remove(tx, mistake.id));
            QVERIFY(tx.commit());
        }
        QVERIFY(!repo.find(mistake.id));
        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.last().action, QStringLiteral("delete"));
        QCOMPARE(audit.last().objectId, mistake.code);
        QCOMPARE(audit.last().oldJson().value(QStringLiteral("name")).toString(), QStringLiteral("误录"));
        QVERIFY(audit.last().newValues.isNull());

        WriteTransaction tx(*m_db);
        QVERIFY(!repo.remove(tx, mistake.id));
        QVERIFY(tx.error().contains(QStringLiteral("no longer exists")));
    }

    void filtersSortAndPaging()
    {
        const QDate today = QDate::currentDate();
        auto make = [&](const QString& code, const QString& name, const QString& section, const QString& certNo,
                        QDate certTo, const QString& status) {
            Inspector p;
            p.code = code;
            p.name = name;
            p.section = section;
            p.certNo = certNo;
            p.certTo = certTo;
            p.status = status;
            return add(p);
        };
        const QString onDuty = QStringLiteral("on_duty");
        const QString office = QStringLiteral("行政执法办公室");
        const QString basic = QStringLiteral("基础教育股");
        make(QStringLiteral("ZF-001"), QStringLiteral("张伟"), office, QStringLiteral("C-001"), QDate(), onDuty);
        make(QStringLiteral("ZF-002"), QStringLiteral("李娜"), basic, QStringLiteral("C-002"), today.addDays(-1),
             onDuty); // expired yesterday
        make(QStringLiteral("ZF-003"), QStringLiteral("王磊"), basic, QString(), QDate(), onDuty);
        make(QStringLiteral("ZF-004"), QStringLiteral("刘洋"), office, QStringLiteral("C-004"), today,
             QStringLiteral("on_leave"));
        make(QStringLiteral("ZF-005"), QStringLiteral("陈静"), QString(), QStringLiteral("C-005"), QDate(), onDuty);

        InspectorRepository repo(*m_db);
        QCOMPARE(repo.count(), 5);
        QCOMPARE(repo.sections(), QStringList({basic, office})); // distinct, sorted, no empty entry

        InspectorFilter f;
        f.text = QStringLiteral("李");
        QCOMPARE(codes(repo.list(f)), QStringList({QStringLiteral("ZF-002")}));
        f.text = QStringLiteral("C-00"); // certificate numbers
        QCOMPARE(codes(repo.list(f)).size(), 4);
        f.text = QStringLiteral("zf-003");
        QCOMPARE(codes(repo.list(f)), QStringList({QStringLiteral("ZF-003")}));

        InspectorFilter bySection;
        bySection.section = basic;
        QCOMPARE(codes(repo.list(bySection)), QStringList({QStringLiteral("ZF-002"), QStringLiteral("ZF-003")}));
        InspectorFilter byStatus;
        byStatus.status = QStringLiteral("on_leave");
        QCOMPARE(codes(repo.list(byStatus)), QStringList({QStringLiteral("ZF-004")}));

        InspectorFilter certified;
        certified.certified = 1; // today
        QCOMPARE(codes(repo.list(certified)),
                 QStringList({QStringLiteral("ZF-001"), QStringLiteral("ZF-004"), QStringLiteral("ZF-005")}));
        certified.certified = 0;
        QCOMPARE(codes(repo.list(certified)), QStringList({QStringLiteral("ZF-002"), QStringLiteral("ZF-003")}));
        certified.certified = 1;
        certified.certifiedOn = today.addDays(-1);
        QCOMPARE(repo.count(certified), 4);
        certified.certifiedOn = today.addDays(1);
        QCOMPARE(repo.count(certified), 2);
        certified.section = office;
        certified.status = onDuty;
        QCOMPARE(codes(repo.list(certified)), QStringList({QStringLiteral("ZF-001")}));

        auto names = [&](Qt::SortOrder order) {
            QStringList list;
            for (const Inspector& p : repo.list({}, QStringLiteral("name"), order))
                list << p.name;
            return list;
        };
        QStringList sorted = names(Qt::DescendingOrder);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names(Qt::AscendingOrder), sorted);
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(names(Qt::DescendingOrder), sorted);
        QVERIFY(names(Qt::AscendingOrder) != names(Qt::DescendingOrder));
        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::DescendingOrder, 1, 2)),
                 QStringList({QStringLiteral("ZF-004"), QStringLiteral("ZF-003")}));
        QCOMPARE(codes(repo.list({}, QStringLiteral("code"), Qt::AscendingOrder, 4, 5)),
                 QStringList({QStringLiteral("ZF-005")}));
    }

    void rolledBackTransactionLeavesNothing()
    {
        InspectorRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            Inspector p = validInspector();
            QVERIFY(repo.insert(tx, p));
        }
        QCOMPARE(repo.count(), 0);
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit_log")), 0);

        const Inspector p = add(validInspector());
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.remove(tx, p.id));
            Inspector bad = validInspector(QString());
            QVERIFY(!repo.insert(tx, bad));
            QVERIFY(!tx.commit());
        }
        QVERIFY(repo.find(p.id));
        QCOMPARE(auditRows(*m_db).size(), 1);
    }

    void jsonAndLabels()
    {
        const QJsonObject json = validInspector().toJson();
        for (const QString& field : Inspector::fields()) {
            QVERIFY2(json.contains(field), qPrintable(field));
            QVERIFY2(Inspector::fieldLabel(field) != field, qPrintable(field));
        }
        QCOMPARE(json.value(QStringLiteral("specialties")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInspectorRepository)
#include "tst_inspectorrepository.moc"
