// Shows one version of a result as it was recorded, read-only: the visit, dates, members, categories, findings,
// follow-up, deadline, case number, remarks, who recorded, reviewed and published it and when — old and published too.
#pragma once

#include "ResultRepository.h"

#include <QDialog>
#include <QHash>

class Database;
class QTextBrowser;

class ResultVersionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultVersionDialog)

public:
    // `version` is one of ResultRepository::history(row.resultId); `latestVersion` the number of the newest one.
    ResultVersionDialog(Database& db, const ResultRow& row, const ResultVersion& version, int latestVersion,
                        QWidget* parent = nullptr);

    const ResultVersion& version() const { return m_version; }
    // The text shown for a field: "state", "version", "inspected", ResultVersion::fields() ("members", "categories",
    // "findings", "followUp", "caseNumber", "rectifyBy", "remarks", "correctionReason"), "recorded", "reviewed",
    // "reviewComment", "published"; empty when the dialog does not show it.
    QString valueText(const QString& field) const;
    // Every line of the dialog, "label: value", for a test or a copy.
    QStringList lines() const { return m_lines; }
    QTextBrowser* view() const { return m_view; }

private:
    void addRow(const QString& field, const QString& label, const QString& value);

    ResultVersion m_version;
    QHash<QString, QString> m_values;
    QStringList m_lines;
    QString m_rowsHtml;
    QTextBrowser* m_view;
};
