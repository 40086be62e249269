#include "UserManagementDialog.h"

#include "AccountDialog.h"
#include "ElidedTextDelegate.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "UserOperations.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UserManagementDialog::UserManagementDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_table(new QTableWidget(this))
    , m_role(new QComboBox(this))
    , m_applyRole(new QPushButton(tr("Change role"), this))
    , m_active(new QPushButton(tr("Deactivate"), this))
    , m_reset(new QPushButton(tr("Reset password…"), this))
{
    setObjectName(QStringLiteral("userManagementDialog"));
    setWindowTitle(tr("Users"));
    ScreenFit::resize(this, {720, 420});

    m_table->setObjectName(QStringLiteral("userTable"));
    ElidedTextDelegate::install(m_table);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* add = new QPushButton(tr("New user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    VocabularyCombo::fill(m_role, Vocabulary::userRoles());
    m_applyRole->setObjectName(QStringLiteral("applyRoleButton"));
    m_active->setObjectName(QStringLiteral("activeButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addStretch(1);
    actions->addWidget(new PlainLabel(tr("Role:"), this));
    actions->addWidget(m_role);
    actions->addWidget(m_applyRole);
    actions->addWidget(m_active);
    actions->addWidget(m_reset);

    auto* note = new PlainLabel(tr("Users are never deleted: the audit trail names them. Deactivate a user who has "
                                   "left; resetting a password also ends a lock after failed logins."),
                                this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &UserManagementDialog::addUser);
    connect(m_applyRole, &QPushButton::clicked, this, &UserManagementDialog::applyRole);
    connect(m_active, &QPushButton::clicked, this, &UserManagementDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &UserManagementDialog::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserManagementDialog::selectionChanged);
    reload();
}

QString UserManagementDialog::selectedName() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void UserManagementDialog::selectName(const QString& name)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == name)
            m_table->selectRow(row);
}

void UserManagementDialog::reload()
{
    const QString selected = selectedName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<User> users = UserOperations(m_db, m_actor).users();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User& u = users.at(row);
        QString state = u.active ? tr("Active") : tr("Deactivated");
        if (u.active && u.isLocked(now))
            state = tr("Locked until %1")
                        .arg(QLocale().toString(u.lockedUntil.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        const QStringList cells {u.name, u.displayName, Vocabulary::userRoles().label(u.role), state};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, c == 2 ? QVariant(u.role) : QVariant(u.active));
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectName(selected);
    selectionChanged();
}

void UserManagementDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool any = !selectedName().isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_applyRole),
                       static_cast<QWidget*>(m_active), static_cast<QWidget*>(m_reset)})
        w->setEnabled(any);
    if (!any)
        return;
    VocabularyCombo::select(m_role, m_table->item(row, 2)->data(Qt::UserRole).toString());
    m_active->setText(m_table->item(row, 0)->data(Qt::UserRole).toBool() ? tr("Deactivate") : tr("Reactivate"));
}

void UserManagementDialog::addUser()
{
    AccountDialog dialog(m_db, AccountDialog::Mode::NewUser, m_actor, {}, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.user())
        return;
    reload();
    selectName(dialog.user()->name);
}

void UserManagementDialog::applyRole()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (const Outcome outcome = UserOperations(m_db, m_actor).setRole(name, VocabularyCombo::key(m_role)); !outcome)
        MessageBox::warning(this, tr("Role not changed"), outcome.message());
    reload();
}

void UserManagementDialog::toggleActive()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const bool active = m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toBool();
    if (const Outcome outcome = UserOperations(m_db, m_actor).setActive(name, !active); !outcome)
        MessageBox::warning(this, active ? tr("Not deactivated") : tr("Not reactivated"), outcome.message());
    reload();
}

void UserManagementDialog::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    AccountDialog dialog(m_db, AccountDialog::Mode::ResetPassword, m_actor, name, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
