#pragma once

#include "identity/Sex.h"

#include <QDate>
#include <QString>

namespace OneWindow {

// Result of checking a resident ID number (GB 11643-1999).
struct IdNumberInfo
{
    QString input;
    bool valid = false;
    QString normalized; // 18 characters, upper-case X; empty unless valid
    QDate birth;        // set whenever the birth date could be read
    Sex sex = Sex::Unknown;
    QString regionCode; // first six digits
    // Empty when valid, else one of: "characters", "length", "region",
    // "birth-date", "checksum".
    QString error;
};

class IdNumber
{
public:
    // Checks and normalizes: trims, accepts a lower-case x, converts a valid
    // 15-digit number to 18 digits. A birth date after `today` is invalid.
    static IdNumberInfo check(const QString &input, const QDate &today);

    // The MOD 11-2 check character for the first 17 digits.
    static QChar checkCharacter(const QString &first17);

    // True when the two-digit province code exists in GB/T 2260 (including
    // 71 Taiwan, 81 Hong Kong, 82 Macao and 83, used by residence permits).
    static bool provinceExists(int provinceCode);

    // First 6 and last 4 characters kept, the rest replaced by '*'. Used on
    // receipts and anywhere an ID number is shown to someone else.
    static QString masked(const QString &idNumber);
};

} // namespace OneWindow
