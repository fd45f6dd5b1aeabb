#include "identity/FrameDecodeWorker.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace OneWindow {

// The camera path: a frame with nothing readable costs little, and the next
// frame is the next chance; decode()'s thorough cascade is for still images.
FrameDecodeWorker::FrameDecodeWorker(QObject *parent)
    : FrameDecodeWorker(&QrDecoder::decodeFrame, parent)
{}

FrameDecodeWorker::FrameDecodeWorker(DecodeFunction decode, QObject *parent)
    : QObject(parent)
    , m_decode(std::move(decode))
{
    qRegisterMetaType<OneWindow::QrDecoder::Decoded>();
    m_thread.setObjectName(QStringLiteral("FrameDecodeWorker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

FrameDecodeWorker::~FrameDecodeWorker()
{
    {
        QMutexLocker locker(&m_mutex);
        m_pending.reset(); // the frame in progress finishes; nothing new starts
    }
    m_thread.quit();
    m_thread.wait();
    // Its thread has stopped, so it can be deleted from here.
    delete m_context;
}

bool FrameDecodeWorker::submit(const QImage &frame)
{
    QMutexLocker locker(&m_mutex);
    ++m_submitted;
    const bool displaced = m_pending.has_value();
    if (displaced)
        ++m_dropped;
    m_pending = frame;
    if (!m_running) {
        m_running = true;
        QMetaObject::invokeMethod(
            m_context, [this] { drain(); }, Qt::QueuedConnection);
    }
    return !displaced;
}

void FrameDecodeWorker::drain()
{
    for (;;) {
        QImage frame;
        {
            QMutexLocker locker(&m_mutex);
            if (!m_pending) {
                m_running = false;
                return;
            }
            frame = std::move(*m_pending);
            m_pending.reset();
        }
        const QrDecoder::Decoded result = m_decode(frame);
        {
            QMutexLocker locker(&m_mutex);
            ++m_decoded;
        }
        // Delivered in this object's thread; dropped if the worker is gone.
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                Q_EMIT frameDecoded(result);
                if (result.found)
                    Q_EMIT decoded(result.text);
            },
            Qt::QueuedConnection);
    }
}

int FrameDecodeWorker::submittedFrames() const
{
    QMutexLocker locker(&m_mutex);
    return m_submitted;
}

int FrameDecodeWorker::decodedFrames() const
{
    QMutexLocker locker(&m_mutex);
    return m_decoded;
}

int FrameDecodeWorker::droppedFrames() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

bool FrameDecodeWorker::isIdle() const
{
    QMutexLocker locker(&m_mutex);
    return !m_running && !m_pending;
}

} // namespace OneWindow
