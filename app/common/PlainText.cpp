#include "common/PlainText.h"

namespace OneWindow {

QString PlainText::problem(const QString &text, Lines lines, int maxLength)
{
    if (text.size() > maxLength)
        return QStringLiteral("longer than %1 characters").arg(maxLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return QStringLiteral("holds a NUL character");
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            if (lines == Lines::One)
                return c == u'\t' ? QStringLiteral("holds a tab")
                                  : QStringLiteral("holds a line break");
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return QStringLiteral("holds the control character U+%1")
                .arg(uint(c), 4, 16, QLatin1Char('0'));
        if (c == 0xFFFD)
            return QStringLiteral("holds U+FFFD (text that was not valid UTF-8)");
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return QStringLiteral("holds the direction control U+%1").arg(uint(c), 4, 16);
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            return QStringLiteral("holds an unpaired surrogate");
        }
        if (QChar::isLowSurrogate(c))
            return QStringLiteral("holds an unpaired surrogate");
    }
    return {};
}

Status PlainText::check(const QString &field, const QString &text, Lines lines, int maxLength)
{
    const QString why = problem(text, lines, maxLength);
    if (why.isEmpty())
        return Status::success();
    return Status::failure(QStringLiteral("bad-text"), field + QStringLiteral(": ") + why);
}

} // namespace OneWindow
