// The preview of a paper for the citizen: every page reachable, zoom in and
// out, fit to width or to the page, and the printer set to the paper's size.
#include "common/ReceiptPreviewDialog.h"
#include "receipts/DocumentRenderer.h"

#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace OneWindow;

namespace {

PrintedDocument longDocument()
{
    PrintedDocument d;
    d.title = QStringLiteral("材料接收清单");
    d.hallName = QStringLiteral("示范区政务服务中心");
    d.counter = QStringLiteral("A01");
    d.clerk = QStringLiteral("王受理");
    d.issuedOn = QDate(2026, 2, 9);
    d.number = QStringLiteral("510107-20260209-00001-M1");
    d.qrText = QStringLiteral("OW-preview-test");
    d.fields << QStringLiteral("文书编号：510107-20260209-00001-M1");
    for (int i = 1; i <= 60; ++i)
        d.item(QStringLiteral("%1. 补充材料第 %1 份（复印件）").arg(i));
    return d;
}

} // namespace

class tst_ReceiptPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAndZoom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        auto rendered = DocumentRenderer::render(longDocument(), PaperLayout::A5, path);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().code));
        QVERIFY(rendered->pages >= 2);

        ReceiptPreviewDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.document()->pageCount(), rendered->pages);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("pageCountLabel"));
        QVERIFY(label->text().contains(QString::number(rendered->pages)));
        QCOMPARE(dialog.currentPage(), 0);
        dialog.findChild<QToolButton *>(QStringLiteral("nextPageButton"))->click();
        QCOMPARE(dialog.currentPage(), 1);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pageSpin"))->value(), 2);
        dialog.findChild<QToolButton *>(QStringLiteral("previousPageButton"))->click();
        QCOMPARE(dialog.currentPage(), 0);
        dialog.findChild<QSpinBox *>(QStringLiteral("pageSpin"))->setValue(rendered->pages);
        QCOMPARE(dialog.currentPage(), rendered->pages - 1);
        // No page past the last.
        dialog.findChild<QToolButton *>(QStringLiteral("nextPageButton"))->click();
        QCOMPARE(dialog.currentPage(), rendered->pages - 1);

        auto *zoom = dialog.findChild<QLabel *>(QStringLiteral("zoomLabel"));
        dialog.findChild<QToolButton *>(QStringLiteral("zoomInButton"))->click();
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QCOMPARE(zoom->text(), QStringLiteral("125%"));
        dialog.findChild<QToolButton *>(QStringLiteral("zoomInButton"))->click();
        dialog.findChild<QToolButton *>(QStringLiteral("zoomOutButton"))->click();
        QCOMPARE(zoom->text(), QStringLiteral("125%"));
        dialog.findChild<QToolButton *>(QStringLiteral("fitWidthButton"))->click();
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        dialog.findChild<QToolButton *>(QStringLiteral("fitPageButton"))->click();
        QCOMPARE(dialog.view()->zoomMode(), QPdfView::ZoomMode::FitInView);
    }
};

QTEST_MAIN(tst_ReceiptPreviewDialog)
#include "tst_ReceiptPreviewDialog.moc"
