#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>

namespace OneWindow {

// The one wrapper around ZXing: no other file includes a ZXing header, so a
// ZXing upgrade (2.x renames the API) touches only QrDecoder.cpp.
//
// decode() tries ZXing on the image as it is, then on cheap preprocessed
// variants (candidate regions of a wide frame first, inverted, locally
// thresholded, rescaled), cheapest first, stopping at the first hit. A text is
// returned only when ZXing's error correction accepted it; a read of one of
// our own payloads that is structurally broken keeps the search going and is
// returned only when nothing better was read (it is then what the code holds,
// and QrPayload refuses it), so damage yields "not found", never a wrong text.
//
// decodeFrame() is the camera path: the same checks, but only the cheap,
// high-yield attempts, so a frame with nothing readable in it costs little and
// the next frame (33 ms later) gets the next chance.
class QrDecoder
{
public:
    struct Decoded
    {
        bool found = false;
        QString text;
        QString method; // which attempt found it ("plain", "inverted", …), for figures
    };

    // Thorough: image files, the CLI, a still picture that gets no second chance.
    static Decoded decode(const QImage &image);

    // Camera frames. On a wide frame (above 1.2 MP) only the few candidate
    // regions, enlarged, in both polarities, then one full-frame pass without
    // tryHarder; on a smaller frame the whole image in both polarities. No
    // local threshold, no rescaled full-frame passes: those are decode()'s.
    // A fixed set of attempts rather than a clock, so the same frame gives the
    // same answer however loaded the machine is.
    static Decoded decodeFrame(const QImage &frame);

    // ZXing 1.4 alone (ReadBarcode, QR only, tryHarder), nothing else: the
    // baseline that tests and the benchmark compare decode() against.
    static Decoded decodeBaseline(const QImage &image);
};

} // namespace OneWindow

Q_DECLARE_METATYPE(OneWindow::QrDecoder::Decoded)
