#include "documents/HandoverReceiptBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "identity/IdNumber.h"

namespace OneWindow {

PrintedDocument HandoverReceiptBuilder::build(const DocumentSource &s)
{
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Handover, s);
    const CaseRecord &c = s.snapshot.record;
    const QString kind = c.delivery.value(QStringLiteral("kind")).toString();
    d.fields << say(QStringLiteral("送达日期：%1"), QStringLiteral("Delivered: %1"))
                    .arg(CaseDocumentHeader::date(c.deliveredAt.date()));

    d.heading(say(QStringLiteral("送达内容"), QStringLiteral("What was delivered")));
    int i = 0;
    for (const SubCase &step : c.subCases) {
        if (step.state != StepState::Approved)
            continue;
        const QString department = CaseDocumentHeader::department(s, step.department);
        const QString title = CaseDocumentHeader::stepTitle(s, step);
        d.item(step.result.isEmpty()
                   ? say(QStringLiteral("%1. %2：%3"), QStringLiteral("%1. %2: %3"))
                         .arg(++i)
                         .arg(department, title)
                   : say(QStringLiteral("%1. %2：%3（%4）"), QStringLiteral("%1. %2: %3 (%4)"))
                         .arg(++i)
                         .arg(department, title, step.result));
    }
    if (c.result == CaseResult::Refused || c.result == CaseResult::PartlyGranted)
        d.item(say(QStringLiteral("%1. 《不予许可决定书》"),
                   QStringLiteral("%1. the Decision Not to Grant the Licence"))
                   .arg(++i));

    d.heading(say(QStringLiteral("受送达人"), QStringLiteral("Recipient")));
    const QString idLine = say(QStringLiteral("身份证号：%1"), QStringLiteral("ID number: %1"));
    if (kind == QLatin1String("agent")) {
        d.item(
            say(QStringLiteral("受送达人：%1（代理人）"), QStringLiteral("Recipient: %1 (agent)"))
                .arg(c.delivery.value(QStringLiteral("name")).toString()));
        d.item(
            idLine.arg(IdNumber::masked(c.delivery.value(QStringLiteral("idNumber")).toString())));
        d.item(say(QStringLiteral("申请人：%1"), QStringLiteral("Applicant: %1"))
                   .arg(s.applicant.name));
        d.item(say(QStringLiteral("送达方式：窗口领取（代领）"),
                   QStringLiteral("Delivery: collected at the counter by an agent")));
    } else if (kind == QLatin1String("post")) {
        d.item(say(QStringLiteral("受送达人：%1（申请人）"),
                   QStringLiteral("Recipient: %1 (applicant)"))
                   .arg(s.applicant.name));
        d.item(idLine.arg(IdNumber::masked(s.applicant.idNumber)));
        d.item(say(QStringLiteral("送达方式：邮寄送达"), QStringLiteral("Delivery: by post")));
        d.item(say(QStringLiteral("邮件号：%1"), QStringLiteral("Tracking no.: %1"))
                   .arg(c.delivery.value(QStringLiteral("tracking")).toString()));
    } else {
        d.item(say(QStringLiteral("受送达人：%1（申请人本人）"),
                   QStringLiteral("Recipient: %1 (the applicant in person)"))
                   .arg(s.applicant.name));
        d.item(idLine.arg(IdNumber::masked(s.applicant.idNumber)));
        d.item(say(QStringLiteral("送达方式：窗口领取"),
                   QStringLiteral("Delivery: collected at the counter")));
    }
    d.item(say(QStringLiteral("送达时间：%1"), QStringLiteral("Delivered at: %1"))
               .arg(c.deliveredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    d.signature(
        say(QStringLiteral("受送达人（签名）："), QStringLiteral("Recipient's signature: ")));
    d.signature(say(QStringLiteral("签收日期："), QStringLiteral("Date received: ")));
    d.signature(
        say(QStringLiteral("送达人（签名）："), QStringLiteral("Delivered by (signature): ")));
    return d;
}

} // namespace OneWindow
