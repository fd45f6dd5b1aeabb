#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace OneWindow {

// One thing that needs a supervisor's second look, and what the supervisor made of it.
//
// Two classes of item. A decision against a citizen ("refusal" 不予许可,
// "file-returned" 退件, "non-acceptance" 不予受理, "fee-waiver" 减免) is a
// proposal: it takes effect only when a supervisor who is not its maker
// confirms it (approved); sent back (returned), it is undone. Everything else
// is a review after the fact: what was done stands, the supervisor's verdict
// is recorded beside it.
struct ReviewItem
{
    // Stable kinds: "manual-identity", "e-id-only", "unverified-identity", "card-problem",
    // "override", "fee-waiver", "refusal", "file-returned", "non-acceptance", "reopen",
    // "overdue-commitment", "overdue-follow-up", "purpose-opening", "sample".
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
    qint64 stepId = 0; // the step a proposed refusal or 退件 is on
    QString subject;   // a case number or "person:<id>", never an ID number
    QString detail;    // the flags, the reason, the purpose stated
    QDateTime createdAt;
    qint64 makerId = 0; // who did what is reviewed
    QString makerName;
    State state = State::Open;
    QDateTime reviewedAt;
    qint64 reviewerId = 0;
    QString reviewerName;
    QString comment;
    int version = 1;

    // Whether the item is a decision waiting for its checker (see above).
    bool isDecision() const { return isDecisionKind(kind); }
    // Still a proposal: no effect yet.
    bool isPending() const { return isDecision() && state == State::Open; }

    static QString stateKey(State state);
    // std::nullopt for a key this version does not know.
    static std::optional<State> stateFromKey(const QString &key);
    static bool isDecisionKind(const QString &kind);
    static QStringList decisionKinds();
};

// Which items a list holds.
enum class ReviewScope
{
    All,
    Decisions,    // decisions against a citizen, waiting for (or given) confirmation
    AfterTheFact, // the rest
};

} // namespace OneWindow
