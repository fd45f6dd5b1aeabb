#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace OneWindow {

// Someone else saved the same record since this counter loaded it (optimistic
// locking). Travels as Error{"conflict", detail}; the detail is JSON so that the
// UI can say "changed by X at T, reload" without parsing prose.
struct EditConflict
{
    QString table;       // "cases", "sub_cases", "drafts", ...
    qint64 id = 0;       // the row that changed
    QString changedBy;   // display name of whoever saved last
    QDateTime changedAt; // UTC
    int currentVersion = 0;

    static constexpr const char *kCode = "conflict";

    Error toError() const;
    // The conflict inside an Error with code "conflict"; nothing for any other error.
    static std::optional<EditConflict> fromError(const Error &error);
};

} // namespace OneWindow
