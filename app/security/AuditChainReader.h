#pragma once

#include "common/Result.h"
#include "security/AuditHead.h"
#include "storage/DatabaseUrl.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>

namespace OneWindow {

class Database;

// Reads the audit chain for a check: on its own connection (so it can run on
// a worker thread), in one read-only snapshot, the checkpoint then every
// event in id order, in pages. The database assembles the bytes that were
// hashed for each event (AuditChain::appendHashInput), so a check costs a
// hash and a MAC per event and little else.
class AuditChainReader
{
public:
    struct Row
    {
        qint64 id = 0;
        QByteArray at;
        QByteArray previous;
        QByteArray hash;
        QByteArray mac; // empty when NULL
        QByteArray hashInput;
    };

    explicit AuditChainReader(const DatabaseUrl &url, int pageSize = 20000);
    ~AuditChainReader();

    // Connects and opens the snapshot.
    Status open();
    // The checkpoint; nullopt when the row is missing.
    Result<std::optional<AuditHead>> head() const;
    // Calls `row` for each event in id order until it returns false.
    Status forEach(const std::function<bool(const Row &)> &row) const;

    static Result<std::optional<AuditHead>> readHead(const Database &db);

private:
    DatabaseUrl m_url;
    int m_pageSize;
    std::unique_ptr<Database> m_db;
};

} // namespace OneWindow
