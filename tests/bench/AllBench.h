#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QTextStream;

namespace OneWindow {

// `onewindow-bench all`: every benchmark of docs/performance.md in one run, each
// as a process of this program (so each has its own peak memory and its own
// application object), on one seeded database; then the start of the counter
// (`onewindow`) to its first window, beside the start of a bare Qt window
// (`onewindow-bench bare-window`). One JSON object: each benchmark's figures
// under its name (its baselines among them, `peak_rss_mb` its peak memory), and
// `start`.
class AllBench
{
public:
    struct Options
    {
        QString database;  // for the benchmarks that need one
        QString appPath;   // the counter's executable
        QStringList extra; // --samples, --frames... passed to those that take them
        int starts = 5;
    };

    explicit AllBench(Options options)
        : m_options(std::move(options))
    {}

    QJsonObject run(QTextStream &err) const;

    // The baseline of the start: a QApplication showing an empty dialog, closed
    // as soon as its event loop runs; prints its peak memory as one JSON line.
    static int bareWindow(int argc, char *argv[]);

private:
    QJsonObject start(QTextStream &err) const;

    Options m_options;
};

} // namespace OneWindow
