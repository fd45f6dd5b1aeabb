#pragma once

#include "common/Result.h"
#include "security/AuditKey.h"
#include "security/AuditVerdict.h"
#include "storage/DatabaseUrl.h"

#include <functional>

namespace OneWindow {

// Checks the whole audit chain against its checkpoint: every event's hash
// from its fields, the link to the event before it, its MAC when the log is
// sealed (with the hall's key), and that the chain ends exactly where the
// checkpoint says. Runs on its own connection, so a window can run it on a
// worker thread while the counter goes on writing.
//
// Events written before the log was sealed (before the hall key existed)
// carry no MAC: they are checked by the chain alone, up to the sealing point
// the checkpoint records under its MAC. Any other checkpoint (never sealed,
// its seal blanked, or altered) exempts nothing: the first event without a
// valid MAC is where the log stops being proven, whatever was written after
// it. A log that was never sealed and has no MAC at all is "unsealed" (not a
// pass with the key), naming its first event.
class AuditVerifier
{
public:
    // Called now and then with the events read so far and the checkpoint's
    // count; return false to stop (the verdict is then Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // A null key checks the chain and the checkpoint's position only.
    AuditVerifier(const DatabaseUrl &url, const AuditKey &key)
        : m_url(url)
        , m_key(key)
    {}

    // An event and its hash recorded elsewhere (a daily report, the last
    // check's output): the log must still hold it, unchanged. A log rolled back
    // to an earlier genuine checkpoint can only be caught this way.
    void setAnchor(qint64 id, const QByteArray &hashHex)
    {
        m_anchorId = id;
        m_anchorHash = hashHex;
    }

    Result<AuditVerdict> run(const Progress &progress = {}) const;

    // How often `progress` is called, in events.
    static constexpr qint64 kProgressEvery = 1 << 14;
    void setProgressEvery(qint64 events) { m_progressEvery = qMax<qint64>(1, events); }
    // Events read per query (the reader pages by id).
    void setPageSize(int events) { m_pageSize = qMax(1, events); }

private:
    DatabaseUrl m_url;
    AuditKey m_key;
    qint64 m_anchorId = 0;
    QByteArray m_anchorHash;
    qint64 m_progressEvery = kProgressEvery;
    int m_pageSize = 20000;
};

} // namespace OneWindow
