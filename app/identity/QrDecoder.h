#pragma once

#include <QImage>
#include <QString>

namespace OneWindow {

// The one wrapper around ZXing: no other file includes a ZXing header, so a
// ZXing upgrade (2.x renames the API) touches only QrDecoder.cpp.
class QrDecoder
{
public:
    struct Decoded
    {
        bool found = false;
        QString text;
    };

    static Decoded decode(const QImage &image);
};

} // namespace OneWindow
