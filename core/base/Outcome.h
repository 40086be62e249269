// The answer of every operation that changes the office's data (the *Operations classes): done, or refused with the
// sentence that says why. Who was refused tells the command line its exit code: a role or login refusal is 3, a rule
// of the domain (a state, a field, a team) is 1, and so is a storage failure. The window shows the same sentence.
#pragma once

#include "FieldError.h"

#include <QString>

class Outcome final
{
public:
    enum class Kind {
        Done,
        RefusedByRole, // the acting user's role may not do this (Access)
        RefusedByRule, // the state or a rule of the domain does not allow it now
        Failed, // the data file could not be written
    };

    Outcome() = default; // done
    static Outcome done() { return {}; }
    static Outcome refusedByRole(const QString& why) { return Outcome(Kind::RefusedByRole, why); }
    // `fields`: the form's fields at fault, when the rule is about fields (a dialog shows each beside its field).
    static Outcome refusedByRule(const QString& why, const FieldErrors& fields = {})
    {
        Outcome o(Kind::RefusedByRule, why);
        o.m_fields = fields;
        return o;
    }
    static Outcome failed(const QString& why) { return Outcome(Kind::Failed, why); }

    bool ok() const { return m_kind == Kind::Done; }
    explicit operator bool() const { return ok(); }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const FieldErrors& fieldErrors() const { return m_fields; }

    // The command line's exit code: 0 done, 3 refused by role, 1 otherwise.
    int exitCode() const
    {
        switch (m_kind) {
        case Kind::Done:
            return 0;
        case Kind::RefusedByRole:
            return 3;
        case Kind::RefusedByRule:
        case Kind::Failed:
            break;
        }
        return 1;
    }

private:
    Outcome(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {
    }

    Kind m_kind = Kind::Done;
    QString m_message;
    FieldErrors m_fields;
};
