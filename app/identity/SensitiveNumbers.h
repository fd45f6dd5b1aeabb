#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace OneWindow {

// Finds and masks personal numbers inside free text: resident ID numbers
// (18 characters, or the old 15 digits) and mainland mobile numbers. A run of
// digits longer than the number is not one (a timestamp, a case counter), nor
// is one that touches a Latin letter (a hex fingerprint, a hash).
// Used where text leaves the hall's screens (audit exports) and by the test
// that scans every log line of a test run.
class SensitiveNumbers
{
public:
    enum class Kind
    {
        IdNumber,
        Mobile,
    };
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Kind kind = Kind::IdNumber;
        // An ID number whose check digit, birth date and region hold; a mobile
        // number of the right shape (1, then 3-9, then nine digits).
        bool valid = false;
    };

    static QList<Match> find(const QString &text, const QDate &today = QDate::currentDate());
    // Every match masked, valid or not: ID numbers keep their first 6 and last
    // 4 characters, mobile numbers their first 3 and last 4.
    static QString masked(const QString &text);
};

} // namespace OneWindow
