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
    return d;
}

} // namespace OneWindow
