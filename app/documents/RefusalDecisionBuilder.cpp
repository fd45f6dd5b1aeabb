#include "documents/RefusalDecisionBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"

namespace OneWindow {

PrintedDocument RefusalDecisionBuilder::build(const DocumentSource &s)
{
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Refusal, s);
    const CaseRecord &c = s.snapshot.record;
    QDate decided;
    for (const SubCase &step : c.subCases)
        if (step.state == StepState::Refused)
            decided = qMax(decided, step.completedAt.date());
    d.fields << say(QStringLiteral("申请日期：%1"), QStringLiteral("Applied: %1"))
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date()))
             << say(QStringLiteral("决定日期：%1"), QStringLiteral("Decided: %1"))
                    .arg(CaseDocumentHeader::date(decided));

    d.paragraph(say(QStringLiteral("您于 %1 提出的上述申请，经依法审查，决定对下列事项不予许可："),
                    QStringLiteral("Your application above of %1 has been examined according to "
                                   "law, and it is decided not to grant the following:"))
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date())));
    int i = 0;
    for (const SubCase &step : c.subCases) {
        if (step.state != StepState::Refused)
            continue;
        d.heading(say(QStringLiteral("%1. %2：%3"), QStringLiteral("%1. %2: %3"))
                      .arg(++i)
                      .arg(CaseDocumentHeader::department(s, step.department),
                           CaseDocumentHeader::stepTitle(s, step)));
        d.paragraph(say(QStringLiteral("不予许可的理由：%1"), QStringLiteral("Reasons: %1"))
                        .arg(step.result));
        d.item(say(QStringLiteral("决定日期：%1"), QStringLiteral("Decided: %1"))
                   .arg(CaseDocumentHeader::date(step.completedAt.date())));
    }
    d.heading(say(QStringLiteral("申请人的权利"), QStringLiteral("Your rights")));
    d.paragraph(LegalText::appealRights(say(QStringLiteral("决定"), QStringLiteral("decision")),
                                        s.english));
    d.footer << LegalText::refusalRules(s.english);
    return d;
}

} // namespace OneWindow
