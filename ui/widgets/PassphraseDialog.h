// The publication key's passphrase (issue 19), asked for where it is needed: once to publish a website package,
// twice to make the key, the old one and the new one twice to rotate it. It lives only in the dialog's fields until
// it is handed to the core, which says whether it is right or long enough; it is never stored or logged.
#pragma once

#include <QDialog>

class PlainLabel;
class QLineEdit;

class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Purpose { Unlock, Create, Rotate };

    PassphraseDialog(Purpose purpose, const QString& explanation, QWidget* parent = nullptr);

    QString passphrase() const;
    QString oldPassphrase() const; // Rotate only
    // Refuses to close while a new passphrase and its repetition differ.
    void accept() override;

    QLineEdit* passphraseEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLineEdit* oldEdit() const { return m_old; }
    PlainLabel* errorLabel() const { return m_error; }

private:
    Purpose m_purpose;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_repeat = nullptr;
    PlainLabel* m_error;
};
