#include "receipts/DocumentRenderer.h"

#include "receipts/CjkFont.h"
#include "receipts/QrCodeEncoder.h"
#include "receipts/Typography.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace OneWindow {

namespace {

// The sign-off's lines, in the edition's language.
QString counterLine(const PrintedDocument &doc)
{
    return (doc.english ? QStringLiteral("Counter: %1") : QStringLiteral("经办窗口：%1"))
        .arg(doc.counter);
}

QString clerkLine(const PrintedDocument &doc)
{
    return (doc.english ? QStringLiteral("Issued by: %1") : QStringLiteral("经办人：%1"))
        .arg(doc.clerk);
}

constexpr int kResolution = 300; // dpi: crisp text and QR modules on any printer

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

// One thing to paint, on one page, in device pixels.
struct Op
{
    enum class Type
    {
        Text,
        Line,
        Rect,
        Fill,
        Qr
    };
    Type type = Type::Text;
    int page = 0;
    QRectF rect; // Line: from topLeft to bottomRight
    QString text;
    QFont font;
    Qt::Alignment align = Qt::AlignLeft;
    qreal pen = 0;
    Qt::PenStyle style = Qt::SolidLine;
};

// Lays the document out into paint operations: one pass decides every line
// and every page before anything is painted, so a roll's page can be exactly
// as long as its content.
class Layouter
{
public:
    Layouter(const PaperGeometry &g, const QString &family, QPaintDevice *device)
        : m_g(g)
        , m_family(family)
        , m_device(device)
    {
        m_left = mm(g.marginMm);
        m_width = mm(g.widthMm - 2 * g.marginMm);
        m_y = mm(g.topMm);
        if (!g.isRoll())
            m_bottom = mm(g.heightMm - g.bottomMm) - lineHeight(font(g.smallPt)) - mm(3);
    }

    QFont font(qreal pt, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, m_device); }
    qreal lineHeight(const QFont &f) const { return metrics(f).height(); }
    qreal width() const { return m_width; }
    qreal left() const { return m_left; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void skip(qreal height) { m_y += height; }
    int pages() const { return m_page + 1; }
    QList<Op> &ops() { return m_ops; }
    QStringList &lines() { return m_lines; }

    // A new sheet when `height` more does not fit on this one (never on a roll).
    void ensure(qreal height)
    {
        if (m_g.isRoll() || m_y + height <= m_bottom || m_y <= mm(m_g.topMm) + 1)
            return;
        newPage();
    }
    void newPage()
    {
        ++m_page;
        m_y = mm(m_g.topMm);
    }

    // Wrapped text in a column; returns the height used.
    qreal text(const QString &text, const QFont &f, qreal x, qreal w, Qt::Alignment align,
               qreal gapAfter = 0)
    {
        const QFontMetricsF metrics(f, m_device);
        const qreal lh = metrics.height();
        const qreal top = m_y;
        for (const QString &line : Typography::wrap(text, metrics, w)) {
            ensure(lh);
            add(Op::Type::Text, QRectF(x, m_y, w, lh), line, f, align);
            m_y += lh;
        }
        m_y += gapAfter;
        return m_y - top;
    }

    // Wrapped text at an absolute position that does not move the cursor (a
    // column beside another); returns the bottom.
    qreal textAt(const QString &text, const QFont &f, qreal x, qreal y, qreal w,
                 Qt::Alignment align)
    {
        const QFontMetricsF metrics(f, m_device);
        const qreal lh = metrics.height();
        for (const QString &line : Typography::wrap(text, metrics, w)) {
            add(Op::Type::Text, QRectF(x, y, w, lh), line, f, align);
            y += lh;
        }
        return y;
    }

    void add(Op::Type type, const QRectF &rect, const QString &text = {}, const QFont &f = {},
             Qt::Alignment align = Qt::AlignLeft, qreal pen = 0, Qt::PenStyle style = Qt::SolidLine)
    {
        Op op;
        op.type = type;
        op.page = m_page;
        op.rect = rect;
        op.text = text;
        op.font = f;
        op.align = align;
        op.pen = pen;
        op.style = style;
        m_ops.append(op);
        if (type == Op::Type::Text)
            m_lines.append(text);
    }

    void rule(qreal penMm, Qt::PenStyle style = Qt::SolidLine)
    {
        add(Op::Type::Line, QRectF(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y)), {}, {},
            Qt::AlignLeft, mm(penMm), style);
    }

private:
    PaperGeometry m_g;
    QString m_family;
    QPaintDevice *m_device;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_y = 0;
    qreal m_bottom = 1e12;
    int m_page = 0;
    QList<Op> m_ops;
    QStringList m_lines;
};

