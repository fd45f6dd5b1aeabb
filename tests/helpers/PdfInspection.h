#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OneWindow::Test {

// Reads a PDF the way an outsider would: poppler's pdftotext and pdffonts as
// processes, and the raw file with every Flate stream inflated, so a test can
// say what is on the paper and what is anywhere in the file.
class PdfInspection
{
public:
    explicit PdfInspection(const QString &path);

    bool loaded() const { return !m_raw.isEmpty(); }
    // pdftotext's lines (form feeds dropped); empty when pdftotext is missing.
    QStringList textLines() const;
    // All text without any whitespace: for "is this whole text somewhere".
    QString compactText() const;
    // The raw bytes followed by every inflated stream.
    const QByteArray &everything() const { return m_everything; }
    // The text in any encoding the file could hold it in: plain, UTF-16BE, hex.
    bool containsAnywhere(const QString &text) const;
    // The XMP packet (the catalogue's /Metadata stream), "" when there is none.
    QByteArray xmp() const;
    // pdffonts' rows, and whether each font is embedded.
    QStringList fontsNotEmbedded() const;
    int fontCount() const;

    static bool popplerAvailable();

private:
    QString m_path;
    QByteArray m_raw;
    QByteArray m_everything;
    mutable QString m_text;
};

} // namespace OneWindow::Test
