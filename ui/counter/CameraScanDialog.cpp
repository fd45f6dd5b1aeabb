#include "counter/CameraScanDialog.h"

#include "common/Theme.h"

#include "identity/FrameDecodeWorker.h"

#include <QCamera>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

namespace OneWindow {

CameraScanDialog::CameraScanDialog(QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_worker(new FrameDecodeWorker(this))
{
    setObjectName(QStringLiteral("cameraScanDialog"));
    setWindowTitle(tr("摄像头扫码"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setWordWrap(true);

    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        m_status->setText(tr("没有找到摄像头。请连接摄像头，或使用扫码枪、识别二维码图片。"));
    } else {
        m_camera = new QCamera(device, this);
        m_session = new QMediaCaptureSession(this);
        m_preview = new QVideoWidget(this);
        m_session->setCamera(m_camera);
        m_session->setVideoOutput(m_preview);
        layout->addWidget(m_preview, 1);
        // The preview's sink sees every frame; decoding takes copies off the GUI thread.
        connect(m_preview->videoSink(), &QVideoSink::videoFrameChanged, this,
                [this](const QVideoFrame &frame) { submitFrame(frame.toImage()); });
        connect(m_camera, &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &text) {
                    m_status->setText(tr("摄像头出错：%1").arg(text));
                });
        m_status->setText(tr("请将二维码对准摄像头。"));
        m_camera->start();
    }
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setIcon(Theme::icon(QStringLiteral("x")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_worker, &FrameDecodeWorker::decoded, this, [this](const QString &text) {
        if (m_done)
            return; // a code seen in several frames is reported once
        m_done = true;
        if (m_camera)
            m_camera->stop();
        Q_EMIT scanned(text);
        accept();
    });
}

CameraScanDialog::~CameraScanDialog()
{
    if (m_camera)
        m_camera->stop();
}

void CameraScanDialog::submitFrame(const QImage &frame)
{
    if (!m_done && !frame.isNull())
        m_worker->submit(frame);
}

} // namespace OneWindow
