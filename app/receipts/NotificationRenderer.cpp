#include "receipts/NotificationRenderer.h"

#include "identity/IdNumber.h"

namespace OneWindow {

PrintedDocument NotificationRenderer::document(const NotificationData &data)
{
    const bool en = data.english;
    const auto say = [en](const QString &zh, const QString &english) {
        return en ? english : zh;
    };
    PrintedDocument d;
    d.english = en;
    d.title =
        say(QStringLiteral("一次性告知书"), QStringLiteral("One-Time Notice of Missing Materials"));
    d.hallName = data.hallName;
    d.counter = data.counter;
    d.clerk = data.clerkName;
    d.issuedOn = data.issuedAt.date();
    d.number = data.number;
    d.pdfTitle = d.title + QLatin1Char(' ') + data.number;
    if (!data.number.isEmpty())
        d.fields << say(QStringLiteral("文书编号：%1"), QStringLiteral("Document no.: %1"))
                        .arg(data.number);
    d.fields
        << say(QStringLiteral("申请人：%1"), QStringLiteral("Applicant: %1"))
               .arg(data.applicantName)
        << say(QStringLiteral("身份证号：%1"), QStringLiteral("ID number: %1"))
               .arg(IdNumber::masked(data.applicantIdNumber))
        << say(QStringLiteral("办理事项：%1"), QStringLiteral("Matter: %1")).arg(data.matterTitle)
        << say(QStringLiteral("告知时间：%1"), QStringLiteral("Notified: %1"))
               .arg(data.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << say(QStringLiteral("受理窗口：%1"), QStringLiteral("Counter: %1")).arg(data.counter)
        << say(QStringLiteral("经办人：%1"), QStringLiteral("Issued by: %1")).arg(data.clerkName);
    d.qrText = data.qrText;
    d.qrCaption << say(QStringLiteral("扫码核验本告知书"),
                       QStringLiteral("Scan to verify this notice"));

    d.paragraph(say(QStringLiteral("您申请办理的事项尚缺以下材料，现一次性告知如下："),
                    QStringLiteral("The matter you applied for still needs the following; this "
                                   "notice tells you everything at once:")));
    d.heading(say(QStringLiteral("需补齐的材料（共 %1 项）"),
                  QStringLiteral("Materials to bring (%1 in all)"))
                  .arg(data.missing.size()));
    for (int i = 0; i < data.missing.size(); ++i) {
        const NotificationData::Item &item = data.missing.at(i);
        d.item((en ? QStringLiteral("%1. %2 (%3)") : QStringLiteral("%1. %2（%3）"))
                   .arg(i + 1)
                   .arg(item.title, item.form));
        if (!item.reason.isEmpty())
            d.note(say(QStringLiteral("原因：%1"), QStringLiteral("Why: %1")).arg(item.reason));
    }
    if (!data.problems.isEmpty()) {
        d.heading(say(QStringLiteral("需补充或更正的信息（共 %1 项）"),
                      QStringLiteral("Information to complete or correct (%1 in all)"))
                      .arg(data.problems.size()));
        for (int i = 0; i < data.problems.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(data.problems.at(i)));
    }
    if (!data.received.isEmpty()) {
        d.heading(say(QStringLiteral("已收取或已调取的材料"),
                      QStringLiteral("Materials received or on file")));
        for (int i = 0; i < data.received.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(data.received.at(i)));
    }
    d.paragraph(
        say(QStringLiteral("以上为全部所需补齐内容，补齐后即可受理，不再另行要求其他材料。"),
            QStringLiteral("This is everything still needed: once it is brought, the "
                           "application is accepted and nothing else will be asked.")));
    d.paragraph(
        say(QStringLiteral(
                "已填写的信息已保存为草稿，再次来办时出示身份证即可继续办理，无需重新填写。"),
            QStringLiteral("What was filled in is kept as a draft: show your ID card when you come "
                           "back and the application continues where it stopped.")));
    d.footer << say(
        QStringLiteral("依据：《中华人民共和国行政许可法》第三十二条，申请材料不齐全或者"
                       "不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的"
                       "全部内容。"),
        QStringLiteral("Basis: Article 32 of the Administrative Licensing Law of the "
                       "People's Republic of China: where the materials are "
                       "incomplete or not in the legal form, the applicant is told "
                       "everything to be supplemented at once or within five days, "
                       "in one notice."));
    if (!data.draftReference.isEmpty())
        d.footer << say(QStringLiteral("草稿编号：%1"), QStringLiteral("Draft no.: %1"))
                        .arg(data.draftReference);
    if (!data.enquiryPhone.isEmpty())
        d.footer << say(QStringLiteral("咨询电话：%1"), QStringLiteral("Enquiries: %1"))
                        .arg(data.enquiryPhone);
    return d;
}

QStringList NotificationRenderer::lines(const NotificationData &data)
{
    return DocumentRenderer::texts(document(data));
}

Result<RenderedDocument> NotificationRenderer::writePdf(const NotificationData &data,
                                                        const QString &path, PaperLayout layout)
{
    return DocumentRenderer::render(document(data), layout, path);
}

} // namespace OneWindow
