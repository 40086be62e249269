// The file `result record --file RESULT.json` reads: the fields of the result dialog as one JSON object, named as
// ResultVersion names them (its toJson()):
//   {"inspectedFrom": "2026-03-10", "inspectedTo": "2026-03-11", "members": ["ZF-003", "ZF-007"],
//    "categories": ["未发现问题"], "followUp": "无需后续处置", "findings": "", "caseNumber": "",
//    "rectifyBy": "", "remarks": "",
//    "checkPoints": [{"number": 1, "outcome": "符合"}, {"number": 2, "outcome": "不符合", "note": "…"}]}
// inspectedFrom, inspectedTo, members and categories are needed; the others may be left out (checkPoints: the
// conclusion per point of the plan's checklist of the item, all or none; outcome the key or the word). Dates are
// YYYY-MM-DD; categories and followUp take the key or the Chinese (or English) word. Only how the file is written is
// checked here; whether the result is right (the dates, the team present, the categories) is ResultOperations' to say.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <optional>

class ResultFile final
{
    Q_DECLARE_TR_FUNCTIONS(ResultFile)

public:
    // The version the file describes, else nullopt and the sentence that names the file and the field at fault.
    static std::optional<ResultVersion> read(const QString& path, QString* problem);
    static std::optional<ResultVersion> fromJson(const QByteArray& json, const QString& name, QString* problem);
};
