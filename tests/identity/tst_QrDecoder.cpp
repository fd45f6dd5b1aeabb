#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "receipts/QrCodeEncoder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

#include <cmath>

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

// --- The damaged set: what a counter camera and real citizens' phones show. ---

const QByteArray kDamageKey = QByteArray::fromHex("00112233445566778899aabbccddeeff");

QString sampleText(int i)
{
    switch (i % 4) {
    case 0:
        return QrPayload::receiptTracking(QStringLiteral("YC2026112400%1").arg(1000 + i),
                                          QStringLiteral("510107"), QDate(2026, 11, 24))
            .sign(kDamageKey)
            .value();
    case 1:
        return QrPayload::appointment(QStringLiteral("AP-%1").arg(91 + i), QStringLiteral("510107"),
                                      QStringLiteral("marriage-registration"),
                                      QDateTime(QDate(2026, 12, 8), QTime(9, 30)))
            .sign(kDamageKey)
            .value();
    case 2:
        return QStringLiteral("https://zwfw.example.gov.cn/track?c=YC2026112400%1").arg(i);
    default:
        return QStringLiteral("新生儿出生一件事：受理编号YC2026112400%1").arg(i);
    }
}

QImage gray(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// Maps the code's black/white to `dark`/`light` levels.
QImage withLevels(const QImage &code, int dark, int light)
{
    QImage out = gray(code);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = uchar(dark + (light - dark) * line[x] / 255);
    }
    return out;
}

QImage boxBlurred(const QImage &image, int radius, int passes)
{
    QImage cur = gray(image);
    const int w = cur.width(), h = cur.height();
    for (int p = 0; p < passes; ++p) {
        QImage next(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                int sum = 0, n = 0;
                for (int dy = -radius; dy <= radius; ++dy) {
                    const int yy = qBound(0, y + dy, h - 1);
                    const uchar *line = cur.constScanLine(yy);
                    for (int dx = -radius; dx <= radius; ++dx, ++n)
                        sum += line[qBound(0, x + dx, w - 1)];
                }
                next.scanLine(y)[x] = uchar(sum / n);
            }
        }
        cur = next;
    }
    return cur;
}

QImage withNoise(const QImage &image, double sigma, quint32 seed)
{
    QImage out = gray(image);
    QRandomGenerator random(seed);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            // Box-Muller: Gaussian sensor noise.
            const double u1 = qMax(1e-9, random.generateDouble());
            const double u2 = random.generateDouble();
            const double n = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2) * sigma;
            line[x] = uchar(qBound(0, int(line[x] + n), 255));
        }
    }
    return out;
}

QImage inPerspective(const QImage &code, double skew)
{
    const QImage src = onCanvas(code, 20, Qt::white);
    const double w = src.width(), h = src.height();
    QTransform t;
    const QPolygonF from({QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)});
    const QPolygonF to({QPointF(w * skew, h * skew * 0.5), QPointF(w * (1 - skew * 0.3), 0),
                        QPointF(w, h), QPointF(w * skew * 0.6, h * (1 - skew * 0.4))});
    QTransform::quadToQuad(from, to, t);
    QImage out(src.size(), QImage::Format_RGB32);
    out.fill(QColor(225, 225, 225));
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(t);
    painter.drawImage(0, 0, src);
    return out;
}

QImage jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPG", quality);
    return QImage::fromData(bytes, "JPG");
}

// Light falling off across the code: a window on one side, shade on the other.
QImage unevenlyLit(const QImage &image, double darkest)
{
    QImage out = gray(image);
    const int w = out.width(), h = out.height();
    for (int y = 0; y < h; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const double t = (double(x) / w + double(y) / h) / 2.0;
            const double light = darkest + (1.0 - darkest) * t;
            line[x] = uchar(qBound(0.0, line[x] * light + 12.0 * (1 - t), 255.0));
        }
    }
    return out;
}

struct DamagedImage
{
    QString kind;
    QString text;
    QImage image;
};

