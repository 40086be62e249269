// One inspected entity (检查对象): a school, kindergarten or training institution of the registry (库一).
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

struct Entity
{
    Q_DECLARE_TR_FUNCTIONS(Entity)

public:
    qint64 id = 0;
    QString code;       // registry code (DX00001), stable; the draw id when there is no credit code
    QString creditCode; // 统一社会信用代码, upper case; may be empty
    QString name;
    QString category = QStringLiteral("primary"); // Vocabulary::categories()
    QString ownership = QStringLiteral("public"); // Vocabulary::ownerships()
    qint64 townshipId = 0;
    QString townshipName; // read from the township table; not stored in entity
    QString address;
    QString principal; // 负责人 / 法定代表人
    QString phone;
    QString status = QStringLiteral("normal");   // Vocabulary::entityStatuses()
    QString riskClass = QStringLiteral("B");      // Vocabulary::riskClasses()
    bool blacklisted = false;
    QString blacklistReason;
    QDate blacklistFrom;
    QDate blacklistTo;
    QStringList tags;

    // The id used in draws (draw-spec §1): the credit code, or the registry code when there is none.
    QString drawId() const { return creditCode.isEmpty() ? code : creditCode; }
    bool isActive() const { return status == QLatin1String("normal"); }

    FieldErrors problems() const;
    // The record as compact JSON (UTF-8), as its audit entries hold it: fields in the order of fields(), the
    // township by name, dates as yyyy-MM-dd or "", tags as an array. Equal records give equal bytes.
    QByteArray toJsonText() const;
    QJsonObject toJson() const; // toJsonText() parsed

    static QString fieldLabel(const QString& field);
    static QStringList fields();
};
