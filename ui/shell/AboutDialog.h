// Help → About: what program this is, which version and build, which draw specification it implements and which
// data version it reads — what an auditor or the supplier asks for first.
#pragma once

#include <QDialog>

class Database;

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const Database& db, QWidget* parent = nullptr);

    // The text shown (tests).
    QString text() const { return m_text; }

    static QString buildDate();

private:
    QString m_text;
};
