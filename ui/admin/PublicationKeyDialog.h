// 设置 → 公示签名密钥 (issue 19): the data file's publication key as anyone may see it — its fingerprint, to read out
// or print for citizens who check a package, the public key and who made it when — and, for the administrator,
// making the key (the passphrase twice) and rotating it (the current passphrase, the new one twice). The rules are
// PublicationKeyOperations'; this dialog asks and shows.
#pragma once

#include "Actor.h"

#include <QDialog>

class Database;
class PlainLabel;
class QPushButton;

class PublicationKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicationKeyDialog)

public:
    PublicationKeyDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Asks for the passphrase(s) (PassphraseDialog) and creates or rotates the key; says what came of it.
    void createKey();
    void rotateKey();

    QPushButton* createButton() const { return m_create; }
    QPushButton* rotateButton() const { return m_rotate; }
    PlainLabel* fingerprintLabel() const { return m_fingerprint; }

private:
    void reload();

    Database& m_db;
    Actor m_actor;
    PlainLabel* m_state;
    PlainLabel* m_fingerprint;
    PlainLabel* m_publicKey;
    PlainLabel* m_made;
    QPushButton* m_create;
    QPushButton* m_rotate;
};
