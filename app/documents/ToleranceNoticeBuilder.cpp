#include "documents/ToleranceNoticeBuilder.h"

#include "documents/CaseDocumentHeader.h"
#include "identity/IdNumber.h"

namespace OneWindow {

PrintedDocument ToleranceNoticeBuilder::build(const DocumentSource &s)
{
    const auto say = [&s](const QString &zh, const QString &en) {
        return CaseDocumentHeader::say(s, zh, en);
    };
    // As stored; the English edition takes the template's English name.
    const auto titleOf = [&s](const CaseCommitment &k) {
        if (!s.english)
            return k.title;
        const QString t = CaseDocumentHeader::materialTitle(s, k.material);
        return t == k.material ? k.title : t;
    };
    PrintedDocument d = CaseDocumentHeader::start(DocumentKind::Tolerance, s);
    const CaseRecord &c = s.snapshot.record;
    d.fields << say(QStringLiteral("受理日期：%1"), QStringLiteral("Accepted: %1"))
                    .arg(CaseDocumentHeader::date(c.acceptedAt.date()));

    d.paragraph(
        say(QStringLiteral("您申请办理的上述事项，主要申请材料齐全、符合法定形式，以下次要材料"
                           "暂缺。经您书面承诺在期限内补交，本中心予以容缺受理，各部门同步"
                           "开展审查。"),
            QStringLiteral("For the matter above, the main materials are complete and in "
                           "the legal form; the secondary materials below are missing. "
                           "As you have promised in writing to bring them in time, the "
                           "application is accepted now and the departments begin their "
                           "examination.")));
    d.heading(say(QStringLiteral("容缺材料及补交期限"),
                  QStringLiteral("Materials to follow and their deadlines")));
    QList<QStringList> rows;
    for (const CaseCommitment &k : s.snapshot.commitments) {
        const QString title = titleOf(k);
        const QString form = CaseDocumentHeader::materialForm(s, k.material);
        rows << QStringList{
            form.isEmpty()
                ? title
                : say(QStringLiteral("%1（%2）"), QStringLiteral("%1 (%2)")).arg(title, form),
            CaseDocumentHeader::date(k.due),
            k.isOpen() ? say(QStringLiteral("待补交"), QStringLiteral("to bring"))
                       : say(QStringLiteral("已于 %1 补交"), QStringLiteral("brought on %1"))
                             .arg(CaseDocumentHeader::date(k.fulfilledAt.date()))};
    }
    d.table({say(QStringLiteral("材料"), QStringLiteral("Material")),
             say(QStringLiteral("补交期限"), QStringLiteral("Deadline")),
             say(QStringLiteral("状态"), QStringLiteral("State"))},
            rows, {0.5, 0.22, 0.28});
    d.heading(say(QStringLiteral("逾期未补交的后果"), QStringLiteral("If they come late")));
    d.paragraph(
        say(QStringLiteral("请在上述期限内将材料送至%1综合受理窗口。逾期未补交的，审批部门将"
                           "暂停办理，直至材料补齐后继续办理，不予出具办理结果；承诺内容不实的，"
                           "将依法撤销已作出的决定，并记入信用记录。"),
            QStringLiteral("Please bring the materials to the intake counter of %1 by their "
                           "deadlines. If they come late, the departments stop work on the "
                           "matter until they are complete and issue no result before; if the "
                           "promise proves untrue, any decision made is revoked according to "
                           "law and the fact is entered in the credit record."))
            .arg(s.hallName));

    // The commitment the citizen signs: its own sheet, kept with the case file.
    d.pageBreak();
    d.heading(say(QStringLiteral("承诺书"), QStringLiteral("Letter of Commitment")));
    d.paragraph(
        say(QStringLiteral("本人%1（身份证号：%2）申请办理%3（受理编号：%4），现郑重承诺："),
            QStringLiteral("I, %1 (ID number: %2), applying for %3 (case no. %4), "
                           "solemnly promise:"))
            .arg(s.applicant.name, IdNumber::masked(s.applicant.idNumber),
                 CaseDocumentHeader::matterTitle(s), c.caseNumber));
    int i = 0;
    for (const CaseCommitment &k : s.snapshot.commitments) {
        const QString title = titleOf(k);
        d.item(say(QStringLiteral("%1. 于 %2 前补交%3。"),
                   QStringLiteral("%1. to bring %3 before %2;"))
                   .arg(++i)
                   .arg(CaseDocumentHeader::date(k.due), title));
    }
    d.item(say(QStringLiteral("%1. 所提交的申请材料和所填信息真实、有效。"),
               QStringLiteral("%1. that the materials submitted and the information given are "
                              "true and valid."))
               .arg(++i));
    d.paragraph(say(QStringLiteral("如未按期补交或承诺不实，本人愿意承担由此产生的一切法律责任。"),
                    QStringLiteral("Should I not bring them in time, or should this promise prove "
                                   "untrue, I accept all legal liability arising from it.")));
    d.signature(say(QStringLiteral("承诺人（签名）："), QStringLiteral("Signature: ")));
    d.signature(say(QStringLiteral("日期："), QStringLiteral("Date: ")));
    return d;
}

} // namespace OneWindow
