#pragma once

#include "common/CounterLock.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "intake/EvidenceService.h"
#include "security/AuditLog.h"

namespace OneWindow::Test {

// One counter's evidence core on a fresh database, wired as AppServices wires it:
// the clock stands still at `now`, the lock belongs to the counter.
struct EvidenceDesk
{
    EvidenceDesk(const QString &backend, const QDateTime &now)
        : t(backend)
        , clock(now)
        , audit(t.db(), clock)
        , evidence(t.db(), audit, clock, &lock)
    {}

    // The first column of the first row of a query, as a number.
    int count(const QString &sql, const QVariantList &values = {})
    {
        return t.db().scalar(sql, values).value().toInt();
    }

    TestDatabase t;
    FixedClock clock;
    CounterLock lock;
    AuditLog audit;
    EvidenceService evidence;
};

} // namespace OneWindow::Test
