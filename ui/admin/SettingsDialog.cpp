#include "SettingsDialog.h"

#include "Database.h"
#include "Palette.h"
#include "PlainText.h"
#include "SettingsOperations.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QPlainTextEdit* namesEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_bureau(new QLineEdit(this))
    , m_office(new QLineEdit(this))
    , m_leader(new QLineEdit(this))
    , m_deputies(namesEdit(QStringLiteral("deputies"), this))
    , m_members(namesEdit(QStringLiteral("members"), this))
    , m_inspectorNames(new QCheckBox(tr("Name the inspectors of each team in the published draw announcement"), this))
    , m_yellow(new QSpinBox(this))
    , m_red(new QSpinBox(this))
    , m_backups(new QSpinBox(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_error(new PlainLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_bureau->setObjectName(QStringLiteral("bureauName"));
    m_office->setObjectName(QStringLiteral("office"));
    m_leader->setObjectName(QStringLiteral("leader"));
    m_inspectorNames->setObjectName(QStringLiteral("publishInspectorNames"));
    m_yellow->setObjectName(QStringLiteral("lateYellowDays"));
    m_red->setObjectName(QStringLiteral("lateRedDays"));
    m_backups->setObjectName(QStringLiteral("backupKeep"));
    for (QSpinBox* box : {m_yellow, m_red})
        box->setRange(1, Settings::MaxLateDays);
    m_backups->setRange(1, Settings::MaxBackupKeep);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(0, Settings::MaxIdleMinutes);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_yellow->setSuffix(tr(" days"));
    m_red->setSuffix(tr(" days"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(Palette::errorStyle());
    m_error->setWordWrap(true);
    m_error->hide();

    auto* bureau = new QGroupBox(tr("Bureau (headers and signatures of printed and published pages)"), this);
    auto* bureauForm = new QFormLayout(bureau);
    bureauForm->addRow(tr("Bureau name:"), m_bureau);
    bureauForm->addRow(tr("Office:"), m_office);

    auto* group = new QGroupBox(tr("Leadership group (领导小组, policy attachment 4)"), this);
    auto* groupForm = new QFormLayout(group);
    groupForm->addRow(tr("Leader:"), m_leader);
    groupForm->addRow(tr("Deputy leaders\n(one per line):"), m_deputies);
    groupForm->addRow(tr("Members\n(one per line):"), m_members);

    auto* other = new QGroupBox(tr("Publication, overview and backups"), this);
    auto* otherForm = new QFormLayout(other);
    otherForm->addRow(m_inspectorNames);
    otherForm->addRow(tr("Late results turn yellow after:"), m_yellow);
    otherForm->addRow(tr("… and red after:"), m_red);
    otherForm->addRow(tr("Automatic backups kept:"), m_backups);

    auto* security = new QGroupBox(tr("Security"), this);
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Lock the program after idle time:"), m_idleMinutes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bureau);
    layout->addWidget(group);
    layout->addWidget(other);
    layout->addWidget(security);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const SettingsOperations operations(m_db, m_actor);
    buttons->button(QDialogButtonBox::Save)->setEnabled(operations.check().ok());
    setValues(operations.values());
    resize(560, sizeHint().height());
}

SettingsValues SettingsDialog::values() const
{
    SettingsValues v;
    v.bureauName = m_bureau->text().trimmed();
    v.office = m_office->text().trimmed();
    v.leader = m_leader->text().trimmed();
    v.deputies = lines(m_deputies);
    v.members = lines(m_members);
    v.publishInspectorNames = m_inspectorNames->isChecked();
    v.lateYellowDays = m_yellow->value();
    v.lateRedDays = m_red->value();
    v.backupKeep = m_backups->value();
    v.idleMinutes = m_idleMinutes->value();
    return v;
}

void SettingsDialog::setValues(const SettingsValues& v)
{
    m_bureau->setText(v.bureauName);
    m_office->setText(v.office);
    m_leader->setText(v.leader);
    m_deputies->setPlainText(v.deputies.join(QLatin1Char('\n')));
    m_members->setPlainText(v.members.join(QLatin1Char('\n')));
    m_inspectorNames->setChecked(v.publishInspectorNames);
    m_yellow->setValue(v.lateYellowDays);
    m_red->setValue(v.lateRedDays);
    m_backups->setValue(v.backupKeep);
    m_idleMinutes->setValue(v.idleMinutes);
}

void SettingsDialog::accept()
{
    const Outcome outcome = SettingsOperations(m_db, m_actor).save(values());
    if (outcome) {
        QDialog::accept();
        return;
    }
    m_error->setText(outcome.message());
    m_error->show();
}
