// Shared by the GUI tests: a fresh data file per test, entities with valid generated credit codes, and the
// message box seam switched on so no test waits on a modal box.
#pragma once

#include "AppSetup.h"
#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "MessageBox.h"
#include "TownshipRepository.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace UiTest {

inline void setUpApplication()
{
    // Settings (the last page, the window's size) go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    AppSetup::setLanguage(QStringLiteral("zh"));
    AppSetup::applyFont();
    MessageBox::setTestMode(true);
}

// Runs `handle` on the modal dialog of type T once it is open (its exec() holds the test's click until it closes).
// Looks every 10 ms for up to 10 s; a dialog that never opens leaves `handle` unrun, which the test then sees.
template<typename T> void whenModal(std::function<void(T*)> handle)
{
    auto* timer = new QTimer(QApplication::instance());
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, handle] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            handle(dialog);
    });
    timer->start();
}

// A valid 统一社会信用代码 derived from n (12 = 事业单位, region 130322).
// The newest audit entry as "action object_type object_id", to check that a click was put on the record.
inline QString lastAuditEntry(Database& db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT action, object_type, object_id FROM audit_log ORDER BY seq DESC LIMIT 1"));
    return query.next()
        ? QStringList {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()}.join(
            QLatin1Char(' '))
        : QString();
}

inline QString creditCode(int n)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body;
    for (int i = 0, value = n; i < 8; ++i, value /= 10)
        body.prepend(alphabet[value % 10]);
    const QString first17 = QStringLiteral("12130322") + body + Validators::organizationCodeCheckCharacter(body);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Fixture()
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("测试数据.sqlite")), &error);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(error));
        MessageBox::resetRecord();
    }

    qint64 township(const QString& name)
    {
        WriteTransaction tx(*db);
        const qint64 id = TownshipRepository(*db).ensure(tx, name);
        if (!tx.commit())
            qFatal("%s", qPrintable(tx.error()));
        return id;
    }

    // Adds entities DX000001… named "<prefix>n<suffix>", cycling through the given categories.
    QList<Entity> addEntities(int count, const QStringList& categories = {QStringLiteral("primary")},
                              qint64 townshipId = 0, int firstNumber = 1)
    {
        QList<Entity> added;
        WriteTransaction tx(*db);
        EntityRepository repo(*db);
        for (int i = 0; i < count; ++i) {
            const int n = firstNumber + i;
            Entity e;
            e.code = EntityRepository::codeForNumber(n);
            e.creditCode = creditCode(n);
            e.category = categories.at(i % categories.size());
            e.name = QStringLiteral("测试%1号学校").arg(n);
            e.townshipId = townshipId;
            if (!repo.insert(tx, e))
                break;
            added << e;
        }
        if (!tx.commit())
            qFatal("%s", qPrintable(tx.error()));
        return added;
    }

    InspectionItem addItem(const QString& name, const QStringList& categories = {QStringLiteral("primary")})
    {
        InspectionItem item;
        item.name = name;
        item.legalBasis = QStringLiteral("《中华人民共和国教育法》第二十五条");
        item.authority = QStringLiteral("昌黎县教育局");
        item.content = QStringLiteral("办学条件");
        item.method = QStringLiteral("现场检查");
        item.categories = categories;
        WriteTransaction tx(*db);
        ItemRepository repo(*db);
        item.code = repo.nextCode();
        if (!repo.insert(tx, item) || !tx.commit())
            qFatal("%s", qPrintable(tx.error()));
        return item;
    }

    // Inspectors ZF-001…, each in one of the sections, certified until the end of next year unless uncertified.
    QList<Inspector> addInspectors(int count, const QStringList& sections = {QStringLiteral("行政执法办公室")},
                                   int uncertifiedEvery = 0)
    {
        QList<Inspector> added;
        WriteTransaction tx(*db);
        InspectorRepository repo(*db);
        for (int i = 0; i < count; ++i) {
            Inspector p;
            p.code = QStringLiteral("ZF-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            p.name = QStringLiteral("检查员%1").arg(i + 1);
            p.section = sections.at(i % sections.size());
            if (uncertifiedEvery == 0 || (i + 1) % uncertifiedEvery != 0) {
                p.certNo = QStringLiteral("冀秦1303%1").arg(i + 1, 7, 10, QLatin1Char('0'));
                p.certFrom = QDate(2020, 1, 1);
                p.certTo = QDate(QDate::currentDate().year() + 1, 12, 31);
            }
            if (!repo.insert(tx, p))
                break;
            added << p;
        }
        if (!tx.commit())
            qFatal("%s", qPrintable(tx.error()));
        return added;
    }

    Conflict addConflict(qint64 inspectorId, qint64 entityId, const QString& reasonText = {})
    {
        Conflict c;
        c.inspectorId = inspectorId;
        c.entityId = entityId;
        c.reason = QStringLiteral("relative");
        c.reasonText = reasonText;
        c.validFrom = QDate(2025, 1, 1);
        WriteTransaction tx(*db);
        if (!ConflictRepository(*db).insert(tx, c) || !tx.commit())
            qFatal("%s", qPrintable(tx.error()));
        return c;
    }
};

} // namespace UiTest
