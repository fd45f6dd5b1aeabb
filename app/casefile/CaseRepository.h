#pragma once

#include "casefile/CaseEvent.h"
#include "casefile/CaseRecord.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>

#include <functional>

class QSqlQuery;

namespace OneWindow {

class Database;

// Cases, their department sub-cases and materials. Writers run inside the
// caller's transaction and queue a change notice (ChangeNotifier) in it.
//
// Edits are optimistic: every update names the version it was based on, and
// when someone saved in between it fails with Error "conflict" whose detail is
// an EditConflict (who saved, when), so the clerk is told to reload instead of
// silently overwriting the other counter's work.
class CaseRepository
{
public:
    // Who makes a change and when; stored as updated_by / updated_at.
    struct Editor
    {
        QString name; // display name shown in "changed by X at T"
        qint64 userId = 0;
        QDateTime at;
    };

    explicit CaseRepository(const Database &db)
        : m_db(db)
    {}

    // Stores the case and its sub-cases; run it inside the caller's transaction.
    Result<qint64> insert(const CaseRecord &record);
    // Idempotent accept, inside the caller's transaction: when record.intakeKey
    // already names a stored case of the same applicant (personId) and template,
    // loads that case into `record` and returns false (a replay); a key of
    // another applicant's or template's case fails with "intake-key-reused"
    // (detail: that case's number, for the audit trail only); otherwise takes a
    // number from `allocateNumber`, stores the case, fills in record.id and
    // record.caseNumber and returns true.
    Result<bool> storeOnce(CaseRecord &record,
                           const std::function<Result<QString>()> &allocateNumber);

    // Newest first, each with its sub-cases and materials.
    Result<QList<CaseRecord>> listForPerson(qint64 personId) const;
    // Current cases, newest first (a person has few): not yet handed over or
    // withdrawn, so a completed case waiting for collection is among them.
    Result<QList<CaseRecord>> openForPerson(qint64 personId) const;
    // Finished cases (delivered, withdrawn), newest first, one page.
    Result<QList<CaseRecord>> pastForPerson(qint64 personId, int limit, int offset) const;
    Result<int> countPastForPerson(qint64 personId) const;
    // An empty record (id 0) when there is no such case.
    Result<CaseRecord> findByNumber(const QString &caseNumber) const;
    Result<CaseRecord> findById(qint64 id) const;
    Result<CaseRecord> findByIntakeKey(const QString &intakeKey) const;

    // Cases matching an SQL condition on `cases` (alias c), in `order`, one page:
    // for the lifecycle's lists. Each comes with its steps and materials.
    Result<QList<CaseRecord>> listWhere(const QString &condition, const QVariantList &values,
                                        const QString &order, int limit, int offset) const;

    // Saves state, result, title, both deadlines, completion, handover and form
    // data when the stored version is still record.version. Returns the new
    // version, or "conflict".
    Result<int> update(const CaseRecord &record, const Editor &editor);
    // Saves a step's state, holder, deadlines, result and completion when its
    // stored version is still step.version. New version or "conflict".
    Result<int> updateSubCase(const SubCase &step, const Editor &editor);
    // Appends one line to the case's history, inside the caller's transaction.
    Status appendEvent(const CaseEvent &event);
    // The case's history, oldest first.
    Result<QList<CaseEvent>> history(qint64 caseId) const;

    // The columns readSubCase() expects, in its order, for queries elsewhere (the inbox).
    static QString subCaseColumns();
    // "unknown-state" (detail: the column, the case and the value) for a state
    // this version does not know: never read as some other state.
    static Result<SubCase> readSubCase(const QSqlQuery &row);
    // The error for a stored key this version does not know, naming where it is.
    static Error unknownState(const QString &column, const QString &caseRef, const QString &value);

private:
    Result<QList<CaseRecord>> select(const QString &where, const QVariantList &values,
                                     const QString &tail = {}) const;
    Status loadDetails(QList<CaseRecord> &cases) const;
    Error conflictFor(const QString &table, qint64 id) const;

    const Database &m_db;
};

} // namespace OneWindow
