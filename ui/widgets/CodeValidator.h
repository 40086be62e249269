// A QValidator for the codes a clerk types: the 统一社会信用代码 and the 身份证号码. It turns full-width input into
// ASCII capitals as the clerk types and accepts only what core/Validators accepts; what is wrong is said by the
// dialog beside the field (from the record's problems()), so input is never silently refused.
#pragma once

#include <QValidator>

class CodeValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeValidator)

public:
    enum class Kind { CreditCode, IdCard };

    // `optional`: an empty field is acceptable.
    CodeValidator(Kind kind, bool optional, QObject* parent = nullptr);

    State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

    // The problem with `code` (already normalised), empty when it is fine.
    QString problem(const QString& code) const;

private:
    Kind m_kind;
    bool m_optional;
};
