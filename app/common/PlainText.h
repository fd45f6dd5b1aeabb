#pragma once

#include "common/Result.h"

#include <QString>

namespace OneWindow {

// What the core accepts as text typed by a person or sent by a program: names,
// reasons, comments, search boxes. Stored and shown exactly as given, quotes,
// percent signs and all, except what cannot be shown or would change how the
// text around it reads: NUL and other control characters (a line break or a tab
// only in text of many lines), U+FFFD (what broken UTF-8 decodes to), unpaired
// surrogates, and the bidirectional embeddings, overrides and isolates
// (U+202A-U+202E, U+2066-U+2069) that make a name or a reason read backwards on
// a screen or a paper. PostgreSQL cannot store NUL at all and SQLite would keep
// it: refusing it here makes both backends behave the same.
class PlainText
{
public:
    enum class Lines
    {
        One,
        Many
    };

    // Names of people and accounts.
    static constexpr int kMaxName = 100;
    // Reasons, notes, comments.
    static constexpr int kMaxReason = 2000;
    // What a search box or a filter takes.
    static constexpr int kMaxQuery = 100;

    // "" when `text` may be stored as it is; else why not (English, for a detail).
    static QString problem(const QString &text, Lines lines, int maxLength);
    // "bad-text" with the detail "FIELD: why" when problem() finds one.
    static Status check(const QString &field, const QString &text, Lines lines, int maxLength);
};

} // namespace OneWindow