// Deterministic: the same images on every run, generated here rather than
// stored, so the set documents how each damage is made.
QList<DamagedImage> damagedSet()
{
    QList<DamagedImage> set;
    auto add = [&set](const QString &kind, const QString &text, const QImage &image) {
        set.append({kind, text, image});
    };
    const int perKind = 8;
    for (int i = 0; i < perKind; ++i) {
        const QString text = sampleText(i);
        const quint32 seed = 1000u + quint32(i);
        const int module = 4 + i % 3;
        const QImage code = encoded(text, module);

        add(QStringLiteral("rotation"), text, onCanvas(rotated(code, 10 + i * 10), 30));
        add(QStringLiteral("blur"), text,
            boxBlurred(onCanvas(code, 20, Qt::white), qMax(1, module / 2), 2 + i % 2));
        add(QStringLiteral("noise"), text,
            withNoise(onCanvas(code, 20, Qt::white), 40 + 8 * i, seed));
        add(QStringLiteral("perspective"), text, inPerspective(code, 0.10 + 0.03 * i));
        add(QStringLiteral("low-contrast"), text,
            onCanvas(withLevels(code, 110 + i * 2, 130 + i), 20, QColor(128, 128, 128)));
        QImage dark = onCanvas(code, 20, Qt::white);
        dark.invertPixels();
        add(QStringLiteral("inverted"), text, i % 2 ? withNoise(dark, 10, seed) : QImage(dark));
        {
            // 1.3 to 2.0 pixels per module: a code far from the camera.
            const double ppm = 1.3 + 0.1 * i;
            const int side = int(code.width() / module * ppm);
            add(QStringLiteral("tiny"), text,
                onCanvas(code.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                         12, Qt::white));
        }
        {
            // A thumb over one edge, clear of the three finder patterns.
            QImage thumb = onCanvas(code, 20, Qt::white).convertToFormat(QImage::Format_RGB32);
            QPainter painter(&thumb);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(196, 150, 125));
            const double s = code.width();
            const double r = s * (0.10 + 0.01 * i);
            painter.drawEllipse(QPointF(20 + s * 0.62, 20 + s - r * 0.3), r, r * 1.6);
            painter.end();
            add(QStringLiteral("thumb"), text, thumb);
        }
        {
            // A 1920×1080 camera frame with the code at 1.6 to 2.3 pixels per
            // module, every other one on a dark-mode phone screen.
            const double ppm = 1.6 + 0.1 * i;
            const int side = int(code.width() / module * ppm);
            QImage small = code.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .convertToFormat(QImage::Format_RGB32);
            if (i % 2)
                small.invertPixels();
            QImage frame(1920, 1080, QImage::Format_RGB32);
            frame.fill(QColor(150 + i * 5, 140, 130));
            QPainter painter(&frame);
            painter.fillRect(100, 700, 600, 300, QColor(60, 60, 70)); // a desk, a keyboard
            painter.drawImage(300 + i * 150, 200 + i * 60, small);
            painter.end();
            add(QStringLiteral("wide-frame"), text, withNoise(frame, 6, seed));
        }
        add(QStringLiteral("jpeg"), text,
            jpeg(withNoise(onCanvas(code, 20, Qt::white), 12, seed), 15 + 2 * i));
        add(QStringLiteral("lighting"), text,
            unevenlyLit(onCanvas(code, 20, Qt::white), 0.15 + 0.03 * i));
    }
    return set;
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

    // The comparison the issue asks for: ZXing 1.4 alone against decode(), on
    // the same damaged images. decode() must find at least as many of every
    // kind, and neither may ever return a text other than the one encoded.
    void damagedSetAgainstBaseline()
    {
        const QList<DamagedImage> set = damagedSet();
        QMap<QString, int> total, baseline, ours;
        QMap<QString, QStringList> oursMethods;
        int baselineWrong = 0, oursWrong = 0;
        for (const DamagedImage &d : set) {
            ++total[d.kind];
            const QrDecoder::Decoded b = QrDecoder::decodeBaseline(d.image);
            if (b.found && b.text != d.text)
                ++baselineWrong;
            else if (b.found)
                ++baseline[d.kind];
            const QrDecoder::Decoded o = QrDecoder::decode(d.image);
            if (o.found && o.text != d.text)
                ++oursWrong;
            else if (o.found) {
                ++ours[d.kind];
                oursMethods[d.kind] << o.method;
            }
        }
        int sumBaseline = 0, sumOurs = 0;
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            qInfo("%-13s total %2d  baseline %2d  ours %2d  (%s)", qPrintable(it.key()), it.value(),
                  baseline.value(it.key()), ours.value(it.key()),
                  qPrintable(oursMethods.value(it.key()).join(QLatin1Char(' '))));
            sumBaseline += baseline.value(it.key());
            sumOurs += ours.value(it.key());
        }
        qInfo("all           total %2d  baseline %2d  ours %2d", int(set.size()), sumBaseline,
              sumOurs);
        QCOMPARE(oursWrong, 0);
        QCOMPARE(baselineWrong, 0);
        for (auto it = total.cbegin(); it != total.cend(); ++it)
            QVERIFY2(ours.value(it.key()) >= baseline.value(it.key()), qPrintable(it.key()));
        QVERIFY(sumOurs > sumBaseline);
    }

    // The camera path (decodeFrame, what FrameDecodeWorker runs) stops after
    // the cheap attempts. On the wide frames of the damaged set it must still
    // find at least as many as ZXing alone, and on no image of any kind may it
    // return a text other than the one encoded.
    void cameraPathAgainstBaseline()
    {
        const QList<DamagedImage> set = damagedSet();
        QMap<QString, int> total, baseline, camera;
        QMap<QString, QStringList> cameraMethods;
        int cameraWrong = 0;
        for (const DamagedImage &d : set) {
            ++total[d.kind];
            const QrDecoder::Decoded b = QrDecoder::decodeBaseline(d.image);
            if (b.found && b.text == d.text)
                ++baseline[d.kind];
            const QrDecoder::Decoded c = QrDecoder::decodeFrame(d.image);
            if (c.found && c.text != d.text) {
                ++cameraWrong;
                qWarning("wrong text on %s: %s", qPrintable(d.kind), qPrintable(c.text));
            } else if (c.found) {
                ++camera[d.kind];
                cameraMethods[d.kind] << c.method;
            }
        }
        for (auto it = total.cbegin(); it != total.cend(); ++it)
            qInfo("%-13s total %2d  baseline %2d  camera %2d  (%s)", qPrintable(it.key()),
                  it.value(), baseline.value(it.key()), camera.value(it.key()),
                  qPrintable(cameraMethods.value(it.key()).join(QLatin1Char(' '))));
        QCOMPARE(cameraWrong, 0);
        const QString wide = QStringLiteral("wide-frame");
        QCOMPARE(total.value(wide), 8);
        QVERIFY2(camera.value(wide) >= baseline.value(wide),
                 qPrintable(QStringLiteral("camera %1 < baseline %2")
                                .arg(camera.value(wide))
                                .arg(baseline.value(wide))));
    }

    // Inverted codes: ZXing 1.4 alone misses every one of them.
    void invertedNeedsUs()
    {
        QImage dark = onCanvas(encoded(sampleText(0)), 20, Qt::white);
        dark.invertPixels();
        QVERIFY(!QrDecoder::decodeBaseline(dark).found);
        QCOMPARE(QrDecoder::decode(dark).text, sampleText(0));
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

        // A 1920×1080 camera frame of a desk with no code on it: the wide path.
        QImage desk(1920, 1080, QImage::Format_RGB32);
        desk.fill(QColor(150, 140, 130));
        {
            QPainter painter(&desk);
            painter.fillRect(100, 700, 600, 300, QColor(60, 60, 70));
            painter.fillRect(1300, 150, 420, 560, QColor(235, 235, 230));
        }
        QTest::newRow("wide desk") << QImage(withNoise(desk, 6, 7));
        // The torn code small in a wide frame.
        QImage tornFrame = desk.copy();
        QPainter(&tornFrame).drawImage(800, 400, torn);
        QTest::newRow("wide torn code") << tornFrame;
    }

    void nothingFound()
    {
        QFETCH(QImage, image);
        const QrDecoder::Decoded decoded = QrDecoder::decode(image);
        QVERIFY2(!decoded.found, qPrintable(decoded.text));
        QVERIFY(decoded.text.isEmpty());
        const QrDecoder::Decoded frame = QrDecoder::decodeFrame(image);
        QVERIFY2(!frame.found, qPrintable(frame.text));
        QVERIFY(frame.text.isEmpty());
    }
};

QTEST_MAIN(tst_QrDecoder)
#include "tst_QrDecoder.moc"
