#include "documents/AcceptanceReceiptBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "intake/ReceiptBuilder.h"
#include "receipts/ReceiptRenderer.h"
#include "templates/FormTemplate.h"

namespace OneWindow {

PrintedDocument AcceptanceReceiptBuilder::build(const DocumentSource &s)
{
    // Who accepted it where: the case's counter and the clerk of its first
    // history line (the acceptance), whoever prints the receipt now.
    Session issuer;
    issuer.counterCode = s.snapshot.record.counterCode;
    issuer.displayName = s.issued.issuedBy;
    for (const CaseEvent &e : s.snapshot.history)
        if (e.action == CaseAction::Accept && e.subCaseId == 0 && !e.actor.isEmpty()) {
            issuer.displayName = e.actor;
            break;
        }
    if (issuer.counterCode.isEmpty())
        issuer.counterCode = s.issued.counterCode;
    FormTemplate fallback;
    fallback.title.zh = s.snapshot.record.title;
    ReceiptData data =
        ReceiptBuilder::build(s.snapshot.record, s.applicant, s.form ? *s.form : fallback, issuer,
                              s.hallName, s.hallCode, QByteArray(), s.calendar);
    data.english = s.english;
    PrintedDocument d = ReceiptRenderer::document(data);
    d.issuedOn = s.issued.issuedAt.date();
    if (!s.snapshot.commitments.isEmpty()) {
        d.heading(CaseDocumentHeader::say(s, QStringLiteral("容缺受理材料（承诺补交）"),
                                          QStringLiteral("Materials to follow (promised)")));
        for (int i = 0; i < s.snapshot.commitments.size(); ++i) {
            const CaseCommitment &c = s.snapshot.commitments.at(i);
            QString title = c.title;
            if (s.english) {
                const QString t = CaseDocumentHeader::materialTitle(s, c.material);
                title = t == c.material ? c.title : t;
            }
            d.item(CaseDocumentHeader::say(s, QStringLiteral("%1. %2，请于 %3 前补交"),
                                           QStringLiteral("%1. %2, to bring before %3"))
                       .arg(i + 1)
                       .arg(title, CaseDocumentHeader::date(c.due)));
        }
    }
    // A fee waiver is a decision for the supervisor: the receipt says where it stands.
    if (const ReviewItem *waiver = s.snapshot.latestDecision(QStringLiteral("fee-waiver"))) {
        d.heading(
            CaseDocumentHeader::say(s, QStringLiteral("费用减免"), QStringLiteral("Fee waiver")));
        switch (waiver->state) {
        case ReviewItem::State::Open:
            d.item(CaseDocumentHeader::say(s, QStringLiteral("已申请减免（%1），待值班长确认"),
                                           QStringLiteral("Applied for (%1), awaiting the "
                                                          "supervisor's confirmation"))
                       .arg(waiver->detail));
            break;
        case ReviewItem::State::Approved:
            d.item(CaseDocumentHeader::say(s, QStringLiteral("已减免（%1）"),
                                           QStringLiteral("Waived (%1)"))
                       .arg(waiver->detail));
            break;
        case ReviewItem::State::Returned:
            d.item(CaseDocumentHeader::say(s, QStringLiteral("减免未获确认，费用须照常缴纳（%1）"),
                                           QStringLiteral("Not confirmed: the fees are owed (%1)"))
                       .arg(waiver->detail));
            break;
        }
    }
    return d;
}

} // namespace OneWindow
