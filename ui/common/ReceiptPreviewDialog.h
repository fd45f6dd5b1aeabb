#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QSpinBox;

namespace OneWindow {

// Shows a paper for the citizen as it will print (QtPdf): zoom in and out,
// fit the width or the whole page, go from page to page; prints it through
// the print dialog on its own paper size (A4, A5 or the thermal roll) or
// saves a copy of the PDF.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `printer`: the counter's printer for this kind of document ("" asks each time).
    explicit ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent = nullptr,
                                  const QString &printer = QString());
    ~ReceiptPreviewDialog() override;

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    QString pdfPath() const { return m_path; }
    // Renders every page onto the printer at its resolution.
    bool printTo(QPrinter &printer);

    int currentPage() const;
    void goToPage(int page);
    void zoomBy(qreal factor);
    void fitWidth();
    void fitPage();

private Q_SLOTS:
    void print();
    void saveAs();

private:
    void updatePageLabel();

    QString m_path;
    QString m_printer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QSpinBox *m_page;
    QLabel *m_pages;
    QLabel *m_zoom;
};

} // namespace OneWindow
