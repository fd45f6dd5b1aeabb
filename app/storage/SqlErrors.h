#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QSqlError>

namespace OneWindow {

// Turns driver errors into the codes the rest of the program words for people:
// "db-locked", "db-full", "db-read-only", "db-gone", "duplicate", "db-denied" (no
// privilege, or a trigger refused: the audit trail is append-only), "db-error".
class SqlErrors
{
public:
    static Error fromSql(const QSqlError &error, DatabaseUrl::Dialect dialect, const QString &what);
    // The driver's text with the values of a refused row left out (PostgreSQL's
    // DETAIL quotes them): an error's detail is logged and printed.
    static QString withoutValues(const QString &text);
};

} // namespace OneWindow
