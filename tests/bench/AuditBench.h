#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTextStream>

namespace OneWindow {

// `onewindow-bench audit --database URL [--events N] [--samples N]`: fills the
// audit trail to N events (AuditFiller: real hashes and MACs) unless it holds
// them already, then times
//   verify:   AuditVerifier over the whole chain, as `onewindow-cli audit verify`
//             runs it (reading, hashing, MAC, checkpoint): verify_events_per_s;
//   baseline: a bare SHA-256 of each event's hashed bytes, the same bytes, already
//             in memory (no reading, no MAC): baseline_events_per_s; and the
//             reading alone (read_events_per_s);
//   page:     the audit workspace's first page through AuditQuery (the
//             supervisor's search audited, 50 rows) and AuditEventModel, for
//             a mix of filters: page_p95_ms, and per filter.
// The hall key comes from ONEWINDOW_HALL_KEY, else a fixed bench key (printed).
class AuditBench
{
public:
    AuditBench(const DatabaseUrl &url, qint64 events, int samples, quint32 seed)
        : m_url(url)
        , m_events(events)
        , m_samples(samples)
        , m_seed(seed)
    {}

    Result<QJsonObject> run(QTextStream &progress) const;

private:
    DatabaseUrl m_url;
    qint64 m_events;
    int m_samples;
    quint32 m_seed;
};

} // namespace OneWindow
