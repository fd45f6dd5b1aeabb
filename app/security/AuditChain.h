#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace OneWindow {

// How an audit event is hashed into the chain, in one place for the writer,
// the verifier and the benchmark. The hashed bytes are the previous event's
// hash and the event's fields, each as "<UTF-8 byte count>:<UTF-8 bytes>", so
// moving text from one field to the next changes the hash. SHA-256, hex.
class AuditChain
{
public:
    static constexpr int kDigestBytes = 32;
    static constexpr int kHexBytes = 64;
    // The "previous hash" of the first event.
    static constexpr std::string_view kGenesis{"genesis"};

    struct Fields
    {
        std::string_view previous, at, user, counter, action, subject, detail;
    };

    // libsodium initialised (once per process); false when it cannot be.
    static bool ready();
    // The bytes that are hashed, appended to `out`.
    static void appendHashInput(std::string &out, const Fields &fields);
    static void sha256(std::string_view bytes, unsigned char digest[kDigestBytes]);
    // Lower-case hex of `size` bytes into `hex` (2 * size characters, no terminator).
    static void toHex(const unsigned char *bytes, int size, char *hex);

    // The chain hash of one event, as stored in audit_events.hash.
    static QString hash(const QString &previous, const QString &at, const QString &user,
                        const QString &counter, const QString &action, const QString &subject,
                        const QString &detail);
};

} // namespace OneWindow
