#pragma once

#include "identity/QrDecoder.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace OneWindow {

// Decodes camera frames on its own thread so the GUI never waits for ZXing.
// A camera delivers frames faster than a damaged code decodes, so there is a
// single-slot mailbox: while a frame is being decoded, a newer frame replaces
// the one waiting, and the replaced frame is dropped. The newest picture is
// always the next one decoded; nothing queues up.
class FrameDecodeWorker : public QObject
{
    Q_OBJECT

public:
    using DecodeFunction = std::function<QrDecoder::Decoded(const QImage &)>;

    // Decodes with QrDecoder::decodeFrame (the time-bounded camera path).
    explicit FrameDecodeWorker(QObject *parent = nullptr);
    // Tests inject a slow or counting decoder.
    explicit FrameDecodeWorker(DecodeFunction decode, QObject *parent = nullptr);
    ~FrameDecodeWorker() override;

    // Any thread. Returns false when the frame displaced a waiting one (that
    // one is dropped); the frame itself is decoded unless a newer one comes.
    bool submit(const QImage &frame);

    int submittedFrames() const;
    int decodedFrames() const;
    int droppedFrames() const;
    bool isIdle() const;

Q_SIGNALS:
    // In the worker object's thread (the GUI thread), once per frame decoded.
    void frameDecoded(const OneWindow::QrDecoder::Decoded &result);
    // Only for frames where a code was found.
    void decoded(const QString &text);

private:
    void drain(); // runs on m_thread

    DecodeFunction m_decode;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; runs drain()
    mutable QMutex m_mutex;
    std::optional<QImage> m_pending;
    bool m_running = false;
    int m_submitted = 0;
    int m_decoded = 0;
    int m_dropped = 0;
};

} // namespace OneWindow
