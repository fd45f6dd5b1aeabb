#pragma once

#include <QDialog>
#include <QImage>

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QVideoSink;
class QVideoWidget;

namespace OneWindow {

class FrameDecodeWorker;

// Reads a QR code held up to the counter's camera. Frames are decoded off the
// GUI thread and dropped while the decoder is busy, so the preview never stalls;
// the first code found closes the dialog.
class CameraScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CameraScanDialog(QWidget *parent = nullptr);
    ~CameraScanDialog() override;

    bool hasCamera() const { return m_camera != nullptr; }

public Q_SLOTS:
    // Every camera frame arrives here (tests feed images directly).
    void submitFrame(const QImage &frame);

Q_SIGNALS:
    void scanned(const QString &text);

private:
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoWidget *m_preview = nullptr;
    QLabel *m_status;
    FrameDecodeWorker *m_worker;
    bool m_done = false;
};

} // namespace OneWindow