QString q(const QString &text)
{
    return Typography::chineseQuotes(text);
}

void layoutTable(Layouter &l, const PaperGeometry &g, const PrintedDocument::Block &b, bool english)
{
    if (!g.tablesAsGrid) {
        // A roll is too narrow for columns: each row becomes an item and its
        // other cells "header：value" lines under it.
        const QFont itemFont = l.font(g.bodyPt, true);
        const QFont noteFont = l.font(g.bodyPt);
        for (const QStringList &row : b.rows) {
            l.skip(mm(1));
            for (int c = 0; c < row.size(); ++c) {
                const QString head = c < b.header.size() ? b.header.at(c) : QString();
                if (c == 0)
                    l.text(q(row.at(c)), itemFont, l.left(), l.width(), Qt::AlignLeft);
                else
                    l.text(q(head.isEmpty()
                                 ? row.at(c)
                                 : (english ? QStringLiteral("%1: %2") : QStringLiteral("%1：%2"))
                                       .arg(head, row.at(c))),
                           noteFont, l.left() + mm(3), l.width() - mm(3), Qt::AlignLeft);
            }
        }
        l.skip(mm(1.5));
        return;
    }
    const int columns = int(b.header.size());
    if (columns == 0)
        return;
    qreal total = 0;
    for (int c = 0; c < columns; ++c)
        total += c < b.columnWeights.size() ? b.columnWeights.at(c) : 1;
    QList<qreal> x{0};
    for (int c = 0; c < columns; ++c)
        x << x.last() +
                 l.width() * (c < b.columnWeights.size() ? b.columnWeights.at(c) : 1) / total;
    // Wide padding keeps a full cell well apart from the next column, so text
    // extraction never runs two cells together.
    const qreal pad = mm(2.5);
    const qreal vpad = mm(1.5);
    const qreal thin = mm(0.25);

    auto drawRow = [&](const QStringList &cells, bool header) {
        const QFont f = l.font(g.bodyPt, header);
        const QFontMetricsF metrics = l.metrics(f);
        const qreal lh = metrics.height();
        // Measured first: the row is as tall as its tallest cell.
        QList<QStringList> wrapped;
        qsizetype most = 1;
        for (int c = 0; c < columns; ++c) {
            const QString cell = c < cells.size() ? q(cells.at(c)) : QString();
            wrapped << Typography::wrap(cell, metrics, x.at(c + 1) - x.at(c) - 2 * pad);
            most = std::max(most, wrapped.last().size());
        }
        const qreal height = most * lh + 2 * vpad;
        l.ensure(height);
        const qreal top = l.y();
        const QRectF band(l.left(), top, l.width(), height);
        if (header)
            l.add(Op::Type::Fill, band);
        l.add(Op::Type::Rect, band, {}, {}, Qt::AlignLeft, thin);
        for (int c = 1; c < columns; ++c)
            l.add(
                Op::Type::Line,
                QRectF(QPointF(l.left() + x.at(c), top), QPointF(l.left() + x.at(c), top + height)),
                {}, {}, Qt::AlignLeft, thin);
        for (int c = 0; c < columns; ++c) {
            qreal y = top + vpad;
            for (const QString &line : wrapped.at(c)) {
                if (!line.isEmpty())
                    l.add(Op::Type::Text,
                          QRectF(l.left() + x.at(c) + pad, y, x.at(c + 1) - x.at(c) - 2 * pad, lh),
                          line, f, Qt::AlignLeft);
                y += lh;
            }
        }
        l.setY(top + height);
    };
    drawRow(b.header, true);
    for (const QStringList &r : b.rows)
        drawRow(r, false);
    l.skip(mm(2));
}

