#include "documents/HandoverReceiptBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "identity/IdNumber.h"

namespace OneWindow {

PrintedDocument HandoverReceiptBuilder::build(const DocumentSource &s)
{
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Handover, s);
    const CaseRecord &c = s.snapshot.record;
    const QString kind = c.delivery.value(QStringLiteral("kind")).toString();
    d.fields << QStringLiteral("送达日期：%1").arg(CaseDocumentHeader::date(c.deliveredAt.date()));

    d.heading(QStringLiteral("送达内容"));
    int i = 0;
    for (const SubCase &step : c.subCases) {
        if (step.state != StepState::Approved)
            continue;
        d.item(step.result.isEmpty()
                   ? QStringLiteral("%1. %2：%3").arg(++i).arg(step.department, step.title)
                   : QStringLiteral("%1. %2：%3（%4）")
                         .arg(++i)
                         .arg(step.department, step.title, step.result));
    }
    if (c.result == CaseResult::Refused || c.result == CaseResult::PartlyGranted)
        d.item(QStringLiteral("%1. 《不予许可决定书》").arg(++i));

    d.heading(QStringLiteral("受送达人"));
    if (kind == QLatin1String("agent")) {
        d.item(QStringLiteral("受送达人：%1（代理人）")
                   .arg(c.delivery.value(QStringLiteral("name")).toString()));
        d.item(QStringLiteral("身份证号：%1")
                   .arg(IdNumber::masked(c.delivery.value(QStringLiteral("idNumber")).toString())));
        d.item(QStringLiteral("申请人：%1").arg(s.applicant.name));
        d.item(QStringLiteral("送达方式：窗口领取（代领）"));
    } else if (kind == QLatin1String("post")) {
        d.item(QStringLiteral("受送达人：%1（申请人）").arg(s.applicant.name));
        d.item(QStringLiteral("身份证号：%1").arg(IdNumber::masked(s.applicant.idNumber)));
        d.item(QStringLiteral("送达方式：邮寄送达"));
        d.item(QStringLiteral("邮件号：%1")
                   .arg(c.delivery.value(QStringLiteral("tracking")).toString()));
    } else {
        d.item(QStringLiteral("受送达人：%1（申请人本人）").arg(s.applicant.name));
        d.item(QStringLiteral("身份证号：%1").arg(IdNumber::masked(s.applicant.idNumber)));
        d.item(QStringLiteral("送达方式：窗口领取"));
    }
    d.item(QStringLiteral("送达时间：%1")
               .arg(c.deliveredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    d.signature(QStringLiteral("受送达人（签名）："));
    d.signature(QStringLiteral("签收日期："));
    d.signature(QStringLiteral("送达人（签名）："));
    return d;
}

} // namespace OneWindow
