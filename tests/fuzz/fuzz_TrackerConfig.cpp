// libFuzzer target: onewindow-tracker's config file (--config FILE, key=value lines
// or one JSON object) is written by an administrator's editor or a deployment tool,
// so any bytes must parse without a crash. What the parser accepts must be what the
// server relies on: limits inside their ranges, a database URL that parses, and a
// hall name that every page can show as one line.
#include "FuzzInvariant.h"
#include "common/PlainText.h"
#include "storage/DatabaseUrl.h"
#include "tracker/TrackerConfig.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace OneWindow;
using OneWindow::Fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    TrackerConfig config;
    const Status read = config.readText(content);
    if (!read) {
        if (read.error().code != QLatin1String("bad-option") || read.error().detail.isEmpty())
            fail("a refusal must be bad-option and say why");
        return 0;
    }
    const TrackerServer::Limits &l = config.limits;
    if (l.threads < 1 || l.threads > 64 || l.maxConnections < 1 || l.maxConnections > 10000)
        fail("serving threads or connections out of range");
    if (l.rate.perSecond < 1 || l.rate.burst < 1)
        fail("a rate limit that lets nothing or everything through");
    if (config.closedDays < 0 || config.closedDays > 3650)
        fail("closed-days out of range");
    if (!config.databaseUrl.isEmpty() && !DatabaseUrl::parse(config.databaseUrl))
        fail("a database URL that does not parse");
    if (!config.baseUrl.isEmpty() && !config.baseUrl.startsWith(QLatin1String("http://")) &&
        !config.baseUrl.startsWith(QLatin1String("https://")))
        fail("a base URL that is not http(s)");
    if (!PlainText::problem(config.hallName, PlainText::Lines::One, PlainText::kMaxName).isEmpty())
        fail("a hall name the pages would show broken");
    return 0;
}
