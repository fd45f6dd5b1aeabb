#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QTextStream>

namespace OneWindow {

class Database;

// Bench only: appends synthetic audit events to a hall database quickly
// (many rows per INSERT, one transaction per batch), each with its real chain
// hash and MAC, continuing the chain from the checkpoint and moving the
// checkpoint with every batch, exactly as AuditLog would leave them. Staff,
// counters, actions and subjects follow a hall's mix: most events are file
// openings and searches about the citizens on file (it adds synthetic ones
// when there are none), over two years at a few seconds apart.
class AuditFiller
{
public:
    AuditFiller(const Database &db, const QByteArray &hallKey, quint64 seed)
        : m_db(db)
        , m_hallKey(hallKey)
        , m_seed(seed)
    {}

    // Appends until the log holds `events`; the number appended.
    Result<qint64> fillTo(qint64 events, QTextStream &progress);

private:
    const Database &m_db;
    QByteArray m_hallKey;
    quint64 m_seed;
};

} // namespace OneWindow
