#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QSpinBox;

namespace OneWindow {

// Shows a paper for the citizen as it will print (QtPdf), inside the window it
// was opened from: zoom in and out, fit the width or the whole page, go from
// page to page. Print (P, or Enter as it has the focus) goes straight to the
// counter's printer for this kind of paper (else its default printer) on the
// paper's own size (A4, A5 or the thermal roll); "Printer…" chooses another.
// Or save a copy of the PDF.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `printer`: the counter's printer for this kind of document ("" asks each time).
    explicit ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent = nullptr,
                                  const QString &printer = QString());
    ~ReceiptPreviewDialog() override;

    // Opens a preview that deletes itself when closed. Not modal: the counter goes
    // on (the next card, a lock) while it shows.
    static ReceiptPreviewDialog *showFor(const QString &pdfPath, QWidget *parent,
                                         const QString &printer = QString());

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    QString pdfPath() const { return m_path; }
    // Renders every page onto the printer at its resolution.
    bool printTo(QPrinter &printer);

    // Prints into this PDF file instead of a printer (a counter without a
    // printer saving its papers, and the tests).
    void setOutputFile(const QString &path) { m_outputFile = path; }

    int currentPage() const;
    void goToPage(int page);
    void zoomBy(qreal factor);
    void fitWidth();
    void fitPage();

Q_SIGNALS:
    // A print went out (true) or failed (false).
    void printed(bool ok);

public Q_SLOTS:
    void print();
    void choosePrinter();
    void saveAs();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updatePageLabel();
    void printWith(QPrinter &printer);
    void preparePaper(QPrinter &printer) const;
    void placeInsideOwner();

    QString m_path;
    QString m_printer;
    QString m_outputFile;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QSpinBox *m_page;
    QLabel *m_pages;
    QLabel *m_zoom;
};

} // namespace OneWindow
