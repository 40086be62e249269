// The frame of every edit dialog: fields in groups as on the paper form, each field's problem in red beside it
// while typing (from the record's problems() in core), OK enabled only when there is none, and the save error of
// the repository shown in the dialog so nothing typed is lost. Subclasses build the fields and save.
#pragma once

#include "FieldError.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    explicit RecordDialog(QWidget* parent = nullptr);

    QPushButton* okButton() const;
    // The red text beside a field ("creditCode" …); the whole-record save error has the key "".
    QString errorText(const QString& field) const;
    QLabel* errorLabel(const QString& field) const;

    void accept() override;

public Q_SLOTS:
    // Re-checks the fields and updates the red texts and the OK button.
    void revalidate();

protected:
    // A group box ("Basic information") with a form layout, added to the dialog in order.
    QFormLayout* addGroup(const QString& title);
    // Adds "label: widget" with the field's error label under the widget; returns the widget for chaining.
    QWidget* addField(QFormLayout* form, const QString& field, const QString& label, QWidget* widget);
    // A hint under a field (grey), e.g. "A new township: it will be added when you save".
    void setHint(const QString& field, const QString& hint);
    // Watches a widget's edits (line edits, combos, check boxes, date edits, text edits, spin boxes, lists).
    void watch(QWidget* widget);

    virtual FieldErrors currentProblems() const = 0;
    // Writes the record; on failure returns false with a sentence for the clerk in *error.
    virtual bool save(QString* error) = 0;
    // Adds the save error and the buttons under the groups; call once the fields are built.
    void finishLayout();

    // The layout of the fields (inside the part that scrolls when the screen is too low for the whole form).
    QVBoxLayout* mainLayout() const { return m_layout; }

private:
    struct FieldRow
    {
        QLabel* error = nullptr;
        QLabel* hint = nullptr;
    };
    QScrollArea* m_scroll;
    QWidget* m_form;
    QVBoxLayout* m_layout;
    QLabel* m_saveError;
    QDialogButtonBox* m_buttons;
    QHash<QString, FieldRow> m_rows;
};
