#include "identity/QrDecoder.h"

#include "identity/QrPayload.h"

// text() returns UTF-8 std::string instead of the deprecated std::wstring.
#define ZX_USE_UTF8 1
#include <ZXing/BarcodeFormat.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

#include <QPainter>
#include <QRect>
#include <QVector>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace OneWindow {

namespace {

// Above this many pixels a frame is "wide": rescaling all of it costs too much,
// so the expensive attempts run on candidate regions only.
constexpr qint64 kWideFramePixels = 1200 * 1000;

QImage toGrayscale(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);

    // Transparent pixels have no colour (often black); a transparent PNG with
    // black modules would otherwise turn into a black square.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

std::optional<QString> zxRead(const QImage &gray, ZXing::Binarizer binarizer, bool tryHarder)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(tryHarder);
    // Rotation only helps linear codes; QR finder patterns are found at any angle.
    hints.setTryRotate(false);
    hints.setBinarizer(binarizer);
    // No character set hint: ZXing's guess reads un-flagged UTF-8 (ours, phone
    // apps) correctly and still honours ECI and the ISO 8859-1 default.

    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    const std::string text = result.text();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// ZXing's Reed-Solomon check makes a wrong text very unlikely; for our own
// payloads the structure is checked too, so a misread keeps the search going.
bool plausible(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (QrPayload::isOurs(text) &&
        text.startsWith(QStringLiteral("OW%1.").arg(QrPayload::kVersion)))
        return QrPayload::isWellFormed(text);
    return true;
}

QImage inverted(QImage gray)
{
    gray.invertPixels();
    return gray;
}

// Averages 2×2 blocks: halves noise and JPEG ringing, quarter the pixels.
QImage halved(const QImage &gray)
{
    const int w = gray.width() / 2;
    const int h = gray.height() / 2;
    QImage out(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        const uchar *a = gray.constScanLine(2 * y);
        const uchar *b = gray.constScanLine(2 * y + 1);
        uchar *o = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            o[x] = uchar((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) >> 2);
    }
    return out;
}

QImage scaledBy(const QImage &gray, double factor)
{
    const int w = qMax(1, int(gray.width() * factor + 0.5));
    const int h = qMax(1, int(gray.height() * factor + 0.5));
    return gray.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

// Black where a lightly smoothed pixel is darker than the mean of a large
// window around it. Unlike ZXing's 8×8-block binarizer this keeps codes whose
// contrast is below its minimum range (24 levels) and follows uneven light.
QImage localThreshold(const QImage &gray, int radius, int offset)
{
    const int w = gray.width();
    const int h = gray.height();
    const int stride = w + 1;
    std::vector<uint32_t> integral(size_t(stride) * (h + 1), 0);
    for (int y = 0; y < h; ++y) {
        const uchar *line = gray.constScanLine(y);
        uint32_t rowSum = 0;
        uint32_t *above = &integral[size_t(y) * stride];
        uint32_t *row = above + stride;
        for (int x = 0; x < w; ++x) {
            rowSum += line[x];
            row[x + 1] = above[x + 1] + rowSum;
        }
    }
    auto boxSum = [&](int x0, int y0, int x1, int y1) { // inclusive-exclusive
        return integral[size_t(y1) * stride + x1] - integral[size_t(y0) * stride + x1] -
               integral[size_t(y1) * stride + x0] + integral[size_t(y0) * stride + x0];
    };

    QImage out(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar *o = out.scanLine(y);
        const int sy0 = qMax(0, y - 1), sy1 = qMin(h, y + 2);
        const int wy0 = qMax(0, y - radius), wy1 = qMin(h, y + radius + 1);
        for (int x = 0; x < w; ++x) {
            const int sx0 = qMax(0, x - 1), sx1 = qMin(w, x + 2);
            const int wx0 = qMax(0, x - radius), wx1 = qMin(w, x + radius + 1);
            const int64_t smallArea = int64_t(sx1 - sx0) * (sy1 - sy0);
            const int64_t bigArea = int64_t(wx1 - wx0) * (wy1 - wy0);
            const int64_t pixel = int64_t(boxSum(sx0, sy0, sx1, sy1)) * bigArea;
            const int64_t mean = int64_t(boxSum(wx0, wy0, wx1, wy1)) * smallArea;
            o[x] = pixel + int64_t(offset) * smallArea * bigArea < mean ? 0 : 255;
        }
    }
    return out;
}

int thresholdRadius(const QImage &gray)
{
    return qBound(8, qMin(gray.width(), gray.height()) / 10, 60);
}

// Cells of a wide frame dense in strong edges, grouped into boxes, strongest
// first: where a code small in the frame is likely to be.
QVector<QRect> candidateRegions(const QImage &gray, int maxRegions)
{
    constexpr int kScale = 2; // measured on the half-size image: less noise, 4× faster
    constexpr int kCell = 8;  // half-size pixels, 16 full-size pixels
    const QImage half = halved(gray);
    const int cols = half.width() / kCell;
    const int rows = half.height() / kCell;
    if (cols < 2 || rows < 2)
        return {};

    std::vector<int> energy(size_t(cols) * rows, 0);
    for (int y = 0; y + 1 < rows * kCell; ++y) {
        const uchar *line = half.constScanLine(y);
        const uchar *next = half.constScanLine(y + 1);
        int *cellRow = &energy[size_t(y / kCell) * cols];
        for (int x = 0; x + 1 < cols * kCell; ++x) {
            const int g = std::abs(line[x + 1] - line[x]) + std::abs(next[x] - line[x]);
            // Only strong steps count: sensor noise and soft shading add little.
            if (g > 12)
                cellRow[x / kCell] += g;
        }
    }
    const int maxEnergy = *std::max_element(energy.begin(), energy.end());
    if (maxEnergy <= 0)
        return {};
    const int threshold = qMax(maxEnergy * 3 / 10, kCell * kCell * 4);

    // 8-connected components of strong cells.
    std::vector<int> label(energy.size(), -1);
    struct Box
    {
        int x0, y0, x1, y1;
        qint64 sum;
    };
    std::vector<Box> boxes;
    std::vector<int> stack;
    for (int i = 0; i < int(energy.size()); ++i) {
        if (energy[i] < threshold || label[i] >= 0)
            continue;
        Box box{i % cols, i / cols, i % cols, i / cols, 0};
        const int id = int(boxes.size());
        stack.push_back(i);
        label[i] = id;
        while (!stack.empty()) {
            const int c = stack.back();
            stack.pop_back();
            const int cx = c % cols, cy = c / cols;
            box.x0 = qMin(box.x0, cx), box.x1 = qMax(box.x1, cx);
            box.y0 = qMin(box.y0, cy), box.y1 = qMax(box.y1, cy);
            box.sum += energy[c];
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx, ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= cols || ny >= rows)
                        continue;
                    const int n = ny * cols + nx;
                    if (label[n] < 0 && energy[n] >= threshold) {
                        label[n] = id;
                        stack.push_back(n);
                    }
                }
            }
        }
        boxes.push_back(box);
    }
    std::sort(boxes.begin(), boxes.end(), [](const Box &a, const Box &b) { return a.sum > b.sum; });

    QVector<QRect> regions;
    const QRect frame = gray.rect();
    for (const Box &b : boxes) {
        const int bw = b.x1 - b.x0 + 1, bh = b.y1 - b.y0 + 1;
        if (bw * bh < 2 || bw > 4 * bh || bh > 4 * bw)
            continue; // a lone cell or a line of text, not a square code
        const int side = qMax(bw, bh) * kCell * kScale;
        const int margin = side / 3 + kCell * kScale;
        QRect r((b.x0 * kCell) * kScale - margin, (b.y0 * kCell) * kScale - margin,
                bw * kCell * kScale + 2 * margin, bh * kCell * kScale + 2 * margin);
        regions << (r & frame);
        if (regions.size() >= maxRegions)
            break;
    }
    return regions;
}

