#pragma once

#include <QString>

namespace OneWindow {

// The checkpoint of the audit chain (the one row of audit_head), kept apart
// from the events and updated in the same transaction as every append: which
// event the chain ends at, how many there are, and up to which id events were
// written before the log was sealed with the hall's key (those carry no MAC
// and are checked by the chain alone). `mac` seals all of it; empty until the
// first counter holding the key writes.
struct AuditHead
{
    qint64 lastId = 0;
    QString lastHash;
    QString lastAt;
    qint64 events = 0;
    qint64 legacyUntil = 0;
    QString mac;

    bool sealed() const { return !mac.isEmpty(); }
};

} // namespace OneWindow
