#include "fault/FaultWorker.h"

#include "helpers/SampleIntake.h"
#include "identity/HallKey.h"
#include "intake/IntakeService.h"
#include "security/UserRepository.h"
#include "storage/EditConflict.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

namespace OneWindow {

namespace {

// The hall code the test halls accept under (Test::WorkflowHall's).
const QString kHall = QStringLiteral("510107");

} // namespace

FaultWorker::FaultWorker(const Options &options)
    : m_options(options)
    , m_random(options.seed)
    , m_applicant(options.applicantBase)
{
    m_catalogue.loadBuiltIn();
}

FaultWorker::~FaultWorker() = default;

void FaultWorker::print(const QJsonObject &line)
{
    // One write and a flush per line: a kill after it leaves the whole line.
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

bool FaultWorker::fail(const Error &error, const QString &where)
{
    print(QJsonObject{{QStringLiteral("error"), error.code},
                      {QStringLiteral("detail"), error.detail},
                      {QStringLiteral("where"), where}});
    return false;
}

bool FaultWorker::account(const QString &username, Session *session)
{
    auto found = UserRepository(*m_db).findByUsername(username);
    if (!found)
        return fail(found.error(), QStringLiteral("account"));
    if (found.value().id == 0)
        return fail(Error{QStringLiteral("no-account"), username}, QStringLiteral("account"));
    session->userId = found.value().id;
    session->username = found.value().username;
    session->displayName = found.value().displayName;
    session->role = found.value().role;
    session->department = found.value().department;
    // One counter per process: its visits and evidence are its own.
    session->counterCode = QStringLiteral("F-") + username;
    return true;
}

bool FaultWorker::start()
{
    auto url = DatabaseUrl::parse(m_options.url);
    if (!url)
        return fail(url.error(), QStringLiteral("url"));
    m_db = std::make_unique<Database>(url.value());
    if (const Status s = m_db->open(); !s)
        return fail(s.error(), QStringLiteral("open"));
    // The hall's key, as every counter holds it (the log is sealed with it).
    auto key = HallKey::fromEnvironment();
    if (!key)
        return fail(key.error(), QStringLiteral("hall key"));
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock, key.value());
    m_intake = std::make_unique<IntakeService>(*m_db, *m_audit, m_clock, m_calendar, kHall);
    m_workflow =
        std::make_unique<CaseWorkflowService>(*m_db, *m_audit, m_clock, m_calendar, m_catalogue);
    if (!account(m_options.user, &m_user))
        return false;
    for (const QString &name : std::as_const(m_options.officers)) {
        Session officer;
        if (!account(name, &officer))
            return false;
        m_officers.insert(officer.department, officer);
    }
    return true;
}

int FaultWorker::run()
{
    if (!start())
        return 2;
    print(QJsonObject{{QStringLiteral("ready"), true}});
    QDeadlineTimer deadline = m_options.seconds > 0
                                  ? QDeadlineTimer(qint64(m_options.seconds) * 1000)
                                  : QDeadlineTimer(QDeadlineTimer::Forever);
    for (int turn = 0; m_options.count == 0 || turn < m_options.count; ++turn) {
        if (deadline.hasExpired())
            break;
        bool ok = false;
        if (m_options.mode == QLatin1String("counter"))
            ok = counterTurn();
        else if (m_options.mode == QLatin1String("officer"))
            ok = officerTurn();
        else
            ok = mixedTurn();
        if (!ok)
            return 3;
    }
    print(QJsonObject{{QStringLiteral("done"), true}});
    return 0;
}

bool FaultWorker::accept(const Session &clerk)
{
    const FormTemplate *form = m_catalogue.find(QStringLiteral("newborn"));
    const int mother = 2 * m_applicant++;
    IntakeRequest request = Test::newbornRequest(form, m_clock.today(), mother, mother + 1);
    // The card read at the counter (its own commit, as the reader's is), then 受理.
    request = Test::readAtCounter(request, *m_db, clerk, m_clock.now());
    if (request.applicantEvidence < 0)
        return fail(Error{QStringLiteral("evidence"), {}}, QStringLiteral("card read"));
    request.intakeKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto accepted = m_intake->accept(request, clerk);
    if (!accepted)
        return fail(accepted.error(), QStringLiteral("accept"));
    const CaseRecord &c = accepted.value();
    print(QJsonObject{{QStringLiteral("change"), QStringLiteral("accept")},
                      {QStringLiteral("case"), c.caseNumber},
                      {QStringLiteral("steps"), int(c.subCases.size())},
                      {QStringLiteral("materials"), int(c.materials.size())},
                      {QStringLiteral("version"), c.version},
                      {QStringLiteral("by"), clerk.displayName}});
    return true;
}

bool FaultWorker::act(const QString &caseNumber, const ActionRequest &request, const Session &who)
{
    const QString action = CaseStates::key(request.action);
    auto done = m_workflow->act(caseNumber, request, who);
    if (done) {
        print(QJsonObject{{QStringLiteral("change"), QStringLiteral("act")},
                          {QStringLiteral("case"), caseNumber},
                          {QStringLiteral("step"), QString::number(request.stepId)},
                          {QStringLiteral("action"), action},
                          {QStringLiteral("version"), done.value().record.version},
                          {QStringLiteral("by"), who.displayName}});
        return true;
    }
    const Error &e = done.error();
    // Someone else was quicker: the loser is told who won (the window says so).
    QString winner;
    if (const auto conflict = EditConflict::fromError(e))
        winner = conflict->changedBy;
    else if (e.code == QLatin1String("held-by-other") || e.code == QLatin1String("not-holder"))
        winner = e.detail;
    else
        return fail(e, QStringLiteral("act ") + action);
    print(QJsonObject{{QStringLiteral("refused"), action},
                      {QStringLiteral("case"), caseNumber},
                      {QStringLiteral("step"), QString::number(request.stepId)},
                      {QStringLiteral("code"), e.code},
                      {QStringLiteral("winner"), winner},
                      {QStringLiteral("by"), who.displayName}});
    return true;
}

bool FaultWorker::counterTurn()
{
    return accept(m_user);
}

bool FaultWorker::officerTurn()
{
    const QString number = m_options.cases.at(int(m_random.bounded(int(m_options.cases.size()))));
    auto loaded = m_workflow->load(number, m_user);
    if (!loaded)
        return fail(loaded.error(), QStringLiteral("load"));
    const CaseSnapshot &s = loaded.value();
    const SubCase *step = nullptr;
    for (const SubCase &candidate : s.record.subCases)
        if (candidate.department == m_user.department)
            step = &candidate;
    if (!step)
        return fail(Error{QStringLiteral("no-step"), number}, QStringLiteral("officer"));
    ActionRequest r;
    r.stepId = step->id;
    r.expectedVersion = s.record.version;
    // Free: take it; mine: give it back; someone else's: try anyway, and be told whose.
    r.action = step->holderId == m_user.userId ? CaseAction::Release : CaseAction::Claim;
    return act(number, r, m_user);
}

bool FaultWorker::mixedTurn()
{
    if (m_random.bounded(100) < 30)
        return accept(m_user);
    auto open = m_db->run(QStringLiteral("SELECT case_number FROM cases WHERE state <> ?"
                                         " ORDER BY id DESC LIMIT 12"),
                          {CaseStates::key(CaseState::Delivered)});
    if (!open)
        return fail(open.error(), QStringLiteral("pick"));
    QStringList numbers;
    while (open.value().next())
        numbers << open.value().value(0).toString();
    if (numbers.isEmpty())
        return accept(m_user);
    const QString number = numbers.at(int(m_random.bounded(int(numbers.size()))));
    auto loaded = m_workflow->load(number, m_user);
    if (!loaded)
        return fail(loaded.error(), QStringLiteral("load"));
    const CaseSnapshot &s = loaded.value();
    ActionRequest r;
    if (s.record.state == CaseState::Completed) {
        r.action = CaseAction::Deliver;
        r.delivery = QJsonObject{{QStringLiteral("kind"), QStringLiteral("applicant")}};
        return act(number, r, m_user);
    }
    for (const CasePause &p : s.openPauses()) {
        if (p.kind == CasePause::Kind::Supplement && !p.outstanding().isEmpty()) {
            r.action = CaseAction::Supplement;
            r.materials = p.outstanding();
            return act(number, r, m_user);
        }
    }
    QList<const SubCase *> workable;
    for (const SubCase &step : s.record.subCases)
        if (step.state == StepState::Open && m_officers.contains(step.department))
            workable << &step;
    if (workable.isEmpty())
        return accept(m_user);
    const SubCase *step = workable.at(int(m_random.bounded(int(workable.size()))));
    const Session &officer = m_officers.value(step->department);
    r.stepId = step->id;
    if (step->holderId == 0) {
        r.action = CaseAction::Claim;
    } else if (step->holderId != officer.userId) {
        r.action = CaseAction::Release; // not expected: one officer per department
    } else {
        const quint32 dice = m_random.bounded(100);
        if (dice < 70) {
            r.action = CaseAction::Approve;
            r.reason = QStringLiteral("已办");
        } else if (dice < 85) {
            r.action = CaseAction::Return;
            r.reason = QStringLiteral("照片不清晰");
            r.materials = {QStringLiteral("photo")};
        } else {
            r.action = CaseAction::Release;
        }
    }
    return act(number, r, officer);
}

} // namespace OneWindow
