#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QJsonObject>
#include <QTextStream>

namespace OneWindow {

// `onewindow-bench casefile --database URL`: how long the clerk waits, on a
// seeded database (onewindow-cli db seed). Open: from a known ID number to the
// CaseFileModel filled and read as a view would (the audited open included).
// Search: the first page of a name, initials, ID-number or phone prefix in
// PersonSearchModel over CaseFileService::search (the audited page), as the
// counter's search box. Both as a signed-in clerk. ID numbers are sampled from
// the database before timing.
class CaseFileBench
{
public:
    CaseFileBench(const DatabaseUrl &url, int samples, quint32 seed)
        : m_url(url)
        , m_samples(samples)
        , m_seed(seed)
    {}

    // citizens, cases, open_p50_ms, open_p95_ms, search_p50_ms, search_p95_ms,
    // peak_rss_mb and a few more.
    Result<QJsonObject> run(QTextStream &progress) const;

    // Peak resident memory of this process, in MiB (0 where unknown).
    static double peakRssMb();

private:
    DatabaseUrl m_url;
    int m_samples;
    quint32 m_seed;
};

} // namespace OneWindow
