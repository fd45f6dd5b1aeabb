#include "documents/ToleranceNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "identity/IdNumber.h"

namespace OneWindow {

PrintedDocument ToleranceNoticeBuilder::build(const DocumentSource &s)
{
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Tolerance, s);
    const CaseRecord &c = s.snapshot.record;
    d.fields << QStringLiteral("受理日期：%1").arg(CaseDocumentHeader::date(c.acceptedAt.date()));

    d.paragraph(QStringLiteral("您申请办理的上述事项，主要申请材料齐全、符合法定形式，以下次要材料"
                               "暂缺。经您书面承诺在期限内补交，本中心予以容缺受理，各部门同步"
                               "开展审查。"));
    d.heading(QStringLiteral("容缺材料及补交期限"));
    QList<QStringList> rows;
    for (const CaseCommitment &k : s.snapshot.commitments) {
        const QString form = CaseDocumentHeader::materialForm(s, k.material);
        rows << QStringList{form.isEmpty() ? k.title
                                           : QStringLiteral("%1（%2）").arg(k.title, form),
                            CaseDocumentHeader::date(k.due),
                            k.isOpen() ? QStringLiteral("待补交")
                                       : QStringLiteral("已于 %1 补交")
                                             .arg(CaseDocumentHeader::date(k.fulfilledAt.date()))};
    }
    d.table({QStringLiteral("材料"), QStringLiteral("补交期限"), QStringLiteral("状态")}, rows,
            {0.5, 0.22, 0.28});
    d.heading(QStringLiteral("逾期未补交的后果"));
    d.paragraph(
        QStringLiteral("请在上述期限内将材料送至%1综合受理窗口。逾期未补交的，审批部门将"
                       "暂停办理，直至材料补齐后继续办理，不予出具办理结果；承诺内容不实的，"
                       "将依法撤销已作出的决定，并记入信用记录。")
            .arg(s.hallName));

    // The commitment the citizen signs: its own sheet, kept with the case file.
    d.pageBreak();
    d.heading(QStringLiteral("承诺书"));
    d.paragraph(QStringLiteral("本人%1（身份证号：%2）申请办理%3（受理编号：%4），现郑重承诺：")
                    .arg(s.applicant.name, IdNumber::masked(s.applicant.idNumber),
                         CaseDocumentHeader::matterTitle(s), c.caseNumber));
    int i = 0;
    for (const CaseCommitment &k : s.snapshot.commitments)
        d.item(QStringLiteral("%1. 于 %2 前补交%3。")
                   .arg(++i)
                   .arg(CaseDocumentHeader::date(k.due), k.title));
    d.item(QStringLiteral("%1. 所提交的申请材料和所填信息真实、有效。").arg(++i));
    d.paragraph(QStringLiteral("如未按期补交或承诺不实，本人愿意承担由此产生的一切法律责任。"));
    d.signature(QStringLiteral("承诺人（签名）："));
    d.signature(QStringLiteral("日期："));
    return d;
}

} // namespace OneWindow
