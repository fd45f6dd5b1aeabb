#include "documents/SpecialProcedureNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "documents/LegalText.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow {

namespace {

QString procedureName(SpecialProcedure p, bool english)
{
    if (english) {
        switch (p) {
        case SpecialProcedure::Hearing:
            return QStringLiteral("hearing");
        case SpecialProcedure::Inspection:
            return QStringLiteral("on-site inspection");
        case SpecialProcedure::Testing:
            return QStringLiteral("inspection and testing");
        case SpecialProcedure::ExpertReview:
            return QStringLiteral("expert review");
        }
        return {};
    }
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
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Special, s);
    const CaseRecord &c = s.snapshot.record;
    CasePause pause;
    for (const CasePause &p : s.snapshot.pauses)
        if (p.kind == CasePause::Kind::Special && QString::number(p.id) == s.issued.subject)
            pause = p;
    const SubCase *step = c.subCase(pause.subCaseId);
    const QString department =
        step ? CaseDocumentHeader::department(s, step->department) : QString();
    const QString procedure = procedureName(pause.procedure, s.english);
    d.fields
        << say(QStringLiteral("承办部门：%1"), QStringLiteral("Department: %1")).arg(department);

    d.paragraph(
        say(QStringLiteral("您申请办理的上述事项，经%1审查，依法需要进行%2，现书面告知如下："),
            QStringLiteral("For the matter above, %1 must by law carry out a procedure "
                           "of %2; you are informed in writing as follows:"))
            .arg(department, procedure));
    d.heading(say(QStringLiteral("特别程序"), QStringLiteral("The special procedure")));
    d.item(say(QStringLiteral("程序：%1"), QStringLiteral("Procedure: %1")).arg(procedure));
    d.item(say(QStringLiteral("原因：%1"), QStringLiteral("Why: %1")).arg(pause.reason));
    d.item(say(QStringLiteral("开始日期：%1"), QStringLiteral("Begins: %1"))
               .arg(CaseDocumentHeader::date(pause.startDay)));
    d.item(say(QStringLiteral("预计结束日期：%1"), QStringLiteral("Expected to end: %1"))
               .arg(CaseDocumentHeader::date(pause.expectedEnd)));
    if (s.calendar && pause.startDay.isValid() && pause.expectedEnd.isValid()) {
        int days = 0;
        for (QDate day = pause.startDay.addDays(1); day <= pause.expectedEnd; day = day.addDays(1))
            days += s.calendar->isWorkingDay(day) ? 1 : 0;
        d.item(say(QStringLiteral("预计所需时间：%1 个工作日"),
                   QStringLiteral("Expected to take: %1 working days"))
                   .arg(days));
    }
    d.heading(say(QStringLiteral("办理时限"), QStringLiteral("The time limit")));
    if (pause.isOpen())
        d.paragraph(say(QStringLiteral("特别程序所需时间不计入办理时限：自 %1 起办理时限暂停计算，"
                                       "程序结束后恢复计算，届时承诺办结日期相应顺延。"),
                        QStringLiteral("The time the procedure takes does not count: the time "
                                       "limit stands still from %1 and runs again when the "
                                       "procedure ends; the promised completion date moves "
                                       "accordingly."))
                        .arg(CaseDocumentHeader::date(pause.startDay)));
    else
        d.paragraph(say(QStringLiteral("特别程序所需时间不计入办理时限：办理时限自 %1 起暂停计算，"
                                       "已于 %2 程序结束后恢复计算。"),
                        QStringLiteral("The time the procedure took does not count: the time "
                                       "limit stood still from %1 and runs again since the "
                                       "procedure ended on %2."))
                        .arg(CaseDocumentHeader::date(pause.startDay),
                             CaseDocumentHeader::date(pause.endDay)));
    d.footer << LegalText::specialProcedureRules(s.english);
    return d;
}

} // namespace OneWindow
