#pragma once

#include <QDialog>

class QPdfDocument;
class QPdfView;
class QPrinter;

namespace OneWindow {

// Shows a receipt PDF as it will print (QtPdf), inside the window it was opened
// from, and prints or saves it. Print (P, or Enter as it has the focus) goes
// straight to the counter's default printer; "Printer…" chooses another one.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent = nullptr);

    QPdfDocument *document() const { return m_document; }
    QString pdfPath() const { return m_path; }
    // Renders every page onto the printer at its resolution.
    bool printTo(QPrinter &printer);
    // Prints into this PDF file instead of a printer (a counter without a
    // printer saving its papers, and the tests).
    void setOutputFile(const QString &path) { m_outputFile = path; }

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
    void printWith(QPrinter &printer);
    void placeInsideOwner();

    QString m_path;
    QString m_outputFile;
    QPdfDocument *m_document;
    QPdfView *m_view;
};

} // namespace OneWindow
