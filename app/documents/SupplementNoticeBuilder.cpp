#include "documents/SupplementNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

PrintedDocument SupplementNoticeBuilder::build(const DocumentSource &s)
{
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Supplement, s);
    const CaseRecord &c = s.snapshot.record;
    CasePause pause;
    for (const CasePause &p : s.snapshot.pauses)
        if (p.kind == CasePause::Kind::Supplement && QString::number(p.id) == s.issued.subject)
            pause = p;
    const SubCase *step = c.subCase(pause.subCaseId);
    const QString department = step ? step->department : QString();
    d.fields << QStringLiteral("退回部门：%1").arg(department)
             << QStringLiteral("通知日期：%1").arg(CaseDocumentHeader::date(pause.startDay));

    d.paragraph(QStringLiteral("您于 %1 申请办理的上述事项，经%2审查，需补齐补正以下材料，"
                               "现一次性告知如下：")
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date()), department));
    d.heading(QStringLiteral("需补齐补正的材料（共 %1 项）").arg(pause.materials.size()));
    for (int i = 0; i < pause.materials.size(); ++i) {
        const QString id = pause.materials.at(i);
        const QString form = CaseDocumentHeader::materialForm(s, id);
        d.item(form.isEmpty() ? QStringLiteral("%1. %2").arg(i + 1).arg(
                                    CaseDocumentHeader::materialTitle(s, id))
                              : QStringLiteral("%1. %2（%3）")
                                    .arg(i + 1)
                                    .arg(CaseDocumentHeader::materialTitle(s, id), form));
        if (pause.received.contains(id))
            d.note(QStringLiteral("已收到"));
    }
    if (!pause.reason.isEmpty()) {
        d.heading(QStringLiteral("补正原因"));
        d.paragraph(pause.reason);
    }
    d.heading(QStringLiteral("补正期限"));
    d.paragraph(QStringLiteral("请于 %1 前将上述材料送至%2综合受理窗口，可由他人代交；"
                               "原件核验后当场退还。")
                    .arg(CaseDocumentHeader::date(dueDate(s, pause)), s.hallName));
    d.heading(QStringLiteral("办理时限"));
    if (pause.isOpen())
        d.paragraph(QStringLiteral("自 %1 起，本事项办理时限暂停计算，自材料补齐之日起恢复计算。")
                        .arg(CaseDocumentHeader::date(pause.startDay)));
    else
        d.paragraph(QStringLiteral("本事项办理时限自 %1 起暂停计算，已于 %2 材料补齐后恢复计算。")
                        .arg(CaseDocumentHeader::date(pause.startDay),
                             CaseDocumentHeader::date(pause.endDay)));
    d.footer << LegalText::acceptanceRules();
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
