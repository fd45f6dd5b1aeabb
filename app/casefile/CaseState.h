#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OneWindow {

// The case lifecycle's vocabulary. The keys are what the database stores and
// what every JSON output prints; they never change once shipped. The words a
// person reads live in one table in ui/ (CaseStateText).

// A case as a whole (the 一件事 bundle, or a single matter).
enum class CaseState
{
    Accepted,           // accepted at the counter; no department has acted yet
    InProgress,         // departments are working their steps
    AwaitingSupplement, // a department asked for missing material: the clock stands still
    SpecialProcedure,   // hearing, inspection, testing or expert review: the clock stands still
    Completed,          // 办结: every step decided; ready for collection
    Delivered,          // 已送达: handed over at a counter or sent by post
    Withdrawn,          // 撤回 at the citizen's request before completion
};

// One department's step (a sub-case).
enum class StepState
{
    Waiting,  // the steps it comes after are not done yet
    Open,     // the department may work it
    Approved, // done, with the step's result
    Returned, // returned for supplement (补齐补正)
    Special,  // in a special procedure (特别程序)
    Refused,  // 不予许可, with a legal reason
    Skipped,  // will not be worked: its predecessor was refused, or the case withdrawn
    // A decision against the citizen proposed by the step's holder, waiting for a
    // supervisor who did not make it: not done, nobody else acts on the step.
    RefusalPending,    // 不予许可 proposed: confirmed it is Refused, sent back Open
    ReturnFilePending, // 退件 proposed: confirmed the file goes back, sent back Returned
};

// What someone does to a case or one of its steps.
enum class CaseAction
{
    Accept,       // intake at the counter
    Claim,        // an officer takes a step
    Release,      // the holder (or a supervisor) gives it back
    Approve,      // the holder decides the step favourably
    Return,       // the holder asks for missing material (补齐补正)
    Supplement,   // the counter records the material the citizen brought
    SpecialStart, // the holder starts a special procedure
    SpecialEnd,   // the holder ends it
    Refuse,       // the holder refuses (不予许可)
    ReturnFile,   // 退件: the holder of a returned step closes the case unsupplied
    Complete,     // 办结
    Deliver,      // handover at the window or by post
    Withdraw,     // the citizen withdraws the application
    Reopen,       // a supervisor reopens a completed case
    // A supervisor's decision on a proposal (ReviewService, never `case act`).
    Confirm,  // the proposed refusal, 退件 or fee waiver takes effect
    SendBack, // the proposal goes back to its maker with the supervisor's comment
};

// How a completed case ended.
enum class CaseResult
{
    None,
    Granted,       // 准予 / 出证: every step approved
    PartlyGranted, // a bundle where some departments approved and some refused
    Refused,       // 不予许可: every decided step refused
    Withdrawn,     // 撤回
    FileReturned,  // 退件: the material asked for never came; the file goes back
};

// The kinds of special procedure of 行政许可法 Art. 45.
enum class SpecialProcedure
{
    Hearing,     // 听证
    Inspection,  // 现场核查 / 勘验
    Testing,     // 检验检测
    ExpertReview // 专家评审
};

namespace CaseStates {

QString key(CaseState state);
QString key(StepState state);
QString key(CaseAction action);
QString key(CaseResult result);
QString key(SpecialProcedure kind);

std::optional<CaseState> caseStateFromKey(const QString &key);
std::optional<StepState> stepStateFromKey(const QString &key);
std::optional<CaseAction> actionFromKey(const QString &key);
std::optional<CaseResult> resultFromKey(const QString &key);
std::optional<SpecialProcedure> specialFromKey(const QString &key);

QList<CaseState> allCaseStates();
QList<StepState> allStepStates();
QList<CaseAction> allActions();
QList<SpecialProcedure> allSpecialProcedures();
QList<CaseResult> allResults(); // None ("") included

// Still being worked on (a counter may add material, a department may act).
bool isOpen(CaseState state);
// Nothing changes it any more except a supervisor's reopening.
bool isClosed(CaseState state);
// Nothing more happens at the counter: handed over, or withdrawn. A completed
// case waiting for collection still belongs with the citizen's current cases.
bool isFinished(CaseState state);
// The clock stands still in this state.
bool isPaused(CaseState state);
// The step is decided: it no longer holds up the steps after it or the case.
bool isDone(StepState state);
// A decision against the citizen on the step waits for a supervisor's confirmation.
bool isPendingDecision(StepState state);
// The keys of the open case states, for SQL "state IN (...)" lists.
QStringList openCaseStateKeys();

} // namespace CaseStates

} // namespace OneWindow
