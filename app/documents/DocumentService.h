#pragma once

#include "common/Result.h"
#include "documents/DocumentKind.h"
#include "documents/IssuedDocument.h"
#include "documents/NonAcceptance.h"
#include "documents/PaperChoices.h"
#include "intake/CounterContext.h"
#include "receipts/DocumentRenderer.h"
#include "receipts/NotificationData.h"
#include "receipts/PaperLayout.h"
#include "receipts/PrintedDocument.h"
#include "review/ReviewItem.h"
#include "security/Session.h"
#include "workflow/CaseSnapshot.h"

#include <optional>

namespace OneWindow {

class AuditLog;
class CaseWorkflowService;
class Clock;
class Database;
class TemplateCatalogue;
class WorkingDayCalendar;
struct DocumentSource;

// Every paper the citizen takes home, from stored data only: loads the case
// (or the recorded counter decision), checks that the document applies to it,
// finds or records the document's row (its own number, who issued it where
// and when), signs its QR code with the hall key, sets it on the counter's
// paper for that kind (or the one asked for) and writes a PDF/A-1b file. A
// reprint is marked 补打 (COPY) with its date and count, counted in the row
// and audited in the same transaction; so is every first issue.
class DocumentService
{
public:
    struct Rendered
    {
        QString path;
        IssuedDocument document;
        PaperLayout layout = PaperLayout::A4;
        RenderedDocument paper;
        bool copy = false; // a 补打 (COPY), not the original
    };

    DocumentService(const Database &db, AuditLog &audit, const Clock &clock,
                    const CaseWorkflowService &workflow, const TemplateCatalogue &catalogue,
                    const WorkingDayCalendar &calendar, const CounterContext &counter)
        : m_db(db)
        , m_audit(audit)
        , m_clock(clock)
        , m_workflow(workflow)
        , m_catalogue(catalogue)
        , m_calendar(calendar)
        , m_counter(counter)
    {}

    // `number` is the case number for a case's documents, the document's own
    // number for a one-time notification or a non-acceptance. `path` empty:
    // the counter's receipts folder, "<number>.pdf" ("-copy<n>" for reprints).
    // Whether it is the original or a 补打 (COPY) is decided here: a paper is
    // issued once it has been rendered, in the transaction that records it, and
    // every later print is a 补打, whatever `reprint` says; `reprint` asks for a
    // 补打 and is refused ("not-issued") for a paper never issued. A rendering
    // that fails issues nothing (no row, no number used, no file left).
    // Fails with "not-found", "forbidden", "not-applicable" (detail: why),
    // "no-key" (nothing to sign the QR code with), "not-issued", or a renderer
    // or storage code.
    Result<Rendered> render(const QString &number, DocumentKind kind,
                            std::optional<PaperLayout> layout, bool reprint, const Session &session,
                            const QString &path = {});

    // 不予受理 at the counter, recorded as a proposal with its own number: its
    // notice (render()) is "not-applicable" until a supervisor who did not make
    // it confirms it in the review queue ("non-acceptance"). "forbidden",
    // "reason-required", "applicant-required" or a storage code.
    Result<IssuedDocument> recordNonAcceptance(const NonAcceptance &decision,
                                               const Session &session);
    // A non-acceptance and what the supervisor made of it.
    struct CounterDecision
    {
        IssuedDocument document;
        ReviewItem decision; // id 0 when none is on record
    };
    // The non-acceptances of the citizen with this ID number, newest first (at
    // most 20), for their file at the counter. "forbidden" (audited) for a role
    // that does not open files.
    Result<QList<CounterDecision>> nonAcceptancesFor(const QString &idNumber,
                                                     const Session &session) const;
    // The effect of a supervisor's verdict on a non-acceptance (ReviewService):
    // "not-found" unless the decision is about a non-acceptance on record.
    Status applyNonAcceptanceDecision(const ReviewItem &decision) const;
    // A one-time notification, recorded as issued (its number is filled in).
    Result<IssuedDocument> recordNotification(const NotificationData &data,
                                              const QString &templateId, const Session &session);

    // What a case's document of `kind` is about ("" when the case has one of
    // that kind, a pause id for a supplement or special procedure, the time of
    // completion or handover), or "not-applicable" with the reason.
    static Result<QString> subjectFor(const CaseSnapshot &snapshot, DocumentKind kind);
    // Whether the case's document of `kind` was issued already (a print now is a
    // reprint, 补打); "not-applicable" as subjectFor.
    Result<bool> wasIssued(const CaseSnapshot &snapshot, DocumentKind kind) const;

    // The paper's content from its source, by the builder of its kind (no QR text yet).
    static PrintedDocument compose(DocumentKind kind, const DocumentSource &source);

    void setPaperChoices(const PaperChoices &choices) { m_paper = choices; }
    const PaperChoices &paperChoices() const { return m_paper; }

private:
    // Whether the non-acceptance's notice may be issued: "not-applicable" while its
    // decision waits for the supervisor or after it was sent back.
    Status nonAcceptanceConfirmed(const IssuedDocument &document) const;
    // Inside the rendering's transaction: gives a case's paper `d` (kind, case,
    // subject set) its number and row, as issued now by `session`, audited.
    Status issueNow(IssuedDocument &d, const Session &session);
    Result<IssuedDocument> recordLoose(DocumentKind kind, const QJsonObject &data,
                                       const Session &session);

    const Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    const CaseWorkflowService &m_workflow;
    const TemplateCatalogue &m_catalogue;
    const WorkingDayCalendar &m_calendar;
    const CounterContext &m_counter;
    PaperChoices m_paper;
};

} // namespace OneWindow
