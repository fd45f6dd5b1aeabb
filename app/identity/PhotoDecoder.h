#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QImage>
#include <QLibrary>
#include <QString>

namespace OneWindow {

// Plugin point for the card photo. The photo is 1024 bytes of WLT, a proprietary
// compression with no open decoder; vendors ship their own (libwlt2bmp.so, WltRS.dll)
// with differing entry points. We call one C entry point, which a few lines of adapter
// around the vendor library provide:
//
//   extern "C" int onewindow_wlt_decode(const unsigned char *wlt, int wltSize,
//                                       unsigned char *bmp, int bmpCapacity);
//
// It writes a BMP (102×126, 24-bit: 38,862 bytes) and returns its size, or a negative
// number on failure. Without a configured library every photo is "photo-unavailable".
class PhotoDecoder
{
public:
    static constexpr const char *kEntryPoint = "onewindow_wlt_decode";
    static constexpr int kBmpCapacity = 64 * 1024;

    PhotoDecoder() = default;
    ~PhotoDecoder();
    PhotoDecoder(const PhotoDecoder &) = delete;
    PhotoDecoder &operator=(const PhotoDecoder &) = delete;

    // Loads the adapter library from the path in the settings. Errors: "load-failed",
    // "no-entry-point". An empty path unloads and succeeds.
    Status load(const QString &libraryPath);
    bool isAvailable() const { return m_decode != nullptr; }

    // Errors: "photo-unavailable" (no decoder), "photo-empty", "decode-failed".
    Result<QImage> decode(const QByteArray &wlt) const;

private:
    using DecodeFunction = int (*)(const unsigned char *, int, unsigned char *, int);

    QLibrary m_library;
    DecodeFunction m_decode = nullptr;
};

} // namespace OneWindow
