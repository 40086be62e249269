// One inspector (执法检查人员) of the inspector registry (库二, policy §4): bureau staff who may be drawn for a team;
// those with a valid 行政执法资格证 on the inspection dates count as certified (R3). Whether someone is 持证 is
// answered in one place: isCertifiedOn(certificateDate(…)) — the window, the printouts, the result rules and the
// overview all ask it, so an expired certificate is never shown or counted as certified anywhere.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

struct Inspector
{
    Q_DECLARE_TR_FUNCTIONS(Inspector)

public:
    qint64 id = 0;
    QString code; // registry code (ZF-001), stable; the inspector's id in draws (draw-spec)
    QString name;
    QString gender;  // Vocabulary::genders(), or empty when not recorded
    QString section; // 股室
    QString certNo;  // 行政执法资格证号; empty = not certified
    QDate certFrom;  // open when invalid
    QDate certTo;    // open when invalid (a certificate without an end date)
    QStringList specialties;
    QString status = QStringLiteral("on_duty"); // Vocabulary::inspectorStatuses()
    QString phone;
    QString idCard; // 居民身份证号码, optional; kept in full (the audit needs it), shown masked

    // 持证 on a day: has a certificate number and the day lies within [certFrom, certTo] (open ends allowed). An
    // invalid day is no day: nobody is certified on it.
    bool isCertifiedOn(QDate date) const;
    // The day a certificate is judged on: the inspection date, else (nothing inspected yet) the day of the draw,
    // else (not drawn yet) today. For an inspection over several days, ask for each of its first and last day.
    static QDate certificateDate(QDate inspected, QDate drawn, QDate today);
    // May be drawn: on duty (在岗).
    bool isAvailable() const { return status == QLatin1String("on_duty"); }
    // 130322********1234 for lists and printouts; empty when there is no number.
    QString maskedIdCard() const;

    FieldErrors problems() const;
    QJsonObject toJson() const;

    static QString fieldLabel(const QString& field);
    static QStringList fields();
};
