#include "VerifyPage.h"

#include <QFile>

QByteArray VerifyPage::render(const QByteArray& recordJson)
{
    QFile file(QStringLiteral(":/templates/verify.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray page = file.readAll();
    const QByteArray marker(recordMarker);
    const qsizetype at = page.indexOf(marker);
    if (at < 0)
        return {};
    QByteArray embedded = recordJson;
    embedded.replace('<', QByteArrayView("\\u003c"));
    return page.left(at) + embedded + page.mid(at + marker.size());
}
