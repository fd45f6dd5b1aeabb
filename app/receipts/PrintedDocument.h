#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace OneWindow {

// A paper the citizen takes home, independent of the paper it is printed on:
// what it says, block by block. The builders in app/documents/ fill it from
// stored data; DocumentRenderer sets it on A4, A5 or a thermal roll. Every
// text is printed as given (ASCII double quotes become Chinese ones), wrapped
// to the width, never cut or shrunk.
struct PrintedDocument
{
    struct Block
    {
        enum class Kind
        {
            Heading,   // a section title, bold
            Paragraph, // running text
            Item,      // a numbered or listed line, indented
            Note,      // a line under an item (a reason), smaller and further in
            Emphasis,  // one bold line (the promised date)
            Table,     // header + rows: a grid on a sheet, lines on a roll
            Signature, // a label and a line to sign on
            PageBreak, // the next block starts a new sheet (a cut mark on a roll)
        };
        Kind kind = Kind::Paragraph;
        QString text;
        QStringList header;         // Table
        QList<QStringList> rows;    // Table
        QList<qreal> columnWeights; // Table: relative widths, one per column
    };

    QString title;       // 受理回执, 补齐补正通知书 …
    QString hallName;    // printed under the title and in the sign-off
    QString counter;     // the counter that issued it
    QString clerk;       // who issued it (display name)
    QDate issuedOn;      // the document's date
    QString number;      // the document's own number (a case number for receipts)
    QString reprintMark; // "补打（COPY）…" on a reprint, empty on the original
    QStringList fields;  // the header fields, beside the QR code on a sheet
    QString qrText;      // signed payload; required
    QStringList qrCaption;
    QList<Block> body;
    QStringList footer; // small print after the sign-off
    // The PDF's title in its metadata: the kind and the number, nothing personal.
    QString pdfTitle;
    // The English edition: the renderer's own words (sign-off, pages) in English.
    bool english = false;

    void heading(const QString &t) { body.append({Block::Kind::Heading, t, {}, {}, {}}); }
    void paragraph(const QString &t) { body.append({Block::Kind::Paragraph, t, {}, {}, {}}); }
    void item(const QString &t) { body.append({Block::Kind::Item, t, {}, {}, {}}); }
    void note(const QString &t) { body.append({Block::Kind::Note, t, {}, {}, {}}); }
    void emphasis(const QString &t) { body.append({Block::Kind::Emphasis, t, {}, {}, {}}); }
    void signature(const QString &label)
    {
        body.append({Block::Kind::Signature, label, {}, {}, {}});
    }
    void pageBreak() { body.append({Block::Kind::PageBreak, {}, {}, {}, {}}); }
    void table(const QStringList &head, const QList<QStringList> &rows, const QList<qreal> &weights)
    {
        body.append({Block::Kind::Table, {}, head, rows, weights});
    }
};

} // namespace OneWindow
