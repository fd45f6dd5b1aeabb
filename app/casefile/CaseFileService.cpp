#include "casefile/CaseFileService.h"

#include "casefile/CaseFileLog.h"
#include "casefile/CaseRepository.h"
#include "casefile/FileDocumentRepository.h"
#include "casefile/PauseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/Clock.h"
#include "common/CounterLock.h"
#include "identity/IdNumber.h"
#include "review/ReviewRepository.h"
#include "security/AuditLog.h"
#include "security/AuditedRead.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QHash>

namespace OneWindow {

namespace {

Result<QList<Appointment>> appointmentsOn(const Database &db, qint64 personId, const QDate &day)
{
    auto q = db.run(QStringLiteral("SELECT id, code, matter_code, title, day, slot, counter_code,"
                                   " state, version FROM appointments"
                                   " WHERE person_id = ? AND day = ? ORDER BY slot, id"),
                    {personId, day});
    if (!q)
        return Result<QList<Appointment>>(q.error());
    QList<Appointment> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Appointment a;
        a.id = r.value(0).toLongLong();
        a.code = r.value(1).toString();
        a.personId = personId;
        a.matterCode = r.value(2).toString();
        a.title = r.value(3).toString();
        a.day = r.value(4).toDate();
        a.slot = r.value(5).toString();
        a.counterCode = r.value(6).toString();
        a.state = r.value(7).toString();
        a.version = r.value(8).toInt();
        list.append(a);
    }
    return list;
}

} // namespace

QString CaseFileService::maskedQuery(const QString &query)
{
    const QString q = query.trimmed();
    if (q.size() <= 1)
        return q.isEmpty() ? QString() : QStringLiteral("*");
    // Digits keep what a region code or a phone prefix says; anything else its first letter.
    bool digits = true;
    for (const QChar c : q)
        digits = digits && (c.isDigit() || c == QLatin1Char('X') || c == QLatin1Char('x'));
    const int keep = digits ? qMin(6, int(q.size()) - 1) : 1;
    return q.left(keep) + QString(q.size() - keep, QLatin1Char('*'));
}

QString CaseFileService::maskedPhone(const QString &phone)
{
    if (phone.size() < 8)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

Status CaseFileService::authorize(qint64 personId, const Session &session,
                                  const QString &purpose) const
{
    const QString subject = QStringLiteral("person:%1").arg(personId);
    if (Permission::can(session, Capability::OpenCaseFile))
        return Status::success();
    if (Permission::can(session, Capability::OpenFileWithPurpose)) {
        // Their own department's citizens need no reason.
        auto own = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM sub_cases s JOIN cases c"
                                              " ON c.id = s.case_id WHERE c.person_id = ?"
                                              " AND s.department = ?"),
                               {personId, session.department});
        if (!own)
            return Status(own.error());
        if (own.value().toInt() > 0 || !purpose.trimmed().isEmpty())
            return Status::success();
        (void)m_audit.record(session, QStringLiteral("refused"), subject,
                             QStringLiteral("view-case-file purpose-required"));
        return Status::failure(QStringLiteral("purpose-required"));
    }
    (void)m_audit.record(session, QStringLiteral("refused"), subject,
                         QStringLiteral("view-case-file ") +
                             Permission::key(Capability::OpenCaseFile));
    return Status::failure(QStringLiteral("forbidden"));
}

Status CaseFileService::unlocked() const
{
    if (!m_lock || !m_lock->isLocked())
        return Status::success();
    qCInfo(lcCaseFile) << "a file was not opened: the counter is locked";
    return m_lock->check();
}

Result<CaseFile> CaseFileService::open(const QString &idNumber, const Session &session,
                                       const QString &purpose)
{
    if (const Status s = unlocked(); !s)
        return Result<CaseFile>(s.error());
    auto person = PersonRepository(m_db).findByIdNumber(idNumber);
    if (!person)
        return Result<CaseFile>(person.error());
    CaseFile file;
    file.person = person.value();
    if (file.person.id == 0) {
        // New to the hall: nothing on file to show, but the door is the same.
        if (!Permission::can(session, Capability::OpenCaseFile))
            return Result<CaseFile>::failure(QStringLiteral("forbidden"));
        file.person.idNumber = idNumber;
        return file;
    }
    return fill(file, session, purpose);
}

