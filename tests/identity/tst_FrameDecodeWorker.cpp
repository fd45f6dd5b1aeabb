#include "identity/FrameDecodeWorker.h"
#include "receipts/QrCodeEncoder.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace OneWindow;

class tst_FrameDecodeWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesOffTheGuiThread()
    {
        QImage code = QrCodeEncoder::encode(QStringLiteral("YC20261124000017"), 6).value();
        QThread *decoderThread = nullptr;
        FrameDecodeWorker worker([&decoderThread](const QImage &image) {
            decoderThread = QThread::currentThread();
            return QrDecoder::decode(image);
        });
        QSignalSpy found(&worker, &FrameDecodeWorker::decoded);
        QVERIFY(worker.submit(code));
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("YC20261124000017"));
        QVERIFY(decoderThread != nullptr);
        QVERIFY(decoderThread != QThread::currentThread());
    }

    void framesWithoutCodeAreReportedButNotDecoded()
    {
        FrameDecodeWorker worker;
        QSignalSpy found(&worker, &FrameDecodeWorker::decoded);
        QSignalSpy done(&worker, &FrameDecodeWorker::frameDecoded);
        QImage blank(640, 480, QImage::Format_Grayscale8);
        blank.fill(200);
        worker.submit(blank);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(found.count(), 0);
    }

    // While one frame decodes, only the newest waits; the rest are dropped.
    void dropsFramesWhileBusy()
    {
        QSemaphore started;
        QSemaphore release;
        QAtomicInt calls;
        FrameDecodeWorker worker([&](const QImage &image) {
            calls.fetchAndAddOrdered(1);
            started.release();
            release.acquire();
            return QrDecoder::Decoded{true, QString::number(image.width()), QStringLiteral("fake")};
        });
        QSignalSpy found(&worker, &FrameDecodeWorker::decoded);

        auto frame = [](int width) {
            return QImage(width, 30, QImage::Format_Grayscale8);
        };
        QVERIFY(worker.submit(frame(100)));
        QVERIFY(started.tryAcquire(1, 5000)); // the worker is busy with frame 100
        QVERIFY(worker.submit(frame(101)));   // waits in the mailbox
        QVERIFY(!worker.submit(frame(102)));  // displaces 101
        QVERIFY(!worker.submit(frame(103)));  // displaces 102
        QCOMPARE(worker.droppedFrames(), 2);
        release.release(2);

        QTRY_COMPARE(found.count(), 2);
        QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("100"));
        QCOMPARE(found.at(1).at(0).toString(), QStringLiteral("103"));
        QCOMPARE(calls.loadAcquire(), 2);
        QCOMPARE(worker.submittedFrames(), 4);
        QCOMPARE(worker.decodedFrames(), 2);
        QTRY_VERIFY(worker.isIdle());
    }

    void destroyedWhileBusy()
    {
        QSemaphore started;
        auto worker = std::make_unique<FrameDecodeWorker>([&](const QImage &) {
            started.release();
            QThread::msleep(50);
            return QrDecoder::Decoded{true, QStringLiteral("late"), QStringLiteral("fake")};
        });
        worker->submit(QImage(40, 40, QImage::Format_Grayscale8));
        QVERIFY(started.tryAcquire(1, 5000));
        worker->submit(QImage(41, 41, QImage::Format_Grayscale8));
        worker.reset(); // waits for the frame in progress, never runs the waiting one
        QCoreApplication::processEvents(); // a late result must not reach a dead object
    }
};

QTEST_GUILESS_MAIN(tst_FrameDecodeWorker)
#include "tst_FrameDecodeWorker.moc"
