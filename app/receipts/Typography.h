#pragma once

#include <QFontMetricsF>
#include <QString>
#include <QStringList>

namespace OneWindow {

// How Chinese text is set on paper: Chinese quotation marks, and line breaks
// that never cut a word or a number and follow the usual rules (no closing
// punctuation at the start of a line, no opening one at its end).
class Typography
{
public:
    // "一件事" -> “一件事”: ASCII double quotes, paired in order. A lone last
    // quote opens (it is more often a typo than a closing mark).
    static QString chineseQuotes(const QString &text);

    // Splits `text` into lines no wider than `width` as measured by `metrics`.
    // Breaks between Chinese characters or at spaces; a run of Latin letters,
    // digits and the like (a case number, a date) stays whole unless it alone
    // is wider than a line. Spaces at a break are dropped; nothing else is.
    static QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width);

    static bool isCjk(QChar c);
    static bool mayNotStartLine(QChar c); // closing punctuation
    static bool mayNotEndLine(QChar c);   // opening punctuation
};

} // namespace OneWindow