Result<CaseFile> CaseFileService::openPerson(qint64 personId, const Session &session,
                                             const QString &purpose)
{
    if (const Status s = unlocked(); !s)
        return Result<CaseFile>(s.error());
    auto person = PersonRepository(m_db).findById(personId);
    if (!person)
        return Result<CaseFile>(person.error());
    if (person.value().id == 0)
        return Result<CaseFile>::failure(QStringLiteral("not-found"),
                                         QStringLiteral("person:%1").arg(personId));
    CaseFile file;
    file.person = person.value();
    return fill(file, session, purpose);
}

Result<CaseFile> CaseFileService::openByCaseNumber(const QString &caseNumber,
                                                   const Session &session, const QString &purpose)
{
    if (const Status s = unlocked(); !s)
        return Result<CaseFile>(s.error());
    auto found = CaseRepository(m_db).findByNumber(caseNumber);
    if (!found)
        return Result<CaseFile>(found.error());
    if (found.value().id == 0)
        return Result<CaseFile>::failure(QStringLiteral("not-found"),
                                         QStringLiteral("case:%1").arg(caseNumber));
    return openPerson(found.value().personId, session, purpose);
}

Result<TrackedCase> CaseFileService::track(const QString &caseNumber, const Session &session) const
{
    using R = Result<TrackedCase>;
    if (!session.isTracker()) {
        (void)m_audit.record(session, QStringLiteral("refused"), caseNumber,
                             QStringLiteral("track-case"));
        return R::failure(QStringLiteral("forbidden"));
    }
    bool missing = false;
    auto read =
        auditedRead(m_audit, session, QStringLiteral("track-case"), caseNumber, {}, [&]() -> R {
            auto found = CaseRepository(m_db).findByNumber(caseNumber);
            if (!found)
                return R(found.error());
            TrackedCase t;
            t.record = found.value();
            if (t.record.id == 0) {
                missing = true;
                return t;
            }
            auto name = PersonRepository(m_db).nameOf(t.record.personId);
            if (!name)
                return R(name.error());
            t.applicantName = name.value();
            PauseRepository pauses(m_db);
            if (t.record.state == CaseState::AwaitingSupplement) {
                auto p = pauses.pauses(t.record.id);
                if (!p)
                    return R(p.error());
                for (const CasePause &pause : p.value())
                    if (pause.isOpen() && pause.kind == CasePause::Kind::Supplement)
                        t.awaitedMaterials << pause.outstanding();
            }
            if (t.record.isOpen()) {
                auto k = pauses.commitments(t.record.id);
                if (!k)
                    return R(k.error());
                for (const CaseCommitment &c : k.value())
                    if (c.isOpen())
                        t.awaitedMaterials << c.material;
            }
            t.awaitedMaterials.removeDuplicates();
            return t;
        });
    if (read && missing)
        return R::failure(QStringLiteral("not-found"), caseNumber);
    return read;
}

