#include "documents/SupplementNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

PrintedDocument SupplementNoticeBuilder::build(const DocumentSource &s)
{
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Supplement, s);
    const CaseRecord &c = s.snapshot.record;
    CasePause pause;
    for (const CasePause &p : s.snapshot.pauses)
        if (p.kind == CasePause::Kind::Supplement && QString::number(p.id) == s.issued.subject)
            pause = p;
    const SubCase *step = c.subCase(pause.subCaseId);
    const QString department =
        step ? CaseDocumentHeader::department(s, step->department) : QString();
    d.fields
        << say(QStringLiteral("退回部门：%1"), QStringLiteral("Returned by: %1")).arg(department)
        << say(QStringLiteral("通知日期：%1"), QStringLiteral("Notified: %1"))
               .arg(CaseDocumentHeader::date(pause.startDay));

    d.paragraph(say(QStringLiteral("您于 %1 申请办理的上述事项，经%2审查，需补齐补正以下材料，"
                                   "现一次性告知如下："),
                    QStringLiteral("For the matter above, applied for on %1, %2 needs the "
                                   "following materials supplemented or corrected; this notice "
                                   "tells you everything at once:"))
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date()), department));
    d.heading(say(QStringLiteral("需补齐补正的材料（共 %1 项）"),
                  QStringLiteral("Materials to supplement or correct (%1 in all)"))
                  .arg(pause.materials.size()));
    for (int i = 0; i < pause.materials.size(); ++i) {
        const QString id = pause.materials.at(i);
        const QString form = CaseDocumentHeader::materialForm(s, id);
        const QString title = CaseDocumentHeader::materialTitle(s, id);
        d.item(form.isEmpty() ? QStringLiteral("%1. %2").arg(i + 1).arg(title)
                              : say(QStringLiteral("%1. %2（%3）"), QStringLiteral("%1. %2 (%3)"))
                                    .arg(i + 1)
                                    .arg(title, form));
        if (pause.received.contains(id))
            d.note(say(QStringLiteral("已收到"), QStringLiteral("received")));
    }
    if (!pause.reason.isEmpty()) {
        d.heading(say(QStringLiteral("补正原因"), QStringLiteral("Why")));
        d.paragraph(pause.reason);
    }
    d.heading(say(QStringLiteral("补正期限"), QStringLiteral("By when")));
    d.paragraph(say(QStringLiteral("请于 %1 前将上述材料送至%2综合受理窗口，可由他人代交；"
                                   "原件核验后当场退还。"),
                    QStringLiteral("Please bring the materials above to the intake counter of %2 "
                                   "before %1; someone else may bring them for you. Originals are "
                                   "checked and handed back at once."))
                    .arg(CaseDocumentHeader::date(dueDate(s, pause)), s.hallName));
    d.heading(say(QStringLiteral("办理时限"), QStringLiteral("The time limit")));
    if (pause.isOpen())
        d.paragraph(
            say(QStringLiteral("自 %1 起，本事项办理时限暂停计算，自材料补齐之日起恢复计算。"),
                QStringLiteral("From %1 the time limit of this matter stands still; it "
                               "runs again from the day the materials are complete."))
                .arg(CaseDocumentHeader::date(pause.startDay)));
    else
        d.paragraph(
            say(QStringLiteral("本事项办理时限自 %1 起暂停计算，已于 %2 材料补齐后恢复计算。"),
                QStringLiteral("The time limit of this matter stood still from %1 and "
                               "runs again since the materials were completed on %2."))
                .arg(CaseDocumentHeader::date(pause.startDay),
                     CaseDocumentHeader::date(pause.endDay)));
    d.footer << LegalText::acceptanceRules(s.english);
    return d;
}

QDate SupplementNoticeBuilder::dueDate(const DocumentSource &s, const CasePause &pause)
{
    if (pause.expectedEnd.isValid())
        return pause.expectedEnd;
    if (!s.calendar || !pause.startDay.isValid())
        return {};
    QDate due = pause.startDay;
    for (int left = kDefaultWorkingDays; left > 0;) {
        due = due.addDays(1);
        left -= s.calendar->isWorkingDay(due) ? 1 : 0;
    }
    return due;
}

} // namespace OneWindow
