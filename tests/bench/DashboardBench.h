#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QJsonObject>
#include <QTextStream>

namespace OneWindow {

// `onewindow-bench dashboard --database URL`: the supervisor's wait for the
// hall's figures on a seeded database (onewindow-cli db seed), through
// DashboardService::figures as the dashboard asks for them, signed in as a
// supervisor: the seed's newest day alone, its last 30 days and its last 365
// days. Baseline: the bare aggregate the figures start from, the count of the
// cases accepted in the 30 days, in the same run.
class DashboardBench
{
public:
    DashboardBench(const DatabaseUrl &url, int samples)
        : m_url(url)
        , m_samples(samples)
    {}

    // today_p95_ms, range30_p95_ms, range365_p95_ms, baseline_p95_ms and more.
    Result<QJsonObject> run(QTextStream &progress) const;

private:
    DatabaseUrl m_url;
    int m_samples;
};

} // namespace OneWindow