Result<CaseFile> CaseFileService::fill(CaseFile file, const Session &session,
                                       const QString &purpose)
{
    if (const Status allowed = authorize(file.person.id, session, purpose); !allowed)
        return Result<CaseFile>(allowed.error());
    const QString subject = QStringLiteral("person:%1").arg(file.person.id);
    const bool stated =
        !Permission::can(session, Capability::OpenCaseFile) && !purpose.trimmed().isEmpty();
    const Status audited = m_db.transaction([&]() -> Status {
        if (const Status a = m_audit.recordInTransaction(
                session, QStringLiteral("view-case-file"), subject,
                stated ? QStringLiteral("purpose: ") + purpose.trimmed() : QString());
            !a)
            return a;
        if (!stated)
            return Status::success();
        // A look outside one's department: the supervisor sees why.
        return ReviewRepository(m_db).flag(QStringLiteral("purpose-opening"),
                                           QStringLiteral("opening:%1:%2")
                                               .arg(file.person.id)
                                               .arg(m_audit.clock().now().toMSecsSinceEpoch()),
                                           0, subject, purpose.trimmed(), session,
                                           m_audit.clock().now());
    });
    if (!audited)
        return Result<CaseFile>(audited.error());
    CaseRepository cases(m_db);
    auto open = cases.openForPerson(file.person.id);
    if (!open)
        return Result<CaseFile>(open.error());
    file.openCases = open.value();
    PauseRepository pauses(m_db);
    for (const CaseRecord &c : std::as_const(file.openCases)) {
        QStringList awaited;
        if (c.state == CaseState::AwaitingSupplement) {
            auto p = pauses.pauses(c.id);
            if (!p)
                return Result<CaseFile>(p.error());
            for (const CasePause &pause : p.value())
                if (pause.isOpen() && pause.kind == CasePause::Kind::Supplement)
                    awaited << pause.outstanding();
        }
        auto k = pauses.commitments(c.id);
        if (!k)
            return Result<CaseFile>(k.error());
        for (const CaseCommitment &commitment : k.value())
            if (commitment.isOpen())
                awaited << commitment.material;
        if (!awaited.isEmpty())
            file.awaitedMaterials.insert(c.id, awaited);
    }
    auto past = cases.pastForPerson(file.person.id, kPastPageSize, 0);
    if (!past)
        return Result<CaseFile>(past.error());
    file.pastCases = past.value();
    if (file.pastCases.size() < kPastPageSize) {
        file.pastCasesTotal = int(file.pastCases.size());
    } else {
        auto total = cases.countPastForPerson(file.person.id);
        if (!total)
            return Result<CaseFile>(total.error());
        file.pastCasesTotal = total.value();
    }
    const QDate today = m_audit.clock().today();
    auto docs = FileDocumentRepository(m_db).reusable(file.person.id, today);
    if (!docs)
        return Result<CaseFile>(docs.error());
    file.reusableDocuments = docs.value();
    auto appointments = appointmentsOn(m_db, file.person.id, today);
    if (!appointments)
        return Result<CaseFile>(appointments.error());
    file.appointmentsToday = appointments.value();
    return file;
}

Result<PersonSearchPage> CaseFileService::search(const QString &query, int limit, int offset,
                                                 const Session &session) const
{
    if (const Status s = unlocked(); !s)
        return Result<PersonSearchPage>(s.error());
    if (!Permission::can(session, Capability::SearchPersons)) {
        (void)m_audit.record(session, QStringLiteral("refused"), QStringLiteral("search"),
                             Permission::key(Capability::SearchPersons));
        return Result<PersonSearchPage>::failure(QStringLiteral("forbidden"));
    }
    // Every page shows other people: each is on the record, with the query masked.
    const QString detail = offset > 0
                               ? QStringLiteral("%1 offset %2").arg(maskedQuery(query)).arg(offset)
                               : maskedQuery(query);
    auto page =
        auditedRead(m_audit, session, QStringLiteral("search"), QStringLiteral("persons"), detail,
                    [&] { return PersonSearch(m_db).search(query, limit, offset); });
    if (!page)
        return page;
    PersonSearchPage masked = page.value();
    for (PersonHit &h : masked.hits) {
        h.idNumber = IdNumber::masked(h.idNumber);
        h.phone = maskedPhone(h.phone);
    }
    return masked;
}

Result<QList<CaseRecord>> CaseFileService::pastCases(qint64 personId, int limit, int offset,
                                                     const Session &session,
                                                     const QString &purpose) const
{
    if (const Status s = unlocked(); !s)
        return Result<QList<CaseRecord>>(s.error());
    if (const Status allowed = authorize(personId, session, purpose); !allowed)
        return Result<QList<CaseRecord>>(allowed.error());
    return auditedRead(m_audit, session, QStringLiteral("view-past-cases"),
                       QStringLiteral("person:%1").arg(personId),
                       QStringLiteral("offset %1").arg(offset),
                       [&] { return CaseRepository(m_db).pastForPerson(personId, limit, offset); });
}

} // namespace OneWindow
