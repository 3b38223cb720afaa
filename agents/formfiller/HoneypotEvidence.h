#pragma once

#include "FormModel.h"

#include <QRegularExpression>

namespace sc::agents::formfiller {

// Why a form field is a trap for bots (a honeypot), from positive evidence only: moved out of sight
// while keeping its place (off-screen, transparent, zero-size, clipped), words saying to leave it
// empty, a name that says it is a trap, or out of the keyboard's path (tabindex=-1) with autocomplete
// off or hidden from screen readers. A missing label or a generic name ("field3", "input_7") is no
// evidence at all, and a field a person can see and reach, with a label or a placeholder telling
// them what to type, is never a honeypot unless those very words say to leave it empty.
class HoneypotEvidence
{
public:
    // The evidence in a few words ("off-screen", "its words say to leave it empty"), or empty.
    static QString of(const PageField& field);
    // Words saying to leave a field empty, English and French, on folded words (FieldClassifier::words).
    static const QRegularExpression& leaveEmptyWords();
};

} // namespace sc::agents::formfiller