void layoutBody(Layouter &l, const PaperGeometry &g, const PrintedDocument &doc)
{
    const qreal indent = mm(g.isRoll() ? 2 : 4);
    for (const PrintedDocument::Block &b : doc.body) {
        switch (b.kind) {
        case PrintedDocument::Block::Kind::Heading: {
            const QFont f = l.font(g.headingPt, true);
            // A heading never ends a sheet: keep it with two lines after it.
            l.ensure(mm(4) + 3 * l.lineHeight(f));
            l.skip(mm(g.isRoll() ? 2.5 : 4));
            l.text(q(b.text), f, l.left(), l.width(), Qt::AlignLeft, mm(1.5));
            break;
        }
        case PrintedDocument::Block::Kind::Paragraph:
            l.skip(mm(1));
            l.text(q(b.text), l.font(g.bodyPt), l.left(), l.width(), Qt::AlignLeft, mm(1.2));
            break;
        case PrintedDocument::Block::Kind::Item:
            l.text(q(b.text), l.font(g.bodyPt), l.left() + indent, l.width() - indent,
                   Qt::AlignLeft, mm(1));
            break;
        case PrintedDocument::Block::Kind::Note:
            l.text(q(b.text), l.font(g.smallPt), l.left() + 2.5 * indent, l.width() - 2.5 * indent,
                   Qt::AlignLeft, mm(1));
            break;
        case PrintedDocument::Block::Kind::Emphasis:
            l.skip(mm(2));
            l.text(q(b.text), l.font(g.bodyPt + 1, true), l.left(), l.width(), Qt::AlignLeft,
                   mm(1.5));
            break;
        case PrintedDocument::Block::Kind::Table:
            layoutTable(l, g, b, doc.english);
            break;
        case PrintedDocument::Block::Kind::Signature: {
            // Room to write by hand: the label, then a line to the right edge.
            const QFont f = l.font(g.bodyPt);
            const QFontMetricsF metrics = l.metrics(f);
            const qreal lh = metrics.height();
            l.ensure(mm(8) + lh);
            l.skip(mm(g.isRoll() ? 6 : 8));
            const QString label = q(b.text);
            const qreal labelWidth = std::min(metrics.horizontalAdvance(label), l.width() * 0.6);
            const qreal bottom =
                l.textAt(label, f, l.left(), l.y(), labelWidth + mm(0.5), Qt::AlignLeft);
            const qreal lineX = l.left() + labelWidth + mm(2);
            l.add(Op::Type::Line,
                  QRectF(QPointF(lineX, bottom - mm(0.8)),
                         QPointF(l.left() + l.width(), bottom - mm(0.8))),
                  {}, {}, Qt::AlignLeft, mm(0.3));
            l.setY(bottom + mm(1));
            break;
        }
        case PrintedDocument::Block::Kind::PageBreak:
            if (g.isRoll()) {
                // A cut mark on a roll: the next part is torn off separately.
                l.skip(mm(5));
                l.rule(0.3, Qt::DashLine);
                l.skip(mm(5));
            } else {
                l.newPage();
            }
            break;
        }
    }
}

