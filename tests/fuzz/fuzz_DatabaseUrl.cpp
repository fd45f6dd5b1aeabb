// libFuzzer target: a database URL comes from a provisioning file, a command line, a
// settings dialog or the tracker's configuration. Any text must parse without a crash;
// a URL that parses is shown and logged through toString(), which must carry no
// password and must read back as the same place.
#include "storage/DatabaseUrl.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OneWindow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto url = DatabaseUrl::parse(text);
    if (!url) {
        if (url.error().code.isEmpty())
            abort();
        return 0;
    }
    const QString shown = url.value().toString();
    const auto again = DatabaseUrl::parse(shown);
    if (!again || again.value().toString() != shown) {
        // What the log shows is not where the data lives.
        fprintf(stderr, "shown as %s, read back as %s\n", qPrintable(shown),
                again ? qPrintable(again.value().toString()) : qPrintable(again.error().code));
        abort();
    }
    if (again.value().dialect != url.value().dialect)
        abort();
    return 0;
}
