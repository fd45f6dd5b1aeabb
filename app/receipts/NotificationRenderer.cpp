#include "receipts/NotificationRenderer.h"

#include "identity/IdNumber.h"
#include "receipts/CjkFont.h"

#include <QFont>
#include <QFontMetricsF>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace OneWindow {

namespace {

constexpr int kResolution = 300;
constexpr qreal kMarginMm = 20;
constexpr qreal kMinPointSize = 6;

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
    const QString family = CjkFont::family();
    if (family.isEmpty())
        return Status::failure(QStringLiteral("font-missing"),
                               QStringLiteral("WenQuanYi Micro Hei not found"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("write-failed"), file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(tr("一次性告知书") + QLatin1Char(' ') + data.matterTitle);
    writer.setCreator(QStringLiteral("OneWindow"));

    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(QStringLiteral("write-failed"), QStringLiteral("QPainter::begin"));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = painter.viewport();
    auto mm = [](qreal v) {
        return v * kResolution / 25.4;
    };
    const qreal left = mm(kMarginMm);
    const qreal width = page.width() - 2 * left;
    const qreal bottom = page.height() - mm(kMarginMm);

    // One line, never wrapped: a line too long for the width is set smaller.
    auto draw = [&](const QString &text, qreal pointSize, bool bold, qreal x, qreal y, qreal w,
                    Qt::Alignment align) {
        QFont f(family);
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        QFontMetricsF metrics(f, &writer);
        const qreal advance = metrics.horizontalAdvance(text);
        if (advance > w && advance > 0) {
            f.setPointSizeF(std::max(kMinPointSize, pointSize * w / advance * 0.98));
            metrics = QFontMetricsF(f, &writer);
        }
        painter.setFont(f);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, y, w, metrics.height()),
                         int(align | Qt::AlignVCenter | Qt::TextSingleLine), text);
        return metrics.height();
    };
    auto lineHeight = [&](qreal pointSize) {
        QFont f(family);
        f.setPointSizeF(pointSize);
        return QFontMetricsF(f, &writer).height();
    };

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
            painter.setPen(QPen(Qt::black, mm(0.6)));
            painter.drawLine(QPointF(left, y), QPointF(left + width, y));
            y += mm(4);
            ruled = true;
        }
        if (y + before + lineHeight(size) > bottom) {
            writer.newPage();
            y = mm(kMarginMm);
            before = 0;
        }
        y += before;
        y += draw(l.text, size, bold, left + indent, y, width - indent, align);
        y += after;
    }
    if (!painter.end())
        return Status::failure(QStringLiteral("write-failed"), QStringLiteral("QPainter::end"));
    if (file.error() != QFileDevice::NoError || file.size() == 0 || !file.commit())
        return Status::failure(QStringLiteral("write-failed"), file.errorString());
    return Status::success();
}

} // namespace OneWindow
