#include "Access.h"

#include "Vocabulary.h"

Access::Permissions Access::permissions(const QString& role)
{
    using P = Permission;
    if (role == QLatin1String("admin"))
        return Permissions(0x7ff); // every permission
    if (role == QLatin1String("clerk"))
        return P::View | P::EditRegistries | P::ManagePlans | P::Draw | P::EnterResults;
    if (role == QLatin1String("reviewer"))
        return P::View | P::ReviewResults | P::PublishResults | P::ConfirmVoid;
    if (role == QLatin1String("viewer"))
        return P::View;
    return {};
}

bool Access::allows(const QString& role, Permission permission)
{
    return permissions(role).testFlag(permission);
}

QString Access::description(Permission permission)
{
    switch (permission) {
    case Permission::View:
        return tr("view and print the data");
    case Permission::EditRegistries:
        return tr("change the item list and the registries");
    case Permission::ManagePlans:
        return tr("create, change and freeze inspection plans");
    case Permission::Draw:
        return tr("carry out draws and substitutions");
    case Permission::EnterResults:
        return tr("enter inspection results");
    case Permission::ReviewResults:
        return tr("review inspection results");
    case Permission::PublishResults:
        return tr("publish inspection results");
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::ChangeSettings:
        return tr("change the settings");
    case Permission::Restore:
        return tr("restore a backup");
    case Permission::ConfirmVoid:
        return tr("confirm that another user voids a draw");
    }
    return {};
}

QString Access::refusal(Permission permission)
{
    return tr("Your role may not %1. Ask an administrator if this is part of your work.").arg(description(permission));
}

QString Access::refusal(const QString& role, Permission permission)
{
    const QString roleName = Vocabulary::userRoles().contains(role) ? Vocabulary::userRoles().label(role) : role;
    return tr("A user with the role %1 may not %2. Ask an administrator if this is part of your work.")
        .arg(roleName, description(permission));
}
