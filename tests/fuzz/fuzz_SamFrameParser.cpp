// libFuzzer target: the frame parser and the card text decoder take bytes straight
// from a serial line, so any byte sequence must be handled without a crash, and the
// parser must not depend on how the bytes were split into reads.
#include "identity/CardTextDecoder.h"
#include "identity/SamFrameParser.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace OneWindow;

namespace {

QStringList parse(QByteArrayView bytes, SamFrameParser::Expect expect, qsizetype chunk)
{
    SamFrameParser parser(expect);
    QStringList out;
    const auto drain = [&] {
        while (parser.hasResult()) {
            const Result<SamFrame> r = parser.takeResult();
            if (r.ok()) {
                // A frame we accept must be present, byte for byte, in what came in.
                const QByteArray wire = r.value().encode();
                if (QByteArrayView(bytes).indexOf(wire) < 0)
                    abort();
                out << QString::fromLatin1(r.value().body().toHex());
            } else {
                out << r.error().code;
            }
        }
    };
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        parser.feed(bytes.sliced(at, qMin(chunk, bytes.size() - at)));
        drain();
    }
    parser.finish();
    drain();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto expect :
         {SamFrameParser::Expect::AnyFrame, SamFrameParser::Expect::TextPhotoAnswer}) {
        const QStringList whole = parse(bytes, expect, qMax<qsizetype>(1, bytes.size()));
        // The split is taken from the data so the fuzzer explores it too.
        const qsizetype chunk = size > 0 ? 1 + data[0] % 17 : 1;
        if (parse(bytes, expect, chunk) != whole)
            abort();
        if (whole.isEmpty())
            abort(); // finish() always says something
    }

    const Result<CardIdentity> card = CardTextDecoder::decodeRaw(bytes);
    if (card.ok() && card->photoWlt.size() > qsizetype(size))
        abort();
    if (size >= CardTextDecoder::kTextSize)
        (void)CardTextDecoder::decodeText(bytes.first(CardTextDecoder::kTextSize));
    return 0;
}
