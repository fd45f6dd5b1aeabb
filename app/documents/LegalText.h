#pragma once

#include <QString>

namespace OneWindow {

// The statutes the papers cite, worded after the law's own text, in one place;
// the English edition is a translation for the reader, the Chinese text governs.
class LegalText
{
public:
    // 行政复议 within 60 days (行政复议法 Art. 20) and 行政诉讼 within six
    // months (行政诉讼法 Art. 46), both from when the decision became known.
    static QString appealRights(const QString &decision, bool english = false);
    // 行政许可法 Art. 32: what a counter does with an application it receives.
    static QString acceptanceRules(bool english = false);
    // 行政许可法 Art. 38(2): a refusal is written, reasoned, and names the appeal rights.
    static QString refusalRules(bool english = false);
    // 行政许可法 Art. 45: hearings, testing, expert review… do not count against the limit.
    static QString specialProcedureRules(bool english = false);
};

} // namespace OneWindow
