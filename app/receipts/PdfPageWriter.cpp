#include "receipts/PdfPageWriter.h"

#include "receipts/CjkFont.h"

#include <QFontMetricsF>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>

namespace OneWindow {

namespace {

constexpr qreal kMinPointSize = 6;

} // namespace

PdfPageWriter::PdfPageWriter() = default;

PdfPageWriter::~PdfPageWriter() = default;

Status PdfPageWriter::open(const QString &path, const QString &title)
{
    m_family = CjkFont::family();
    if (m_family.isEmpty())
        return Status::failure(QStringLiteral("font-missing"),
                               QStringLiteral("WenQuanYi Micro Hei not found"));

    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("write-failed"), m_file.errorString());

    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("OneWindow"));

    if (!m_painter.begin(m_writer.get()))
        return Status::failure(QStringLiteral("write-failed"), QStringLiteral("QPainter::begin"));
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_page = m_painter.viewport();
    return Status::success();
}

Status PdfPageWriter::commit()
{
    if (!m_painter.end())
        return Status::failure(QStringLiteral("write-failed"), QStringLiteral("QPainter::end"));
    if (m_file.error() != QFileDevice::NoError || m_file.size() == 0 || !m_file.commit())
        return Status::failure(QStringLiteral("write-failed"), m_file.errorString());
    return Status::success();
}

QFont PdfPageWriter::font(qreal pointSize, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

qreal PdfPageWriter::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, m_writer.get()).height();
}

qreal PdfPageWriter::text(const QString &text, QFont f, const QRectF &box, Qt::Alignment align)
{
    QFontMetricsF metrics(f, m_writer.get());
    const qreal advance = metrics.horizontalAdvance(text);
    if (advance > box.width() && advance > 0) {
        f.setPointSizeF(std::max(kMinPointSize, f.pointSizeF() * box.width() / advance * 0.98));
        metrics = QFontMetricsF(f, m_writer.get());
    }
    m_painter.setFont(f);
    const QRectF rect(box.left(), box.top(), box.width(), metrics.height());
    m_painter.drawText(rect, int(align | Qt::AlignVCenter | Qt::TextSingleLine), text);
    return metrics.height();
}

qreal PdfPageWriter::cellHeight(const QString &text, const QFont &f, qreal width) const
{
    const QFontMetricsF metrics(f, m_writer.get());
    const qreal advance = metrics.horizontalAdvance(text);
    if (advance * kCellPointSize / f.pointSizeF() <= width)
        return metrics.height(); // one line, perhaps a little smaller
    QFont small = f;
    small.setPointSizeF(kCellPointSize);
    const QFontMetricsF smaller(small, m_writer.get());
    return smaller
        .boundingRect(QRectF(0, 0, width, 1e6), int(Qt::AlignLeft | Qt::TextWordWrap), text)
        .height();
}

qreal PdfPageWriter::cell(const QString &text, QFont f, const QRectF &box, Qt::Alignment align)
{
    const qreal advance = QFontMetricsF(f, m_writer.get()).horizontalAdvance(text);
    if (advance * kCellPointSize / f.pointSizeF() <= box.width())
        return this->text(text, f, box, align);
    f.setPointSizeF(kCellPointSize);
    const qreal height = cellHeight(text, f, box.width());
    m_painter.setFont(f);
    m_painter.drawText(QRectF(box.left(), box.top(), box.width(), height),
                       int(align | Qt::AlignTop | Qt::TextWordWrap), text);
    return height;
}

void PdfPageWriter::rule(qreal y, qreal penWidthMm)
{
    m_painter.setPen(QPen(Qt::black, mm(penWidthMm)));
    m_painter.drawLine(QPointF(left(), y), QPointF(left() + width(), y));
}

bool PdfPageWriter::ensureRoom(qreal &y, qreal height)
{
    if (y + height <= m_page.height() - mm(kMarginMm))
        return false;
    m_writer->newPage();
    y = mm(kMarginMm);
    return true;
}

} // namespace OneWindow
