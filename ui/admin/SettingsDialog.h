// 设置: the bureau's name and office, the leadership group (领导小组) printed on every page, whether the draw
// announcement names the inspectors, the days after which late results turn yellow and red, and backups kept.
#pragma once

#include "Actor.h"
#include "Settings.h"

#include <QDialog>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `actor`: who changes the settings (SettingsOperations checks the permission).
    SettingsDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // The values as the fields show them now.
    SettingsValues values() const;
    void setValues(const SettingsValues& values);
    // Saves (SettingsOperations::save) and closes; on a refusal shows it under the fields and stays open.
    void accept() override;
    QLabel* errorLabel() const { return m_error; }

private:
    Database& m_db;
    Actor m_actor;
    QLineEdit* m_bureau;
    QLineEdit* m_office;
    QLineEdit* m_leader;
    QPlainTextEdit* m_deputies;
    QPlainTextEdit* m_members;
    QCheckBox* m_inspectorNames;
    QSpinBox* m_yellow;
    QSpinBox* m_red;
    QSpinBox* m_backups;
    QSpinBox* m_idleMinutes;
    QLabel* m_error;
};
