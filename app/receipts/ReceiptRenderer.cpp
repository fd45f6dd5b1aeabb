#include "receipts/ReceiptRenderer.h"

#include "identity/IdNumber.h"
#include "receipts/PdfPageWriter.h"
#include "receipts/QrCodeEncoder.h"

#include <QList>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace OneWindow {

namespace {

constexpr qreal kQrSideMm = 36;

// One printed line and how it is set. lines() and writePdf() both walk this
// list, so what a test reads back from the PDF is exactly what was drawn.
struct PrintedLine
{
    enum Kind
    {
        Title,
        Subtitle,
        Field,
        QrNote,
        Heading,
        TableHeader,
        TableRow,
        Emphasis,
        Item,
        Footer
    };
    Kind kind;
    QString text;
    QStringList cells; // TableHeader and TableRow only
};

QString maskedPhone(const QString &phone)
{
    const QString digits = phone.trimmed();
    // Too short to keep 3 + 4 and still hide anything: hide it all.
    if (digits.size() < 8)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// A deadline counted in a year whose holidays are not yet published may move.
QString deadlineText(const QDate &date, bool provisional)
{
    return provisional ? ReceiptRenderer::tr("%1（暂定）").arg(dateText(date)) : dateText(date);
}

PrintedLine line(PrintedLine::Kind kind, const QString &text)
{
    return {kind, text, {}};
}

PrintedLine row(PrintedLine::Kind kind, const QStringList &cells)
{
    return {kind, QString(), cells};
}

QList<PrintedLine> printedLines(const ReceiptData &data)
{
    QList<PrintedLine> out;
    out.append(line(PrintedLine::Title, ReceiptRenderer::tr("受理回执")));
    if (!data.hallName.isEmpty())
        out.append(line(PrintedLine::Subtitle, data.hallName));

    out.append(line(PrintedLine::Field, ReceiptRenderer::tr("受理编号：%1").arg(data.caseNumber)));
    out.append(line(PrintedLine::Field, ReceiptRenderer::tr("办理事项：%1").arg(data.matterTitle)));
    out.append(line(PrintedLine::Field, ReceiptRenderer::tr("申请人：%1").arg(data.applicantName)));
    out.append(
        line(PrintedLine::Field,
             ReceiptRenderer::tr("身份证号：%1").arg(IdNumber::masked(data.applicantIdNumber))));
    if (!data.applicantPhone.isEmpty())
        out.append(line(PrintedLine::Field,
                        ReceiptRenderer::tr("联系电话：%1").arg(maskedPhone(data.applicantPhone))));
    out.append(line(PrintedLine::Field,
                    ReceiptRenderer::tr("受理时间：%1")
                        .arg(data.acceptedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    out.append(line(PrintedLine::Field, ReceiptRenderer::tr("受理窗口：%1").arg(data.counter)));
    out.append(line(PrintedLine::Field, ReceiptRenderer::tr("受理人员：%1").arg(data.clerkName)));

    out.append(line(PrintedLine::QrNote, ReceiptRenderer::tr("扫码查询办理进度")));
    out.append(line(PrintedLine::QrNote, data.caseNumber));

    if (!data.departments.isEmpty()) {
        out.append(line(PrintedLine::Heading, ReceiptRenderer::tr("承办部门及办理时限")));
        out.append(row(PrintedLine::TableHeader,
                       {ReceiptRenderer::tr("部门"), ReceiptRenderer::tr("办理事项"),
                        ReceiptRenderer::tr("办结时限")}));
        for (const ReceiptData::Department &d : data.departments)
            out.append(row(PrintedLine::TableRow,
                           {d.department, d.title, deadlineText(d.deadline, d.provisional)}));
    }
    out.append(line(PrintedLine::Emphasis,
                    ReceiptRenderer::tr("承诺办结日期：%1")
                        .arg(deadlineText(data.promisedDate, data.promisedProvisional))));
    const bool anyProvisional =
        data.promisedProvisional ||
        std::any_of(data.departments.cbegin(), data.departments.cend(),
                    [](const ReceiptData::Department &d) { return d.provisional; });
    if (anyProvisional)
        out.append(line(PrintedLine::Item,
                        ReceiptRenderer::tr("标注“暂定”的日期所在年度的法定节假日尚未公布，"
                                            "暂按周末推算，以公布后的安排为准。")));

    if (!data.materialsReceived.isEmpty()) {
        out.append(line(PrintedLine::Heading, ReceiptRenderer::tr("已收材料")));
        for (int i = 0; i < data.materialsReceived.size(); ++i)
            out.append(line(PrintedLine::Item, ReceiptRenderer::tr("%1. %2").arg(i + 1).arg(
                                                   data.materialsReceived.at(i))));
    }

    out.append(line(PrintedLine::Footer,
                    ReceiptRenderer::tr("请妥善保管本回执，凭本回执查询进度、领取办理结果。")));
    return out;
}

// The QR code as vector squares, so it stays sharp at any print or zoom size.
void drawQr(QPainter &painter, const QImage &modules, const QRectF &target)
{
    const qreal unit = target.width() / modules.width();
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < modules.height(); ++y) {
        const uchar *scan = modules.constScanLine(y);
        int x = 0;
        while (x < modules.width()) {
            if (scan[x] >= 128) {
                ++x;
                continue;
            }
            // One rectangle per dark run avoids hairline seams between modules.
            const int start = x;
            while (x < modules.width() && scan[x] < 128)
                ++x;
            path.addRect(QRectF(target.left() + start * unit, target.top() + y * unit,
                                (x - start) * unit, unit));
        }
    }
    painter.fillRect(target, Qt::white);
    painter.fillPath(path, Qt::black);
}

} // namespace

QStringList ReceiptRenderer::lines(const ReceiptData &data)
{
    QStringList texts;
    for (const PrintedLine &printed : printedLines(data)) {
        // A table cell is a line of its own: text extraction (pdftotext, screen
        // readers) reads the columns apart, never as "cell cell cell".
        if (printed.cells.isEmpty())
            texts.append(printed.text);
        else
            texts.append(printed.cells);
    }
    return texts;
}

Status ReceiptRenderer::writePdf(const ReceiptData &data, const QString &path)
{
    // Encoded before the file is opened: a tracking code too long for a QR
    // code fails without touching the file.
    auto qr = QrCodeEncoder::encode(data.trackingCode, 1);
    if (!qr)
        return Status::failure(qr.error().code, qr.error().detail);

    PdfPageWriter layout;
    if (Status opened = layout.open(path, tr("受理回执") + QLatin1Char(' ') + data.caseNumber);
        !opened)
        return opened;
    QPainter &painter = layout.painter();

    const qreal left = layout.left();
    const qreal width = layout.width();
    const qreal qrSide = layout.mm(kQrSideMm);
    const qreal gap = layout.mm(4);
    const QPen thin(Qt::black, layout.mm(0.25));

    const QList<PrintedLine> printed = printedLines(data);
    qreal y = layout.mm(18);
    qreal fieldsTop = -1;
    qreal fieldsBottom = 0;
    qreal qrNoteY = 0;
    QList<qreal> columns; // x offsets of the table's cells, set at the header

    for (int i = 0; i < printed.size(); ++i) {
        const PrintedLine &current = printed.at(i);
        const PrintedLine::Kind previous = i > 0 ? printed.at(i - 1).kind : current.kind;
        switch (current.kind) {
        case PrintedLine::Title:
            y += layout.text(current.text, layout.font(24, true), QRectF(left, y, width, 0),
                             Qt::AlignHCenter);
            y += layout.mm(1.5);
            break;
        case PrintedLine::Subtitle:
            y += layout.text(current.text, layout.font(13), QRectF(left, y, width, 0),
                             Qt::AlignHCenter);
            break;
        case PrintedLine::Field: {
            if (fieldsTop < 0) {
                y += layout.mm(4);
                layout.rule(y, 0.6);
                y += layout.mm(4);
                fieldsTop = y;
                qrNoteY = fieldsTop + qrSide + gap;
            }
            // Fields share the row band with the QR code on the right.
            painter.setPen(Qt::black);
            const QFont f = layout.font(11.5);
            y += layout.text(current.text, f, QRectF(left, y, width - qrSide - 2 * gap, 0),
                             Qt::AlignLeft);
            y += layout.mm(2.2);
            fieldsBottom = y;
            break;
        }
        case PrintedLine::QrNote: {
            const qreal qrLeft = left + width - qrSide;
            if (previous != PrintedLine::QrNote) {
                const qreal top = fieldsTop < 0 ? y : fieldsTop;
                drawQr(painter, qr.value(), QRectF(qrLeft, top, qrSide, qrSide));
                qrNoteY = top + qrSide;
            }
            painter.setPen(Qt::black);
            qrNoteY += layout.text(current.text, layout.font(9), QRectF(qrLeft, qrNoteY, qrSide, 0),
                                   Qt::AlignHCenter);
            y = std::max(fieldsBottom, qrNoteY);
            break;
        }
        case PrintedLine::Heading: {
            const QFont f = layout.font(12.5, true);
            layout.ensureRoom(y, layout.mm(6) + 3 * layout.lineHeight(f));
            y += layout.mm(6);
            painter.setPen(Qt::black);
            y += layout.text(current.text, f, QRectF(left, y, width, 0), Qt::AlignLeft);
            y += layout.mm(2);
            break;
        }
        case PrintedLine::TableHeader:
        case PrintedLine::TableRow: {
            const bool header = current.kind == PrintedLine::TableHeader;
            if (header)
                columns = {0, width * 0.22, width * 0.75, width};
            const QFont f = layout.font(11, header);
            // Wide padding keeps a full cell well apart from the next column,
            // so text extraction never runs two cells together.
            const qreal pad = layout.mm(3);
            const qreal height = layout.lineHeight(f) + 2 * layout.mm(1.8);
            layout.ensureRoom(y, height);
            const QRectF band(left, y, width, height);
            if (header)
                painter.fillRect(band, QColor(235, 235, 235));
            painter.setPen(thin);
            painter.drawRect(band);
            for (int c = 1; c + 1 < columns.size(); ++c)
                painter.drawLine(QPointF(left + columns[c], y),
                                 QPointF(left + columns[c], y + height));
            painter.setPen(Qt::black);
            for (int c = 0; c < current.cells.size() && c + 1 < columns.size(); ++c) {
                const QRectF cell(left + columns[c] + pad, y + layout.mm(1.8),
                                  columns[c + 1] - columns[c] - 2 * pad, 0);
                layout.text(current.cells.at(c), f, cell, Qt::AlignLeft);
            }
            y += height;
            break;
        }
        case PrintedLine::Emphasis: {
            const QFont f = layout.font(12, true);
            layout.ensureRoom(y, layout.mm(4) + layout.lineHeight(f));
            y += layout.mm(4);
            painter.setPen(Qt::black);
            y += layout.text(current.text, f, QRectF(left, y, width, 0), Qt::AlignLeft);
            break;
        }
        case PrintedLine::Item: {
            const QFont f = layout.font(11);
            layout.ensureRoom(y, layout.lineHeight(f));
            painter.setPen(Qt::black);
            y +=
                layout.text(current.text, f,
                            QRectF(left + layout.mm(4), y, width - layout.mm(4), 0), Qt::AlignLeft);
            y += layout.mm(1.5);
            break;
        }
        case PrintedLine::Footer: {
            const QFont f = layout.font(10);
            layout.ensureRoom(y, layout.mm(10) + layout.lineHeight(f));
            y += layout.mm(6);
            layout.rule(y, 0.25);
            y += layout.mm(3);
            painter.setPen(Qt::black);
            y += layout.text(current.text, f, QRectF(left, y, width, 0), Qt::AlignLeft);
            break;
        }
        }
    }

    return layout.commit();
}

} // namespace OneWindow
