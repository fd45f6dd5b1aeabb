#include "common/ReceiptPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneWindow {

ReceiptPreviewDialog::ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent,
                                           const QString &printer)
    : QDialog(parent)
    , m_path(pdfPath)
    , m_printer(printer)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setObjectName(QStringLiteral("receiptPreviewDialog"));
    setWindowTitle(tr("受理回执预览"));
    resize(720, 900);
    auto *layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("receiptView"));
    m_view->setDocument(m_document);
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    layout->addWidget(m_view);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *printButton = buttons->addButton(tr("打印(&P)"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    QPushButton *saveButton = buttons->addButton(tr("另存为(&S)…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    QPushButton *closeButton = buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(printButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::saveAs);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_document->load(pdfPath);
    printButton->setFocus();
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

void ReceiptPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    // The counter's printer for this document, chosen in advance; the dialog still
    // lets the clerk pick another.
    if (!m_printer.isEmpty())
        printer.setPrinterName(m_printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        QMessageBox::warning(this, tr("打印失败"),
                             tr("无法打印到所选打印机，请检查打印机后重试。"));
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
