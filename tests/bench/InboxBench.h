#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QJsonObject>
#include <QTextStream>

namespace OneWindow {

// `onewindow-bench inbox --database URL`: an officer's wait on a seeded
// database (onewindow-cli db seed). Inbox: the first page (50 steps, soonest
// deadline first) of a department, through DepartmentInbox, rows read.
// Action: a claim and an approval of an open step through
// CaseWorkflowService (the whole transaction: case and step rows, history,
// audit). Baseline: the inbox's bare SQL query, rows read. The actions
// change the database: open steps it approves stay approved.
class InboxBench
{
public:
    InboxBench(const DatabaseUrl &url, int samples, quint32 seed)
        : m_url(url)
        , m_samples(samples)
        , m_seed(seed)
    {}

    // inbox_p95_ms, action_p95_ms, baseline_p95_ms and more.
    Result<QJsonObject> run(QTextStream &progress) const;

private:
    DatabaseUrl m_url;
    int m_samples;
    quint32 m_seed;
};

} // namespace OneWindow
