#pragma once

#include "common/Result.h"
#include "security/AuditHead.h"
#include "storage/DatabaseUrl.h"

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace OneWindow {

class Database;

// Reads the audit chain for a check: on its own connection (so it can run on
// a worker thread), in one read-only snapshot, the checkpoint then every
// event in id order, with the bytes that were hashed for each one
// (AuditChain::appendHashInput). An SQLite file is read through SQLite's C
// API, read-only, a row at a time (millions of rows through Qt SQL cost more
// than hashing them); PostgreSQL through Qt SQL in pages, the database
// assembling the hashed bytes.
class AuditChainReader
{
public:
    // Valid during the call that hands it over only.
    struct Row
    {
        qint64 id = 0;
        std::string_view at;
        std::string_view previous;
        std::string_view hash;
        std::string_view mac; // empty when NULL
        std::string_view hashInput;
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
    struct Native;
    Status forEachPaged(const std::function<bool(const Row &)> &row) const;

    DatabaseUrl m_url;
    int m_pageSize;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Native> m_native;
};

} // namespace OneWindow
