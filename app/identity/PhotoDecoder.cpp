#include "identity/PhotoDecoder.h"

#include <QLoggingCategory>

namespace OneWindow {

Q_LOGGING_CATEGORY(lcPhotoDecoder, "onewindow.identity")

PhotoDecoder::~PhotoDecoder()
{
    // Vendor libraries are not always safe to unload while others use them; we loaded
    // it, we unload it, and only here.
    m_decode = nullptr;
    if (m_library.isLoaded())
        m_library.unload();
}

Status PhotoDecoder::load(const QString &libraryPath)
{
    m_decode = nullptr;
    if (m_library.isLoaded())
        m_library.unload();
    if (libraryPath.isEmpty())
        return Status::success();

    m_library.setFileName(libraryPath);
    if (!m_library.load()) {
        qCWarning(lcPhotoDecoder) << "photo decoder not loaded:" << m_library.errorString();
        return Status::failure(QStringLiteral("load-failed"), m_library.errorString());
    }
    m_decode = reinterpret_cast<DecodeFunction>(m_library.resolve(kEntryPoint));
    if (!m_decode) {
        m_library.unload();
        return Status::failure(QStringLiteral("no-entry-point"),
                               QStringLiteral("%1 has no %2").arg(libraryPath, kEntryPoint));
    }
    return Status::success();
}

Result<QImage> PhotoDecoder::decode(const QByteArray &wlt) const
{
    if (!m_decode)
        return Result<QImage>::failure(QStringLiteral("photo-unavailable"),
                                       QStringLiteral("no WLT decoder configured"));
    if (wlt.isEmpty())
        return Result<QImage>::failure(QStringLiteral("photo-empty"));
    QByteArray bmp(kBmpCapacity, '\0');
    const int size =
        m_decode(reinterpret_cast<const unsigned char *>(wlt.constData()), int(wlt.size()),
                 reinterpret_cast<unsigned char *>(bmp.data()), int(bmp.size()));
    if (size <= 0 || size > bmp.size())
        return Result<QImage>::failure(QStringLiteral("decode-failed"),
                                       QStringLiteral("decoder returned %1").arg(size));
    QImage image;
    if (!image.loadFromData(reinterpret_cast<const uchar *>(bmp.constData()), size, "BMP"))
        return Result<QImage>::failure(QStringLiteral("decode-failed"),
                                       QStringLiteral("decoder output is not a BMP"));
    return image;
}

} // namespace OneWindow
