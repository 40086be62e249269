// One inspection item (抽查事项) of the published item list (一单, policy §2): what may be inspected, on which legal
// basis, by whom, how, in which entity categories, and how often and how much the policy demands it be drawn.
#pragma once

#include "Checklist.h"
#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// One object type of an item (检查对象) with its 事项类别 (重点/一般 …), as a provincial item list names them.
struct ObjectKind
{
    QString object; // 检查对象, e.g. 民办学校
    QString kind; // 事项类别, e.g. 重点; may be empty
    bool operator==(const ObjectKind&) const = default;
};

struct InspectionItem
{
    Q_DECLARE_TR_FUNCTIONS(InspectionItem)

public:
    // The policy's floors (§6.3): each draw takes at least 5 % of the pool, each item is drawn every half year.
    static constexpr int MinRatioBp = 500;
    static constexpr int MaxRatioBp = 10000;
    static constexpr int MaxFrequencyMonths = 6;

    qint64 id = 0;
    QString code; // JY-01 …, stable; the item's id in draws (draw-spec)
    QString name;
    QString legalBasis; // 抽查依据: the laws and regulations; required (R1)
    QString authority; // 抽查主体
    QString content; // 抽查内容
    QString method; // 抽查方式
    QStringList categories; // keys of Vocabulary::categories(): the draw's default scope (R2)
    QStringList ownerships; // keys of Vocabulary::ownerships() the item applies to; empty = all (民办学校… = private)
    QList<ObjectKind> objectKinds; // 检查对象 and 事项类别 as the item list names them; shown, not used by the draw
    int minRatioBp = MinRatioBp; // smallest share of the pool drawn, in basis points (500 = 5 %)
    int frequencyMonths = MaxFrequencyMonths; // drawn at least once every so many months
    QDate effectiveFrom; // open when invalid
    QDate effectiveTo; // open when invalid
    QString status = QStringLiteral("active"); // Vocabulary::itemStatuses()
    QList<CheckPoint> checklist; // 检查表: the numbered check points (Checklist.h); may be empty
    int version = 1; // 1 when created, +1 at each change; every version is kept

    // Active, and the date lies within [effectiveFrom, effectiveTo] (open ends allowed).
    bool isInForceOn(QDate date) const;

    FieldErrors problems() const;
    QJsonObject toJson() const;

    static QString fieldLabel(const QString& field);
    static QStringList fields();

    // The object types as shown on pages and printed: "民办学校（重点）、民办幼儿园（一般）".
    QString objectKindsText() const { return objectKindsText(objectKinds); }
    static QString objectKindsText(const QList<ObjectKind>& kinds);
    // As typed in the item dialog and exported: one object type a line, "民办学校：重点" (the 事项类别 after the last
    // colon, may be left out); and read back. Blank lines are skipped.
    QString objectKindsLines() const;
    static QList<ObjectKind> objectKindsFromLines(const QString& text);
    // As stored in the data file: one "object TAB kind" a line.
    static QString objectKindsToStorage(const QList<ObjectKind>& kinds);
    static QList<ObjectKind> objectKindsFromStorage(const QString& text);

    static constexpr int MaxObjectKinds = 50;
};

// One stored version of an item, as it was from `recordedAt` until the next version.
struct InspectionItemVersion
{
    InspectionItem item;
    int version = 0;
    QDateTime recordedAt; // UTC
    QString recordedBy;
};
