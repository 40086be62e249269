#include "CodeValidator.h"

#include "Validators.h"

CodeValidator::CodeValidator(Kind kind, bool optional, QObject* parent)
    : QValidator(parent)
    , m_kind(kind)
    , m_optional(optional)
{
}

QString CodeValidator::problem(const QString& code) const
{
    if (code.isEmpty() && m_optional)
        return {};
    return m_kind == Kind::CreditCode ? Validators::creditCodeProblem(code) : Validators::idCardProblem(code);
}

QValidator::State CodeValidator::validate(QString& input, int& pos) const
{
    // Normalise in place, keeping the cursor after the same typed character.
    const QString beforeCursor = Validators::normalizeCode(input.left(pos));
    const QString normalized = Validators::normalizeCode(input);
    if (normalized != input) {
        input = normalized;
        pos = qBound(0, int(beforeCursor.size()), int(input.size()));
    }
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

void CodeValidator::fixup(QString& input) const
{
    input = Validators::normalizeCode(input);
}
