#include "workflow/IntakeService.h"

#include "casefile/CaseNumberAllocator.h"
#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/Clock.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "templates/FieldValidator.h"
#include "templates/FormTemplate.h"
#include "templates/MaterialsChecklist.h"
#include "workflow/WorkflowLog.h"

#include <QHash>
#include <QJsonObject>

namespace OneWindow {

Result<CaseRecord> IntakeService::accept(const IntakeRequest &request, const Session &session)
{
    if (session.role != Role::Clerk && session.role != Role::Supervisor)
        return Result<CaseRecord>::failure(QStringLiteral("forbidden"),
                                           QStringLiteral("only counter staff accept cases"));
    if (!request.form || request.applicant.idNumber.isEmpty())
        return Result<CaseRecord>::failure(QStringLiteral("invalid-form"),
                                           QStringLiteral("no matter or no applicant"));
    const FormTemplate &form = *request.form;
    const QDateTime now = m_clock.now();

    const auto problems = FieldValidator::validateAll(form, request.values, now.date());
    if (!problems.isEmpty())
        return Result<CaseRecord>::failure(QStringLiteral("invalid-form"),
                                           QStringList(problems.keys()).join(QLatin1Char(',')));
    QStringList missing;
    QList<CaseMaterial> materials;
    for (const auto &item :
         MaterialsChecklist::compute(form, request.values, request.heldDocuments)) {
        if (item.onFile)
            materials.append({item.material.id, item.material.title.zh, QStringLiteral("on-file")});
        else if (request.materialsReceived.contains(item.material.id))
            materials.append({item.material.id, item.material.title.zh, QStringLiteral("counter")});
        else
            missing << item.material.id;
    }
    if (!missing.isEmpty())
        return Result<CaseRecord>::failure(QStringLiteral("materials-missing"),
                                           missing.join(QLatin1Char(',')));

    QString phone;
    for (const FieldDefinition &f : form.fields)
        if (f.prefill == QLatin1String("casefile.phone"))
            phone = request.values.value(f.id).toString();

    CaseRecord record;
    record.matterCode = form.matterCode;
    record.templateId = form.id;
    record.templateVersion = form.version;
    record.title = form.title.zh;
    record.state = QStringLiteral("accepted");
    record.counterCode = session.counterCode;
    record.clerkId = session.userId;
    record.acceptedAt = now;
    record.identitySource = request.identitySource;
    record.identityFlags = request.identityFlags;
    record.formData = QJsonObject::fromVariantMap(request.values);
    record.materials = materials;

    // A step starts when the steps it waits for are due; the case is due when the last one is.
    QHash<QString, QDate> due;
    int order = 0;
    for (const StepDefinition &step : form.steps) {
        QDate start = now.date();
        for (const QString &before : step.after)
            start = qMax(start, due.value(before, start));
        if (!step.when.evaluate(request.values)) {
            // Not wanted this time: no sub-case, and the steps after it do not wait.
            due.insert(step.id, start);
            continue;
        }
        SubCase s;
        s.order = order++;
        s.department = step.department;
        s.title = step.title.zh;
        s.deadline = m_calendar.addWorkingDays(start, step.workingDays);
        due.insert(step.id, s.deadline);
        record.deadline = qMax(record.deadline, s.deadline);
        record.subCases.append(s);
    }

    const Status stored = m_db.transaction([&]() -> Status {
        auto person = PersonRepository(m_db).upsertFromCard(request.applicant, phone);
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
        if (!fresh.value())
            return Status::success();
        return m_audit.recordInTransaction(session, QStringLiteral("accept-case"),
                                           record.caseNumber, form.id);
    });
    if (!stored)
        return Result<CaseRecord>(stored.error());
    qCInfo(lcWorkflow) << "accepted" << record.caseNumber << form.id;
    return record;
}

} // namespace OneWindow
