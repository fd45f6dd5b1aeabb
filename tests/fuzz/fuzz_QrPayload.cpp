// libFuzzer target: QR payloads arrive from any phone, printer or forger, so any text
// must be inspected without a crash, and nothing unsigned may ever pass as valid.
// A payload that does pass must survive a sign/parse round trip unchanged.
#include "identity/QrPayload.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace OneWindow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray key =
        QByteArray::fromHex("00112233445566778899aabbccddeeff0011223344556677");
    static const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QrPayload::Inspection seen = QrPayload::inspect(text, key, now);
    (void)QrPayload::isOurs(text);
    (void)QrPayload::isWellFormed(text);
    if (!seen.valid())
        return 0;
    // Random bytes carrying a valid 128-bit MAC would mean the check is broken.
    auto again = seen.payload->sign(key);
    if (!again.ok())
        abort();
    auto parsed = QrPayload::parse(again.value(), key, now);
    if (!parsed.ok() || parsed.value() != *seen.payload)
        abort();
    return 0;
}
