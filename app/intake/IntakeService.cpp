#include "intake/IntakeService.h"

#include "casefile/CaseNumberAllocator.h"
#include "casefile/CaseRepository.h"
#include "casefile/FileDocumentRepository.h"
#include "casefile/PauseRepository.h"
#include "casefile/PersonRepository.h"
#include "casefile/VisitRepository.h"
#include "common/Clock.h"
#include "common/PlainText.h"
#include "intake/DraftService.h"
#include "intake/EvidenceRepository.h"
#include "intake/HeldDocuments.h"
#include "intake/IntakeLog.h"
#include "review/ReviewRepository.h"
#include "security/AuditLog.h"
#include "security/HallSettings.h"
#include "storage/Database.h"
#include "templates/FeeSchedule.h"
#include "templates/FieldValidator.h"
#include "templates/FormTemplate.h"
#include "templates/MaterialsChecklist.h"

#include <QHash>
#include <QRandomGenerator>

#include <QJsonObject>
#include <algorithm>

namespace OneWindow {

void IntakeService::planSteps(const FormTemplate &form, const QVariantMap &values,
                              const QDate &acceptedOn, CaseRecord &record) const
{
    // A step's clock starts when the steps it waits for are due; the case is due
    // when the last one is. Both limits are planned the same way.
    QHash<QString, QDate> due;
    QHash<QString, QDate> statutoryDue;
    // The created steps each step waits for: a step left out (its `when` does not
    // hold) passes its own predecessors on to the steps after it.
    QHash<QString, QStringList> waitsFor;
    int order = 0;
    for (const StepDefinition &step : form.steps) {
        QDate start = acceptedOn;
        QDate statutoryStart = acceptedOn;
        QStringList predecessors;
        for (const QString &before : step.after) {
            start = qMax(start, due.value(before, start));
            statutoryStart = qMax(statutoryStart, statutoryDue.value(before, statutoryStart));
            for (const QString &p : waitsFor.value(before))
                if (!predecessors.contains(p))
                    predecessors << p;
        }
        if (!step.when.evaluate(values)) {
            due.insert(step.id, start);
            statutoryDue.insert(step.id, statutoryStart);
            waitsFor.insert(step.id, predecessors);
            continue;
        }
        SubCase s;
        s.order = order++;
        s.stepKey = step.id;
        s.department = step.department;
        s.title = step.title.zh;
        s.after = predecessors;
        s.receives = step.receives;
        s.state = predecessors.isEmpty() ? StepState::Open : StepState::Waiting;
        s.startsOn = start;
        s.workingDays = step.workingDays;
        s.statutoryDays = qMax(step.statutoryDays, step.workingDays);
        s.deadline = m_calendar.addWorkingDays(start, s.workingDays);
        s.statutoryDeadline = m_calendar.addWorkingDays(statutoryStart, s.statutoryDays);
        due.insert(step.id, s.deadline);
        statutoryDue.insert(step.id, s.statutoryDeadline);
        waitsFor.insert(step.id, {step.id});
        record.deadline = qMax(record.deadline, s.deadline);
        record.statutoryDeadline = qMax(record.statutoryDeadline, s.statutoryDeadline);
        record.subCases.append(s);
    }
}

Status IntakeService::flagForReview(const CaseRecord &record, bool sampled, const QString &waiver,
                                    const Session &session, const QDateTime &now)
{
    ReviewRepository reviews(m_db);
    const QString ref = QStringLiteral("case:%1").arg(record.id);
    bool flagged = false;
    auto flag = [&](const QString &kind, const QString &detail) {
        flagged = true;
        return reviews.flag(kind, ref, record.id, record.caseNumber, detail, session, now);
    };
    // One item per doubt about the identity, carrying the clerk's reason; a reason
    // given without such a doubt is a validation override of its own.
    QStringList problems = record.identityFlags;
    problems.removeAll(QStringLiteral("manual-identity"));
    problems.removeAll(QStringLiteral("qr-identity"));
    problems.removeAll(QStringLiteral("unverified-identity"));
    auto detail = [&](const QStringList &what) {
        QStringList parts = what;
        if (!record.overrideReason.isEmpty())
            parts << record.overrideReason;
        return parts.join(QStringLiteral(": "));
    };
    if (record.identitySource == QLatin1String("manual"))
        if (const Status s = flag(QStringLiteral("manual-identity"), detail({})); !s)
            return s;
    if (record.identitySource == QLatin1String("qr"))
        if (const Status s = flag(QStringLiteral("e-id-only"), detail({})); !s)
            return s;
    if (record.identitySource == IdentitySources::key(IdentitySource::Unverified))
        if (const Status s = flag(QStringLiteral("unverified-identity"), detail({})); !s)
            return s;
    if (!problems.isEmpty())
        if (const Status s =
                flag(QStringLiteral("card-problem"), detail({problems.join(QLatin1Char(','))}));
            !s)
            return s;
    if (!flagged && !record.overrideReason.isEmpty())
        if (const Status s = flag(QStringLiteral("override"), record.overrideReason); !s)
            return s;
    if (!waiver.isEmpty())
        if (const Status s = flag(QStringLiteral("fee-waiver"), waiver); !s)
            return s;
    if (!flagged && sampled)
        return flag(QStringLiteral("sample"), {});
    return Status::success();
}

Result<IntakeService::Identity>
IntakeService::identify(const IntakeRequest &request, const Session &session, const QDateTime &now)
{
    QList<qint64> ids{request.applicantEvidence};
    for (auto it = request.partyEvidence.cbegin(); it != request.partyEvidence.cend(); ++it)
        ids << it.value();
    auto found = EvidenceRepository(m_db).find(ids);
    if (!found)
        return Result<Identity>(found.error());
    // A client pointing at evidence that is not this visit's is not trusted: refused,
    // on the record (the subject names the evidence, never an ID number).
    const auto refuse = [&](const QString &code, qint64 id, const QString &role,
                            const QString &why) {
        const QString detail = role + QStringLiteral(": ") + why;
        (void)m_audit.record(session, QStringLiteral("evidence-refused"),
                             QStringLiteral("evidence:%1").arg(id),
                             code + QLatin1Char(' ') + detail);
        return Result<Identity>::failure(code, detail);
    };
    const auto sameNumber = [](const QString &a, const QString &b) {
        return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };

    Identity identity;
    if (request.applicantEvidence == 0) {
        // No counter evidence (the CLI, a script, an online pre-application).
        identity.applicant = request.applicant;
        identity.source = IdentitySources::key(IdentitySource::Unverified);
        identity.flags << QStringLiteral("unverified-identity");
    } else {
        const qint64 id = request.applicantEvidence;
        const QString role = QStringLiteral("applicant");
        if (!found.value().contains(id))
            return refuse(QStringLiteral("evidence-unknown"), id, role, QStringLiteral("unknown"));
        const VisitEvidence &e = found.value().value(id);
        if (!request.applicant.idNumber.isEmpty() &&
            !sameNumber(request.applicant.idNumber, e.idNumber()))
            return refuse(QStringLiteral("evidence-mismatch"), id, role,
                          QStringLiteral("another person"));
        if (e.counterCode != session.counterCode)
            return refuse(QStringLiteral("evidence-mismatch"), id, role,
                          QStringLiteral("another counter"));
        if (!e.belongsToVisit(session.counterCode, now))
            return refuse(QStringLiteral("evidence-mismatch"), id, role,
                          QStringLiteral("an earlier visit"));
        identity.evidence = e;
        identity.applicant = e.card;
        identity.source = e.kindKey();
        identity.flags = e.problemCodes();
        identity.problems = identity.flags;
    }
    QStringList roles = request.partyEvidence.keys();
    roles.sort();
    for (const QString &field : std::as_const(roles)) {
        const qint64 id = request.partyEvidence.value(field);
        const FieldDefinition *f = request.form->field(field);
        if (!f || f->type != FieldDefinition::Type::Person)
            return refuse(QStringLiteral("evidence-mismatch"), id, field,
                          QStringLiteral("not a person field"));
        if (!found.value().contains(id))
            return refuse(QStringLiteral("evidence-unknown"), id, field, QStringLiteral("unknown"));
        const VisitEvidence &e = found.value().value(id);
        if (!sameNumber(HeldDocuments::partyIdNumber(request.values, field), e.idNumber()))
            return refuse(QStringLiteral("evidence-mismatch"), id, field,
                          QStringLiteral("another person"));
        // A party's card read at an earlier visit (a resumed draft) still carries its
        // problems; it proves no card today (HeldDocuments).
        identity.parties.insert(field, e);
        for (const QString &code : e.problemCodes()) {
            identity.flags << field + QLatin1Char(':') + code;
            identity.problems << field + QLatin1Char(':') + code;
        }
    }
    return identity;
}

CaseRecord IntakeService::plan(const FormTemplate &form, const QVariantMap &values) const
{
    CaseRecord record;
    planSteps(form, values, m_clock.today(), record);
    return record;
}

Status IntakeService::endVisit(qint64 evidenceId, const QString &caseNumber, const QDateTime &now)
{
    const VisitRepository visits(m_db);
    auto visit = visits.visitOfEvidence(evidenceId);
    if (!visit)
        return Status(visit.error());
    if (visit.value() == 0)
        return Status::success();
    if (const Status t = visits.touch(visit.value(), caseNumber); !t)
        return t;
    return visits.end(visit.value(), Visit::Outcome::Accepted, now);
}

Result<CaseRecord> IntakeService::accept(const IntakeRequest &request, const Session &session)
{
    if (const Status allowed = m_audit.require(
            session, Capability::RunIntake,
            request.form ? QStringLiteral("intake:") + request.form->id : QStringLiteral("intake"));
        !allowed)
        return Result<CaseRecord>(allowed.error());
    if (!request.form || (request.applicant.idNumber.isEmpty() && request.applicantEvidence == 0))
        return Result<CaseRecord>::failure(QStringLiteral("invalid-form"),
                                           QStringLiteral("no matter or no applicant"));
    const FormTemplate &form = *request.form;
    // A name typed at the counter (or in an answers file) as it will be stored and
    // printed; the reasons a supervisor will read.
    for (const auto &[field, text, lines, length] :
         {std::tuple{QStringLiteral("applicant.name"), request.applicant.name,
                     PlainText::Lines::One, PlainText::kMaxName},
          std::tuple{QStringLiteral("overrideReason"), request.overrideReason,
                     PlainText::Lines::Many, PlainText::kMaxReason},
          std::tuple{QStringLiteral("feeWaiverReason"), request.feeWaiverReason,
                     PlainText::Lines::Many, PlainText::kMaxReason}})
        if (const Status s = PlainText::check(field, text.trimmed(), lines, length); !s)
            return Result<CaseRecord>(s.error());
    const QDateTime now = m_clock.now();
    auto identified = identify(request, session, now);
    if (!identified)
        return Result<CaseRecord>(identified.error());
    const Identity &identity = identified.value();

    const auto problems = FieldValidator::validateAll(form, request.values, now.date());
    if (!problems.isEmpty())
        return Result<CaseRecord>::failure(QStringLiteral("invalid-form"),
                                           QStringList(problems.keys()).join(QLatin1Char(',')));
    QString phone;
    for (const FieldDefinition &f : form.fields)
        if (f.prefill == QLatin1String("casefile.phone"))
            phone = request.values.value(f.id).toString();

    CaseRecord record;
    record.matterCode = form.matterCode;
    record.templateId = form.id;
    record.templateVersion = form.version;
    record.title = form.title.zh;
    record.state = CaseState::Accepted;
    record.counterCode = session.counterCode;
    record.clerkId = session.userId;
    record.acceptedAt = now;
    record.identitySource = identity.source;
    record.identityFlags = identity.flags;
    record.overrideReason = request.overrideReason.trimmed();
    record.formData = QJsonObject::fromVariantMap(request.values);
    planSteps(form, request.values, now.date(), record);

    // What the file already satisfies, by the core's rule from its own records.
    auto known = PersonRepository(m_db).findByIdNumber(identity.applicant.idNumber);
    if (!known)
        return Result<CaseRecord>(known.error());
    auto onFile = FileDocumentRepository(m_db).reusable(known.value().id, now.date());
    if (!onFile)
        return Result<CaseRecord>(onFile.error());
    const QSet<QString> held =
        HeldDocuments::derive(onFile.value(), identity.evidence, identity.parties, request.values,
                              {session.counterCode, now});

    // Every material is handed in, held already, or (容缺) promised by a signed
    // commitment no later than the promised date, where the template allows it.
    QStringList missing;
    QList<CaseCommitment> commitments;
    for (const auto &item : MaterialsChecklist::compute(form, request.values, held)) {
        const MaterialDefinition &m = item.material;
        if (item.onFile) {
            record.materials.append({m.id, m.title.zh, QStringLiteral("on-file")});
            continue;
        }
        if (request.materialsReceived.contains(m.id)) {
            record.materials.append({m.id, m.title.zh, QStringLiteral("counter")});
            continue;
        }
        const auto promise =
            std::find_if(request.commitments.cbegin(), request.commitments.cend(),
                         [&](const IntakeRequest::Commitment &c) { return c.material == m.id; });
        if (promise == request.commitments.cend()) {
            missing << m.id;
            continue;
        }
        if (!m.mayFollow)
            return Result<CaseRecord>::failure(QStringLiteral("commitment-not-allowed"), m.id);
        if (!promise->due.isValid() || promise->due < now.date() || promise->due > record.deadline)
            return Result<CaseRecord>::failure(
                QStringLiteral("commitment-date"),
                QStringLiteral("%1 by %2").arg(m.id, record.deadline.toString(Qt::ISODate)));
        CaseCommitment c;
        c.material = m.id;
        c.title = m.title.zh;
        c.due = promise->due;
        c.signedAt = now;
        commitments << c;
    }
    if (!missing.isEmpty())
        return Result<CaseRecord>::failure(QStringLiteral("materials-missing"),
                                           missing.join(QLatin1Char(',')));
    // A flagged identity (expired card, wrong check digit, manual entry, e-ID code,
    // a party's card with a problem) is accepted only with the clerk's reason,
    // which the supervisor reviews. An unverified one has no clerk to ask: it is
    // reviewed all the same.
    if (!identity.problems.isEmpty() && request.overrideReason.trimmed().isEmpty())
        return Result<CaseRecord>::failure(QStringLiteral("override-reason-missing"),
                                           identity.problems.join(QLatin1Char(',')));

    // Fees waived (a family on 低保, say): only with a reason, only when there are
    // fees, and always before the supervisor.
    QString waiver;
    if (const QString why = request.feeWaiverReason.trimmed(); !why.isEmpty()) {
        const double owed = FeeSchedule::total(FeeSchedule::compute(form, request.values));
        if (owed <= 0)
            return Result<CaseRecord>::failure(QStringLiteral("nothing-to-waive"));
        waiver = QStringLiteral("%1 元：%2").arg(QString::number(owed, 'f', 2), why);
    }

    // Part of ordinary cases goes to the supervisor as a random sample.
    auto settings = HallSettings(m_db).load();
    if (!settings)
        return Result<CaseRecord>(settings.error());
    const bool sampled =
        int(QRandomGenerator::global()->bounded(100)) < settings.value().reviewSamplePercent;

    bool replayed = false;
    const Status stored = m_db.transaction([&]() -> Status {
        auto person = PersonRepository(m_db).upsertFromCard(identity.applicant, phone);
        if (!person)
            return Status(person.error());
        record.personId = person.value().id;
        record.intakeKey = request.intakeKey;
        // A retried accept (the commit's answer was lost with the connection) finds the
        // case the first attempt stored: no second case, no second number.
        auto fresh = CaseRepository(m_db).storeOnce(
            record, [&] { return CaseNumberAllocator(m_db, m_hall).next(now.date()); });
        if (!fresh)
            return Status(fresh.error());
        // The applicant's draft of this matter has become the case, in the same commit:
        // a window that never heard the answer finds the case, not the draft, next time.
        if (const Status d =
                DraftService(m_db, m_clock, m_audit)
                    .removeInTransaction(identity.applicant.idNumber, form.id, session);
            !d)
            return d;
        if (!fresh.value()) {
            replayed = true;
            return m_audit.recordInTransaction(session, QStringLiteral("intake-replay"),
                                               record.caseNumber, form.id);
        }
        CaseEvent accepted;
        accepted.caseId = record.id;
        accepted.action = CaseAction::Accept;
        accepted.toState = CaseStates::key(CaseState::Accepted);
        accepted.actor = session.displayName;
        accepted.actorId = session.userId;
        accepted.at = now;
        if (const Status e = CaseRepository(m_db).appendEvent(accepted); !e)
            return e;
        for (CaseCommitment &c : commitments) {
            c.caseId = record.id;
            auto id = PauseRepository(m_db).insert(c);
            if (!id)
                return Status(id.error());
        }
        // The evidence the case was accepted on stays with it.
        EvidenceRepository evidence(m_db);
        if (identity.evidence.isRecorded())
            if (const Status l = evidence.linkToCase(record.id, identity.evidence.id,
                                                     QStringLiteral("applicant"));
                !l)
                return l;
        for (auto it = identity.parties.cbegin(); it != identity.parties.cend(); ++it)
            if (const Status l = evidence.linkToCase(record.id, it.value().id, it.key()); !l)
                return l;
        // The visit the applicant was identified in accepted this case, and ends.
        if (identity.evidence.isRecorded())
            if (const Status v = endVisit(identity.evidence.id, record.caseNumber, now); !v)
                return v;
        if (const Status f = flagForReview(record, sampled, waiver, session, now); !f)
            return f;
        return m_audit.recordInTransaction(session, QStringLiteral("accept-case"),
                                           record.caseNumber, form.id);
    });
    if (!stored) {
        if (stored.error().code == QLatin1String("intake-key-reused")) {
            // Another applicant's or matter's case holds the key: that case is named on
            // the record, never to the caller.
            (void)m_audit.record(session, QStringLiteral("intake-key-refused"),
                                 stored.error().detail, form.id);
            return Result<CaseRecord>::failure(stored.error().code);
        }
        return Result<CaseRecord>(stored.error());
    }
    qCInfo(lcIntake) << (replayed ? "replayed" : "accepted") << record.caseNumber << form.id;
    return record;
}

} // namespace OneWindow
