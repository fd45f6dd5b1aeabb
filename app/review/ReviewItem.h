#pragma once

#include <QDateTime>
#include <QString>

namespace OneWindow {

// One thing that needs a supervisor's second look, and what the supervisor made of it.
struct ReviewItem
{
    // Stable kinds: "manual-identity", "e-id-only", "unverified-identity", "card-problem",
    // "override", "fee-waiver", "refusal", "file-returned", "non-acceptance", "reopen",
    // "overdue-commitment", "purpose-opening", "sample".
    enum class State
    {
        Open,
        Approved,
        Returned
    };

    qint64 id = 0;
    QString kind;
    QString ref; // what it is about, unique per kind ("case:17", "commitment:4", ...)
    qint64 caseId = 0;
    QString subject; // a case number or "person:<id>", never an ID number
    QString detail;  // the flags, the reason, the purpose stated
    QDateTime createdAt;
    qint64 makerId = 0; // who did what is reviewed
    QString makerName;
    State state = State::Open;
    QDateTime reviewedAt;
    qint64 reviewerId = 0;
    QString reviewerName;
    QString comment;
    int version = 1;

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};

} // namespace OneWindow
