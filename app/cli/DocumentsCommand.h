// `documents PLAN_CODE --out DIR`: every document the program prints for the plan so far, as the print-ready HTML the
// window prints and saves as PDF from (DrawDocuments): 抽查前公示单 (pre-draw-sheet.html, once frozen), and after the
// draw 随机抽取结果单 (draw-sheet.html), the 检查通知单 of every visit (inspection-notices.html), the 行政检查审批表
// (approval-form.html), the 现场检查笔录 of every visit blank (on-site-records.html) and, once results are recorded,
// filled in from them (on-site-records-filled.html). DIR must be new or empty; each file written is recorded in the
// audit log as an export.
#pragma once

#include "Command.h"

class DocumentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DocumentsCommand)

public:
    DocumentsCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
