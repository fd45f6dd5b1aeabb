#include "identity/QrDecoder.h"
#include "receipts/QrCodeEncoder.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

using namespace OneWindow;

namespace {

QImage encoded(const QString &text, int moduleSize = 6)
{
    auto result = QrCodeEncoder::encode(text, moduleSize);
    if (!result.ok())
        qFatal("encode failed: %s", qPrintable(result.error().detail));
    return result.value();
}

// Puts `code` on a larger light-grey canvas, as a camera frame would show it.
QImage onCanvas(const QImage &code, int margin, QColor background = QColor(230, 230, 230))
{
    QImage canvas(code.width() + 2 * margin, code.height() + 2 * margin, QImage::Format_RGB32);
    canvas.fill(background);
    QPainter painter(&canvas);
    painter.drawImage(margin, margin, code);
    return canvas;
}

QImage rotated(const QImage &image, qreal degrees)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32)
                     .transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    // Corners uncovered by the rotation come out black; a photo would show paper.
    QImage flat(out.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, out.convertToFormat(QImage::Format_ARGB32));
    return flat;
}

} // namespace

class tst_QrDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("transform");

        const QStringList texts = {
            QStringLiteral("YC20261124000017"),
            QStringLiteral("https://zwfw.example.gov.cn/track?c=YC20261124000017&v=1"),
            QStringLiteral("新生儿出生一件事：受理编号YC20261124000017"),
            QStringLiteral("预约码 AP-0091 · 婚姻登记（民政）· 2026-12-08 09:30"),
        };
        const QStringList transforms = {
            QStringLiteral("plain"), QStringLiteral("rotate90"), QStringLiteral("rotate15"),
            QStringLiteral("small"), QStringLiteral("inverted"), QStringLiteral("transparent"),
        };
        for (int t = 0; t < texts.size(); ++t)
            for (const QString &transform : transforms)
                QTest::addRow("text%d-%s", t, qPrintable(transform)) << texts.at(t) << transform;
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, transform);

        QImage image = encoded(text);
        if (transform == QLatin1String("rotate90")) {
            image = onCanvas(rotated(image, 90), 40);
        } else if (transform == QLatin1String("rotate15")) {
            image = onCanvas(rotated(image, 15), 40);
        } else if (transform == QLatin1String("small")) {
            // About 2 pixels per module, smoothed: a code far from the camera.
            const int modules = image.width() / 6;
            image = image.scaled(modules * 2, modules * 2, Qt::IgnoreAspectRatio,
                                 Qt::SmoothTransformation);
        } else if (transform == QLatin1String("inverted")) {
            image = onCanvas(image, 30, Qt::white);
            image.invertPixels(); // white modules on black, as in a dark-mode app
        } else if (transform == QLatin1String("transparent")) {
            // Black modules on a transparent background, as some apps export PNGs.
            QImage argb(image.size(), QImage::Format_ARGB32);
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    argb.setPixel(x, y,
                                  qGray(image.pixel(x, y)) < 128 ? qRgba(0, 0, 0, 255)
                                                                 : qRgba(0, 0, 0, 0));
            image = argb;
        } else {
            image = onCanvas(image, 25);
        }

        const QrDecoder::Decoded decoded = QrDecoder::decode(image);
        QVERIFY2(decoded.found, qPrintable(transform));
        QCOMPARE(decoded.text, text);
    }

    void nothingFound_data()
    {
        QTest::addColumn<QImage>("image");

        QImage white(400, 400, QImage::Format_RGB32);
        white.fill(Qt::white);
        QImage black(400, 400, QImage::Format_Grayscale8);
        black.fill(0);

        QImage noise(500, 500, QImage::Format_Grayscale8);
        QRandomGenerator random(20261124); // fixed seed: the same image on every run
        for (int y = 0; y < noise.height(); ++y) {
            uchar *line = noise.scanLine(y);
            for (int x = 0; x < noise.width(); ++x)
                line[x] = random.bounded(2) ? 255 : 0;
        }
        // Blocky noise looks more like QR modules than pixel noise does.
        QImage blocks = noise.copy(0, 0, 50, 50).scaled(500, 500);

        // A QR code with its middle third torn away.
        QImage torn = onCanvas(encoded(QStringLiteral("YC20261124000017")), 30);
        QPainter(&torn).fillRect(torn.width() / 3, 0, torn.width() / 3, torn.height(), Qt::white);

        QTest::newRow("null") << QImage();
        QImage tiny(5, 5, QImage::Format_RGB32);
        tiny.fill(Qt::black);
        QTest::newRow("tiny") << tiny;
        QTest::newRow("white") << white;
        QTest::newRow("black") << black;
        QTest::newRow("noise") << noise;
        QTest::newRow("block noise") << blocks;
        QTest::newRow("torn code") << torn;
    }

    void nothingFound()
    {
        QFETCH(QImage, image);
        const QrDecoder::Decoded decoded = QrDecoder::decode(image);
        QVERIFY2(!decoded.found, qPrintable(decoded.text));
        QVERIFY(decoded.text.isEmpty());
    }
};

QTEST_MAIN(tst_QrDecoder)
#include "tst_QrDecoder.moc"
