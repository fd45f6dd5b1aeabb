#include "identity/IdNumber.h"

#include <algorithm>
#include <iterator>

namespace OneWindow {

namespace {

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[] = "10X98765432";

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Digits everywhere; an X only as the check character of an 18-character number.
bool charactersAllowed(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            continue;
        if (c == QLatin1Char('X') && text.size() == 18 && i == 17)
            continue;
        return false;
    }
    return true;
}

} // namespace

IdNumberInfo IdNumber::check(const QString &input, const QDate &today)
{
    IdNumberInfo info;
    info.input = input;

    QString text = input.trimmed();
    // Only the check character may be a letter; people type it in lower case.
    if (text.endsWith(QLatin1Char('x')))
        text[text.size() - 1] = QLatin1Char('X');

    if (!charactersAllowed(text)) {
        info.error = QStringLiteral("characters");
        return info;
    }
    if (text.size() != 15 && text.size() != 18) {
        info.error = QStringLiteral("length");
        return info;
    }

    const bool legacy = text.size() == 15;
    // Legacy numbers carry a two-digit year; they were all issued to people born
    // in the 1900s, which is why the standard's conversion inserts "19".
    const QString first17 =
        legacy ? text.left(6) + QLatin1String("19") + text.mid(6, 9) : text.left(17);

    // The fields are read even when a check fails, so callers can show what
    // the number claims (birth, sex) next to the error.
    info.regionCode = first17.left(6);
    info.birth = QDate::fromString(first17.mid(6, 8), QStringLiteral("yyyyMMdd"));
    info.sex = (first17.at(16).digitValue() % 2 == 1) ? Sex::Male : Sex::Female;

    if (!provinceExists(first17.left(2).toInt())) {
        info.error = QStringLiteral("region");
        return info;
    }
    if (!info.birth.isValid() || info.birth < QDate(1900, 1, 1) ||
        (today.isValid() && info.birth > today)) {
        info.error = QStringLiteral("birth-date");
        return info;
    }

    const QChar expected = checkCharacter(first17);
    if (!legacy && text.at(17) != expected) {
        info.error = QStringLiteral("checksum");
        return info;
    }

    info.valid = true;
    info.normalized = first17 + expected;
    return info;
}

QChar IdNumber::checkCharacter(const QString &first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * kWeights[i];
    return QLatin1Char(kCheckCharacters[sum % 11]);
}

bool IdNumber::provinceExists(int provinceCode)
{
    // GB/T 2260 provinces, plus 71 Taiwan and 81/82/83 used by residence permits.
    static constexpr int kProvinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                         35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                         53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::binary_search(std::begin(kProvinces), std::end(kProvinces), provinceCode);
}

QString IdNumber::masked(const QString &idNumber)
{
    const int size = int(idNumber.size());
    // Too short to keep 6 + 4 and still hide anything: hide it all rather than
    // show a whole (possibly mistyped) number.
    if (size <= 10)
        return QString(size, QLatin1Char('*'));
    return idNumber.left(6) + QString(size - 10, QLatin1Char('*')) + idNumber.right(4);
}

} // namespace OneWindow
