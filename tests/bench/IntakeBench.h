#pragma once

#include <QJsonObject>

namespace OneWindow {

// `onewindow-bench intake [--runs N]`: how long the clerk waits for a matter's
// first intake page, from IntakePage::start() to the first paint of that page,
// for every shipped template (the largest is the one the 100 ms goal
// is about). Needs widgets, so it runs before the bench's QCoreApplication
// exists and makes its own (offscreen unless a platform is set).
class IntakeBench
{
public:
    explicit IntakeBench(int runs)
        : m_runs(runs)
    {}

    // Figures per template in milliseconds: median, p95, max; plus the largest.
    QJsonObject run() const;

    // The subcommand's entry point: argv[1] is "intake".
    static int main(int argc, char *argv[]);

private:
    int m_runs;
};

} // namespace OneWindow
