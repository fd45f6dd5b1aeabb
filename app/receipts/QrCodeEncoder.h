#pragma once

#include "common/Result.h"

#include <QImage>
#include <QString>

namespace OneWindow {

// libqrencode behind one small class: text in, black-on-white QImage out.
class QrCodeEncoder
{
public:
    // `moduleSize` pixels per module, with the standard 4-module quiet zone.
    static Result<QImage> encode(const QString &text, int moduleSize = 8);
};

} // namespace OneWindow
