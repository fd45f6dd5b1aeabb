#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace OneWindow {

class AuditLog;
class Database;
class TemplateCatalogue;
struct Session;

// What the hall answered before: for a field whose template asks for it
// ("complete": "history", e.g. a birth hospital), the answers that field got
// in the hall's newest cases of the matter, the most frequent first, so the
// clerk types a character or two instead of the whole name. The core holds the
// rule, not the window: only for whoever may run intake, only for a field the
// template opens to completion, so never a citizen's own data; anything else is
// refused and audited.
class AnswerHistory
{
public:
    static constexpr int kCasesScanned = 2000;

    AnswerHistory(const Database &db, AuditLog &audit, const TemplateCatalogue &catalogue)
        : m_db(db)
        , m_audit(audit)
        , m_catalogue(catalogue)
    {}

    // Distinct non-empty answers of `fieldId` in the newest kCasesScanned cases
    // of `templateId`: most frequent first, then the most recent; at most `limit`.
    // "forbidden" (a role without intake), "not-completable" (no such template or
    // field, or a field its template does not open to completion).
    Result<QStringList> frequentAnswers(const QString &templateId, const QString &fieldId,
                                        const Session &session, int limit = 50) const;

private:
    const Database &m_db;
    AuditLog &m_audit;
    const TemplateCatalogue &m_catalogue;
};

} // namespace OneWindow
