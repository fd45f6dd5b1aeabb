#include "cli/CliProgress.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define OW_ISATTY _isatty
#define OW_FILENO _fileno
#else
#include <unistd.h>
#define OW_ISATTY isatty
#define OW_FILENO fileno
#endif

namespace OneWindow {

bool CliProgress::wanted()
{
    const QString forced = qEnvironmentVariable("ONEWINDOW_PROGRESS");
    if (!forced.isEmpty())
        return forced == QLatin1String("1");
    return OW_ISATTY(OW_FILENO(stderr)) != 0;
}

CliProgress::CliProgress(QTextStream &err, const QString &what)
    : m_err(err)
    , m_what(what)
    , m_enabled(wanted())
{}

CliProgress::~CliProgress()
{
    finish();
}

void CliProgress::update(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    const bool last = done >= total;
    if (m_open && !last && m_sinceLast.isValid() && m_sinceLast.elapsed() < 100)
        return;
    m_sinceLast.start();
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    m_err << '\r' << m_what << ": " << done << " / " << total << " (" << percent << " %)";
    // The last step ends the line at once: log lines that follow start on their own.
    if (last)
        m_err << '\n';
    m_err.flush();
    m_open = !last;
}

void CliProgress::finish()
{
    if (!m_open)
        return;
    m_err << '\n';
    m_err.flush();
    m_open = false;
}

} // namespace OneWindow
