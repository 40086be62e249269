// Who may do what: the one table of the four roles (管理员, 录入员, 审核员, 只读) and their permissions, and the
// sentence that tells a user why something was refused. The GUI, the command line and the core all ask here.
#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

class Access final
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    enum class Permission {
        View = 0x1, // see, search, print and export everything (every role)
        EditRegistries = 0x2, // the item list, entities, inspectors, conflicts, townships; imports
        ManagePlans = 0x4, // create and edit plans, freeze them
        Draw = 0x8, // seeds, draws, voids, substitutions
        EnterResults = 0x10, // record inspection results and follow-ups
        ReviewResults = 0x20, // review (approve or return) results
        PublishResults = 0x40, // publish results
        ManageUsers = 0x80, // add users, change roles, deactivate, reset passwords
        ChangeSettings = 0x100,
        Restore = 0x200, // replace the data with a backup
        ConfirmVoid = 0x400, // confirm, as the second user, that another user voids a draw (four eyes)
    };
    Q_DECLARE_FLAGS(Permissions, Permission)

    // Everything a role (a key of Vocabulary::userRoles()) may do; nothing for an unknown role.
    static Permissions permissions(const QString& role);
    static bool allows(const QString& role, Permission permission);
    // The refusal, for the clerk: "A user with the role 只读 may not change the registries. …".
    static QString refusal(const QString& role, Permission permission);
    // The same without naming the role: "Your role may not …".
    static QString refusal(Permission permission);
    // What the permission lets one do, in words ("change the registries").
    static QString description(Permission permission);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Access::Permissions)
