#include "identity/QrDecoder.h"

// text() returns UTF-8 std::string instead of the deprecated std::wstring.
#define ZX_USE_UTF8 1
#include <ZXing/BarcodeFormat.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

#include <QPainter>

#include <string>

namespace OneWindow {

namespace {

QImage toGrayscale(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);

    // Transparent pixels have no colour (often black); a transparent PNG with
    // black modules would otherwise turn into a black square.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

QrDecoder::Decoded read(const QImage &gray)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    // No character set hint: ZXing's guess reads un-flagged UTF-8 (ours, phone
    // apps) correctly and still honours ECI and the ISO 8859-1 default.

    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    const std::string text = result.text();
    return {true, QString::fromUtf8(text.data(), qsizetype(text.size()))};
}

} // namespace

QrDecoder::Decoded QrDecoder::decode(const QImage &image)
{
    if (image.isNull() || image.width() < 21 || image.height() < 21)
        return {};

    QImage gray = toGrayscale(image);
    if (gray.isNull())
        return {};

    Decoded decoded = read(gray);
    if (decoded.found)
        return decoded;

    // ZXing 1.4 has no tryInvert: white-on-black codes (dark-mode phone screens)
    // are found only on the inverted image.
    gray.invertPixels();
    return read(gray);
}

} // namespace OneWindow
