#include "documents/NonAcceptanceNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"
#include "identity/IdNumber.h"

namespace OneWindow {

QJsonObject NonAcceptanceNoticeBuilder::toJson(const NonAcceptance &n)
{
    return QJsonObject{{QStringLiteral("applicantName"), n.applicantName},
                       {QStringLiteral("idNumber"), n.applicantIdNumber},
                       {QStringLiteral("templateId"), n.templateId},
                       {QStringLiteral("matterTitle"), n.matterTitle},
                       {QStringLiteral("reason"), n.reason},
                       {QStringLiteral("legalBasis"), n.legalBasis},
                       {QStringLiteral("referTo"), n.referTo},
                       {QStringLiteral("draftId"), n.draftId}};
}

NonAcceptance NonAcceptanceNoticeBuilder::fromJson(const QJsonObject &o)
{
    NonAcceptance n;
    n.applicantName = o.value(QStringLiteral("applicantName")).toString();
    n.applicantIdNumber = o.value(QStringLiteral("idNumber")).toString();
    n.templateId = o.value(QStringLiteral("templateId")).toString();
    n.matterTitle = o.value(QStringLiteral("matterTitle")).toString();
    n.reason = o.value(QStringLiteral("reason")).toString();
    n.legalBasis = o.value(QStringLiteral("legalBasis")).toString();
    n.referTo = o.value(QStringLiteral("referTo")).toString();
    n.draftId = o.value(QStringLiteral("draftId")).toInteger();
    return n;
}

PrintedDocument NonAcceptanceNoticeBuilder::build(const DocumentSource &s)
{
    const NonAcceptance n = fromJson(s.issued.data);
    PrintedDocument d;
    d.title = DocumentKinds::title(DocumentKind::NonAcceptance);
    d.hallName = s.hallName;
    d.counter = s.issued.counterCode;
    d.clerk = s.issued.issuedBy;
    d.issuedOn = s.issued.issuedAt.date();
    d.number = s.issued.number;
    d.pdfTitle = d.title + QLatin1Char(' ') + s.issued.number;
    d.fields << QStringLiteral("文书编号：%1").arg(s.issued.number)
             << QStringLiteral("申请人：%1").arg(n.applicantName)
             << QStringLiteral("身份证号：%1").arg(IdNumber::masked(n.applicantIdNumber))
             << QStringLiteral("申请事项：%1").arg(n.matterTitle)
             << QStringLiteral("申请时间：%1")
                    .arg(s.issued.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    d.qrCaption << QStringLiteral("扫码核验本文书");

    d.paragraph(QStringLiteral("您于 %1 申请办理的上述事项，经审查，本中心决定不予受理。")
                    .arg(CaseDocumentHeader::date(s.issued.issuedAt.date())));
    d.heading(QStringLiteral("不予受理的理由"));
    d.paragraph(n.reason);
    d.heading(QStringLiteral("法律依据"));
    d.paragraph(n.legalBasis);
    if (!n.referTo.isEmpty()) {
        d.heading(QStringLiteral("建议"));
        d.paragraph(QStringLiteral("该事项请向%1申请办理。").arg(n.referTo));
    }
    d.heading(QStringLiteral("申请人的权利"));
    d.paragraph(LegalText::appealRights(QStringLiteral("决定")));
    d.footer << LegalText::acceptanceRules();
    return d;
}

} // namespace OneWindow
