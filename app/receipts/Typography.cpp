#include "receipts/Typography.h"

namespace OneWindow {

QString Typography::chineseQuotes(const QString &text)
{
    if (!text.contains(QLatin1Char('"')))
        return text;
    QString out = text;
    bool open = true;
    for (QChar &c : out) {
        if (c != QLatin1Char('"'))
            continue;
        c = open ? QChar(0x201C) : QChar(0x201D);
        open = !open;
    }
    return out;
}

bool Typography::isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate() ||
           (u >= 0x2010 && u <= 0x206F); // general punctuation: dashes, quotes, ellipsis
}

bool Typography::mayNotStartLine(QChar c)
{
    static const QString closing =
        QStringLiteral("，。、；：？！）》〉」』】〕…—”’％,.;:?!)]}%·～");
    return closing.contains(c);
}

bool Typography::mayNotEndLine(QChar c)
{
    static const QString opening = QStringLiteral("（《〈「『【〔“‘([{");
    return opening.contains(c);
}

QStringList Typography::wrap(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    const int n = int(text.size());
    int start = 0;
    while (start < n) {
        while (start < n && text.at(start) == QLatin1Char(' '))
            ++start;
        if (start >= n)
            break;
        if (metrics.horizontalAdvance(text.mid(start)) <= width) {
            lines << text.mid(start);
            break;
        }
        // The longest prefix that fits, by bisection on the measured width.
        int lo = start + 1; // at least one character per line, whatever its width
        int hi = n;
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (metrics.horizontalAdvance(text.mid(start, mid - start)) <= width)
                lo = mid;
            else
                hi = mid - 1;
        }
        const int fits = lo; // text[start, fits) fits
        // Walk back to a place where a break is allowed.
        int cut = -1;
        for (int i = fits; i > start; --i) {
            const QChar before = text.at(i - 1);
            const QChar after = text.at(i);
            const bool allowed = before == QLatin1Char(' ') || after == QLatin1Char(' ') ||
                                 ((isCjk(before) || isCjk(after)) && !mayNotStartLine(after) &&
                                  !mayNotEndLine(before));
            if (allowed) {
                cut = i;
                break;
            }
        }
        if (cut < 0)
            cut = fits; // one unbreakable run wider than the line: break it where it must
        QString line = text.mid(start, cut - start);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines << line;
        start = cut;
    }
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

} // namespace OneWindow
