#include "common/CaseStateText.h"

namespace OneWindow {

QString CaseStateText::text(CaseState state)
{
    switch (state) {
    case CaseState::Accepted:
        return tr("已受理");
    case CaseState::InProgress:
        return tr("办理中");
    case CaseState::AwaitingSupplement:
        return tr("待补正");
    case CaseState::SpecialProcedure:
        return tr("特别程序中");
    case CaseState::Completed:
        return tr("已办结，待领取");
    case CaseState::Delivered:
        return tr("已送达");
    case CaseState::Withdrawn:
        return tr("已撤回");
    }
    return {};
}

QString CaseStateText::text(StepState state)
{
    switch (state) {
    case StepState::Waiting:
        return tr("等待前序");
    case StepState::Open:
        return tr("待办");
    case StepState::Approved:
        return tr("已通过");
    case StepState::Returned:
        return tr("退回补正");
    case StepState::Special:
        return tr("特别程序");
    case StepState::Refused:
        return tr("不予许可");
    case StepState::Skipped:
        return tr("不再办理");
    case StepState::RefusalPending:
        return tr("不予许可待确认");
    case StepState::ReturnFilePending:
        return tr("退件待确认");
    }
    return {};
}

QString CaseStateText::text(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return tr("受理");
    case CaseAction::Claim:
        return tr("认领");
    case CaseAction::Release:
        return tr("释放");
    case CaseAction::Approve:
        return tr("审批通过");
    case CaseAction::Return:
        return tr("退回补正");
    case CaseAction::Supplement:
        return tr("补齐材料");
    case CaseAction::SpecialStart:
        return tr("启动特别程序");
    case CaseAction::SpecialEnd:
        return tr("结束特别程序");
    case CaseAction::Refuse:
        return tr("拟不予许可", "the action: propose a refusal for the supervisor to confirm");
    case CaseAction::ReturnFile:
        return tr("拟退件", "the action: propose closing the case unsupplied");
    case CaseAction::Complete:
        return tr("办结");
    case CaseAction::Deliver:
        return tr("送达");
    case CaseAction::Withdraw:
        return tr("撤回");
    case CaseAction::Reopen:
        return tr("重新办理");
    case CaseAction::Confirm:
        return tr("值班长确认");
    case CaseAction::SendBack:
        return tr("值班长退回");
    }
    return {};
}

QString CaseStateText::text(CaseResult result)
{
    switch (result) {
    case CaseResult::None:
        return {};
    case CaseResult::Granted:
        return tr("准予（出证）");
    case CaseResult::PartlyGranted:
        return tr("部分准予");
    case CaseResult::Refused:
        return tr("不予许可");
    case CaseResult::Withdrawn:
        return tr("撤回");
    case CaseResult::FileReturned:
        return tr("退件", "the result of a case closed unsupplied");
    }
    return {};
}

QString CaseStateText::text(SpecialProcedure kind)
{
    switch (kind) {
    case SpecialProcedure::Hearing:
        return tr("听证");
    case SpecialProcedure::Inspection:
        return tr("现场核查");
    case SpecialProcedure::Testing:
        return tr("检验检测");
    case SpecialProcedure::ExpertReview:
        return tr("专家评审");
    }
    return {};
}

QString CaseStateText::fromKey(const QString &key)
{
    if (const auto s = CaseStates::caseStateFromKey(key))
        return text(*s);
    if (const auto s = CaseStates::stepStateFromKey(key))
        return text(*s);
    if (const auto a = CaseStates::actionFromKey(key))
        return text(*a);
    if (const auto r = CaseStates::resultFromKey(key); r && *r != CaseResult::None)
        return text(*r);
    if (const auto p = CaseStates::specialFromKey(key))
        return text(*p);
    return key;
}

} // namespace OneWindow