class Attempts
{
public:
    explicit Attempts(QrDecoder::Decoded &result)
        : m_result(result)
    {}

    // True when `gray` held a plausible text; stops the search.
    bool tryRead(const QString &method, const QImage &gray,
                 ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage, bool tryHarder = true)
    {
        if (gray.width() < 21 || gray.height() < 21)
            return false;
        const std::optional<QString> text = zxRead(gray, binarizer, tryHarder);
        if (!text)
            return false;
        if (!plausible(*text)) {
            if (!m_implausible)
                m_implausible =
                    QrDecoder::Decoded{true, *text, method + QStringLiteral("-unverified")};
            return false;
        }
        m_result = {true, *text, method};
        return true;
    }

    // A binarized image in both polarities: dark modules on light, then light on dark.
    bool tryBinary(const QString &method, const QImage &binary)
    {
        return tryRead(method, binary, ZXing::Binarizer::FixedThreshold, true) ||
               tryRead(method + QStringLiteral("-inverted"), inverted(binary),
                       ZXing::Binarizer::FixedThreshold, true);
    }

    // What ZXing read that looked like a broken payload of ours. Returned only
    // when no attempt read anything better: then it is what the code holds (a
    // forged or damaged payload), and the payload check refuses it visibly.
    std::optional<QrDecoder::Decoded> implausible() const { return m_implausible; }

private:
    QrDecoder::Decoded &m_result;
    std::optional<QrDecoder::Decoded> m_implausible;
};

bool decodeRegion(Attempts &attempts, const QImage &region, const QString &name)
{
    // `region` is already enlarged; here ZXing tries harder, then our threshold.
    return attempts.tryRead(name, region) ||
           attempts.tryRead(name + QStringLiteral("-inverted"), inverted(region)) ||
           attempts.tryBinary(name + QStringLiteral("-threshold"),
                              localThreshold(region, thresholdRadius(region), 2));
}

// The candidate regions of a wide frame, each enlarged to about 4 pixels per
// module at least: ZXing samples blurred modules of 2 to 3 pixels far more
// reliably once enlarged.
QVector<QImage> regionCrops(const QImage &gray)
{
    QVector<QImage> crops;
    for (const QRect &r : candidateRegions(gray, 3)) {
        const QImage crop = gray.copy(r);
        const int side = qMax(crop.width(), crop.height());
        crops << (side < 400 ? scaledBy(crop, qMin(3.0, 400.0 / side)) : crop);
    }
    return crops;
}

