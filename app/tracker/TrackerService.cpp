#include "tracker/TrackerService.h"

#include "casefile/CaseFileService.h"
#include "common/Clock.h"
#include "identity/NameMask.h"
#include "identity/QrPayload.h"
#include "ratings/RatingService.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"

namespace OneWindow {

namespace {

using R = Result<TrackerView>;

TrackerView::Text pair(const LocalizedText &text, const QString &stored)
{
    return {text.zh.isEmpty() ? stored : text.zh, text.en};
}

TrackerView::Text stepTitle(const FormTemplate *form, const SubCase &s)
{
    if (form) {
        for (const StepDefinition &d : form->steps)
            if (d.id == s.stepKey)
                return pair(d.title, s.title);
        for (const StepDefinition &d : form->steps)
            if (d.department == s.department)
                return pair(d.title, s.title);
    }
    return {s.title, {}};
}

TrackerView::Text department(const FormTemplate *form, const QString &id)
{
    if (!form)
        return {id, {}};
    const LocalizedText name = form->departmentName(id);
    return {name.zh.isEmpty() ? id : name.zh, name.en == id ? QString() : name.en};
}

TrackerView::Text material(const FormTemplate *form, const CaseRecord &record, const QString &id)
{
    if (const MaterialDefinition *m = form ? form->material(id) : nullptr)
        return pair(m->title, id);
    for (const CaseMaterial &m : record.materials)
        if (m.kind == id)
            return {m.title, {}};
    return {id, {}};
}

// When the case stopped changing for the citizen: handed over, or withdrawn.
QDateTime finishedAt(const CaseRecord &record)
{
    if (record.deliveredAt.isValid())
        return record.deliveredAt;
    if (record.completedAt.isValid())
        return record.completedAt;
    return record.updatedAt;
}

} // namespace

TrackerService::TrackerService(CaseFileService &files, const TemplateCatalogue &catalogue,
                               const Clock &clock, const QByteArray &hallKey,
                               const Options &options)
    : m_files(files)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_key(hallKey)
    , m_options(options)
{}

Result<QString> TrackerService::caseOf(const QString &payloadText) const
{
    using C = Result<QString>;
    auto parsed = QrPayload::parse(payloadText, m_key, m_clock.now());
    if (!parsed) {
        const QString code = parsed.error().code;
        if (code == QLatin1String("bad-signature"))
            return C::failure(QStringLiteral("forged"));
        if (code == QLatin1String("expired"))
            return C::failure(QStringLiteral("expired"));
        if (code == QLatin1String("no-key"))
            return C::failure(QStringLiteral("unavailable"), QStringLiteral("no hall key"));
        return C::failure(QStringLiteral("invalid"), code);
    }
    const QrPayload &payload = parsed.value();
    const bool names =
        payload.type() == QrPayload::Type::ReceiptTracking ||
        (payload.type() == QrPayload::Type::Document && !payload.caseNumber().isEmpty());
    if (!names)
        return C::failure(QStringLiteral("not-tracking"), QrPayload::typeName(payload.type()));
    return payload.caseNumber();
}

Result<TrackerView> TrackerService::view(const QString &payloadText)
{
    const QDateTime now = m_clock.now();
    auto caseNumber = caseOf(payloadText);
    if (!caseNumber)
        return R(caseNumber.error());
    auto read = m_files.track(caseNumber.value(), m_session);
    if (!read) {
        if (read.error().code == QLatin1String("not-found"))
            return R::failure(QStringLiteral("not-found"));
        return R::failure(QStringLiteral("unavailable"), read.error().code);
    }
    const CaseRecord &c = read.value().record;
    if (CaseStates::isFinished(c.state) &&
        finishedAt(c).daysTo(now) > qint64(m_options.closedDaysVisible))
        return R::failure(QStringLiteral("expired"));

    const FormTemplate *form = m_catalogue.find(c.templateId);
    TrackerView v;
    v.caseNumber = c.caseNumber;
    v.matter = form ? pair(form->title, c.title) : TrackerView::Text{c.title, {}};
    if (!c.title.isEmpty() && c.title != v.matter.zh)
        v.matter = {c.title, {}}; // a bundle's own title as stored
    v.applicant = NameMask::masked(read.value().applicantName);
    v.state = CaseStates::key(c.state);
    v.result = c.result == CaseResult::None ? QString() : CaseStates::key(c.result);
    v.acceptedOn = c.acceptedAt.date();
    v.promisedDate = c.deadline;
    for (const SubCase &s : c.subCases) {
        TrackerView::Step step;
        step.department = department(form, s.department);
        step.title = stepTitle(form, s);
        step.state = CaseStates::key(s.state);
        step.deadline = s.deadline;
        step.doneOn = s.completedAt.date();
        v.steps << step;
    }
    for (const QString &id : read.value().awaitedMaterials)
        v.missing << material(form, c, id);
    v.hallName = m_options.hallName;
    v.counter = c.counterCode;
    if (c.state == CaseState::Completed || c.state == CaseState::Delivered)
        v.collectFrom = c.completedAt.date();
    v.deliveredOn = c.deliveredAt.date();
    if (m_ratings) {
        // What the citizen may rate now, if anything (a case no counter's visit
        // accepted has nothing to rate).
        auto stage = m_ratings->openStage(c.caseNumber);
        if (stage && stage.value())
            v.rating = Rating::stageKey(*stage.value());
    }
    return v;
}

Result<Rating> TrackerService::rate(const QString &payloadText, const RatingInput &input)
{
    if (!m_ratings)
        return Result<Rating>::failure(QStringLiteral("unavailable"), QStringLiteral("no ratings"));
    // The same page must open for this code: forged, expired or unknown codes rate nothing.
    auto shown = view(payloadText);
    if (!shown)
        return Result<Rating>(shown.error());
    auto rated = m_ratings->rateCase(shown.value().caseNumber, input, m_session);
    // A case no counter's visit accepted (the command line's) has nothing to rate.
    if (!rated && rated.error().code == QLatin1String("not-found"))
        return Result<Rating>::failure(QStringLiteral("rating-closed"));
    return rated;
}

} // namespace OneWindow
