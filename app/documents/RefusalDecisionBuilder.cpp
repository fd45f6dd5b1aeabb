#include "documents/RefusalDecisionBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"

namespace OneWindow {

PrintedDocument RefusalDecisionBuilder::build(const DocumentSource &s)
{
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Refusal, s);
    const CaseRecord &c = s.snapshot.record;
    QDate decided;
    for (const SubCase &step : c.subCases)
        if (step.state == StepState::Refused)
            decided = qMax(decided, step.completedAt.date());
    d.fields << QStringLiteral("申请日期：%1").arg(CaseDocumentHeader::date(c.acceptedAt.date()))
             << QStringLiteral("决定日期：%1").arg(CaseDocumentHeader::date(decided));

    d.paragraph(QStringLiteral("您于 %1 提出的上述申请，经依法审查，决定对下列事项不予许可：")
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date())));
    int i = 0;
    for (const SubCase &step : c.subCases) {
        if (step.state != StepState::Refused)
            continue;
        d.heading(QStringLiteral("%1. %2：%3").arg(++i).arg(step.department, step.title));
        d.paragraph(QStringLiteral("不予许可的理由：%1").arg(step.result));
        d.item(
            QStringLiteral("决定日期：%1").arg(CaseDocumentHeader::date(step.completedAt.date())));
    }
    d.heading(QStringLiteral("申请人的权利"));
    d.paragraph(LegalText::appealRights(QStringLiteral("决定")));
    d.footer << LegalText::refusalRules();
    return d;
}

} // namespace OneWindow
