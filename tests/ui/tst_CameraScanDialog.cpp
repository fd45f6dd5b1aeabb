#include "counter/CameraScanDialog.h"
#include "receipts/QrCodeEncoder.h"

#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

class tst_CameraScanDialog : public QObject
{
    Q_OBJECT

private:
    // A camera-like frame: the code small, off-centre, on a grey background.
    static QImage frameWith(const QString &text)
    {
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(QColor(120, 120, 120));
        QPainter p(&frame);
        const QImage code = QrCodeEncoder::encode(text, 4).value();
        p.drawImage(QPoint(700, 200), code);
        return frame;
    }

private Q_SLOTS:
    void withoutACameraItSaysSo()
    {
        CameraScanDialog dialog;
        if (dialog.hasCamera())
            QSKIP("this machine has a camera; the message is for machines without one");
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cameraStatus"))
                    ->text()
                    .contains(QStringLiteral("摄像头")));
    }

    void aFrameWithACodeIsReportedOnce()
    {
        CameraScanDialog dialog;
        dialog.open();
        QSignalSpy scanned(&dialog, &CameraScanDialog::scanned);
        const QString text = QStringLiteral("OW1.test-frame-payload");
        // Blank frames first, then the same code in several frames, as a camera delivers them.
        QImage blank(1280, 720, QImage::Format_RGB32);
        blank.fill(Qt::white);
        dialog.submitFrame(blank);
        for (int i = 0; i < 4; ++i)
            dialog.submitFrame(frameWith(text));
        QTRY_COMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), text);
        QTest::qWait(200);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(tst_CameraScanDialog)
#include "tst_CameraScanDialog.moc"
