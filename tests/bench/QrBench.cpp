#include "QrBench.h"

#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "receipts/QrCodeEncoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace OneWindow {

namespace {

const QByteArray kBenchKey = QByteArray::fromHex("00112233445566778899aabbccddeeff");

QString frameText(int i)
{
    if (i % 3 == 2)
        return QStringLiteral("https://zwfw.example.gov.cn/track?c=YC2026112400%1").arg(1000 + i);
    if (i % 3 == 1)
        return QrPayload::appointment(QStringLiteral("AP-%1").arg(i), QStringLiteral("510107"),
                                      QStringLiteral("marriage-registration"),
                                      QDateTime(QDate(2026, 12, 8), QTime(9, 30)))
            .sign(kBenchKey)
            .value();
    return QrPayload::receiptTracking(QStringLiteral("YC2026112400%1").arg(1000 + i),
                                      QStringLiteral("510107"), QDate(2026, 11, 24))
        .sign(kBenchKey)
        .value();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = size_t(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::min(index, values.size() - 1));
}

double rounded(double ms)
{
    return std::round(ms * 100.0) / 100.0;
}

} // namespace

QrBench::QrBench(int frames, quint32 seed)
    : m_frames(frames)
    , m_seed(seed)
{}

QList<QrBench::Frame> QrBench::generate() const
{
    QRandomGenerator random(m_seed);
    QList<Frame> frames;
    for (int i = 0; i < m_frames; ++i) {
        const QString text = frameText(i);
        const QImage code = QrCodeEncoder::encode(text, 1).value(); // one pixel per module
        // The code covers 2.5 to 5 pixels per module: a phone or receipt held
        // at arm's length in front of a 1080p counter camera.
        const double ppm = 2.5 + 2.5 * random.generateDouble();
        const int side = int(code.width() * ppm);
        QImage gray(1920, 1080, QImage::Format_Grayscale8);
        {
            QImage rgb(1920, 1080, QImage::Format_RGB32);
            rgb.fill(QColor(120 + random.bounded(60), 110 + random.bounded(60), 100));
            QPainter painter(&rgb);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.setRenderHint(QPainter::Antialiasing);
            // Clutter: a desk edge, a keyboard, a sheet of paper.
            painter.fillRect(0, 820, 1920, 260, QColor(70, 60, 55));
            painter.fillRect(200 + random.bounded(400), 860, 700, 180, QColor(40, 40, 45));
            painter.fillRect(1300, 100 + random.bounded(200), 420, 560, QColor(235, 235, 230));
            const bool inverted = random.bounded(5) == 0; // a dark-mode phone screen
            QImage shown = code.convertToFormat(QImage::Format_RGB32);
            if (inverted)
                shown.invertPixels();
            const double angle = random.bounded(40) - 20.0;
            const int cx = 300 + random.bounded(1300);
            const int cy = 200 + random.bounded(600);
            QTransform t;
            t.translate(cx, cy);
            t.rotate(angle);
            t.scale(double(side) / code.width(), double(side) / code.height());
            t.translate(-code.width() / 2.0, -code.height() / 2.0);
            painter.setTransform(t);
            painter.drawImage(0, 0, shown);
            painter.end();
            // Out of focus: a down-and-up rescale is a cheap, camera-like blur.
            const double blur = 1.0 + random.generateDouble() * 0.8;
            rgb = rgb.scaled(int(1920 / blur), int(1080 / blur), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation)
                      .scaled(1920, 1080, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            gray = rgb.convertToFormat(QImage::Format_Grayscale8);
        }
        // Light falling off from one side, and sensor noise.
        const double darkest = 0.45 + 0.4 * random.generateDouble();
        const int noise = 4 + random.bounded(10);
        for (int y = 0; y < gray.height(); ++y) {
            uchar *line = gray.scanLine(y);
            for (int x = 0; x < gray.width(); ++x) {
                const double light = darkest + (1.0 - darkest) * x / 1920.0;
                const int n = random.bounded(2 * noise + 1) - noise;
                line[x] = uchar(qBound(0, int(line[x] * light) + n, 255));
            }
        }
        frames.append({gray.convertToFormat(QImage::Format_RGB32), text});
    }
    return frames;
}

namespace {

// One decoder's figures over the frames.
struct Figures
{
    std::vector<double> ms;
    int found = 0;
    int wrong = 0;
    QMap<QString, int> methods;

    bool add(const QrDecoder::Decoded &d, double elapsedMs, const QString &expected)
    {
        ms.push_back(elapsedMs);
        if (!d.found)
            return false;
        ++methods[d.method];
        if (d.text != expected) {
            ++wrong;
            return false;
        }
        ++found;
        return true;
    }

    QJsonObject methodCounts() const
    {
        QJsonObject byMethod;
        for (auto it = methods.cbegin(); it != methods.cend(); ++it)
            byMethod.insert(it.key(), it.value());
        return byMethod;
    }
};

// The decoder's answer and how long it took, in milliseconds.
template <typename Decode>
std::pair<QrDecoder::Decoded, double> timed(Decode decode, const QImage &image)
{
    QElapsedTimer timer;
    timer.start();
    QrDecoder::Decoded d = decode(image);
    return {d, double(timer.nsecsElapsed()) / 1e6};
}

} // namespace

QJsonObject QrBench::run() const
{
    const QList<Frame> frames = generate();
    Figures camera, thorough, baseline;
    // Frames the thorough path read and the camera path did not: what the
    // time bound costs (a camera gets the next frame; these figures do not).
    int cameraMissed = 0;
    for (const Frame &f : frames) {
        const auto [cd, cms] = timed(&QrDecoder::decodeFrame, f.image);
        const bool c = camera.add(cd, cms, f.text);
        const auto [td, tms] = timed(&QrDecoder::decode, f.image);
        const bool t = thorough.add(td, tms, f.text);
        const auto [bd, bms] = timed(&QrDecoder::decodeBaseline, f.image);
        baseline.add(bd, bms, f.text);
        if (t && !c)
            ++cameraMissed;
    }
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("qr")},
        {QStringLiteral("frames"), int(frames.size())},
        {QStringLiteral("width"), 1920},
        {QStringLiteral("height"), 1080},
        // The camera path (QrDecoder::decodeFrame, what FrameDecodeWorker runs).
        {QStringLiteral("decode_p50_ms"), rounded(percentile(camera.ms, 0.50))},
        {QStringLiteral("decode_p95_ms"), rounded(percentile(camera.ms, 0.95))},
        {QStringLiteral("decode_max_ms"), rounded(percentile(camera.ms, 1.0))},
        {QStringLiteral("found"), camera.found},
        {QStringLiteral("wrong"), camera.wrong},
        {QStringLiteral("methods"), camera.methodCounts()},
        {QStringLiteral("camera_missed_thorough_found"), cameraMissed},
        // The thorough path (QrDecoder::decode: image files, the CLI).
        {QStringLiteral("thorough_p50_ms"), rounded(percentile(thorough.ms, 0.50))},
        {QStringLiteral("thorough_p95_ms"), rounded(percentile(thorough.ms, 0.95))},
        {QStringLiteral("thorough_max_ms"), rounded(percentile(thorough.ms, 1.0))},
        {QStringLiteral("thorough_found"), thorough.found},
        {QStringLiteral("thorough_wrong"), thorough.wrong},
        {QStringLiteral("thorough_methods"), thorough.methodCounts()},
        // ZXing 1.4 alone.
        {QStringLiteral("baseline_p50_ms"), rounded(percentile(baseline.ms, 0.50))},
        {QStringLiteral("baseline_p95_ms"), rounded(percentile(baseline.ms, 0.95))},
        {QStringLiteral("baseline_found"), baseline.found},
        {QStringLiteral("baseline_wrong"), baseline.wrong},
    };
}

} // namespace OneWindow
