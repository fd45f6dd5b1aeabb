#include "documents/DocumentService.h"

#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "casefile/VisitRepository.h"
#include "common/Clock.h"
#include "documents/AcceptanceReceiptBuilder.h"
#include "documents/CompletionNoticeBuilder.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentSource.h"
#include "documents/DocumentsLog.h"
#include "documents/HandoverReceiptBuilder.h"
#include "documents/MaterialsListBuilder.h"
#include "documents/NonAcceptanceNoticeBuilder.h"
#include "documents/NotificationNoticeBuilder.h"
#include "documents/RefusalDecisionBuilder.h"
#include "documents/SpecialProcedureNoticeBuilder.h"
#include "documents/SupplementNoticeBuilder.h"
#include "documents/ToleranceNoticeBuilder.h"
#include "identity/IdNumber.h"
#include "identity/QrPayload.h"
#include "identity/TrackerUrl.h"
#include "review/ReviewRepository.h"
#include "security/AuditLog.h"
#include "security/HallSettings.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateText.h"
#include "workflow/CaseWorkflowService.h"

#include <QDir>
#include <QFile>

namespace OneWindow {

namespace {

Error notApplicable(const QString &why)
{
    return Error{QStringLiteral("not-applicable"), why};
}

} // namespace

PrintedDocument DocumentService::compose(DocumentKind kind, const DocumentSource &s)
{
    switch (kind) {
    case DocumentKind::Acceptance:
        return AcceptanceReceiptBuilder::build(s);
    case DocumentKind::Notification:
        return NotificationNoticeBuilder::build(s);
    case DocumentKind::NonAcceptance:
        return NonAcceptanceNoticeBuilder::build(s);
    case DocumentKind::Supplement:
        return SupplementNoticeBuilder::build(s);
    case DocumentKind::Tolerance:
        return ToleranceNoticeBuilder::build(s);
    case DocumentKind::Special:
        return SpecialProcedureNoticeBuilder::build(s);
    case DocumentKind::Refusal:
        return RefusalDecisionBuilder::build(s);
    case DocumentKind::Completion:
        return CompletionNoticeBuilder::build(s);
    case DocumentKind::Handover:
        return HandoverReceiptBuilder::build(s);
    case DocumentKind::Materials:
        return MaterialsListBuilder::build(s);
    }
    return {};
}

namespace {

// Times come back from the database in UTC; paper shows the hall's time (this machine's).
void toLocal(QDateTime &t)
{
    if (t.isValid())
        t = t.toLocalTime();
}

void toLocal(DocumentSource &s)
{
    CaseRecord &c = s.snapshot.record;
    for (QDateTime *t : {&c.acceptedAt, &c.completedAt, &c.deliveredAt, &c.updatedAt})
        toLocal(*t);
    for (SubCase &step : c.subCases) {
        toLocal(step.completedAt);
        toLocal(step.claimedAt);
    }
    for (CasePause &p : s.snapshot.pauses) {
        toLocal(p.startedAt);
        toLocal(p.endedAt);
    }
    for (CaseCommitment &k : s.snapshot.commitments) {
        toLocal(k.signedAt);
        toLocal(k.fulfilledAt);
    }
    for (CaseEvent &e : s.snapshot.history)
        toLocal(e.at);
    toLocal(s.issued.issuedAt);
    toLocal(s.issued.lastReprintAt);
}

// The latest pause of this kind: the one the notice is about.
const CasePause *latestPause(const CaseSnapshot &s, CasePause::Kind kind)
{
    const CasePause *latest = nullptr;
    for (const CasePause &p : s.pauses)
        if (p.kind == kind && (!latest || p.id > latest->id))
            latest = &p;
    return latest;
}

} // namespace

Result<QString> DocumentService::subjectFor(const CaseSnapshot &s, DocumentKind kind)
{
    using R = Result<QString>;
    const CaseRecord &c = s.record;
    const QString state = CaseStates::key(c.state);
    switch (kind) {
    case DocumentKind::Acceptance:
    case DocumentKind::Materials:
        return QString();
    case DocumentKind::Notification:
    case DocumentKind::NonAcceptance:
        return R(notApplicable(QStringLiteral("the case was accepted; a %1 is for an intake that"
                                              " was not (give that document's number)")
                                   .arg(DocumentKinds::key(kind))));
    case DocumentKind::Tolerance:
        if (s.commitments.isEmpty())
            return R(
                notApplicable(QStringLiteral("the case was accepted without 容缺 commitments")));
        return QString();
    case DocumentKind::Supplement:
        if (const CasePause *p = latestPause(s, CasePause::Kind::Supplement))
            return QString::number(p->id);
        return R(notApplicable(
            QStringLiteral("no department asked for a supplement (the case is %1)").arg(state)));
    case DocumentKind::Special:
        if (const CasePause *p = latestPause(s, CasePause::Kind::Special))
            return QString::number(p->id);
        return R(notApplicable(
            QStringLiteral("no special procedure was started (the case is %1)").arg(state)));
    case DocumentKind::Refusal:
        for (const SubCase &step : c.subCases)
            if (step.state == StepState::Refused)
                return QString();
        // A proposed refusal is no decision yet: nothing is issued until a supervisor confirms it.
        for (const SubCase &step : c.subCases)
            if (step.state == StepState::RefusalPending)
                return R(notApplicable(QStringLiteral("the refusal awaits the supervisor's"
                                                      " confirmation")));
        return R(notApplicable(QStringLiteral("no step was refused (the case is %1)").arg(state)));
    case DocumentKind::Completion:
        if (c.state != CaseState::Completed && c.state != CaseState::Delivered) {
            for (const SubCase &step : c.subCases)
                if (CaseStates::isPendingDecision(step.state))
                    return R(
                        notApplicable(QStringLiteral("the %1 awaits the supervisor's confirmation")
                                          .arg(step.state == StepState::RefusalPending
                                                   ? QStringLiteral("refusal")
                                                   : QStringLiteral("return of the file"))));
            if (!s.pendingDecisions().isEmpty())
                return R(notApplicable(
                    QStringLiteral("the fee waiver awaits the supervisor's confirmation")));
            return R(
                notApplicable(QStringLiteral("the case is not completed (it is %1)").arg(state)));
        }
        return c.completedAt.toUTC().toString(Qt::ISODate);
    case DocumentKind::Handover:
        if (c.state != CaseState::Delivered)
            return R(notApplicable(
                QStringLiteral("the case has not been handed over (it is %1)").arg(state)));
        return c.deliveredAt.toUTC().toString(Qt::ISODate);
    }
    return R(notApplicable(QStringLiteral("unknown document")));
}

Result<bool> DocumentService::wasIssued(const CaseSnapshot &snapshot, DocumentKind kind) const
{
    auto subject = subjectFor(snapshot, kind);
    if (!subject)
        return Result<bool>(subject.error());
    auto found = DocumentRepository(m_db).find(kind, snapshot.record.id, subject.value());
    if (!found)
        return Result<bool>(found.error());
    return found.value().id != 0 && found.value().renderedAt.isValid();
}

Status DocumentService::issueNow(IssuedDocument &d, const Session &session)
{
    DocumentRepository repo(m_db);
    d.issuedAt = m_clock.now();
    d.renderedAt = d.issuedAt;
    d.issuedBy = session.displayName;
    d.issuedById = session.userId;
    d.counterCode = session.counterCode;
    if (d.kind == DocumentKind::Acceptance) {
        d.number = d.caseNumber; // the receipt is the case's own paper
    } else {
        auto n = repo.countFor(d.kind, d.caseId);
        if (!n)
            return Status(n.error());
        d.number = QStringLiteral("%1-%2%3")
                       .arg(d.caseNumber, QString(DocumentKinds::letter(d.kind)))
                       .arg(n.value() + 1);
    }
    auto id = repo.insert(d);
    if (!id)
        return Status(id.error());
    d.id = id.value();
    return m_audit.recordInTransaction(session, QStringLiteral("document-issue"), d.caseNumber,
                                       DocumentKinds::key(d.kind) + QLatin1Char(' ') + d.number);
}

Result<DocumentService::Rendered> DocumentService::render(const QString &number, DocumentKind kind,
                                                          std::optional<PaperLayout> layout,
                                                          bool reprint, const Session &session,
                                                          const QString &path)
{
    using R = Result<Rendered>;
    if (const Status allowed = m_audit.require(session, Capability::PrintDocuments, number);
        !allowed)
        return R(allowed.error());
    // Nothing is issued, counted or written when its QR code could not be signed.
    if (m_counter.hallKey.isEmpty())
        return R::failure(QStringLiteral("no-key"));
    DocumentSource source;
    source.hallName = m_counter.hallName;
    source.hallCode = m_counter.hallCode;
    source.calendar = &m_calendar;
    // A counter working in English prints the English edition.
    source.english = TemplateText::english();
    DocumentRepository repo(m_db);

    if (DocumentKinds::belongsToCase(kind)) {
        auto loaded = m_workflow.load(number, session);
        if (!loaded)
            return R(loaded.error());
        source.snapshot = loaded.value();
        auto subject = subjectFor(source.snapshot, kind);
        if (!subject)
            return R(subject.error());
        auto found = repo.find(kind, source.snapshot.record.id, subject.value());
        if (!found)
            return R(found.error());
        source.issued = found.value();
        if (source.issued.id == 0) {
            // Not issued yet: it is, in the transaction that writes it (below).
            source.issued.kind = kind;
            source.issued.caseId = source.snapshot.record.id;
            source.issued.caseNumber = source.snapshot.record.caseNumber;
            source.issued.subject = subject.value();
        }
        auto person = PersonRepository(m_db).findById(source.snapshot.record.personId);
        if (!person)
            return R(person.error());
        source.applicant = person.value();
        source.form = m_catalogue.find(source.snapshot.record.templateId);
    } else {
        if (!Permission::can(session, Capability::OpenCaseFile)) {
            (void)m_audit.record(session, QStringLiteral("refused"), number,
                                 QStringLiteral("view-document forbidden"));
            return R::failure(QStringLiteral("forbidden"));
        }
        auto found = repo.findByNumber(number);
        if (!found)
            return R(found.error());
        if (found.value().id == 0) {
            auto asCase = CaseRepository(m_db).findByNumber(number);
            if (asCase && asCase.value().id != 0)
                return R(notApplicable(QStringLiteral("%1 is a case: a %2 is for an intake that"
                                                      " was not accepted")
                                           .arg(number, DocumentKinds::key(kind))));
            return R::failure(QStringLiteral("not-found"), number);
        }
        if (found.value().kind != kind)
            return R(notApplicable(QStringLiteral("document %1 is a %2")
                                       .arg(number, DocumentKinds::key(found.value().kind))));
        if (kind == DocumentKind::NonAcceptance)
            if (const Status confirmed = nonAcceptanceConfirmed(found.value()); !confirmed)
                return R(confirmed.error());
        source.issued = found.value();
        source.form =
            m_catalogue.find(source.issued.data.value(QStringLiteral("templateId")).toString());
    }

    // Original or copy is the core's call, not the caller's: a paper counts as
    // issued once it has been rendered; every later print is a 补打 (COPY), and
    // a 补打 of a paper never issued is refused.
    const bool copy = source.issued.id != 0 && source.issued.renderedAt.isValid();
    if (reprint && !copy)
        return R::failure(QStringLiteral("not-issued"), number);
    const PaperLayout chosen = layout.value_or(m_paper.layoutFor(kind));
    QString target = path;
    bool written = false;
    Rendered out;
    out.layout = chosen;
    const Status done = m_db.transaction([&]() -> Status {
        IssuedDocument &doc = source.issued;
        if (doc.id == 0) {
            if (const Status s = issueNow(doc, session); !s)
                return s;
        } else if (!doc.renderedAt.isValid()) {
            // A notice recorded at the counter, on paper for the first time.
            doc.renderedAt = m_clock.now();
            if (const Status s = repo.markRendered(doc.id, doc.renderedAt); !s)
                return s;
        }
        int count = doc.reprints;
        if (copy) {
            auto n = repo.addReprint(doc.id, m_clock.now());
            if (!n)
                return Status(n.error());
            count = n.value();
        }
        DocumentSource shown = source;
        toLocal(shown);
        PrintedDocument paper = compose(kind, shown);
        // Signed, so any counter of the hall can trust it; never an unsigned code.
        const QrPayload payload =
            kind == DocumentKind::Acceptance
                ? QrPayload::receiptTracking(shown.issued.caseNumber, m_counter.hallCode,
                                             shown.snapshot.record.acceptedAt.date())
                : QrPayload::document(shown.issued.number, m_counter.hallCode,
                                      DocumentKinds::key(kind), shown.issued.issuedAt.date(),
                                      shown.issued.caseNumber);
        auto signedText = payload.sign(m_counter.hallKey);
        if (!signedText)
            return Status(signedText.error());
        paper.qrText = signedText.value();
        // The receipt opens the hall's tracking page on a phone when the hall has
        // one (an administrator's setting): BASE-URL/t/PAYLOAD; counters read both.
        if (kind == DocumentKind::Acceptance) {
            auto base = HallSettings(m_db).trackerBaseUrl();
            if (!base)
                return Status(base.error());
            paper.qrText = TrackerUrl::make(base.value(), paper.qrText);
        }
        if (copy)
            paper.reprintMark =
                (paper.english ? QStringLiteral("COPY (补打) no. %1, reprinted %2")
                               : QStringLiteral("补打（COPY） 第 %1 次 补打日期：%2"))
                    .arg(count)
                    .arg(m_clock.today().toString(QStringLiteral("yyyy-MM-dd")));
        if (target.isEmpty()) {
            const QString folder =
                m_counter.receiptsFolder.isEmpty() ? QDir::tempPath() : m_counter.receiptsFolder;
            QDir().mkpath(folder);
            target = QDir(folder).filePath(
                copy ? QStringLiteral("%1-copy%2.pdf").arg(doc.number).arg(count)
                     : doc.number + QStringLiteral(".pdf"));
        }
        auto rendered = DocumentRenderer::render(paper, chosen, target);
        if (!rendered)
            return Status(rendered.error());
        written = true;
        out.paper = rendered.value();
        const QString subject = doc.caseNumber.isEmpty() ? doc.number : doc.caseNumber;
        const QString detail =
            QStringLiteral("%1 %2 %3")
                .arg(DocumentKinds::key(kind), doc.number, PaperLayouts::key(chosen));
        return copy ? m_audit.recordInTransaction(session, QStringLiteral("document-reprint"),
                                                  subject,
                                                  detail + QStringLiteral(" #%1").arg(count))
                    : m_audit.recordInTransaction(session, QStringLiteral("document-print"),
                                                  subject, detail);
    });
    if (!done) {
        // Not on record, so not issued: no file may pass for it.
        if (written)
            QFile::remove(target);
        // Another counter issued it at the same moment: theirs is the original.
        if (done.error().code == QLatin1String("duplicate") && !copy && !reprint)
            return render(number, kind, layout, true, session, path);
        return R(done.error());
    }
    out.path = target;
    out.copy = copy;
    out.document = source.issued;
    if (copy) {
        auto after = repo.findByNumber(source.issued.number);
        if (after)
            out.document = after.value();
    }
    qCInfo(lcDocuments) << DocumentKinds::key(kind) << source.issued.number
                        << PaperLayouts::key(chosen) << (copy ? "reprint" : "print") << "by"
                        << session.username;
    return out;
}

Result<IssuedDocument> DocumentService::recordLoose(DocumentKind kind, const QJsonObject &data,
                                                    const Session &session)
{
    using R = Result<IssuedDocument>;
    DocumentRepository repo(m_db);
    IssuedDocument d;
    d.kind = kind;
    d.issuedAt = m_clock.now();
    d.issuedBy = session.displayName;
    d.issuedById = session.userId;
    d.counterCode = session.counterCode;
    d.data = data;
    // A non-acceptance is about its applicant: the citizen's file finds it by the ID number.
    if (kind == DocumentKind::NonAcceptance)
        d.subject = NonAcceptanceNoticeBuilder::fromJson(data).applicantIdNumber;
    const Status stored = m_db.transaction([&]() -> Status {
        auto n =
            repo.nextNumber(m_counter.hallCode, DocumentKinds::letter(kind), d.issuedAt.date());
        if (!n)
            return Status(n.error());
        d.number = n.value();
        auto id = repo.insert(d);
        if (!id)
            return Status(id.error());
        d.id = id.value();
        // Either paper ends the citizen's visit at this counter.
        if (const Status v = VisitRepository(m_db).endOpenAt(session.counterCode,
                                                             kind == DocumentKind::NonAcceptance
                                                                 ? Visit::Outcome::NotAccepted
                                                                 : Visit::Outcome::Notified,
                                                             QString(), d.issuedAt);
            !v)
            return v;
        // A refusal at the counter is a proposal: its notice is issued only once a
        // supervisor who did not make it confirms it.
        if (kind == DocumentKind::NonAcceptance) {
            // What the supervisor weighs: the matter, the reason and its legal ground.
            const NonAcceptance n = NonAcceptanceNoticeBuilder::fromJson(data);
            const QString detail =
                QStringLiteral("%1：%2（%3）").arg(n.matterTitle, n.reason, n.legalBasis);
            if (const Status f = ReviewRepository(m_db).flag(
                    QStringLiteral("non-acceptance"), QStringLiteral("document:%1").arg(d.id), 0,
                    d.number, detail, session, d.issuedAt);
                !f)
                return f;
            return m_audit.recordInTransaction(session, QStringLiteral("propose-non-acceptance"),
                                               d.number, DocumentKinds::key(kind));
        }
        return m_audit.recordInTransaction(session, QStringLiteral("document-issue"), d.number,
                                           DocumentKinds::key(kind));
    });
    if (!stored)
        return R(stored.error());
    qCInfo(lcDocuments) << DocumentKinds::key(kind) << d.number << "recorded by"
                        << session.username;
    return d;
}

Result<IssuedDocument> DocumentService::recordNonAcceptance(const NonAcceptance &decision,
                                                            const Session &session)
{
    using R = Result<IssuedDocument>;
    if (const Status allowed =
            m_audit.require(session, Capability::CounterActions, QStringLiteral("non-acceptance"));
        !allowed)
        return R(allowed.error());
    if (decision.reason.trimmed().isEmpty() || decision.legalBasis.trimmed().isEmpty())
        return R::failure(QStringLiteral("reason-required"));
    if (decision.applicantName.trimmed().isEmpty() || decision.applicantIdNumber.isEmpty())
        return R::failure(QStringLiteral("applicant-required"));
    NonAcceptance n = decision;
    if (n.matterTitle.isEmpty())
        if (const FormTemplate *form = m_catalogue.find(n.templateId))
            n.matterTitle = form->title.zh;
    return recordLoose(DocumentKind::NonAcceptance, NonAcceptanceNoticeBuilder::toJson(n), session);
}

Status DocumentService::nonAcceptanceConfirmed(const IssuedDocument &document) const
{
    auto decision = ReviewRepository(m_db).findByRef(
        QStringLiteral("non-acceptance"), QStringLiteral("document:%1").arg(document.id));
    if (!decision)
        return Status(decision.error());
    switch (decision.value().id == 0 ? ReviewItem::State::Open : decision.value().state) {
    case ReviewItem::State::Approved:
        return Status::success();
    case ReviewItem::State::Returned:
        return Status(
            notApplicable(QStringLiteral("the supervisor sent the non-acceptance %1 back: %2")
                              .arg(document.number, decision.value().comment)));
    case ReviewItem::State::Open:
        break;
    }
    return Status(notApplicable(QStringLiteral("the non-acceptance %1 awaits the supervisor's"
                                               " confirmation")
                                    .arg(document.number)));
}

Status DocumentService::applyNonAcceptanceDecision(const ReviewItem &decision) const
{
    // The verdict itself is the decision's state, which render() reads; what is
    // checked here is that it is about a non-acceptance on record.
    auto found = DocumentRepository(m_db).findByNumber(decision.subject);
    if (!found)
        return Status(found.error());
    if (found.value().id == 0 || found.value().kind != DocumentKind::NonAcceptance ||
        decision.ref != QStringLiteral("document:%1").arg(found.value().id))
        return Status::failure(QStringLiteral("not-found"), decision.subject);
    return Status::success();
}

Result<QList<DocumentService::CounterDecision>>
DocumentService::nonAcceptancesFor(const QString &idNumber, const Session &session) const
{
    using R = Result<QList<CounterDecision>>;
    if (const Status allowed =
            m_audit.require(session, Capability::OpenCaseFile, IdNumber::masked(idNumber));
        !allowed)
        return R(allowed.error());
    auto q = m_db.run(QStringLiteral("SELECT number FROM documents WHERE kind = ?"
                                     " AND case_id IS NULL AND subject = ? ORDER BY id DESC"
                                     " LIMIT 20"),
                      {DocumentKinds::key(DocumentKind::NonAcceptance), idNumber});
    if (!q)
        return R(q.error());
    QStringList numbers;
    while (q.value().next())
        numbers << q.value().value(0).toString();
    QList<CounterDecision> list;
    DocumentRepository documents(m_db);
    ReviewRepository reviews(m_db);
    for (const QString &number : std::as_const(numbers)) {
        CounterDecision d;
        auto doc = documents.findByNumber(number);
        if (!doc)
            return R(doc.error());
        d.document = doc.value();
        auto decision = reviews.findByRef(QStringLiteral("non-acceptance"),
                                          QStringLiteral("document:%1").arg(d.document.id));
        if (!decision)
            return R(decision.error());
        d.decision = decision.value();
        list << d;
    }
    // What was read about the citizen (nothing read, nothing to record).
    if (!list.isEmpty())
        if (const Status a =
                m_audit.record(session, QStringLiteral("view-non-acceptances"),
                               IdNumber::masked(idNumber), QString::number(list.size()));
            !a)
            return R(a.error());
    return list;
}

Result<IssuedDocument> DocumentService::recordNotification(const NotificationData &data,
                                                           const QString &templateId,
                                                           const Session &session)
{
    if (const Status allowed =
            m_audit.require(session, Capability::CounterActions, QStringLiteral("notification"));
        !allowed)
        return Result<IssuedDocument>(allowed.error());
    return recordLoose(DocumentKind::Notification,
                       NotificationNoticeBuilder::toJson(data, templateId), session);
}

} // namespace OneWindow
