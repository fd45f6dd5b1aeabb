#pragma once

#include <QDialog>

class QPdfDocument;
class QPdfView;
class QPrinter;

namespace OneWindow {

// Shows a receipt PDF as it will print (QtPdf) and prints or saves it.
class ReceiptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `printer`: the counter's printer for this kind of document ("" asks each time).
    explicit ReceiptPreviewDialog(const QString &pdfPath, QWidget *parent = nullptr,
                                  const QString &printer = QString());

    QPdfDocument *document() const { return m_document; }
    QString pdfPath() const { return m_path; }
    // Renders every page onto the printer at its resolution.
    bool printTo(QPrinter &printer);

private Q_SLOTS:
    void print();
    void saveAs();

private:
    QString m_path;
    QString m_printer;
    QPdfDocument *m_document;
    QPdfView *m_view;
};

} // namespace OneWindow
