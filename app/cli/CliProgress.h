#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace OneWindow {

// A progress line for a long command ("seeding: 1200 / 5000 (24 %)"),
// rewritten in place with a carriage return. Only when a person watches: when
// stderr is a terminal, or ONEWINDOW_PROGRESS=1 asks for it; never in a log.
class CliProgress
{
public:
    CliProgress(QTextStream &err, const QString &what);
    ~CliProgress();

    bool enabled() const { return m_enabled; }
    // At most ten times a second, and always for the last step.
    void update(qint64 done, qint64 total);
    // Ends the line so the next output starts on its own.
    void finish();

    static bool wanted();

private:
    QTextStream &m_err;
    QString m_what;
    bool m_enabled;
    bool m_open = false;
    QElapsedTimer m_sinceLast;
};

} // namespace OneWindow
