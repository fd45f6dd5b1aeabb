#include "receipts/NotificationRenderer.h"

#include "identity/IdNumber.h"

namespace OneWindow {

PrintedDocument NotificationRenderer::document(const NotificationData &data)
{
    PrintedDocument d;
    d.title = QStringLiteral("一次性告知书");
    d.hallName = data.hallName;
    d.counter = data.counter;
    d.clerk = data.clerkName;
    d.issuedOn = data.issuedAt.date();
    d.number = data.number;
    d.pdfTitle = QStringLiteral("一次性告知书") + QLatin1Char(' ') + data.number;
    if (!data.number.isEmpty())
        d.fields << QStringLiteral("文书编号：%1").arg(data.number);
    d.fields << QStringLiteral("申请人：%1").arg(data.applicantName)
             << QStringLiteral("身份证号：%1").arg(IdNumber::masked(data.applicantIdNumber))
             << QStringLiteral("办理事项：%1").arg(data.matterTitle)
             << QStringLiteral("告知时间：%1")
                    .arg(data.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
             << QStringLiteral("受理窗口：%1").arg(data.counter)
             << QStringLiteral("经办人：%1").arg(data.clerkName);
    d.qrText = data.qrText;
    d.qrCaption << QStringLiteral("扫码核验本告知书");

    d.paragraph(QStringLiteral("您申请办理的事项尚缺以下材料，现一次性告知如下："));
    d.heading(QStringLiteral("需补齐的材料（共 %1 项）").arg(data.missing.size()));
    for (int i = 0; i < data.missing.size(); ++i) {
        const NotificationData::Item &item = data.missing.at(i);
        d.item(QStringLiteral("%1. %2（%3）").arg(i + 1).arg(item.title, item.form));
        if (!item.reason.isEmpty())
            d.note(QStringLiteral("原因：%1").arg(item.reason));
    }
    if (!data.problems.isEmpty()) {
        d.heading(QStringLiteral("需补充或更正的信息（共 %1 项）").arg(data.problems.size()));
        for (int i = 0; i < data.problems.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(data.problems.at(i)));
    }
    if (!data.received.isEmpty()) {
        d.heading(QStringLiteral("已收取或已调取的材料"));
        for (int i = 0; i < data.received.size(); ++i)
            d.item(QStringLiteral("%1. %2").arg(i + 1).arg(data.received.at(i)));
    }
    d.paragraph(QStringLiteral("以上为全部所需补齐内容，补齐后即可受理，不再另行要求其他材料。"));
    d.paragraph(QStringLiteral(
        "已填写的信息已保存为草稿，再次来办时出示身份证即可继续办理，无需重新填写。"));
    d.footer << QStringLiteral(
        "依据：《中华人民共和国行政许可法》第三十二条，申请材料不齐全或者不符合法定形式的，"
        "应当当场或者在五日内一次告知申请人需要补正的全部内容。");
    if (!data.draftReference.isEmpty())
        d.footer << QStringLiteral("草稿编号：%1").arg(data.draftReference);
    if (!data.enquiryPhone.isEmpty())
        d.footer << QStringLiteral("咨询电话：%1").arg(data.enquiryPhone);
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
