#pragma once

#include "common/Result.h"
#include "identity/SamFrame.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

namespace OneWindow {

// Turns the bytes a reader sends, in whatever pieces the serial driver hands them
// over, into frames. Noise before a preamble is skipped; LEN and CHK are checked.
// Every complete frame or broken frame becomes one result, in order:
//   a SamFrame, or an Error with code "checksum", "length", "truncated" or "no-frame".
// After a broken frame the parser looks for the next preamble one byte further on,
// not after the claimed end: when LEN itself is damaged, the claimed end is wrong.
class SamFrameParser
{
public:
    // What the caller is waiting for. A successful answer to 30 01 carries its text
    // and photo lengths, which must agree with LEN; knowing that lets a damaged LEN
    // be reported as "length" (and early) instead of as a checksum error or a wait.
    enum class Expect
    {
        AnyFrame,
        TextPhotoAnswer
    };

    explicit SamFrameParser(Expect expect = Expect::AnyFrame);

    void setExpect(Expect expect) { m_expect = expect; }
    Expect expect() const { return m_expect; }

    void feed(QByteArrayView bytes);
    // No more bytes will come (end of file, or the reader's time is up): a started frame
    // is "truncated"; when nothing at all was found since reset(), "no-frame".
    void finish();
    // Forgets buffered bytes, results and history.
    void reset();

    bool hasResult() const { return !m_results.empty(); }
    // The oldest result. Only call when hasResult().
    Result<SamFrame> takeResult();

    // A preamble has been seen and its frame is not complete yet.
    bool isInsideFrame() const;
    // Noise bytes dropped since reset(), for diagnostics.
    qint64 skippedBytes() const { return m_skipped; }

    // One-shot parse of a whole answer (a file, a finished read): the first good frame,
    // with a status other than success turned into an error "status-xx"; otherwise the
    // first error.
    static Result<SamFrame> parseAnswer(QByteArrayView bytes, Expect expect);

    // LEN a successful 30 01 answer must have for the text and photo lengths it states.
    static int textPhotoLength(int textLength, int photoLength);

private:
    void scan();
    void emitError(const QString &code, const QString &detail);

    Expect m_expect;
    QByteArray m_buffer;
    std::deque<Result<SamFrame>> m_results;
    bool m_producedAny = false;
    qint64 m_skipped = 0;
};

} // namespace OneWindow
