#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OneWindow {

// The papers a counter prints on: an A4 or A5 sheet, or an 80 mm thermal
// receipt roll (72 mm printable, a page as long as its content). The keys are
// what settings, the command line and the database store.
enum class PaperLayout
{
    A4,
    A5,
    Thermal80,
};

// How a document is set on one paper: page width (and height, 0 for a roll),
// margins, point sizes and the QR code's side, in millimetres and points.
struct PaperGeometry
{
    qreal widthMm = 210;
    qreal heightMm = 297; // 0: a continuous roll, the page as long as the content
    qreal marginMm = 18;  // left and right
    qreal topMm = 16;
    qreal bottomMm = 16;
    qreal titlePt = 22;
    qreal subtitlePt = 13;
    qreal headingPt = 12.5;
    qreal bodyPt = 11;
    qreal smallPt = 9.5;
    qreal qrMm = 34;
    bool qrBesideFields = true; // else centred below them (a narrow roll)
    bool tablesAsGrid = true;   // else each row as lines (a narrow roll)

    bool isRoll() const { return heightMm <= 0; }
};

class PaperLayouts
{
public:
    static QString key(PaperLayout layout); // "a4", "a5", "thermal80"
    static std::optional<PaperLayout> fromKey(const QString &key);
    static QList<PaperLayout> all();
    static PaperGeometry geometry(PaperLayout layout);
};

} // namespace OneWindow
