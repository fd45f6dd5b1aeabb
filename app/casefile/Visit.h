#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace OneWindow {

// One citizen's time at one counter: it begins when the core has recorded who
// they are (a card read, an e-ID code, a typed identity) and ends with what the
// counter did for them, or with the clerk's "next citizen". Ratings (好差评) and
// the hall's figures rest on it.
struct Visit
{
    enum class Outcome
    {
        Open,        // still at the counter
        Accepted,    // a case (or a bundle) accepted: 受理
        Notified,    // a one-time notification of what is missing: 一次性告知
        HandedOver,  // a result handed over at the window
        NotAccepted, // 不予受理 proposed
        Next,        // the clerk called the next citizen
    };

    qint64 id = 0;
    QString counterCode;
    qint64 clerkId = 0;
    QString clerkName;
    qint64 evidenceId = 0; // what identified the citizen
    QString idNumber;      // theirs, from that evidence: filled in by begin() only
    QDateTime startedAt;
    QDateTime endedAt; // null while open
    Outcome outcome = Outcome::Open;
    QStringList caseNumbers; // the cases the visit accepted or handed over

    bool isOpen() const { return outcome == Outcome::Open; }

    // Stable keys stored in the database: "accepted", "notified", "handed-over",
    // "not-accepted", "next"; "" for Open.
    static QString outcomeKey(Outcome outcome);
    static Outcome outcomeFromKey(const QString &key);
    static QStringList outcomeKeys();
};

} // namespace OneWindow
