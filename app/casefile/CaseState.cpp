#include "casefile/CaseState.h"

#include <array>
#include <utility>

namespace OneWindow::CaseStates {

namespace {

template <typename E, std::size_t N>
QString keyIn(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &row : table)
        if (row.first == value)
            return QString::fromLatin1(row.second);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &row : table)
        if (key == QLatin1String(row.second))
            return row.first;
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesIn(const std::array<std::pair<E, const char *>, N> &table)
{
    QList<E> list;
    for (const auto &row : table)
        list.append(row.first);
    return list;
}

// The one place the stored keys are spelled.
constexpr std::array<std::pair<CaseState, const char *>, 7> kCaseStates{{
    {CaseState::Accepted, "accepted"},
    {CaseState::InProgress, "in-progress"},
    {CaseState::AwaitingSupplement, "awaiting-supplement"},
    {CaseState::SpecialProcedure, "special-procedure"},
    {CaseState::Completed, "completed"},
    {CaseState::Delivered, "delivered"},
    {CaseState::Withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<StepState, const char *>, 9> kStepStates{{
    {StepState::Waiting, "waiting"},
    {StepState::Open, "open"},
    {StepState::Approved, "approved"},
    {StepState::Returned, "returned"},
    {StepState::Special, "special"},
    {StepState::Refused, "refused"},
    {StepState::Skipped, "skipped"},
    {StepState::RefusalPending, "refusal-pending"},
    {StepState::ReturnFilePending, "return-file-pending"},
}};

constexpr std::array<std::pair<CaseAction, const char *>, 16> kActions{{
    {CaseAction::Accept, "accept"},
    {CaseAction::Claim, "claim"},
    {CaseAction::Release, "release"},
    {CaseAction::Approve, "approve"},
    {CaseAction::Return, "return"},
    {CaseAction::Supplement, "supplement"},
    {CaseAction::SpecialStart, "special-start"},
    {CaseAction::SpecialEnd, "special-end"},
    {CaseAction::Refuse, "refuse"},
    {CaseAction::ReturnFile, "return-file"},
    {CaseAction::Complete, "complete"},
    {CaseAction::Deliver, "deliver"},
    {CaseAction::Withdraw, "withdraw"},
    {CaseAction::Reopen, "reopen"},
    {CaseAction::Confirm, "confirm"},
    {CaseAction::SendBack, "send-back"},
}};

constexpr std::array<std::pair<CaseResult, const char *>, 6> kResults{{
    {CaseResult::None, ""},
    {CaseResult::Granted, "granted"},
    {CaseResult::PartlyGranted, "partly-granted"},
    {CaseResult::Refused, "refused"},
    {CaseResult::Withdrawn, "withdrawn"},
    {CaseResult::FileReturned, "file-returned"},
}};

constexpr std::array<std::pair<SpecialProcedure, const char *>, 4> kSpecial{{
    {SpecialProcedure::Hearing, "hearing"},
    {SpecialProcedure::Inspection, "inspection"},
    {SpecialProcedure::Testing, "testing"},
    {SpecialProcedure::ExpertReview, "expert-review"},
}};

} // namespace

QString key(CaseState state)
{
    return keyIn(kCaseStates, state);
}

QString key(StepState state)
{
    return keyIn(kStepStates, state);
}

QString key(CaseAction action)
{
    return keyIn(kActions, action);
}

QString key(CaseResult result)
{
    return keyIn(kResults, result);
}

QString key(SpecialProcedure kind)
{
    return keyIn(kSpecial, kind);
}

std::optional<CaseState> caseStateFromKey(const QString &key)
{
    return valueIn(kCaseStates, key);
}

std::optional<StepState> stepStateFromKey(const QString &key)
{
    return valueIn(kStepStates, key);
}

std::optional<CaseAction> actionFromKey(const QString &key)
{
    return valueIn(kActions, key);
}

std::optional<CaseResult> resultFromKey(const QString &key)
{
    return valueIn(kResults, key);
}

std::optional<SpecialProcedure> specialFromKey(const QString &key)
{
    return valueIn(kSpecial, key);
}

QList<CaseState> allCaseStates()
{
    return valuesIn(kCaseStates);
}

QList<StepState> allStepStates()
{
    return valuesIn(kStepStates);
}

QList<CaseAction> allActions()
{
    return valuesIn(kActions);
}

QList<SpecialProcedure> allSpecialProcedures()
{
    return valuesIn(kSpecial);
}

QList<CaseResult> allResults()
{
    return valuesIn(kResults);
}

bool isOpen(CaseState state)
{
    return !isClosed(state);
}

bool isClosed(CaseState state)
{
    return state == CaseState::Completed || state == CaseState::Delivered ||
           state == CaseState::Withdrawn;
}

bool isFinished(CaseState state)
{
    return state == CaseState::Delivered || state == CaseState::Withdrawn;
}

bool isPaused(CaseState state)
{
    return state == CaseState::AwaitingSupplement || state == CaseState::SpecialProcedure;
}

bool isDone(StepState state)
{
    return state == StepState::Approved || state == StepState::Refused ||
           state == StepState::Skipped;
}

bool isPendingDecision(StepState state)
{
    return state == StepState::RefusalPending || state == StepState::ReturnFilePending;
}

QStringList openCaseStateKeys()
{
    QStringList keys;
    for (CaseState s : allCaseStates())
        if (isOpen(s))
            keys << key(s);
    return keys;
}

} // namespace OneWindow::CaseStates
