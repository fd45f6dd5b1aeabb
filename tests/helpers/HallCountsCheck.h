#pragma once

#include <QString>

namespace OneWindow {
class Database;
}

namespace OneWindow::Test {

// Whether the counts the triggers kept (hall_counts) are what HallCountsSql::rebuild()
// computes from the tables they count: "" when they agree, else the first rows
// that differ. The rebuild runs in a transaction that is rolled back; on
// PostgreSQL it needs the tables' owner (the counters' role may only read).
class HallCountsCheck
{
public:
    static QString differences(const Database &db);
};

} // namespace OneWindow::Test
