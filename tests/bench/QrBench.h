#pragma once

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OneWindow {

// `onewindow-bench qr`: QR decoding time on 1920×1080 camera-like frames it
// generates itself (a code small in the frame, blur, noise, uneven light,
// some inverted as on dark-mode phones): the camera path (decodeFrame), the
// thorough path (decode) and ZXing alone.
class QrBench
{
public:
    struct Frame
    {
        QImage image;
        QString text;
    };

    explicit QrBench(int frames = 200, quint32 seed = 20261124);

    QList<Frame> generate() const;
    // Runs the three decoders on every frame; the figures as one JSON object.
    QJsonObject run() const;

private:
    int m_frames;
    quint32 m_seed;
};

} // namespace OneWindow
