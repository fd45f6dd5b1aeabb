#include "receipts/QrCodeEncoder.h"

#include <qrencode.h>

#include <QByteArray>

#include <cerrno>
#include <cstring>
#include <memory>

namespace OneWindow {

namespace {

constexpr int kQuietZone = 4; // modules, as ISO/IEC 18004 requires
constexpr int kMaxModuleSize = 64;

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QImage> QrCodeEncoder::encode(const QString &text, int moduleSize)
{
    if (text.isEmpty())
        return Result<QImage>::failure(QStringLiteral("qr-encode-failed"),
                                       QStringLiteral("empty text"));
    if (moduleSize < 1 || moduleSize > kMaxModuleSize)
        return Result<QImage>::failure(QStringLiteral("qr-encode-failed"),
                                       QStringLiteral("module size %1").arg(moduleSize));

    // encodeData takes the exact UTF-8 bytes in 8-bit mode (no NUL truncation, no
    // Kanji-mode reinterpretation); phone scanners read un-flagged bytes as UTF-8.
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
        utf8.size(), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M));
    if (!code) {
        const int err = errno;
        return Result<QImage>::failure(QStringLiteral("qr-encode-failed"),
                                       err == ERANGE ? QStringLiteral("text too long")
                                                     : QString::fromLocal8Bit(std::strerror(err)));
    }

    const int modules = code->width;
    const int side = (modules + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return Result<QImage>::failure(QStringLiteral("qr-encode-failed"),
                                       QStringLiteral("out of memory"));
    image.fill(255);

    for (int y = 0; y < modules; ++y) {
        const unsigned char *row = code->data + y * modules;
        for (int x = 0; x < modules; ++x) {
            if (!(row[x] & 1)) // bit 0 is the module colour; the others are metadata
                continue;
            const int px = (x + kQuietZone) * moduleSize;
            const int py = (y + kQuietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                std::memset(image.scanLine(py + dy) + px, 0, moduleSize);
        }
    }
    return image;
}

} // namespace OneWindow
