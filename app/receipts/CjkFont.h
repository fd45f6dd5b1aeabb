#pragma once

#include <QString>
#include <QStringList>

namespace OneWindow {

// The CJK font receipts are drawn in. Only WenQuanYi Micro Hei qualifies: Qt's PDF
// writer maps some Noto CJK glyphs to Kangxi radicals in the ToUnicode table, so
// pdftotext and screen readers would return different characters than were
// printed. There is deliberately no fallback to Noto.
class CjkFont
{
public:
    // Registers the font once (needs a QGuiApplication) and returns its family
    // name, or an empty string when the font is not available.
    static QString family();

    // Where the font file is looked for, in order: bundled next to the
    // executable (Windows installs), then the Debian package fonts-wqy-microhei.
    static QStringList candidateFiles();
};

} // namespace OneWindow
