#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace OneWindow {

class Database;

// What the hall answered before: for a field whose template asks for it
// ("complete": "history", e.g. a birth hospital), the answers that field got
// in the hall's newest cases of the matter, the most frequent first, so the
// clerk types a character or two instead of the whole name. Only the named
// field is read, and only for fields the template opens to completion: never
// a citizen's own data.
class AnswerHistory
{
public:
    static constexpr int kCasesScanned = 2000;

    explicit AnswerHistory(const Database &db)
        : m_db(db)
    {}

    // Distinct non-empty answers of `fieldId` in the newest kCasesScanned cases
    // of `templateId`: most frequent first, then the most recent; at most `limit`.
    Result<QStringList> frequentAnswers(const QString &templateId, const QString &fieldId,
                                        int limit = 50) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
