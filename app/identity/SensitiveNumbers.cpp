#include "identity/SensitiveNumbers.h"

#include "identity/IdNumber.h"

namespace OneWindow {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isCheckX(QChar c)
{
    return c == QLatin1Char('X') || c == QLatin1Char('x');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

} // namespace

QList<SensitiveNumbers::Match> SensitiveNumbers::find(const QString &text, const QDate &today)
{
    QList<Match> found;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        // One run of digits, with an X allowed as its 18th character.
        qsizetype end = i;
        while (end < n && isDigit(text.at(end)))
            ++end;
        if (end - i == 17 && end < n && isCheckX(text.at(end)) &&
            (end + 1 >= n || !text.at(end + 1).isLetterOrNumber()))
            ++end;
        const qsizetype length = end - i;
        const QString run = text.mid(i, length);
        const bool longer = end < n && isCheckX(text.at(end)); // 18 digits and an X: 19
        if (longer) {
            i = end + 1;
            continue;
        }
        // Digits touching a Latin letter belong to a word or a hex digest (a
        // key fingerprint, a hash), where eleven digits in a row happen by chance.
        const bool inWord =
            (i > 0 && isAsciiLetter(text.at(i - 1))) || (end < n && isAsciiLetter(text.at(end)));
        if (inWord) {
            i = end;
            continue;
        }
        if (length == 18 || length == 15) {
            Match m;
            m.start = i;
            m.length = length;
            m.kind = Kind::IdNumber;
            m.valid = length == 18 && IdNumber::check(run, today).valid;
            found << m;
        } else if (length == 11 && run.at(0) == QLatin1Char('1') && run.at(1) >= QLatin1Char('3')) {
            Match m;
            m.start = i;
            m.length = length;
            m.kind = Kind::Mobile;
            m.valid = true;
            found << m;
        }
        i = end;
    }
    return found;
}

QString SensitiveNumbers::masked(const QString &text)
{
    QString out = text;
    for (const Match &m : find(text)) {
        const qsizetype keepStart = m.kind == Kind::IdNumber ? 6 : 3;
        const qsizetype keepEnd = 4;
        for (qsizetype k = m.start + keepStart; k < m.start + m.length - keepEnd; ++k)
            out[k] = QLatin1Char('*');
    }
    return out;
}

} // namespace OneWindow
