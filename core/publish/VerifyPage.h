// The public check of a draw for the website package of a plan: resources/templates/verify.html with the published
// record (draw-spec.md §6) embedded, a self-contained page that recomputes the draw in any browser (§2–§5).
#pragma once

#include <QByteArray>

class VerifyPage final
{
public:
    // The page with recordJson in its `<script type="application/json" id="record">` element. Every '<' of the
    // JSON is written as \u003c (only strings can hold one, and JSON reads the escape as the same character), so
    // no "</script>" or "<!--" inside an id or a reason can end or change that element. Empty if the template is
    // missing from the resources.
    static QByteArray render(const QByteArray& recordJson);

    // The marker in the template that render() replaces with the record.
    static constexpr const char* recordMarker = "@@RECORD_JSON@@";
};
