#include "common/ReceiptPreviewDialog.h"

#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace OneWindow {

ReceiptPreviewDialog::ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent)
    : QDialog(parent)
    , m_path(pdfPath)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setObjectName(QStringLiteral("receiptPreviewDialog"));
    setWindowTitle(tr("回执预览"));
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("receiptView"));
    m_view->setDocument(m_document);
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *printButton = buttons->addButton(tr("打印(&P)"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setIcon(Theme::icon(QStringLiteral("printer")));
    printButton->setDefault(true);
    QPushButton *printerButton =
        buttons->addButton(tr("选择打印机(&R)…"), QDialogButtonBox::ActionRole);
    printerButton->setObjectName(QStringLiteral("choosePrinterButton"));
    printerButton->setIcon(Theme::icon(QStringLiteral("settings")));
    QPushButton *saveButton = buttons->addButton(tr("另存为(&S)…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setIcon(Theme::icon(QStringLiteral("save")));
    QPushButton *closeButton = buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setIcon(Theme::icon(QStringLiteral("x")));
    layout->addWidget(buttons);
    connect(printButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::print);
    connect(printerButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::choosePrinter);
    connect(saveButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::saveAs);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_document->load(pdfPath);
    printButton->setFocus();
    placeInsideOwner();
}

void ReceiptPreviewDialog::showEvent(QShowEvent *event)
{
    placeInsideOwner();
    QDialog::showEvent(event);
}

void ReceiptPreviewDialog::placeInsideOwner()
{
    // Inside the window it belongs to, never taller than the counter's screen:
    // an A4 page fits by its height, and the buttons stay on screen.
    const QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    QRect area = owner ? owner->geometry() : QRect();
    if (!area.isValid() && screen())
        area = screen()->availableGeometry();
    if (!area.isValid())
        return;
    const int height = qMax(320, area.height() * 92 / 100);
    const int width = qMin(area.width() * 92 / 100, qMax(420, height * 3 / 4));
    resize(width, height);
    move(area.center() - QPoint(width / 2, height / 2));
}

bool ReceiptPreviewDialog::printTo(QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        const QSizeF points = m_document->pagePointSize(page);
        QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
        const QImage image = m_document->render(page, size);
        painter.drawImage(QRect(target.topLeft(), size), image);
    }
    return painter.end();
}

void ReceiptPreviewDialog::printWith(QPrinter &printer)
{
    const bool ok = printTo(printer);
    if (!ok)
        QMessageBox::warning(this, tr("打印失败"),
                             tr("无法打印到所选打印机，请检查打印机后重试。"));
    Q_EMIT printed(ok);
}

void ReceiptPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!m_outputFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_outputFile);
        printWith(printer);
        return;
    }
    // One key at the counter: straight to its default printer; the dialog
    // only when none is set up.
    const QPrinterInfo counterPrinter = QPrinterInfo::defaultPrinter();
    if (counterPrinter.isNull()) {
        choosePrinter();
        return;
    }
    printer.setPrinterName(counterPrinter.printerName());
    printWith(printer);
}

void ReceiptPreviewDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printWith(printer);
}

void ReceiptPreviewDialog::saveAs()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("保存回执"), QFileInfo(m_path).fileName(), tr("PDF 文件 (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(m_path, target))
        QMessageBox::warning(this, tr("保存失败"),
                             tr("无法保存到 %1，请检查磁盘空间和权限。").arg(target));
}

} // namespace OneWindow
