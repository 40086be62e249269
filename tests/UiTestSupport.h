// Shared by the GUI tests: a fresh data file per test, entities with valid generated credit codes, and the
// message box seam switched on so no test waits on a modal box.
#pragma once

#include "AppSetup.h"
#include "Database.h"
#include "EntityRepository.h"
#include "MessageBox.h"
#include "TownshipRepository.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace UiTest {

inline void setUpApplication()
{
    AppSetup::setLanguage(QStringLiteral("zh"));
    AppSetup::applyFont();
    MessageBox::setTestMode(true);
}

// A valid 统一社会信用代码 derived from n (12 = 事业单位, region 130322).
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
};

} // namespace UiTest
