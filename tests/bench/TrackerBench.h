#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QJsonObject>
#include <QTextStream>

namespace OneWindow {

// `onewindow-bench tracker --database URL`: the citizen's wait for the case page
// on a seeded database (onewindow-cli db seed). Starts the tracker's server in
// this process on a free loopback port (the same TrackerServer and TrackerSite
// as onewindow-tracker, with the hall key of $ONEWINDOW_HALL_KEY or a bench key),
// signs receipt codes for `samples` cases spread over the seed (not handed over
// or withdrawn: their codes expire), and asks for
// their pages over loopback one after another (page_p95_ms), then from `clients`
// clients at once for the throughput (requests_per_s), the server serving on
// `threads` threads (0: the server's default). Baseline: the server's
// static home page, asked for the same way (baseline_p95_ms). Every page read
// writes its audit event, as in the hall: the pages' events share commits as
// onewindow-tracker commits them (AuditBatcher; audit_events_per_commit), and
// the throughput is measured again with one commit per page
// (requests_per_s_commit_each).
class TrackerBench
{
public:
    TrackerBench(const DatabaseUrl &url, int samples, int threads, int clients)
        : m_url(url)
        , m_samples(samples)
        , m_threads(threads)
        , m_clients(clients)
    {}

    Result<QJsonObject> run(QTextStream &progress) const;

private:
    DatabaseUrl m_url;
    int m_samples;
    int m_threads;
    int m_clients;
};

} // namespace OneWindow
