#include "receipts/NotificationRenderer.h"

#include "identity/IdNumber.h"
#include "receipts/PdfPageWriter.h"

#include <QPainter>

namespace OneWindow {

namespace {

struct PrintedLine
{
    enum Kind
    {
        Title,
        Subtitle,
        Field,
        Heading,
        Item,
        Reason,
        Text,
        Footer
    };
    Kind kind;
    QString text;
};

QList<PrintedLine> printedLines(const NotificationData &data)
{
    using L = PrintedLine;
    QList<L> out;
    out.append({L::Title, NotificationRenderer::tr("一次性告知书")});
    if (!data.hallName.isEmpty())
        out.append({L::Subtitle, data.hallName});
    out.append({L::Field, NotificationRenderer::tr("申请人：%1").arg(data.applicantName)});
    out.append(
        {L::Field,
         NotificationRenderer::tr("身份证号：%1").arg(IdNumber::masked(data.applicantIdNumber))});
    out.append({L::Field, NotificationRenderer::tr("办理事项：%1").arg(data.matterTitle)});
    out.append({L::Field, NotificationRenderer::tr("告知时间：%1")
                              .arg(data.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
    out.append({L::Field, NotificationRenderer::tr("受理窗口：%1").arg(data.counter)});
    out.append({L::Field, NotificationRenderer::tr("经办人：%1").arg(data.clerkName)});

    out.append(
        {L::Text, NotificationRenderer::tr("您申请办理的事项尚缺以下材料，现一次性告知如下：")});
    out.append({L::Heading,
                NotificationRenderer::tr("需补齐的材料（共 %1 项）").arg(data.missing.size())});
    for (int i = 0; i < data.missing.size(); ++i) {
        const NotificationData::Item &item = data.missing.at(i);
        out.append(
            {L::Item,
             NotificationRenderer::tr("%1. %2（%3）").arg(i + 1).arg(item.title, item.form)});
        if (!item.reason.isEmpty())
            out.append({L::Reason, NotificationRenderer::tr("原因：%1").arg(item.reason)});
    }
    if (!data.problems.isEmpty()) {
        out.append(
            {L::Heading,
             NotificationRenderer::tr("需补充或更正的信息（共 %1 项）").arg(data.problems.size())});
        for (int i = 0; i < data.problems.size(); ++i)
            out.append(
                {L::Item, NotificationRenderer::tr("%1. %2").arg(i + 1).arg(data.problems.at(i))});
    }
    if (!data.received.isEmpty()) {
        out.append({L::Heading, NotificationRenderer::tr("已收取或已调取的材料")});
        for (int i = 0; i < data.received.size(); ++i)
            out.append(
                {L::Item, NotificationRenderer::tr("%1. %2").arg(i + 1).arg(data.received.at(i))});
    }
    out.append({L::Footer, NotificationRenderer::tr(
                               "以上为全部所需补齐内容，补齐后即可受理，不再另行要求其他材料。")});
    out.append({L::Footer,
                NotificationRenderer::tr(
                    "已填写的信息已保存为草稿，再次来办时出示身份证即可继续办理，无需重新填写。")});
    if (!data.draftReference.isEmpty())
        out.append({L::Footer, NotificationRenderer::tr("草稿编号：%1").arg(data.draftReference)});
    if (!data.enquiryPhone.isEmpty())
        out.append({L::Footer, NotificationRenderer::tr("咨询电话：%1").arg(data.enquiryPhone)});
    return out;
}

} // namespace

QStringList NotificationRenderer::lines(const NotificationData &data)
{
    QStringList texts;
    for (const PrintedLine &l : printedLines(data))
        texts.append(l.text);
    return texts;
}

Status NotificationRenderer::writePdf(const NotificationData &data, const QString &path)
{
    PdfPageWriter pdf;
    if (Status opened = pdf.open(path, tr("一次性告知书") + QLatin1Char(' ') + data.matterTitle);
        !opened)
        return opened;
    QPainter &painter = pdf.painter();
    const auto mm = PdfPageWriter::mm;
    const qreal left = pdf.left();
    const qreal width = pdf.width();

    qreal y = mm(18);
    bool ruled = false;
    for (const PrintedLine &l : printedLines(data)) {
        qreal size = 11;
        qreal before = 0;
        qreal after = mm(1.5);
        qreal indent = 0;
        bool bold = false;
        Qt::Alignment align = Qt::AlignLeft;
        switch (l.kind) {
        case PrintedLine::Title:
            size = 22;
            bold = true;
            align = Qt::AlignHCenter;
            break;
        case PrintedLine::Subtitle:
            size = 13;
            align = Qt::AlignHCenter;
            break;
        case PrintedLine::Field:
            size = 11.5;
            after = mm(2);
            break;
        case PrintedLine::Heading:
            size = 12.5;
            bold = true;
            before = mm(5);
            after = mm(2);
            break;
        case PrintedLine::Item:
            indent = mm(4);
            break;
        case PrintedLine::Reason:
            size = 10;
            indent = mm(10);
            break;
        case PrintedLine::Text:
            before = mm(4);
            break;
        case PrintedLine::Footer:
            size = 10.5;
            before = mm(3);
            break;
        }
        if (l.kind == PrintedLine::Field && !ruled) {
            y += mm(4);
            pdf.rule(y, 0.6);
            y += mm(4);
            ruled = true;
        }
        if (pdf.ensureRoom(y, before + pdf.lineHeight(pdf.font(size))))
            before = 0;
        y += before;
        painter.setPen(Qt::black);
        y += pdf.text(l.text, pdf.font(size, bold), QRectF(left + indent, y, width - indent, 0),
                      align);
        y += after;
    }
    return pdf.commit();
}

} // namespace OneWindow
