#include "identity/SamFrameParser.h"

namespace OneWindow {

namespace {

int bigEndian16(const QByteArray &bytes, int at)
{
    return (quint8(bytes.at(at)) << 8) | quint8(bytes.at(at + 1));
}

// Offsets in the buffer once a preamble sits at its start.
constexpr int kLengthAt = SamFrame::kPreambleSize;
constexpr int kBodyAt = SamFrame::kHeaderSize;
constexpr int kSw3At = kBodyAt + 2;
constexpr int kTextLengthAt = kBodyAt + 3;
constexpr int kPhotoLengthAt = kBodyAt + 5;
// SW1 SW2 SW3, text length, photo length.
constexpr int kTextPhotoPrefix = 3 + 2 + 2;

} // namespace

SamFrameParser::SamFrameParser(Expect expect)
    : m_expect(expect)
{}

int SamFrameParser::textPhotoLength(int textLength, int photoLength)
{
    return kTextPhotoPrefix + textLength + photoLength + 1;
}

void SamFrameParser::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_buffer.append(bytes.data(), bytes.size());
    scan();
}

void SamFrameParser::finish()
{
    // A claimed frame that never completed may hide a real one inside it (a stray
    // preamble in noise with a large LEN): report it, step past it and look again.
    while (isInsideFrame()) {
        emitError(QStringLiteral("truncated"),
                  QStringLiteral("the input ended %1 bytes into a frame").arg(m_buffer.size()));
        m_buffer.remove(0, 1);
        scan();
    }
    if (!m_producedAny)
        emitError(QStringLiteral("no-frame"), QStringLiteral("no frame preamble in the input"));
    m_skipped += m_buffer.size();
    m_buffer.clear();
    m_producedAny = false;
}

void SamFrameParser::reset()
{
    m_buffer.clear();
    m_results.clear();
    m_producedAny = false;
    m_skipped = 0;
}

Result<SamFrame> SamFrameParser::takeResult()
{
    Result<SamFrame> result = std::move(m_results.front());
    m_results.pop_front();
    return result;
}

bool SamFrameParser::isInsideFrame() const
{
    return m_buffer.startsWith(SamFrame::preamble());
}

void SamFrameParser::emitError(const QString &code, const QString &detail)
{
    m_results.push_back(Result<SamFrame>::failure(code, detail));
    m_producedAny = true;
}

void SamFrameParser::scan()
{
    static const QByteArray preamble = SamFrame::preamble();
    for (;;) {
        const qsizetype start = m_buffer.indexOf(preamble);
        if (start < 0) {
            // Keep a tail that could be the beginning of a preamble split across reads.
            const qsizetype keep = qMin<qsizetype>(m_buffer.size(), SamFrame::kPreambleSize - 1);
            m_skipped += m_buffer.size() - keep;
            m_buffer.remove(0, m_buffer.size() - keep);
            return;
        }
        if (start > 0) {
            m_skipped += start;
            m_buffer.remove(0, start);
        }
        if (m_buffer.size() < SamFrame::kHeaderSize)
            return;

        const int length = bigEndian16(m_buffer, kLengthAt);
        const int minLength = m_expect == Expect::TextPhotoAnswer ? SamFrame::kMinResponseLength
                                                                  : SamFrame::kMinLength;
        if (length < minLength || length > SamFrame::kMaxLength) {
            emitError(QStringLiteral("length"), QStringLiteral("LEN %1 is impossible").arg(length));
            m_buffer.remove(0, 1);
            continue;
        }

        if (m_expect == Expect::TextPhotoAnswer && m_buffer.size() > kSw3At &&
            quint8(m_buffer.at(kSw3At)) == SamFrame::Success) {
            if (length < kTextPhotoPrefix + 1) {
                emitError(QStringLiteral("length"),
                          QStringLiteral("LEN %1 leaves no room for the text").arg(length));
                m_buffer.remove(0, 1);
                continue;
            }
            if (m_buffer.size() >= kPhotoLengthAt + 2) {
                const int expected = textPhotoLength(bigEndian16(m_buffer, kTextLengthAt),
                                                     bigEndian16(m_buffer, kPhotoLengthAt));
                if (expected != length) {
                    emitError(QStringLiteral("length"),
                              QStringLiteral("LEN %1, but the text and photo need %2")
                                  .arg(length)
                                  .arg(expected));
                    m_buffer.remove(0, 1);
                    continue;
                }
            }
        }

        const int frameSize = SamFrame::kHeaderSize + length;
        if (m_buffer.size() < frameSize)
            return;

        const QByteArrayView checked = QByteArrayView(m_buffer).sliced(kLengthAt, 2 + length - 1);
        const quint8 expectedChecksum = SamFrame::checksum(checked);
        const quint8 actualChecksum = quint8(m_buffer.at(frameSize - 1));
        if (expectedChecksum != actualChecksum) {
            emitError(QStringLiteral("checksum"),
                      QStringLiteral("CHK %1, computed %2")
                          .arg(actualChecksum, 2, 16, QLatin1Char('0'))
                          .arg(expectedChecksum, 2, 16, QLatin1Char('0')));
            m_buffer.remove(0, 1);
            continue;
        }

        m_results.push_back(SamFrame(m_buffer.mid(kBodyAt, length - 1)));
        m_producedAny = true;
        m_buffer.remove(0, frameSize);
    }
}

Result<SamFrame> SamFrameParser::parseAnswer(QByteArrayView bytes, Expect expect)
{
    SamFrameParser parser(expect);
    parser.feed(bytes);
    parser.finish();
    std::optional<Error> firstError;
    while (parser.hasResult()) {
        Result<SamFrame> result = parser.takeResult();
        if (result.ok()) {
            const SamFrame &frame = result.value();
            if (!frame.isSuccess())
                return Result<SamFrame>::failure(SamFrame::statusCode(frame.sw3()),
                                                 SamFrame::statusMessage(frame.sw3()));
            return result;
        }
        if (!firstError)
            firstError = result.error();
    }
    // finish() guarantees at least one result, so firstError is set here.
    return Result<SamFrame>(firstError.value_or(Error{QStringLiteral("no-frame"), QString()}));
}

} // namespace OneWindow
