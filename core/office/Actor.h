// Who acts: the user the audit entries name and the role whose permissions (Access) every operation checks first.
// The window makes one at login, the command line after --user (or, for a data file without users yet, the
// operating system account with every permission: there is nobody to check).
#pragma once

#include "Access.h"
#include "Outcome.h"

#include <QString>

struct Actor
{
    QString user; // the login name; the audit entries name it (the Database's current user)
    QString role; // a key of Vocabulary::userRoles()

    bool may(Access::Permission permission) const { return Access::allows(role, permission); }
    // Done when the role allows it, else the refusal that names the role and the permission.
    Outcome check(Access::Permission permission) const
    {
        return may(permission) ? Outcome::done() : Outcome::refusedByRole(Access::refusal(role, permission));
    }
};
