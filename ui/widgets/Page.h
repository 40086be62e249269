// One page of the main window (概览, 抽查事项, 检查对象 …). The window's menu and shortcuts (Ctrl+F, Ctrl+N) act on
// the current page through this interface; adding a page to the window is one call to MainWindow::addPage.
#pragma once

#include "Access.h"
#include "Actor.h"

#include <QWidget>

class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    explicit Page(QWidget* parent = nullptr)
        : QWidget(parent)
    {
    }

    // The name in the navigation list and the page's heading.
    virtual QString title() const = 0;
    // Ctrl+F: put the cursor in the page's search box.
    virtual void focusSearch() {}
    // Ctrl+N: the page's primary action ("New entity…"); empty when the page has none.
    virtual QString createActionText() const { return {}; }
    virtual void createNew() {}
    // Another page changed data this page shows: read it again.
    virtual void reloadData() {}
    // Shows the page narrowed as another page asked ("blacklisted" …, or recordArgument(id) for one record);
    // unknown arguments show it unfiltered.
    virtual void showFiltered(const QString& argument) { Q_UNUSED(argument); }

    // The argument that asks a page to show one record (a row of the overview): "id:<id>".
    static QString recordArgument(qint64 id) { return QStringLiteral("id:%1").arg(id); }
    // The record id such an argument names; 0 for any other argument.
    static qint64 recordId(const QString& argument)
    {
        return argument.startsWith(QLatin1String("id:")) ? argument.mid(3).toLongLong() : 0;
    }

    // Who is logged in: the window sets it on every page, and the page passes it to the core's operations (which
    // decide) and asks the core what the user may do now to enable its actions. A page on its own acts as an
    // administrator.
    void setActor(const Actor& actor)
    {
        m_actor = actor;
        permissionsChanged();
    }
    const Actor& actor() const { return m_actor; }
    Access::Permissions allowed() const { return Access::permissions(m_actor.role); }
    // The permission the page's own changes need (Ctrl+N, editing a row).
    virtual Access::Permission writePermission() const { return Access::Permission::EditRegistries; }
    bool mayWrite() const { return m_actor.may(writePermission()); }

protected:
    // The permissions changed: enable or disable the page's actions.
    virtual void permissionsChanged() {}

Q_SIGNALS:
    // This page changed data (other pages reload when they are shown).
    void dataModified();
    // Asks the window to show another page (an overview card, a link in a detail pane).
    void navigateRequested(const QString& pageKey, const QString& argument);

private:
    Actor m_actor {QString(), QStringLiteral("admin")};
};
