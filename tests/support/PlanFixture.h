// Registries for the plan and draw tests, filled through the repositories as a clerk would: townships, items,
// entities, inspectors and conflicts made in one line each, and a plan with the usual fields set.
#pragma once

#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectionApproval.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Plan.h"
#include "PlanRepository.h"
#include "TestSupport.h"
#include "TownshipRepository.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QtGlobal>

namespace PlanFixture {

struct EntitySpec
{
    QString name {};
    QString category = QStringLiteral("primary");
    QString ownership = QStringLiteral("public");
    qint64 township = 0;
    QString risk = QStringLiteral("B");
    bool blacklisted = false;
    QStringList tags {};
    QString status = QStringLiteral("normal");
    bool withCreditCode = true;
    QDate blacklistFrom {};
    QDate blacklistTo {};
};

struct InspectorSpec
{
    QString code {};
    bool certified = true;
    QString status = QStringLiteral("on_duty");
    QDate certFrom {};
    QDate certTo {};
};

inline void check(bool ok, WriteTransaction& tx, const char* what)
{
    if (!ok || !tx.commit())
        qFatal("%s failed: %s", what, qPrintable(tx.error()));
}

class Registry
{
public:
    explicit Registry(Database& db)
        : m_db(db)
    { }

    qint64 township(const QString& name)
    {
        WriteTransaction tx(m_db);
        Township t;
        t.name = name;
        check(TownshipRepository(m_db).insert(tx, t), tx, "township");
        return t.id;
    }

    InspectionItem item(const QString& code, const QStringList& categories, int minRatioBp = 500)
    {
        WriteTransaction tx(m_db);
        InspectionItem i;
        i.code = code;
        i.name = QStringLiteral("检查事项 ") + code;
        i.legalBasis = QStringLiteral("《中华人民共和国民办教育促进法》第四十一条");
        i.categories = categories;
        i.minRatioBp = minRatioBp;
        check(ItemRepository(m_db).insert(tx, i), tx, "item");
        return i;
    }

    Entity entity(const EntitySpec& spec)
    {
        WriteTransaction tx(m_db);
        Entity e;
        e.name = spec.name;
        e.category = spec.category;
        e.ownership = spec.ownership;
        e.townshipId = spec.township;
        e.riskClass = spec.risk;
        e.blacklisted = spec.blacklisted;
        if (spec.blacklisted)
            e.blacklistReason = QStringLiteral("违规招生");
        e.blacklistFrom = spec.blacklistFrom;
        e.blacklistTo = spec.blacklistTo;
        e.tags = spec.tags;
        e.status = spec.status;
        if (spec.withCreditCode)
            e.creditCode = TestSupport::creditCode(QStringLiteral("52130322"), EntityRepository(m_db).count() + 1);
        check(EntityRepository(m_db).insert(tx, e), tx, "entity");
        return e;
    }

    // n plain entities of a category, named prefix1 … prefixN.
    QList<Entity> entities(int n, const QString& prefix, EntitySpec spec = {})
    {
        QList<Entity> list;
        for (int i = 1; i <= n; ++i) {
            spec.name = prefix + QString::number(i);
            list << entity(spec);
        }
        return list;
    }

    Inspector inspector(const InspectorSpec& spec)
    {
        WriteTransaction tx(m_db);
        Inspector x;
        x.code = spec.code;
        x.name = QStringLiteral("人员") + spec.code;
        x.status = spec.status;
        if (spec.certified) {
            x.certNo = QStringLiteral("冀秦1303") + spec.code;
            x.certFrom = spec.certFrom;
            x.certTo = spec.certTo;
        }
        check(InspectorRepository(m_db).insert(tx, x), tx, "inspector");
        return x;
    }

    // Inspectors ZF-<first> … ZF-<first + n - 1>, certified or not.
    QList<Inspector> inspectors(int n, bool certified = true, int first = 1)
    {
        QList<Inspector> list;
        for (int i = first; i < first + n; ++i)
            list << inspector({QStringLiteral("ZF-%1").arg(i, 3, 10, QLatin1Char('0')), certified});
        return list;
    }

    Conflict conflict(const Inspector& x, const Entity& e, const QString& reason = QStringLiteral("relative"),
                      QDate from = {}, QDate to = {})
    {
        WriteTransaction tx(m_db);
        Conflict c;
        c.inspectorId = x.id;
        c.entityId = e.id;
        c.reason = reason;
        c.reasonText = QStringLiteral("配偶在该单位任职");
        c.validFrom = from;
        c.validTo = to;
        check(ConflictRepository(m_db).insert(tx, c), tx, "conflict");
        return c;
    }

private:
    Database& m_db;
};

// A plan of April 2026 with every required field and the default scope of each item.
inline Plan plan(const QList<InspectionItem>& items, bool useRiskStrata = true, QDate from = QDate(2026, 4, 1),
                 QDate to = QDate(2026, 4, 30))
{
    Plan p;
    p.title = QStringLiteral("2026年民办学校办学行为双随机抽查");
    p.section = QStringLiteral("行政执法办公室");
    p.periodFrom = from;
    p.periodTo = to;
    p.purpose = QStringLiteral("规范办学行为");
    p.method = QStringLiteral("现场检查");
    p.confidentiality = QStringLiteral("抽查结果公布前不得泄露");
    p.resultUse = QStringLiteral("纳入诚信档案");
    for (const InspectionItem& item : items)
        p.items << PlanItemScope::forItem(item, useRiskStrata);
    return p;
}

inline Plan inserted(Database& db, Plan p)
{
    WriteTransaction tx(db);
    check(PlanRepository(db).insert(tx, p), tx, "plan");
    return p;
}

// Records the approval of draw attempt `attemptId`'s inspections (行政检查审批), as the demo's leader, on `day`: what
// every plan needs before its first result.
inline void approve(Database& db, const QString& planCode, qint64 attemptId, QDate day)
{
    InspectionApproval approval;
    approval.attemptId = attemptId;
    approval.approver = QStringLiteral("王立新");
    approval.post = QStringLiteral("副局长");
    approval.approvedOn = day;
    approval.opinion = QStringLiteral("同意。");
    WriteTransaction tx(db);
    check(InspectionApprovals::insert(tx, db, planCode, approval), tx, "approve");
}

inline int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

// The password of the users addUser makes.
inline QString userPassword()
{
    return QStringLiteral("mima2026");
}

// A user of the data file (role: a key of Vocabulary::userRoles()) with userPassword(): the second user who confirms
// a void, for one. Hashing the password takes a fraction of a second.
inline User addUser(Database& db, const QString& name, const QString& role, bool active = true)
{
    User u;
    u.name = name;
    u.role = role;
    {
        WriteTransaction tx(db);
        check(UserRepository(db).create(tx, u, userPassword()), tx, "user");
    }
    if (!active) {
        WriteTransaction off(db);
        check(UserRepository(db).setActive(off, name, false), off, "deactivate");
    }
    return u;
}

inline std::unique_ptr<Database> openDatabase()
{
    QString error;
    auto db = Database::openInMemory(&error);
    if (!db)
        qFatal("in-memory database: %s", qPrintable(error));
    db->setCurrentUser(QStringLiteral("张三"));
    return db;
}

} // namespace PlanFixture
