#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

// Conflicts are deactivated, never deleted (R6, R10). (InspectorRepository shows the check can fail.)
template<typename Repository> constexpr bool canRemove = requires(Repository& r, WriteTransaction& tx)
{
    r.remove(tx, qint64(1));
};
static_assert(canRemove<InspectorRepository>);
static_assert(!canRemove<ConflictRepository>);

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
                          "WHERE object_type = 'conflict' ORDER BY seq"));
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

// A valid 统一社会信用代码 of a public institution of the county (prefix 12130322) with this organisation code base.
QString creditCode(const QString& organisationBase)
{
    const QString first17
        = QStringLiteral("12130322") + organisationBase + Validators::organizationCodeCheckCharacter(organisationBase);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

QList<qint64> ids(const QList<Conflict>& list)
{
    QList<qint64> result;
    for (const Conflict& c : list)
        result << c.id;
    return result;
}

} // namespace

class TestConflictRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    Inspector m_li; // ZF-001 李明
    Inspector m_wang; // ZF-002 王芳
    Entity m_school; // DX00001 昌黎县第一中学, with a credit code
    Entity m_kinder; // DX00002 城关幼儿园

    Conflict make(const Inspector& inspector, const Entity& entity, QDate from = {}, QDate to = {})
    {
        Conflict c;
        c.inspectorId = inspector.id;
        c.entityId = entity.id;
        c.reason = QStringLiteral("relative");
        c.validFrom = from;
        c.validTo = to;
        return c;
    }

    Conflict add(Conflict conflict)
    {
        ConflictRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        if (!repo.insert(tx, conflict) || !tx.commit())
            qWarning("insert failed: %s", qPrintable(tx.error()));
        return conflict;
    }

    QString insertError(Conflict conflict)
    {
        ConflictRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        if (repo.insert(tx, conflict) && tx.commit())
            return {};
        return tx.error();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
        InspectorRepository inspectors(*m_db);
        EntityRepository entities(*m_db);
        m_li = {};
        m_li.name = QStringLiteral("李明");
        m_wang = {};
        m_wang.name = QStringLiteral("王芳");
        m_school = {};
        m_school.name = QStringLiteral("昌黎县第一中学");
        m_school.category = QStringLiteral("senior");
        m_school.creditCode = creditCode(QStringLiteral("MB0A0005"));
        m_kinder = {};
        m_kinder.name = QStringLiteral("城关幼儿园");
        m_kinder.category = QStringLiteral("kindergarten");
        WriteTransaction tx(*m_db);
        QVERIFY(inspectors.insert(tx, m_li));
        QVERIFY(inspectors.insert(tx, m_wang));
        QVERIFY(entities.insert(tx, m_school));
        QVERIFY(entities.insert(tx, m_kinder));
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }
    void cleanup() { m_db.reset(); }

    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no inspector") << "inspector"
                                      << "inspector"
                                      << "inspector";
        QTest::newRow("no entity") << "entity"
                                   << "entity"
                                   << "entity";
        QTest::newRow("no reason") << "reason"
                                   << "reason"
                                   << "reason";
        QTest::newRow("unknown reason") << "reasonUnknown"
                                        << "reason"
                                        << "reason";
        QTest::newRow("other without details") << "other"
                                               << "reasonText"
                                               << "other";
        QTest::newRow("period ends before it starts") << "validTo"
                                                      << "validTo"
                                                      << "before its start";
    }
    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Conflict c = make(m_li, m_school, QDate(2024, 1, 1), QDate(2024, 12, 31));
        QVERIFY(c.problems().isEmpty());
        if (change == QLatin1String("inspector"))
            c.inspectorId = 0;
        else if (change == QLatin1String("entity"))
            c.entityId = 0;
        else if (change == QLatin1String("reason"))
            c.reason.clear();
        else if (change == QLatin1String("reasonUnknown"))
            c.reason = QStringLiteral("enemy");
        else if (change == QLatin1String("other")) {
            c.reason = QStringLiteral("other");
            c.reasonText = QStringLiteral("  ");
        } else if (change == QLatin1String("validTo"))
            c.validTo = c.validFrom.addDays(-1);
        const FieldErrors errors = c.problems();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));

        const QString error = insertError(c);
        QVERIFY2(error.startsWith(Conflict::fieldLabel(field)), qPrintable(error));
        QCOMPARE(rowCount(*m_db, QStringLiteral("conflict")), 0);
        QCOMPARE(auditRows(*m_db).size(), 0);
    }

    void otherWithDetailsIsAccepted()
    {
        Conflict c = make(m_li, m_school);
        c.reason = QStringLiteral("other");
        c.reasonText = QStringLiteral("曾为该校家长委员会成员");
        QVERIFY(c.problems().isEmpty());
        QVERIFY(add(c).id > 0);
    }

    void missingInspectorOrEntityIsRefused()
    {
        Conflict c = make(m_li, m_school);
        c.inspectorId = 999;
        QString error = insertError(c);
        QVERIFY2(error.startsWith(Conflict::fieldLabel(QStringLiteral("inspector")))
                     && error.contains(QStringLiteral("no longer exists")),
                 qPrintable(error));
        c = make(m_li, m_school);
        c.entityId = 999;
        error = insertError(c);
        QVERIFY2(error.startsWith(Conflict::fieldLabel(QStringLiteral("entity"))), qPrintable(error));
        QCOMPARE(rowCount(*m_db, QStringLiteral("conflict")), 0);
    }

    void insertFillsDisplayFieldsAndAudits()
    {
        Conflict c = make(m_li, m_school, QDate(2024, 1, 1), QDate());
        c.reason = QStringLiteral("former_employee");
        c = add(c);
        QVERIFY(c.id > 0);
        QCOMPARE(c.inspectorCode, QStringLiteral("ZF-001"));
        QCOMPARE(c.inspectorName, QStringLiteral("李明"));
        QCOMPARE(c.entityCode, m_school.code);
        QCOMPARE(c.entityName, QStringLiteral("昌黎县第一中学"));
        const auto stored = ConflictRepository(*m_db).find(c.id);
        QVERIFY(stored);
        QCOMPARE(stored->toJson(), c.toJson());

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("create"));
        QCOMPARE(audit[0].objectType, QStringLiteral("conflict"));
        QCOMPARE(audit[0].objectId, QString::number(c.id));
        QVERIFY(audit[0].oldValues.isNull());
        const QJsonObject json = audit[0].newJson();
        QCOMPARE(json.value(QStringLiteral("inspector")).toString(), QStringLiteral("ZF-001"));
        QCOMPARE(json.value(QStringLiteral("inspectorName")).toString(), QStringLiteral("李明"));
        QCOMPARE(json.value(QStringLiteral("entityName")).toString(), QStringLiteral("昌黎县第一中学"));
        QCOMPARE(json.value(QStringLiteral("entityCreditCode")).toString(), m_school.creditCode);
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("former_employee"));
        QCOMPARE(json.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(json.value(QStringLiteral("active")).toBool(), true);
    }

    void overlappingDuplicateIsRefused_data()
    {
        QTest::addColumn<QDate>("existingFrom");
        QTest::addColumn<QDate>("existingTo");
        QTest::addColumn<QDate>("newFrom");
        QTest::addColumn<QDate>("newTo");
        QTest::addColumn<bool>("refused");
        const QDate jan1(2024, 1, 1);
        const QDate jun30(2024, 6, 30);
        const QDate jul1(2024, 7, 1);
        const QDate dec31(2024, 12, 31);
        QTest::newRow("both open") << QDate() << QDate() << QDate() << QDate() << true;
        QTest::newRow("same period") << jan1 << jun30 << jan1 << jun30 << true;
        QTest::newRow("touching on one day") << jan1 << jun30 << jun30 << dec31 << true;
        QTest::newRow("next day") << jan1 << jun30 << jul1 << dec31 << false;
        QTest::newRow("before") << jul1 << dec31 << jan1 << jun30 << false;
        QTest::newRow("open start reaches it") << jul1 << dec31 << QDate() << jul1 << true;
        QTest::newRow("open end reaches it") << jan1 << jun30 << QDate(2023, 1, 1) << QDate() << true;
        QTest::newRow("existing open end") << jan1 << QDate() << QDate(2030, 1, 1) << QDate(2030, 2, 1) << true;
    }
    void overlappingDuplicateIsRefused()
    {
        QFETCH(QDate, existingFrom);
        QFETCH(QDate, existingTo);
        QFETCH(QDate, newFrom);
        QFETCH(QDate, newTo);
        QFETCH(bool, refused);
        QVERIFY(add(make(m_li, m_school, existingFrom, existingTo)).id > 0);
        Conflict again = make(m_li, m_school, newFrom, newTo);
        again.reason = QStringLiteral("financial");
        const QString error = insertError(again);
        if (refused) {
            QVERIFY2(error.contains(QStringLiteral("李明")) && error.contains(QStringLiteral("ZF-001"))
                         && error.contains(QStringLiteral("昌黎县第一中学")),
                     qPrintable(error));
            QCOMPARE(rowCount(*m_db, QStringLiteral("conflict")), 1);
            QCOMPARE(auditRows(*m_db).size(), 1);
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(rowCount(*m_db, QStringLiteral("conflict")), 2);
        }
    }

    void duplicateWithinOneTransactionIsRefused()
    {
        // An import writes many rows in one transaction: the second row of a pair sees the first.
        ConflictRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        Conflict first = make(m_li, m_school);
        QVERIFY(repo.insert(tx, first));
        Conflict second = make(m_li, m_school, QDate(2024, 1, 1));
        QVERIFY(!repo.insert(tx, second));
        QVERIFY2(tx.error().contains(QStringLiteral("李明")), qPrintable(tx.error()));
    }

    void otherPairsAndInactiveRecordsDoNotClash()
    {
        const Conflict first = add(make(m_li, m_school));
        QVERIFY(insertError(make(m_wang, m_school)).isEmpty()); // another inspector
        QVERIFY(insertError(make(m_li, m_kinder)).isEmpty()); // another entity
        Conflict inactive = make(m_wang, m_kinder);
        inactive.active = false;
        inactive = add(inactive);
        QVERIFY(inactive.id > 0);
        QVERIFY(insertError(make(m_wang, m_kinder)).isEmpty()); // the earlier one is deactivated

        // Reactivating the deactivated duplicate is refused; deactivating the first allows a new one.
        ConflictRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!repo.setActive(tx, inactive.id, true));
            QVERIFY(tx.error().contains(QStringLiteral("王芳")));
        }
        QVERIFY(!repo.find(inactive.id)->active);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setActive(tx, first.id, false));
            QVERIFY(tx.commit());
        }
        QVERIFY(insertError(make(m_li, m_school, QDate(2025, 1, 1))).isEmpty());
    }

    void updateAndDeactivateAreAudited()
    {
        ConflictRepository repo(*m_db);
        Conflict c = add(make(m_li, m_school));
        c.reason = QStringLiteral("other");
        c.reasonText = QStringLiteral("配偶在该校任教");
        c.validTo = QDate(2025, 8, 31);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.update(tx, c));
            QVERIFY(tx.commit());
        }
        QCOMPARE(repo.find(c.id)->reasonText, QStringLiteral("配偶在该校任教"));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setActive(tx, c.id, false));
            QVERIFY(tx.commit());
        }
        QVERIFY(repo.find(c.id)); // still there, deactivated
        QVERIFY(!repo.find(c.id)->active);

        const auto audit = auditRows(*m_db);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[1].action, QStringLiteral("update"));
        QCOMPARE(audit[1].objectId, QString::number(c.id));
        QCOMPARE(audit[1].oldJson().value(QStringLiteral("reason")).toString(), QStringLiteral("relative"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("reason")).toString(), QStringLiteral("other"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("reasonText")).toString(), QStringLiteral("配偶在该校任教"));
        QCOMPARE(audit[1].newJson().value(QStringLiteral("validTo")).toString(), QStringLiteral("2025-08-31"));
        QCOMPARE(audit[2].oldJson().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(audit[2].newJson().value(QStringLiteral("active")).toBool(), false);

        // The entity and the inspector of a conflict, even a deactivated one, cannot be deleted.
        QVERIFY(EntityRepository(*m_db).isReferenced(m_school.id));
        QVERIFY(InspectorRepository(*m_db).isReferenced(m_li.id));
        QVERIFY(!EntityRepository(*m_db).isReferenced(m_kinder.id));

        Conflict ghost = c;
        ghost.id = 999;
        WriteTransaction tx(*m_db);
        QVERIFY(!repo.update(tx, ghost));
        QVERIFY(tx.error().contains(QStringLiteral("no longer exists")));
    }

    void isInForce_data()
    {
        QTest::addColumn<QDate>("validFrom");
        QTest::addColumn<QDate>("validTo");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("inForce");
        const QDate mar1(2024, 3, 1);
        const QDate mar31(2024, 3, 31);
        QTest::newRow("open") << QDate() << QDate() << true << mar1 << mar31 << true;
        QTest::newRow("inactive") << QDate() << QDate() << false << mar1 << mar31 << false;
        QTest::newRow("ends before the period")
            << QDate(2023, 1, 1) << QDate(2024, 2, 29) << true << mar1 << mar31 << false;
        QTest::newRow("ends on its first day") << QDate(2023, 1, 1) << mar1 << true << mar1 << mar31 << true;
        QTest::newRow("starts on its last day") << mar31 << QDate() << true << mar1 << mar31 << true;
        QTest::newRow("starts after the period") << QDate(2024, 4, 1) << QDate() << true << mar1 << mar31 << false;
        QTest::newRow("inside the period") << QDate(2024, 3, 10) << QDate(2024, 3, 12) << true << mar1 << mar31 << true;
        QTest::newRow("period with open end") << QDate(2030, 1, 1) << QDate() << true << mar1 << QDate() << true;
    }
    void isInForce()
    {
        QFETCH(QDate, validFrom);
        QFETCH(QDate, validTo);
        QFETCH(bool, active);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, inForce);
        Conflict c = make(m_li, m_school, validFrom, validTo);
        c.active = active;
        QCOMPARE(c.isInForceDuring(from, to), inForce);
        if (from == to)
            QCOMPARE(c.isInForceOn(from), inForce);
        c = add(c);
        QCOMPARE(ids(ConflictRepository(*m_db).inForce(from, to)), inForce ? QList<qint64> {c.id} : QList<qint64> {});
    }

    void isInForceOnADay()
    {
        const Conflict c = make(m_li, m_school, QDate(2024, 1, 1), QDate(2024, 6, 30));
        QVERIFY(c.isInForceOn(QDate(2024, 1, 1)));
        QVERIFY(c.isInForceOn(QDate(2024, 6, 30)));
        QVERIFY(!c.isInForceOn(QDate(2023, 12, 31)));
        QVERIFY(!c.isInForceOn(QDate(2024, 7, 1)));
    }

    void filtersAndPaging()
    {
        const Conflict a = add(make(m_li, m_school));
        const Conflict b = add(make(m_li, m_kinder));
        Conflict c = make(m_wang, m_school);
        c.reason = QStringLiteral("other");
        c.reasonText = QStringLiteral("同学关系");
        c = add(c);
        Conflict d = make(m_wang, m_kinder);
        d.active = false;
        d = add(d);

        ConflictRepository repo(*m_db);
        // Default: active ones, by inspector code then entity code.
        QCOMPARE(ids(repo.list()), QList<qint64>({a.id, b.id, c.id}));
        QCOMPARE(repo.count(), 3);
        ConflictFilter any;
        any.active = -1;
        QCOMPARE(repo.count(any), 4);
        ConflictFilter inactive;
        inactive.active = 0;
        QCOMPARE(ids(repo.list(inactive)), QList<qint64>({d.id}));

        ConflictFilter byInspector;
        byInspector.inspectorId = m_wang.id;
        byInspector.active = -1;
        QCOMPARE(ids(repo.list(byInspector)), QList<qint64>({c.id, d.id}));
        ConflictFilter byEntity;
        byEntity.entityId = m_school.id;
        QCOMPARE(ids(repo.list(byEntity)), QList<qint64>({a.id, c.id}));

        ConflictFilter byText;
        byText.text = QStringLiteral("幼儿园");
        QCOMPARE(ids(repo.list(byText)), QList<qint64>({b.id}));
        byText.text = QStringLiteral("王芳");
        QCOMPARE(ids(repo.list(byText)), QList<qint64>({c.id}));
        byText.text = m_school.creditCode.left(14);
        QCOMPARE(ids(repo.list(byText)), QList<qint64>({a.id, c.id}));
        byText.text = QStringLiteral("同学");
        QCOMPARE(ids(repo.list(byText)), QList<qint64>({c.id}));
        byText.text = m_kinder.code;
        byText.active = -1;
        QCOMPARE(ids(repo.list(byText)), QList<qint64>({b.id, d.id}));
        QCOMPARE(repo.count(byText), 2);

        QCOMPARE(ids(repo.list({}, 1, 1)), QList<qint64>({b.id}));
        QCOMPARE(ids(repo.list({}, 2, 10)), QList<qint64>({c.id}));
    }

    void rolledBackTransactionLeavesNothing()
    {
        ConflictRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            Conflict c = make(m_li, m_school);
            QVERIFY(repo.insert(tx, c));
        }
        QCOMPARE(rowCount(*m_db, QStringLiteral("conflict")), 0);
        QCOMPARE(auditRows(*m_db).size(), 0);

        const Conflict kept = add(make(m_li, m_school));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(repo.setActive(tx, kept.id, false));
            Conflict bad = make(m_wang, m_school);
            bad.reason.clear();
            QVERIFY(!repo.insert(tx, bad));
            QVERIFY(!tx.commit());
        }
        QVERIFY(repo.find(kept.id)->active);
        QCOMPARE(auditRows(*m_db).size(), 1);
    }

    void jsonAndLabels()
    {
        const QJsonObject json = make(m_li, m_school).toJson();
        for (const QString& field : Conflict::fields()) {
            QVERIFY2(json.contains(field), qPrintable(field));
            QVERIFY2(Conflict::fieldLabel(field) != field, qPrintable(field));
        }
    }
};

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "tst_conflictrepository.moc"
