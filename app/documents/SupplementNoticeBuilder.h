#pragma once

#include "documents/DocumentSource.h"
#include "receipts/PrintedDocument.h"

#include <QDate>

namespace OneWindow {

// 补齐补正通知书: what the department asked for, in what form, by when, and
// that the clock stands still until it arrives (the case's latest supplement).
class SupplementNoticeBuilder
{
public:
    // Without a date set by the department, the citizen has this many working
    // days from the day the clock stopped.
    static constexpr int kDefaultWorkingDays = 10;

    static PrintedDocument build(const DocumentSource &source);
    // The pause's expected end when the department set one, else the default.
    static QDate dueDate(const DocumentSource &source, const CasePause &pause);
};

} // namespace OneWindow
