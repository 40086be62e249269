#include "PublicationKeyDialog.h"

#include "MessageBox.h"
#include "PassphraseDialog.h"
#include "PlainText.h"
#include "PublicationKeyOperations.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

PublicationKeyDialog::PublicationKeyDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_state(new PlainLabel(this))
    , m_fingerprint(new PlainLabel(this))
    , m_publicKey(new PlainLabel(this))
    , m_made(new PlainLabel(this))
    , m_create(new QPushButton(tr("&Create the key…"), this))
    , m_rotate(new QPushButton(tr("&Rotate the key…"), this))
{
    setWindowTitle(tr("Publication key"));
    auto* about = new PlainLabel(
        tr("Every website package is signed with this data file's publication key (manifest.sig). With the fingerprint "
           "below, anyone can check that a package comes from the bureau and was not changed "
           "(shuangsui-cli verify-package, docs/publication-package.md). The secret part is kept in the data file only "
           "encrypted with the administrator's passphrase, which is stored nowhere: keep it safe; without it nothing "
           "can be published."),
        this);
    about->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("keyState"));
    m_state->setWordWrap(true);
    m_fingerprint->setObjectName(QStringLiteral("keyFingerprint"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_fingerprint->setFont(big);
    m_publicKey->setObjectName(QStringLiteral("keyPublic"));
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setWordWrap(true);
    for (PlainLabel* label : {m_fingerprint, m_publicKey, m_made})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("Public key:"), m_publicKey);
    form->addRow(tr("Made:"), m_made);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rotate, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &PublicationKeyDialog::createKey);
    connect(m_rotate, &QPushButton::clicked, this, &PublicationKeyDialog::rotateKey);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 360);
    reload();
}

void PublicationKeyDialog::reload()
{
    const PublicationKeyOperations operations(m_db, m_actor);
    const std::optional<PublicationKey> key = operations.inForce();
    m_state->setText(key ? tr("The packages are signed with this key.")
                         : tr("No publication key yet: the administrator creates it once, before the first "
                              "publication."));
    m_fingerprint->setText(key ? key->fingerprint() : QStringLiteral("—"));
    m_publicKey->setText(key ? key->publicKeyHex() : QStringLiteral("—"));
    // Stored in UTC (ISO 8601); shown as the clerk's clock reads it.
    const QDateTime made = key ? QDateTime::fromString(key->createdAt, Qt::ISODate) : QDateTime();
    const QString madeAt = made.isValid() ? made.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                          : (key ? key->createdAt : QString());
    m_made->setText(key ? tr("%1 by %2").arg(madeAt, key->createdBy) : QStringLiteral("—"));
    // The buttons are the rules' answers; a refused one says why.
    const Outcome mayCreate = operations.checkCreate();
    const Outcome mayRotate = operations.checkRotate();
    m_create->setVisible(!key);
    m_create->setEnabled(mayCreate.ok());
    m_create->setToolTip(plainToolTip(mayCreate.ok() ? QString() : mayCreate.message()));
    m_rotate->setVisible(key.has_value());
    m_rotate->setEnabled(mayRotate.ok());
    m_rotate->setToolTip(plainToolTip(mayRotate.ok() ? QString() : mayRotate.message()));
}

void PublicationKeyDialog::createKey()
{
    PassphraseDialog ask(PassphraseDialog::Purpose::Create,
                         tr("Choose the passphrase that protects the key (at least %1 characters). Whoever publishes "
                            "needs it; it cannot be recovered.")
                             .arg(PublicationKeys::MinimumPassphraseLength),
                         this);
    if (ask.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // the passphrase's key derivation takes a second or two
    const Outcome outcome = PublicationKeyOperations(m_db, m_actor).create(ask.passphrase());
    QApplication::restoreOverrideCursor();
    reload();
    if (!outcome)
        MessageBox::warning(this, tr("The key was not created"), outcome.message());
    else
        MessageBox::information(this, tr("Key created"),
                                tr("The publication key was created. Its fingerprint: %1").arg(m_fingerprint->text()));
}

void PublicationKeyDialog::rotateKey()
{
    PassphraseDialog ask(PassphraseDialog::Purpose::Rotate,
                         tr("The current key is retired and a new one made; the new public key is signed by the old "
                            "key in the audit log. Packages published before keep the old key's signature."),
                         this);
    if (ask.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome outcome = PublicationKeyOperations(m_db, m_actor).rotate(ask.oldPassphrase(), ask.passphrase());
    QApplication::restoreOverrideCursor();
    reload();
    if (!outcome)
        MessageBox::warning(this, tr("The key was not rotated"), outcome.message());
    else
        MessageBox::information(this, tr("Key rotated"),
                                tr("The new publication key's fingerprint: %1").arg(m_fingerprint->text()));
}
