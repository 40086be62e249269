// The registries' operations as each role asks for them: every role (管理员, 录入员, 审核员, 只读) × every change to
// the item list, the entities and their blacklist, the inspectors, the conflicts of interest and imports is done with
// its audit entry or refused by role exactly as Access says — a refusal writes nothing, not even an audit entry.
// Then the rules beyond the role: a record's field problems, a record something refers to, a taken code.
#include "Access.h"
#include "BlacklistRepository.h"
#include "PlanFixture.h"
#include "RegistryImport.h"
#include "RegistryOperations.h"
#include "TestSupport.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

const QStringList kRoles
    = {QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("reviewer"), QStringLiteral("viewer")};

// Everything a registry change could touch, as text: equal before and after means nothing was written.
QString snapshot(Database& db)
{
    QString text;
    for (const char* table : {"township", "inspection_item", "inspection_item_version", "entity", "inspector",
                              "conflict", "blacklist_entry", "audit_log"}) {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
            qFatal("cannot read %s", table);
        text += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

qint64 lastAuditSeq(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// The audit entries written after `seq`: "user action object_type" each.
QStringList auditSince(Database& db, qint64 seq)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT user_name, action, object_type FROM audit_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(seq);
    q.exec();
    QStringList entries;
    while (q.next())
        entries << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return entries;
}

// The registries every operation starts from.
struct Office
{
    std::unique_ptr<Database> db = PlanFixture::openDatabase(); // the audit's user: 张三
    InspectionItem item;
    Entity referenced; // has a conflict of interest
    Entity loose; // nothing refers to it
    Entity blacklisted;
    Inspector certified; // has the conflict of interest
    Inspector spare; // nothing refers to them
    Conflict conflict;
    qint64 township = 0;

    Office()
    {
        PlanFixture::Registry registry(*db);
        township = registry.township(QStringLiteral("昌黎镇"));
        item = registry.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        referenced = registry.entity({.name = QStringLiteral("昌黎县第一实验小学"), .township = township});
        loose = registry.entity({.name = QStringLiteral("昌黎县第二实验小学"), .township = township});
        blacklisted = registry.entity({.name = QStringLiteral("昌黎县阳光培训学校"),
                                       .category = QStringLiteral("training"),
                                       .ownership = QStringLiteral("private"),
                                       .blacklisted = true});
        certified = registry.inspector({QStringLiteral("ZF-001")});
        spare = registry.inspector({QStringLiteral("ZF-002")});
        conflict = registry.conflict(certified, referenced);
    }
};

struct Operation
{
    QString name;
    std::function<Outcome(RegistryOperations&, Office&)> act;
    QString auditEntry; // "action object_type" the operation writes (among others)
    std::function<bool(Office&)> written; // the change is there
};

BlacklistEntry blacklistEntry(qint64 entityId)
{
    BlacklistEntry e;
    e.entityId = entityId;
    e.reason = QStringLiteral("违规收费");
    e.effectiveFrom = QDate(2026, 3, 1);
    return e;
}

Entity newEntity(const QString& name)
{
    Entity e;
    e.name = name;
    e.category = QStringLiteral("primary");
    e.ownership = QStringLiteral("public");
    return e;
}

const QList<Operation>& operations()
{
    static const QList<Operation> list = {
        {QStringLiteral("createItem"),
         [](RegistryOperations& ops, Office&) {
             InspectionItem i;
             i.name = QStringLiteral("校车安全管理");
             i.legalBasis = QStringLiteral("《校车安全管理条例》第二十三条");
             i.categories = {QStringLiteral("primary")};
             return ops.createItem(i);
         },
         QStringLiteral("create inspection_item"),
         [](Office& o) { return ItemRepository(*o.db).findByCode(QStringLiteral("JY-02")).has_value(); }},
        {QStringLiteral("saveItem"),
         [](RegistryOperations& ops, Office& o) {
             InspectionItem i = o.item;
             i.content = QStringLiteral("校舍安全");
             return ops.saveItem(i);
         },
         QStringLiteral("update inspection_item"),
         [](Office& o) { return ItemRepository(*o.db).find(o.item.id)->version == 2; }},
        {QStringLiteral("setItemStatus"),
         [](RegistryOperations& ops, Office& o) { return ops.setItemStatus(o.item.id, QStringLiteral("retired")); },
         QStringLiteral("update inspection_item"),
         [](Office& o) { return ItemRepository(*o.db).find(o.item.id)->status == QLatin1String("retired"); }},
        {QStringLiteral("createEntity"),
         [](RegistryOperations& ops, Office&) {
             Entity e = newEntity(QStringLiteral("昌黎县第三实验小学"));
             return ops.createEntity(e);
         },
         QStringLiteral("create entity"), [](Office& o) { return EntityRepository(*o.db).count() == 4; }},
        {QStringLiteral("createEntityInANewTownship"),
         [](RegistryOperations& ops, Office&) {
             Entity e = newEntity(QStringLiteral("荒佃庄镇中心小学"));
             e.townshipName = QStringLiteral("荒佃庄镇");
             return ops.createEntity(e);
         },
         QStringLiteral("create township"),
         [](Office& o) {
             const qint64 township = TownshipRepository(*o.db).idForName(QStringLiteral("荒佃庄镇"));
             EntityFilter filter;
             filter.townshipId = township;
             return township > 0 && EntityRepository(*o.db).count(filter) == 1;
         }},
        {QStringLiteral("saveEntity"),
         [](RegistryOperations& ops, Office& o) {
             Entity e = o.loose;
             e.principal = QStringLiteral("王校长");
             return ops.saveEntity(e);
         },
         QStringLiteral("update entity"),
         [](Office& o) { return EntityRepository(*o.db).find(o.loose.id)->principal == QStringLiteral("王校长"); }},
        {QStringLiteral("setEntityStatus"),
         [](RegistryOperations& ops, Office& o) { return ops.setEntityStatus(o.loose.id, QStringLiteral("closed")); },
         QStringLiteral("update entity"),
         [](Office& o) { return EntityRepository(*o.db).find(o.loose.id)->status == QLatin1String("closed"); }},
        {QStringLiteral("removeEntity"),
         [](RegistryOperations& ops, Office& o) { return ops.removeEntity(o.loose.id); },
         QStringLiteral("delete entity"), [](Office& o) { return !EntityRepository(*o.db).find(o.loose.id); }},
        {QStringLiteral("addToBlacklist"),
         [](RegistryOperations& ops, Office& o) {
             BlacklistEntry e = blacklistEntry(o.loose.id);
             return ops.addToBlacklist(e);
         },
         QStringLiteral("blacklist_add entity"),
         [](Office& o) { return EntityRepository(*o.db).find(o.loose.id)->blacklisted; }},
        {QStringLiteral("removeFromBlacklist"),
         [](RegistryOperations& ops, Office& o) {
             BlacklistEntry e = blacklistEntry(o.blacklisted.id);
             return ops.removeFromBlacklist(e);
         },
         QStringLiteral("blacklist_remove entity"),
         [](Office& o) { return !EntityRepository(*o.db).find(o.blacklisted.id)->blacklisted; }},
        {QStringLiteral("createInspector"),
         [](RegistryOperations& ops, Office&) {
             Inspector x;
             x.name = QStringLiteral("李四");
             return ops.createInspector(x);
         },
         QStringLiteral("create inspector"),
         [](Office& o) { return InspectorRepository(*o.db).findByCode(QStringLiteral("ZF-003")).has_value(); }},
        {QStringLiteral("saveInspector"), // a renewed certificate
         [](RegistryOperations& ops, Office& o) {
             Inspector x = o.certified;
             x.certTo = QDate(2031, 12, 31);
             return ops.saveInspector(x);
         },
         QStringLiteral("update inspector"),
         [](Office& o) { return InspectorRepository(*o.db).find(o.certified.id)->certTo == QDate(2031, 12, 31); }},
        {QStringLiteral("setInspectorStatus"),
         [](RegistryOperations& ops, Office& o) {
             return ops.setInspectorStatus(o.spare.id, QStringLiteral("retired"));
         },
         QStringLiteral("update inspector"),
         [](Office& o) { return InspectorRepository(*o.db).find(o.spare.id)->status == QLatin1String("retired"); }},
        {QStringLiteral("removeInspector"),
         [](RegistryOperations& ops, Office& o) { return ops.removeInspector(o.spare.id); },
         QStringLiteral("delete inspector"), [](Office& o) { return !InspectorRepository(*o.db).find(o.spare.id); }},
        {QStringLiteral("createConflict"),
         [](RegistryOperations& ops, Office& o) {
             Conflict c;
             c.inspectorId = o.spare.id;
             c.entityId = o.loose.id;
             c.reason = QStringLiteral("relative");
             return ops.createConflict(c);
         },
         QStringLiteral("create conflict"), [](Office& o) { return ConflictRepository(*o.db).count() == 2; }},
        {QStringLiteral("saveConflict"),
         [](RegistryOperations& ops, Office& o) {
             Conflict c = o.conflict;
             c.reasonText = QStringLiteral("配偶任该校副校长");
             return ops.saveConflict(c);
         },
         QStringLiteral("update conflict"),
         [](Office& o) {
             return ConflictRepository(*o.db).find(o.conflict.id)->reasonText == QStringLiteral("配偶任该校副校长");
         }},
        {QStringLiteral("setConflictActive"),
         [](RegistryOperations& ops, Office& o) { return ops.setConflictActive(o.conflict.id, false); },
         QStringLiteral("update conflict"),
         [](Office& o) { return !ConflictRepository(*o.db).find(o.conflict.id)->active; }},
        {QStringLiteral("importRows"),
         [](RegistryOperations& ops, Office& o) {
             QTemporaryDir dir;
             const QString path = dir.filePath(QStringLiteral("检查对象.csv"));
             if (!TestSupport::writeFile(path,
                                         (QStringLiteral("单位名称,统一社会信用代码,类别,办学性质\n昌黎县甲小学,")
                                          + TestSupport::creditCode(QStringLiteral("12130322"), 7)
                                          + QStringLiteral(",小学,公办\n"))
                                             .toUtf8()))
                 qFatal("cannot write the import file");
             const ImportPreview preview = RegistryImport::preview(*o.db, Registry::Entities, path);
             if (!preview.isUsable())
                 qFatal("%s", qPrintable(preview.error));
             return ops.importRows(preview);
         },
         QStringLiteral("import file"), [](Office& o) { return EntityRepository(*o.db).count() == 4; }},
    };
    return list;
}

const Operation& operation(const QString& name)
{
    for (const Operation& op : operations())
        if (op.name == name)
            return op;
    qFatal("no operation %s", qPrintable(name));
}

} // namespace

class TestRegistryOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleAndOperation_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("operation");
        for (const QString& role : kRoles)
            for (const Operation& op : operations())
                QTest::addRow("%s %s", qPrintable(role), qPrintable(op.name)) << role << op.name;
    }

    void everyRoleAndOperation()
    {
        QFETCH(QString, role);
        QFETCH(QString, operation);
        const Operation& op = ::operation(operation);
        Office office;
        const QString before = snapshot(*office.db);
        const qint64 seq = lastAuditSeq(*office.db);
        RegistryOperations ops(*office.db, Actor {QStringLiteral("someone"), role});

        const Outcome outcome = op.act(ops, office);

        if (Access::allows(role, Access::Permission::EditRegistries)) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
            QCOMPARE(outcome.exitCode(), 0);
            QVERIFY(op.written(office));
            // Written with its audit entry, in the name of the data file's current user.
            QVERIFY2(auditSince(*office.db, seq).contains(QStringLiteral("张三 ") + op.auditEntry),
                     qPrintable(auditSince(*office.db, seq).join(QStringLiteral("; "))));
        } else {
            QCOMPARE(outcome.kind(), Outcome::Kind::RefusedByRole);
            QCOMPARE(outcome.exitCode(), 3);
            QCOMPARE(outcome.message(), Access::refusal(role, Access::Permission::EditRegistries));
            QVERIFY(!op.written(office));
            QCOMPARE(auditSince(*office.db, seq), QStringList());
            QCOMPARE(snapshot(*office.db), before);
        }
    }

    void theTableCoversEveryRole()
    {
        // Two roles may change the registries, two may not: the table above tests both kinds of answer.
        int allowed = 0;
        for (const QString& role : kRoles)
            allowed += Access::allows(role, RegistryOperations::permission) ? 1 : 0;
        QCOMPARE(allowed, 2);
        QVERIFY(!RegistryOperations(*Office().db, Actor {QStringLiteral("x"), QStringLiteral("unknown")}).check());
    }

    void theAskingFollowsTheRole()
    {
        Office office;
        for (const QString& role : kRoles) {
            const RegistryOperations ops(*office.db, Actor {QStringLiteral("someone"), role});
            const bool may = Access::allows(role, Access::Permission::EditRegistries);
            QCOMPARE(ops.check().ok(), may);
            QCOMPARE(ops.checkEntityRemoval(office.loose.id).ok(), may);
            QCOMPARE(ops.checkInspectorRemoval(office.spare.id).ok(), may);
            // The role is said first, before any rule of the record.
            QCOMPARE(ops.checkEntityRemoval(office.referenced.id).kind(),
                     may ? Outcome::Kind::RefusedByRule : Outcome::Kind::RefusedByRole);
        }
    }

    void aFieldProblemIsRefusedWithItsField()
    {
        Office office;
        const QString before = snapshot(*office.db);
        RegistryOperations ops(*office.db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});

        Entity nameless = newEntity(QString());
        Outcome o = ops.createEntity(nameless);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.exitCode(), 1);
        QCOMPARE(o.fieldErrors().size(), 1);
        QCOMPARE(o.fieldErrors().first().field, QStringLiteral("name"));
        QCOMPARE(o.message(),
                 Entity::fieldLabel(QStringLiteral("name")) + QStringLiteral(": ")
                     + Entity::tr("The name is required."));
        QCOMPARE(nameless.id, 0);

        BlacklistEntry noReason = blacklistEntry(office.loose.id);
        noReason.reason.clear();
        o = ops.addToBlacklist(noReason);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.fieldErrors().first().field, QStringLiteral("reason"));

        o = ops.setEntityStatus(office.loose.id, QStringLiteral("gone"));
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.fieldErrors().first().field, QStringLiteral("status"));

        Inspector x = office.spare;
        x.certTo = QDate(2020, 1, 1);
        x.certFrom = QDate(2021, 1, 1);
        o = ops.saveInspector(x);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY(!o.fieldErrors().isEmpty());

        Conflict alone;
        alone.inspectorId = office.spare.id;
        alone.reason = QStringLiteral("relative");
        o = ops.createConflict(alone);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.fieldErrors().first().field, QStringLiteral("entity"));

        QCOMPARE(snapshot(*office.db), before);
    }

    void aNewRecordWithoutACodeGetsTheNext()
    {
        Office office;
        RegistryOperations ops(*office.db, Actor {QStringLiteral("admin"), QStringLiteral("admin")});
        InspectionItem item;
        item.name = QStringLiteral("校车安全管理");
        item.legalBasis = QStringLiteral("《校车安全管理条例》第二十三条");
        item.categories = {QStringLiteral("primary")};
        const Outcome o = ops.createItem(item);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QCOMPARE(item.code, QStringLiteral("JY-02"));
        QVERIFY(item.id > 0);
        QCOMPARE(item.version, 1);
    }

    void whatIsReferredToIsNotDeleted()
    {
        Office office;
        const QString before = snapshot(*office.db);
        RegistryOperations ops(*office.db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});

        Outcome o = ops.removeEntity(office.referenced.id);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(office.referenced.name), qPrintable(o.message()));
        QCOMPARE(o.message(), ops.checkEntityRemoval(office.referenced.id).message());

        o = ops.removeInspector(office.certified.id);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(office.certified.name), qPrintable(o.message()));

        o = ops.removeEntity(office.loose.id + 1000);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.message(), EntityRepository::tr("The entity no longer exists."));
        QCOMPARE(snapshot(*office.db), before);
    }

    void theRepositorysRulesAreRefusalsToo()
    {
        Office office;
        const QString before = snapshot(*office.db);
        RegistryOperations ops(*office.db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});

        // A credit code another entity has.
        Entity twin = newEntity(QStringLiteral("昌黎县第一实验小学分校"));
        twin.creditCode = office.referenced.creditCode;
        Outcome o = ops.createEntity(twin);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(office.referenced.name), qPrintable(o.message()));
        QCOMPARE(twin.id, 0);

        // An entity already on the blacklist.
        BlacklistEntry again = blacklistEntry(office.blacklisted.id);
        o = ops.addToBlacklist(again);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(office.blacklisted.name), qPrintable(o.message()));
        QCOMPARE(again.id, 0);

        // A second conflict of the same pair for an overlapping period.
        Conflict same;
        same.inspectorId = office.certified.id;
        same.entityId = office.referenced.id;
        same.reason = QStringLiteral("relative");
        o = ops.createConflict(same);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(same.id, 0);

        // A township typed for an entity that is then refused is not added either.
        Entity refused = newEntity(QStringLiteral("荒佃庄镇中心小学"));
        refused.creditCode = office.referenced.creditCode;
        refused.townshipName = QStringLiteral("荒佃庄镇");
        QCOMPARE(ops.createEntity(refused).kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(refused.townshipId, 0);

        QCOMPARE(snapshot(*office.db), before);
    }

    void aNewTownshipIsAddedWithItsEntity()
    {
        Office office;
        RegistryOperations ops(*office.db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});
        Entity e = newEntity(QStringLiteral("荒佃庄镇中心小学"));
        e.townshipName = QStringLiteral("荒佃庄镇");
        const qint64 seq = lastAuditSeq(*office.db);
        QVERIFY(ops.createEntity(e).ok());
        QVERIFY(e.townshipId > 0);
        QCOMPARE(e.townshipId, TownshipRepository(*office.db).idForName(QStringLiteral("荒佃庄镇")));
        QCOMPARE(auditSince(*office.db, seq),
                 (QStringList {QStringLiteral("张三 create township"), QStringLiteral("张三 create entity")}));
        // A township already in the list is not added again.
        Entity other = newEntity(QStringLiteral("昌黎镇中心小学"));
        other.townshipId = office.township;
        other.townshipName = QStringLiteral("昌黎镇");
        QVERIFY(ops.createEntity(other).ok());
        QCOMPARE(TownshipRepository(*office.db).list(true).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRegistryOperations)
#include "tst_registryoperations.moc"
