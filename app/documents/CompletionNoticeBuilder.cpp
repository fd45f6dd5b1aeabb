#include "documents/CompletionNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"

namespace OneWindow {

namespace {

QString resultText(CaseResult r, bool english)
{
    if (english) {
        switch (r) {
        case CaseResult::Granted:
            return QStringLiteral("granted");
        case CaseResult::PartlyGranted:
            return QStringLiteral("partly granted");
        case CaseResult::Refused:
            return QStringLiteral("not granted");
        case CaseResult::Withdrawn:
            return QStringLiteral("application withdrawn");
        case CaseResult::FileReturned:
            return QStringLiteral("application returned (the material asked for was not supplied)");
        case CaseResult::None:
            break;
        }
        return QStringLiteral("—");
    }
    switch (r) {
    case CaseResult::Granted:
        return QStringLiteral("准予办理");
    case CaseResult::PartlyGranted:
        return QStringLiteral("部分准予办理");
    case CaseResult::Refused:
        return QStringLiteral("不予许可");
    case CaseResult::Withdrawn:
        return QStringLiteral("申请已撤回");
    case CaseResult::FileReturned:
        return QStringLiteral("退件（未按要求补齐补正材料）");
    case CaseResult::None:
        break;
    }
    return QStringLiteral("—");
}

QString stepResult(const SubCase &s, CaseResult caseResult, bool english)
{
    // 退件: the step that asked for the material carries the reason; the
    // others still open fell away with it.
    if (s.state == StepState::Skipped && caseResult == CaseResult::FileReturned) {
        if (english)
            return s.result.isEmpty() ? QStringLiteral("not handled (application returned)")
                                      : QStringLiteral("application returned: %1").arg(s.result);
        return s.result.isEmpty() ? QStringLiteral("未办理（已退件）")
                                  : QStringLiteral("退件：%1").arg(s.result);
    }
    if (english) {
        switch (s.state) {
        case StepState::Approved:
            return s.result.isEmpty() ? QStringLiteral("granted")
                                      : QStringLiteral("granted (%1)").arg(s.result);
        case StepState::Refused:
            return QStringLiteral("not granted: %1").arg(s.result);
        case StepState::Skipped:
            return QStringLiteral("not handled (an earlier step was not granted)");
        default:
            return QStringLiteral("—");
        }
    }
    switch (s.state) {
    case StepState::Approved:
        return s.result.isEmpty() ? QStringLiteral("准予")
                                  : QStringLiteral("准予（%1）").arg(s.result);
    case StepState::Refused:
        return QStringLiteral("不予许可：%1").arg(s.result);
    case StepState::Skipped:
        return QStringLiteral("未办理（前序事项不予许可）");
    default:
        return QStringLiteral("—");
    }
}

} // namespace

PrintedDocument CompletionNoticeBuilder::build(const DocumentSource &s)
{
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Completion, s);
    const CaseRecord &c = s.snapshot.record;
    d.fields << say(QStringLiteral("办结日期：%1"), QStringLiteral("Completed: %1"))
                    .arg(CaseDocumentHeader::date(c.completedAt.date()));

    d.paragraph(say(QStringLiteral("您于 %1 申请办理的上述事项已办结，办理结果如下："),
                    QStringLiteral("The matter above, applied for on %1, is completed with the "
                                   "following results:"))
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date())));
    QList<QStringList> rows;
    bool refused = false;
    for (const SubCase &step : c.subCases) {
        rows << QStringList{CaseDocumentHeader::department(s, step.department),
                            CaseDocumentHeader::stepTitle(s, step),
                            stepResult(step, c.result, s.english)};
        refused = refused || step.state == StepState::Refused;
    }
    d.table({say(QStringLiteral("部门"), QStringLiteral("Department")),
             say(QStringLiteral("办理事项"), QStringLiteral("Step")),
             say(QStringLiteral("办理结果"), QStringLiteral("Result"))},
            rows, {0.2, 0.4, 0.4});
    d.emphasis(say(QStringLiteral("办理结果：%1"), QStringLiteral("Result: %1"))
                   .arg(resultText(c.result, s.english)));
    if (refused)
        d.paragraph(say(QStringLiteral("不予许可的事项，理由及救济途径见《不予许可决定书》。"),
                        QStringLiteral("For the steps not granted, the reasons and your rights "
                                       "are set out in the Decision Not to Grant the Licence.")));
    if (c.result == CaseResult::FileReturned)
        d.paragraph(say(QStringLiteral("申请材料的原件在领取时一并退还；补齐材料后可重新申请。"),
                        QStringLiteral("The originals you handed in are returned when you "
                                       "collect; you may apply again with the missing "
                                       "material.")));
    d.heading(say(QStringLiteral("领取办理结果"), QStringLiteral("Collecting the result")));
    d.item(say(QStringLiteral("领取地点：%1综合出件窗口"),
               QStringLiteral("Where: the result counter of %1"))
               .arg(s.hallName));
    d.item(say(QStringLiteral("领取时间：%1 起，工作日办公时间内"),
               QStringLiteral("When: from %1, on working days during opening hours"))
               .arg(CaseDocumentHeader::date(c.completedAt.date())));
    d.item(say(QStringLiteral("领取时请携带本人身份证及受理回执；委托他人领取的，代理人须携带本人"
                              "身份证及委托书。"),
               QStringLiteral("Bring your ID card and the acknowledgement of receipt; an agent "
                              "collecting for you brings their own ID card and your written "
                              "authorisation.")));
    d.item(say(QStringLiteral("如需邮寄送达，请与受理窗口联系。"),
               QStringLiteral("To have the result sent by post, contact the counter that "
                              "accepted the application.")));
    return d;
}

} // namespace OneWindow