void drawQr(QPainter &painter, const QImage &modules, const QRectF &target)
{
    // Vector squares, one rectangle per dark run: sharp at any zoom, no seams.
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

QStringList DocumentRenderer::texts(const PrintedDocument &doc)
{
    QStringList out{doc.title, doc.hallName};
    if (!doc.reprintMark.isEmpty())
        out << doc.reprintMark;
    out << doc.fields << doc.qrCaption;
    for (const PrintedDocument::Block &b : doc.body) {
        if (b.kind == PrintedDocument::Block::Kind::Table) {
            out << b.header;
            for (const QStringList &row : b.rows)
                out << row;
        } else if (b.kind != PrintedDocument::Block::Kind::PageBreak) {
            out << b.text;
        }
    }
    out << counterLine(doc) << clerkLine(doc) << doc.hallName << doc.footer;
    for (QString &t : out)
        t = q(t);
    return out;
}

Result<RenderedDocument> DocumentRenderer::render(const PrintedDocument &doc, PaperLayout layout,
                                                  const QString &path)
{
    using R = Result<RenderedDocument>;
    if (doc.title.isEmpty() || doc.hallName.isEmpty() || doc.counter.isEmpty() ||
        doc.clerk.isEmpty() || !doc.issuedOn.isValid() || doc.qrText.isEmpty())
        return R::failure(QStringLiteral("incomplete-document"), doc.title);
    // Encoded before the file is opened: a payload too long for a QR code fails
    // without touching the file.
    auto qr = QrCodeEncoder::encode(doc.qrText, 1);
    if (!qr)
        return R(qr.error());
    const QString family = CjkFont::family();
    if (family.isEmpty())
        return R::failure(QStringLiteral("font-missing"),
                          QStringLiteral("WenQuanYi Micro Hei not found"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(QStringLiteral("write-failed"), file.errorString());
    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setTitle(doc.pdfTitle.isEmpty() ? doc.title : doc.pdfTitle);
    writer.setCreator(QStringLiteral("OneWindow"));

    const PaperGeometry g = PaperLayouts::geometry(layout);
    Layouter l(g, family, &writer);

    // Title, the hall, and the reprint banner.
    l.text(q(doc.title), l.font(g.titlePt, true), l.left(), l.width(), Qt::AlignHCenter, mm(1));
    l.text(q(doc.hallName), l.font(g.subtitlePt), l.left(), l.width(), Qt::AlignHCenter);
    if (!doc.reprintMark.isEmpty()) {
        l.skip(mm(2));
        const QFont f = l.font(g.bodyPt, true);
        const qreal top = l.y();
        l.skip(mm(1));
        l.text(q(doc.reprintMark), f, l.left() + mm(2), l.width() - mm(4), Qt::AlignHCenter, mm(1));
        l.add(Op::Type::Rect, QRectF(l.left(), top, l.width(), l.y() - top), {}, {}, Qt::AlignLeft,
              mm(0.5));
    }
    l.skip(mm(g.isRoll() ? 2.5 : 4));
    l.rule(0.6);
    l.skip(mm(g.isRoll() ? 2.5 : 4));

    // The header fields, and the QR code beside them (a sheet) or under them (a roll).
    const QFont fieldFont = l.font(g.bodyPt + 0.5);
    const QFont captionFont = l.font(g.smallPt);
    const qreal qrSide = mm(g.qrMm);
    const qreal fieldGap = mm(g.isRoll() ? 1 : 2);
    if (g.qrBesideFields) {
        const qreal gap = mm(4);
        const qreal top = l.y();
        const qreal qrLeft = l.left() + l.width() - qrSide;
        l.add(Op::Type::Qr, QRectF(qrLeft, top, qrSide, qrSide));
        qreal captionBottom = top + qrSide;
        for (const QString &caption : doc.qrCaption)
            captionBottom = l.textAt(q(caption), captionFont, qrLeft - gap / 2, captionBottom,
                                     qrSide + gap, Qt::AlignHCenter);
        for (const QString &field : doc.fields)
            l.text(q(field), fieldFont, l.left(), l.width() - qrSide - 2 * gap, Qt::AlignLeft,
                   fieldGap);
        l.setY(std::max(l.y(), captionBottom));
    } else {
        for (const QString &field : doc.fields)
            l.text(q(field), fieldFont, l.left(), l.width(), Qt::AlignLeft, fieldGap);
        l.skip(mm(2));
        const qreal qrLeft = l.left() + (l.width() - qrSide) / 2;
        l.add(Op::Type::Qr, QRectF(qrLeft, l.y(), qrSide, qrSide));
        l.skip(qrSide);
        for (const QString &caption : doc.qrCaption)
            l.text(q(caption), captionFont, l.left(), l.width(), Qt::AlignHCenter);
    }

    layoutBody(l, g, doc);

    // The sign-off: which counter and who, then the hall and the date on the right.
    {
        const QFont f = l.font(g.bodyPt);
        l.ensure(mm(8) + 4 * l.lineHeight(f));
        l.skip(mm(g.isRoll() ? 4 : 8));
        l.text(counterLine(doc), f, l.left(), l.width(), Qt::AlignLeft);
        l.text(clerkLine(doc), f, l.left(), l.width(), Qt::AlignLeft, mm(2));
        l.text(q(doc.hallName), f, l.left(), l.width(), Qt::AlignRight);
        l.text(doc.english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 .toString(doc.issuedOn, QStringLiteral("d MMMM yyyy"))
                           : QStringLiteral("%1年%2月%3日")
                                 .arg(doc.issuedOn.year())
                                 .arg(doc.issuedOn.month())
                                 .arg(doc.issuedOn.day()),
               f, l.left(), l.width(), Qt::AlignRight);
    }
    if (!doc.footer.isEmpty()) {
        const QFont f = l.font(g.smallPt);
        l.ensure(mm(6) + l.lineHeight(f));
        l.skip(mm(g.isRoll() ? 3 : 5));
        l.rule(0.25);
        l.skip(mm(2));
        for (const QString &line : doc.footer)
            l.text(q(line), f, l.left(), l.width(), Qt::AlignLeft, mm(0.8));
    }

    RenderedDocument rendered;
    rendered.pages = l.pages();
    if (g.isRoll()) {
        rendered.pageSizeMm = QSizeF(g.widthMm, (l.y() + mm(g.bottomMm)) * 25.4 / kResolution);
    } else {
        rendered.pageSizeMm = QSizeF(g.widthMm, g.heightMm);
        if (rendered.pages > 1) {
            // Page numbers on every sheet of a longer document.
            const QFont f = l.font(g.smallPt);
            const qreal lh = l.lineHeight(f);
            for (int p = 0; p < rendered.pages; ++p) {
                Op op;
                op.type = Op::Type::Text;
                op.page = p;
                op.rect = QRectF(l.left(), mm(g.heightMm - g.bottomMm) - lh, l.width(), lh);
                op.text = (doc.english ? QStringLiteral("%1 page %2 of %3")
                                       : QStringLiteral("%1 第 %2 页，共 %3 页"))
                              .arg(doc.number)
                              .arg(p + 1)
                              .arg(rendered.pages);
                op.font = f;
                op.align = Qt::AlignHCenter;
                l.ops().append(op);
                l.lines().append(op.text);
            }
        }
    }
    rendered.lines = l.lines();

    const QPageSize size =
        g.isRoll() ? QPageSize(rendered.pageSizeMm, QPageSize::Millimeter, QString(),
                               QPageSize::ExactMatch)
                   : QPageSize(layout == PaperLayout::A5 ? QPageSize::A5 : QPageSize::A4);
    writer.setPageLayout(
        QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer))
        return R::failure(QStringLiteral("write-failed"), QStringLiteral("QPainter::begin"));
    for (int page = 0; page < rendered.pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (const Op &op : std::as_const(l.ops())) {
            if (op.page != page)
                continue;
            switch (op.type) {
            case Op::Type::Text:
                painter.setPen(Qt::black);
                painter.setFont(op.font);
                painter.drawText(op.rect, int(op.align | Qt::AlignVCenter | Qt::TextSingleLine),
                                 op.text);
                break;
            case Op::Type::Line:
                painter.setPen(QPen(Qt::black, op.pen, op.style));
                painter.drawLine(op.rect.topLeft(), op.rect.bottomRight());
                break;
            case Op::Type::Rect:
                painter.setPen(QPen(Qt::black, op.pen));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(op.rect);
                break;
            case Op::Type::Fill:
                painter.fillRect(op.rect, QColor(230, 230, 230));
                break;
            case Op::Type::Qr:
                drawQr(painter, qr.value(), op.rect);
                break;
            }
        }
    }
    if (!painter.end())
        return R::failure(QStringLiteral("write-failed"), QStringLiteral("QPainter::end"));
    if (file.error() != QFileDevice::NoError || file.size() == 0 || !file.commit())
        return R::failure(QStringLiteral("write-failed"), file.errorString());
    return rendered;
}

} // namespace OneWindow
