#include "common/ReceiptPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace OneWindow {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &tip, const QKeySequence &key = {})
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    if (!key.isEmpty())
        b->setShortcut(key);
    return b;
}

} // namespace

ReceiptPreviewDialog::ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent,
                                           const QString &printer)
    : QDialog(parent)
    , m_path(pdfPath)
    , m_printer(printer)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_page(new QSpinBox(this))
    , m_pages(new QLabel(this))
    , m_zoom(new QLabel(this))
{
    setObjectName(QStringLiteral("receiptPreviewDialog"));
    setWindowTitle(tr("文书预览"));
    resize(760, 920);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    QToolButton *previous = toolButton(this, QStringLiteral("previousPageButton"), tr("上一页"),
                                       tr("上一页 (PgUp)"), QKeySequence(Qt::Key_PageUp));
    QToolButton *next = toolButton(this, QStringLiteral("nextPageButton"), tr("下一页"),
                                   tr("下一页 (PgDown)"), QKeySequence(Qt::Key_PageDown));
    m_page->setObjectName(QStringLiteral("pageSpin"));
    m_page->setMinimum(1);
    m_pages->setObjectName(QStringLiteral("pageCountLabel"));
    QToolButton *zoomOut = toolButton(this, QStringLiteral("zoomOutButton"), tr("缩小"),
                                      tr("缩小 (Ctrl+-)"), QKeySequence::ZoomOut);
    QToolButton *zoomIn = toolButton(this, QStringLiteral("zoomInButton"), tr("放大"),
                                     tr("放大 (Ctrl++)"), QKeySequence::ZoomIn);
    QToolButton *width =
        toolButton(this, QStringLiteral("fitWidthButton"), tr("适合宽度"), tr("按页面宽度显示"));
    QToolButton *whole =
        toolButton(this, QStringLiteral("fitPageButton"), tr("整页"), tr("显示整页"));
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    bar->addWidget(previous);
    bar->addWidget(m_page);
    bar->addWidget(m_pages);
    bar->addWidget(next);
    bar->addStretch();
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoom);
    bar->addWidget(zoomIn);
    bar->addWidget(width);
    bar->addWidget(whole);
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("receiptView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
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
    connect(previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int shown) {
        if (shown - 1 != currentPage())
            goToPage(shown - 1);
    });
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1 / 1.25); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(width, &QToolButton::clicked, this, &ReceiptPreviewDialog::fitWidth);
    connect(whole, &QToolButton::clicked, this, &ReceiptPreviewDialog::fitPage);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &ReceiptPreviewDialog::updatePageLabel);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &ReceiptPreviewDialog::updatePageLabel);

    m_document->load(pdfPath);
    m_page->setMaximum(std::max(1, m_document->pageCount()));
    updatePageLabel();
    printButton->setFocus();
}

ReceiptPreviewDialog::~ReceiptPreviewDialog()
{
    // The view outlives this part of the dialog while QWidget deletes the
    // children, and tells of its page and zoom as it goes: stop listening first.
    disconnect(m_view->pageNavigator(), nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr);
}

int ReceiptPreviewDialog::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void ReceiptPreviewDialog::goToPage(int page)
{
    if (page < 0 || page >= m_document->pageCount())
        return;
    m_view->pageNavigator()->jump(page, QPointF(), m_view->zoomFactor());
    updatePageLabel();
}

void ReceiptPreviewDialog::zoomBy(qreal factor)
{
    const qreal now = m_view->zoomMode() == QPdfView::ZoomMode::Custom ? m_view->zoomFactor() : 1;
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(now * factor, 0.25, 6.0));
    updatePageLabel();
}

void ReceiptPreviewDialog::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updatePageLabel();
}

void ReceiptPreviewDialog::fitPage()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    updatePageLabel();
}

void ReceiptPreviewDialog::updatePageLabel()
{
    const QSignalBlocker quiet(m_page);
    m_page->setValue(currentPage() + 1);
    m_pages->setText(tr("/ %1 页").arg(m_document->pageCount()));
    m_zoom->setText(m_view->zoomMode() == QPdfView::ZoomMode::Custom
                        ? QStringLiteral("%1%").arg(qRound(m_view->zoomFactor() * 100))
                    : m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth ? tr("适合宽度")
                                                                           : tr("整页"));
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
    // The paper the document was laid out for: A4, A5 or the thermal roll's width and length.
    const QSizeF points = m_document->pageCount() > 0 ? m_document->pagePointSize(0) : QSizeF();
    printer.setPageSize(points.isValid()
                            ? QPageSize(points, QPageSize::Point, QString(), QPageSize::FuzzyMatch)
                            : QPageSize(QPageSize::A4));
    printer.setFullPage(true);
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
        this, tr("保存文书"), QFileInfo(m_path).fileName(), tr("PDF 文件 (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(m_path, target))
        QMessageBox::warning(this, tr("保存失败"),
                             tr("无法保存到 %1，请检查磁盘空间和权限。").arg(target));
}

} // namespace OneWindow