// The cheapest attempts on a wide frame: each candidate region as it is and
// inverted, without tryHarder. Most codes in camera frames are found here.
bool searchRegions(const QVector<QImage> &crops, Attempts &attempts)
{
    for (const QImage &crop : crops) {
        if (attempts.tryRead(QStringLiteral("region"), crop, ZXing::Binarizer::LocalAverage,
                             false) ||
            attempts.tryRead(QStringLiteral("region-inverted"), inverted(crop),
                             ZXing::Binarizer::LocalAverage, false))
            return true;
    }
    return false;
}

bool isWide(const QImage &gray)
{
    return qint64(gray.width()) * gray.height() > kWideFramePixels;
}

// The camera path: the cheap, high-yield attempts and nothing after them.
bool searchFrame(const QImage &gray, Attempts &attempts)
{
    if (isWide(gray)) {
        if (searchRegions(regionCrops(gray), attempts))
            return true;
        // One full-frame pass, without tryHarder: a code large in the frame,
        // or one the edge measure ranked below clutter.
        return attempts.tryRead(QStringLiteral("frame"), gray, ZXing::Binarizer::LocalAverage,
                                false);
    }
    // A small frame costs little as a whole: as it is, then inverted.
    return attempts.tryRead(QStringLiteral("plain"), gray) ||
           attempts.tryRead(QStringLiteral("inverted"), inverted(gray));
}

bool search(const QImage &gray, Attempts &attempts)
{
    if (isWide(gray)) {
        // A camera frame: the code is usually small in it. Reading only the
        // few regions dense in edges costs a fraction of a full-frame pass,
        // in both polarities; the full frame follows if they hold nothing.
        const QVector<QImage> crops = regionCrops(gray);
        if (searchRegions(crops, attempts))
            return true;
        if (attempts.tryRead(QStringLiteral("plain"), gray) ||
            attempts.tryRead(QStringLiteral("inverted"), inverted(gray)))
            return true;
        for (const QImage &crop : crops) {
            if (decodeRegion(attempts, crop, QStringLiteral("region")))
                return true;
        }
        const QImage half = halved(gray);
        if (attempts.tryBinary(QStringLiteral("half-threshold"),
                               localThreshold(half, thresholdRadius(half), 2)))
            return true;
        return false;
    }

    // Cheapest first: most codes read as they are.
    if (attempts.tryRead(QStringLiteral("plain"), gray))
        return true;
    // ZXing 1.4 has no tryInvert: white-on-black codes (dark-mode phone screens)
    // are found only on the inverted image.
    if (attempts.tryRead(QStringLiteral("inverted"), inverted(gray)))
        return true;

    // Low contrast, uneven light, noise: a local threshold of our own.
    if (attempts.tryBinary(QStringLiteral("threshold"),
                           localThreshold(gray, thresholdRadius(gray), 2)))
        return true;
    // Noise and JPEG blocks average out at half size.
    if (qMin(gray.width(), gray.height()) >= 120) {
        const QImage half = halved(gray);
        if (attempts.tryRead(QStringLiteral("half"), half) ||
            attempts.tryRead(QStringLiteral("half-inverted"), inverted(half)) ||
            attempts.tryBinary(QStringLiteral("half-threshold"),
                               localThreshold(half, thresholdRadius(half), 2)))
            return true;
    }
    // Tiny codes: too few pixels per module for ZXing's sampling.
    if (qMax(gray.width(), gray.height()) <= 600) {
        const QImage big = scaledBy(gray, 2.0);
        if (attempts.tryRead(QStringLiteral("double"), big) ||
            attempts.tryRead(QStringLiteral("double-inverted"), inverted(big)) ||
            attempts.tryBinary(QStringLiteral("double-threshold"),
                               localThreshold(big, thresholdRadius(big), 2)))
            return true;
    }
    return false;
}

} // namespace

namespace {

QrDecoder::Decoded run(const QImage &image, bool (*searchFunction)(const QImage &, Attempts &))
{
    if (image.isNull() || image.width() < 21 || image.height() < 21)
        return {};
    const QImage gray = toGrayscale(image);
    if (gray.isNull())
        return {};

    QrDecoder::Decoded result;
    Attempts attempts(result);
    if (searchFunction(gray, attempts))
        return result;
    return attempts.implausible().value_or(QrDecoder::Decoded());
}

} // namespace

QrDecoder::Decoded QrDecoder::decode(const QImage &image)
{
    return run(image, &search);
}

QrDecoder::Decoded QrDecoder::decodeFrame(const QImage &frame)
{
    return run(frame, &searchFrame);
}

QrDecoder::Decoded QrDecoder::decodeBaseline(const QImage &image)
{
    if (image.isNull() || image.width() < 21 || image.height() < 21)
        return {};
    const QImage gray = toGrayscale(image);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    const std::string text = result.text();
    return {true, QString::fromUtf8(text.data(), qsizetype(text.size())),
            QStringLiteral("baseline")};
}

} // namespace OneWindow
