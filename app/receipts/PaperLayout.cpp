#include "receipts/PaperLayout.h"

namespace OneWindow {

QString PaperLayouts::key(PaperLayout layout)
{
    switch (layout) {
    case PaperLayout::A4:
        return QStringLiteral("a4");
    case PaperLayout::A5:
        return QStringLiteral("a5");
    case PaperLayout::Thermal80:
        return QStringLiteral("thermal80");
    }
    return {};
}

std::optional<PaperLayout> PaperLayouts::fromKey(const QString &key)
{
    for (PaperLayout l : all())
        if (PaperLayouts::key(l) == key)
            return l;
    return std::nullopt;
}

QList<PaperLayout> PaperLayouts::all()
{
    return {PaperLayout::A4, PaperLayout::A5, PaperLayout::Thermal80};
}

PaperGeometry PaperLayouts::geometry(PaperLayout layout)
{
    PaperGeometry g;
    switch (layout) {
    case PaperLayout::A4:
        break;
    case PaperLayout::A5:
        g.widthMm = 148;
        g.heightMm = 210;
        g.marginMm = 12;
        g.topMm = 11;
        g.bottomMm = 11;
        g.titlePt = 17;
        g.subtitlePt = 11;
        g.headingPt = 10.5;
        g.bodyPt = 9.5;
        g.smallPt = 7.5;
        g.qrMm = 28;
        break;
    case PaperLayout::Thermal80:
        // 80 mm roll, 72 mm printable: 4 mm each side. A thermal head prints
        // 8 dots/mm; 8 pt text is about as small as stays legible on it.
        g.widthMm = 80;
        g.heightMm = 0;
        g.marginMm = 4;
        g.topMm = 4;
        g.bottomMm = 10; // room to tear the roll off below the last line
        g.titlePt = 14;
        g.subtitlePt = 9;
        g.headingPt = 9.5;
        g.bodyPt = 8.5;
        g.smallPt = 7.5;
        g.qrMm = 34;
        g.qrBesideFields = false;
        g.tablesAsGrid = false;
        break;
    }
    return g;
}

} // namespace OneWindow
