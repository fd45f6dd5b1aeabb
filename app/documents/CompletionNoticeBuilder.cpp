#include "documents/CompletionNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"

namespace OneWindow {

namespace {

QString resultText(CaseResult r)
{
    switch (r) {
    case CaseResult::Granted:
        return QStringLiteral("准予办理");
    case CaseResult::PartlyGranted:
        return QStringLiteral("部分准予办理");
    case CaseResult::Refused:
        return QStringLiteral("不予许可");
    case CaseResult::Withdrawn:
        return QStringLiteral("申请已撤回");
    case CaseResult::None:
        break;
    }
    return QStringLiteral("—");
}

QString stepResult(const SubCase &s)
{
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
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Completion, s);
    const CaseRecord &c = s.snapshot.record;
    d.fields << QStringLiteral("办结日期：%1").arg(CaseDocumentHeader::date(c.completedAt.date()));

    d.paragraph(QStringLiteral("您于 %1 申请办理的上述事项已办结，办理结果如下：")
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date())));
    QList<QStringList> rows;
    bool refused = false;
    for (const SubCase &step : c.subCases) {
        rows << QStringList{step.department, step.title, stepResult(step)};
        refused = refused || step.state == StepState::Refused;
    }
    d.table({QStringLiteral("部门"), QStringLiteral("办理事项"), QStringLiteral("办理结果")}, rows,
            {0.2, 0.4, 0.4});
    d.emphasis(QStringLiteral("办理结果：%1").arg(resultText(c.result)));
    if (refused)
        d.paragraph(QStringLiteral("不予许可的事项，理由及救济途径见《不予许可决定书》。"));
    d.heading(QStringLiteral("领取办理结果"));
    d.item(QStringLiteral("领取地点：%1综合出件窗口").arg(s.hallName));
    d.item(QStringLiteral("领取时间：%1 起，工作日办公时间内")
               .arg(CaseDocumentHeader::date(c.completedAt.date())));
    d.item(QStringLiteral("领取时请携带本人身份证及受理回执；委托他人领取的，代理人须携带本人"
                          "身份证及委托书。"));
    d.item(QStringLiteral("如需邮寄送达，请与受理窗口联系。"));
    return d;
}

} // namespace OneWindow
