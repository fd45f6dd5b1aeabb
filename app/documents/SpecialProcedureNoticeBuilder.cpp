#include "documents/SpecialProcedureNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

namespace {

QString procedureName(SpecialProcedure p)
{
    switch (p) {
    case SpecialProcedure::Hearing:
        return QStringLiteral("听证");
    case SpecialProcedure::Inspection:
        return QStringLiteral("现场核查");
    case SpecialProcedure::Testing:
        return QStringLiteral("检验检测");
    case SpecialProcedure::ExpertReview:
        return QStringLiteral("专家评审");
    }
    return {};
}

} // namespace

PrintedDocument SpecialProcedureNoticeBuilder::build(const DocumentSource &s)
{
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Special, s);
    const CaseRecord &c = s.snapshot.record;
    CasePause pause;
    for (const CasePause &p : s.snapshot.pauses)
        if (p.kind == CasePause::Kind::Special && QString::number(p.id) == s.issued.subject)
            pause = p;
    const SubCase *step = c.subCase(pause.subCaseId);
    const QString department = step ? step->department : QString();
    d.fields << QStringLiteral("承办部门：%1").arg(department);

    d.paragraph(QStringLiteral("您申请办理的上述事项，经%1审查，依法需要进行%2，现书面告知如下：")
                    .arg(department, procedureName(pause.procedure)));
    d.heading(QStringLiteral("特别程序"));
    d.item(QStringLiteral("程序：%1").arg(procedureName(pause.procedure)));
    d.item(QStringLiteral("原因：%1").arg(pause.reason));
    d.item(QStringLiteral("开始日期：%1").arg(CaseDocumentHeader::date(pause.startDay)));
    d.item(QStringLiteral("预计结束日期：%1").arg(CaseDocumentHeader::date(pause.expectedEnd)));
    if (s.calendar && pause.startDay.isValid() && pause.expectedEnd.isValid()) {
        int days = 0;
        for (QDate day = pause.startDay.addDays(1); day <= pause.expectedEnd; day = day.addDays(1))
            days += s.calendar->isWorkingDay(day) ? 1 : 0;
        d.item(QStringLiteral("预计所需时间：%1 个工作日").arg(days));
    }
    d.heading(QStringLiteral("办理时限"));
    if (pause.isOpen())
        d.paragraph(QStringLiteral("特别程序所需时间不计入办理时限：自 %1 起办理时限暂停计算，"
                                   "程序结束后恢复计算，届时承诺办结日期相应顺延。")
                        .arg(CaseDocumentHeader::date(pause.startDay)));
    else
        d.paragraph(QStringLiteral("特别程序所需时间不计入办理时限：办理时限自 %1 起暂停计算，"
                                   "已于 %2 程序结束后恢复计算。")
                        .arg(CaseDocumentHeader::date(pause.startDay),
                             CaseDocumentHeader::date(pause.endDay)));
    d.footer << LegalText::specialProcedureRules();
    return d;
}

} // namespace OneWindow
