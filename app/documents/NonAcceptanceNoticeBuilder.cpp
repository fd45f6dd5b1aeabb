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
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    const NonAcceptance n = fromJson(s.issued.data);
    PrintedDocument d;
    d.english = s.english;
    d.title = DocumentKinds::title(DocumentKind::NonAcceptance, s.english);
    d.hallName = s.hallName;
    d.counter = s.issued.counterCode;
    d.clerk = s.issued.issuedBy;
    d.issuedOn = s.issued.issuedAt.date();
    d.number = s.issued.number;
    d.pdfTitle = d.title + QLatin1Char(' ') + s.issued.number;
    d.fields
        << say(QStringLiteral("文书编号：%1"), QStringLiteral("Document no.: %1"))
               .arg(s.issued.number)
        << say(QStringLiteral("申请人：%1"), QStringLiteral("Applicant: %1")).arg(n.applicantName)
        << say(QStringLiteral("身份证号：%1"), QStringLiteral("ID number: %1"))
               .arg(IdNumber::masked(n.applicantIdNumber))
        << say(QStringLiteral("申请事项：%1"), QStringLiteral("Applied for: %1")).arg(n.matterTitle)
        << say(QStringLiteral("申请时间：%1"), QStringLiteral("Applied: %1"))
               .arg(s.issued.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    d.qrCaption << say(QStringLiteral("扫码核验本文书"),
                       QStringLiteral("Scan to verify this document"));

    d.paragraph(say(QStringLiteral("您于 %1 申请办理的上述事项，经审查，本中心决定不予受理。"),
                    QStringLiteral("Your application above of %1 has been examined, and it is "
                                   "decided not to accept it."))
                    .arg(CaseDocumentHeader::date(s.issued.issuedAt.date())));
    d.heading(say(QStringLiteral("不予受理的理由"), QStringLiteral("Reasons")));
    d.paragraph(n.reason);
    d.heading(say(QStringLiteral("法律依据"), QStringLiteral("Legal basis")));
    d.paragraph(n.legalBasis);
    if (!n.referTo.isEmpty()) {
        d.heading(say(QStringLiteral("建议"), QStringLiteral("Where to apply")));
        d.paragraph(say(QStringLiteral("该事项请向%1申请办理。"),
                        QStringLiteral("Please apply for this matter to %1."))
                        .arg(n.referTo));
    }
    d.heading(say(QStringLiteral("申请人的权利"), QStringLiteral("Your rights")));
    d.paragraph(LegalText::appealRights(say(QStringLiteral("决定"), QStringLiteral("decision")),
                                        s.english));
    d.footer << LegalText::acceptanceRules(s.english);
    return d;
}

} // namespace OneWindow
