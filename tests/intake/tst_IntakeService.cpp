#include "casefile/CaseNumberAllocator.h"
#include "casefile/CaseRepository.h"
#include "casefile/PauseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/FixedClock.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/DraftService.h"
#include "intake/EvidenceRepository.h"
#include "intake/IntakeService.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QTest>

using namespace OneWindow;

class tst_IntakeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsNewborn_data();
    void acceptsNewborn();
    void conditionalMaterial_data();
    void conditionalMaterial();
    void declinedServicesMakeNoSubCase_data();
    void declinedServicesMakeNoSubCase();
    void retriedAcceptStoresOneCase_data();
    void retriedAcceptStoresOneCase();
    void acceptConsumesTheDraft_data();
    void acceptConsumesTheDraft();
    void invalidForm_data();
    void invalidForm();
    void materialsMissing_data();
    void materialsMissing();
    void commitments_data();
    void commitments();
    void forbidden_data();
    void forbidden();
    void flaggedIdentityNeedsAReason_data();
    void flaggedIdentityNeedsAReason();
    void evidenceDecidesTheIdentity_data();
    void evidenceDecidesTheIdentity();
    void forgedEvidenceIsNeverTrusted_data();
    void forgedEvidenceIsNeverTrusted();
    void partyEvidence_data();
    void partyEvidence();
    void intakeKeyBelongsToOneApplicant_data();
    void intakeKeyBelongsToOneApplicant();
    void readOnlyDatabase_data();
    void readOnlyDatabase();
    void failureLateInTransactionLeavesNothing_data();
    void failureLateInTransactionLeavesNothing();

private:
    TemplateCatalogue m_catalogue;
    const FormTemplate *m_newborn = nullptr;
};

namespace {

// Thursday 8 January 2026, 10:15 in the hall (UTC+8).
const QDate kToday(2026, 1, 8);
const QDateTime kNow(kToday, QTime(10, 15), Qt::OffsetFromUTC, 8 * 3600);
const QString kHall = QStringLiteral("HALL");

// Friday the 9th is a holiday, Saturday the 10th a make-up working day (调休).
WorkingDayCalendar calendar()
{
    WorkingDayCalendar c;
    c.addHoliday(QDate(2026, 1, 9));
    c.addMakeUpWorkday(QDate(2026, 1, 10));
    return c;
}

Session session(Role role)
{
    Session s;
    s.userId = 1; // the account every Counter fixture creates first (a signed-in session)
    s.username = QStringLiteral("clerk01");
    s.displayName = QStringLiteral("窗口一 李敏");
    s.role = role;
    s.counterCode = QStringLiteral("A01");
    return s;
}

// The newborn sample with its applicant identified at counter A01 just now (a card
// read unless told otherwise), as the core records it.
IntakeRequest newbornRequest(const Database &db, const FormTemplate *form,
                             IdentitySource kind = IdentitySource::Card)
{
    return Test::readAtCounter(Test::newbornRequest(form, kToday), db, session(Role::Clerk), kNow,
                               kind);
}

// One counter on a fresh database of `backend`: clock at kNow, the test calendar.
struct Counter
{
    explicit Counter(const QString &backend)
        : t(backend)
        , audit(t.db(), clock)
        , intake(t.db(), audit, clock, days, kHall)
    {
        if (!t.ok())
            return;
        UserAccount a;
        a.username = QStringLiteral("clerk01");
        a.displayName = QStringLiteral("窗口一 李敏");
        a.role = Role::Clerk;
        const auto id = UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true);
        if (!id.ok() || id.value() != 1)
            qFatal("the fixture account: %s %s",
                   qPrintable(id.ok() ? QString::number(id.value()) : id.error().code),
                   qPrintable(id.ok() ? QString() : id.error().detail));
        // No random sample: which ordinary case it takes is chance (one in twenty by
        // default), and these tests count the review items a case's facts make.
        // tst_ReviewService tests the sample.
        for (const QString &sql :
             {QStringLiteral("DELETE FROM hall_settings WHERE key = 'review.sample-percent'"),
              QStringLiteral("INSERT INTO hall_settings (key, value, updated_at, updated_by)"
                             " VALUES ('review.sample-percent', '0', ?, 'fixture')")}) {
            if (const auto q =
                    t.owner().run(sql, sql.startsWith(QLatin1String("INSERT")) ? QVariantList{kNow}
                                                                               : QVariantList{});
                !q)
                qFatal("the fixture's hall rule: %s", qPrintable(q.error().detail));
        }
    }

    TestDatabase t;
    FixedClock clock{kNow};
    const WorkingDayCalendar days = calendar();
    AuditLog audit;
    IntakeService intake;
};

int count(const Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toInt();
}

// Nothing at all was stored: no person, case, step, material, number or audit event.
bool nothingStored(const Database &db)
{
    for (const char *table :
         {"persons", "cases", "sub_cases", "materials", "case_number_counters", "audit_events"})
        if (count(db, QString::fromLatin1(table)) != 0)
            return false;
    return true;
}

} // namespace

void tst_IntakeService::initTestCase()
{
    m_catalogue.loadBuiltIn();
    m_newborn = m_catalogue.find(QStringLiteral("newborn"));
    QVERIFY2(m_newborn, qPrintable(m_catalogue.problems().join(QLatin1Char('\n'))));
}

void tst_IntakeService::acceptsNewborn_data()
{
    TestDatabase::addBackendRows();
}

void tst_IntakeService::acceptsNewborn()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;
    const IntakeRequest request = newbornRequest(counter.t.db(), m_newborn);

    const auto accepted = intake.accept(request, session(Role::Clerk));
    QVERIFY2(accepted.ok(),
             qPrintable(accepted.error().code + QLatin1Char(' ') + accepted.error().detail));
    const QString number = CaseNumberAllocator::format(kHall, kToday, 1);
    QCOMPARE(accepted->caseNumber, number);
    QVERIFY(accepted->id > 0);

    // The applicant is on file now, phone from the form.
    const auto person = PersonRepository(t.db()).findByIdNumber(request.applicant.idNumber);
    QVERIFY(person.ok());
    QVERIFY(person->id > 0);
    QCOMPARE(person->name, request.applicant.name);
    QCOMPARE(person->phone, QStringLiteral("17000000123"));
    QCOMPARE(count(t.db(), QStringLiteral("persons")), 1); // the other parent is not filed

    const auto stored = CaseRepository(t.db()).findByNumber(number);
    QVERIFY(stored.ok());
    const CaseRecord &c = stored.value();
    QCOMPARE(c.id, accepted->id);
    QCOMPARE(c.personId, person->id);
    QCOMPARE(c.matterCode, QStringLiteral("newborn"));
    QCOMPARE(c.templateId, QStringLiteral("newborn"));
    QCOMPARE(c.templateVersion, m_newborn->version);
    QCOMPARE(c.title, m_newborn->title.zh);
    QCOMPARE(c.state, CaseState::Accepted);
    QCOMPARE(c.counterCode, QStringLiteral("A01"));
    QCOMPARE(c.acceptedAt, kNow);
    QCOMPARE(c.identitySource, QStringLiteral("card"));
    QCOMPARE(c.formData.value(QStringLiteral("child_name")).toString(), QStringLiteral("王小明"));

    // One step per department, in the template's order, due in working days:
    // 卫健 1 day after Thu 8th, skipping the Friday holiday -> Sat 10th (make-up day);
    // 公安 3 days after that -> Wed 14th; 医保 3 after 公安 -> Mon 19th;
    // 人社 10 after 公安 -> Wed 28th.
    const QStringList departments = {QStringLiteral("卫健"), QStringLiteral("公安"),
                                     QStringLiteral("医保"), QStringLiteral("人社")};
    const QList<QDate> deadlines = {QDate(2026, 1, 10), QDate(2026, 1, 14), QDate(2026, 1, 19),
                                    QDate(2026, 1, 28)};
    QCOMPARE(c.subCases.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(c.subCases.at(i).department, departments.at(i));
        QCOMPARE(c.subCases.at(i).deadline, deadlines.at(i));
        // Only the first step may start; the others wait for the steps before them.
        QCOMPARE(c.subCases.at(i).state, i == 0 ? StepState::Open : StepState::Waiting);
        QCOMPARE(c.subCases.at(i).stepKey, m_newborn->steps.at(i).id);
        QCOMPARE(c.subCases.at(i).title, m_newborn->steps.at(i).title.zh);
    }
    QCOMPARE(c.subCases.at(0).after, QStringList());
    QCOMPARE(c.subCases.at(1).after, QStringList{QStringLiteral("birth-check")});
    QCOMPARE(c.subCases.at(2).after, QStringList{QStringLiteral("hukou")});
    QCOMPARE(c.subCases.at(3).after, QStringList{QStringLiteral("hukou")});
    QCOMPARE(c.deadline, QDate(2026, 1, 28));
    QCOMPARE(accepted->deadline, QDate(2026, 1, 28));
    // The statutory limit runs beside the promised one and is never shorter.
    QVERIFY(c.statutoryDeadline >= c.deadline);
    for (const SubCase &s : c.subCases)
        QVERIFY(s.statutoryDeadline >= s.deadline);

    // Materials: the ID card counts as held (card read), the rest handed in.
    QMap<QString, QString> sources;
    for (const CaseMaterial &m : c.materials)
        sources.insert(m.kind, m.source);
    QCOMPARE(sources, (QMap<QString, QString>{
                          {QStringLiteral("applicant-id-card"), QStringLiteral("on-file")},
                          {QStringLiteral("birth-certificate"), QStringLiteral("counter")},
                          {QStringLiteral("household-register"), QStringLiteral("counter")},
                          {QStringLiteral("marriage-certificate"), QStringLiteral("counter")},
                          {QStringLiteral("other-parent-id-card"), QStringLiteral("counter")},
                          {QStringLiteral("photo"), QStringLiteral("counter")},
                      }));
    QCOMPARE(count(t.db(), QStringLiteral("materials")), 6);

    // Audited with the case, in the same chain.
    auto q = t.db().run(QStringLiteral("SELECT user_name, counter_code, action, subject"
                                       " FROM audit_events"));
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("clerk01"));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("A01"));
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("accept-case"));
    QCOMPARE(q.value().value(3).toString(), number);
    QVERIFY(!q.value().next());
    QCOMPARE(counter.audit.firstBrokenEvent().value(), qint64(0));

    // The same applicant again the same day: the next number, the same person.
    const auto again = intake.accept(request, session(Role::Supervisor));
    QVERIFY(again.ok());
    QCOMPARE(again->caseNumber, CaseNumberAllocator::format(kHall, kToday, 2));
    QCOMPARE(again->personId, person->id);
    QCOMPARE(count(t.db(), QStringLiteral("persons")), 1);
}

void tst_IntakeService::conditionalMaterial_data()
{
    TestDatabase::addBackendRows();
}

void tst_IntakeService::conditionalMaterial()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;

    // No social security card: no photo needed; unmarried: a statement instead.
    IntakeRequest r = newbornRequest(counter.t.db(), m_newborn);
    r.values.insert(QStringLiteral("social_security_card"), false);
    r.values.insert(QStringLiteral("parents_married"), false);
    r.materialsReceived = {
        QStringLiteral("birth-certificate"), QStringLiteral("other-parent-id-card"),
        QStringLiteral("household-register"), QStringLiteral("unmarried-statement")};
    const auto accepted = intake.accept(r, session(Role::Clerk));
    QVERIFY2(accepted.ok(),
             qPrintable(accepted.error().code + QLatin1Char(' ') + accepted.error().detail));
    QStringList kinds;
    for (const CaseMaterial &m : accepted->materials)
        kinds << m.kind;
    kinds.sort();
    QCOMPARE(kinds, (QStringList{"applicant-id-card", "birth-certificate", "household-register",
                                 "other-parent-id-card", "unmarried-statement"}));
}

void tst_IntakeService::declinedServicesMakeNoSubCase_data()
{
    QTest::addColumn<bool>("insurance");
    QTest::addColumn<bool>("card");
    QTest::addColumn<QStringList>("departments");
    const QString health = QStringLiteral("卫健"), police = QStringLiteral("公安"),
                  insurance = QStringLiteral("医保"), social = QStringLiteral("人社");
    QTest::newRow("both") << true << true << QStringList{health, police, insurance, social};
    QTest::newRow("no insurance") << false << true << QStringList{health, police, social};
    QTest::newRow("no card") << true << false << QStringList{health, police, insurance};
    QTest::newRow("neither") << false << false << QStringList{health, police};
}

// The newborn bundle's 医保 and 人社 steps follow the two yes/no questions.
void tst_IntakeService::declinedServicesMakeNoSubCase()
{
    QFETCH(bool, insurance);
    QFETCH(bool, card);
    QFETCH(QStringList, departments);
    Counter counter(QStringLiteral("sqlite"));
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;
    IntakeRequest r = newbornRequest(counter.t.db(), m_newborn);
    r.values.insert(QStringLiteral("medical_insurance"), insurance);
    r.values.insert(QStringLiteral("social_security_card"), card);
    if (!card) // no card, no photo for it
        r.materialsReceived.removeAll(QStringLiteral("photo"));
    const auto accepted = intake.accept(r, session(Role::Clerk));
    QVERIFY2(accepted.ok(),
             qPrintable(accepted.error().code + QLatin1Char(' ') + accepted.error().detail));
    QStringList stored;
    for (const SubCase &s : accepted->subCases)
        stored << s.department;
    QCOMPARE(stored, departments);
    QCOMPARE(count(t.db(), QStringLiteral("sub_cases")), departments.size());
}

void tst_IntakeService::retriedAcceptStoresOneCase_data()
{
    TestDatabase::addBackendRows();
}

// The clerk presses accept, the connection drops before the commit's answer, the
// client retries: the same intake key finds the first case, nothing is stored twice.
void tst_IntakeService::retriedAcceptStoresOneCase()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;

    IntakeRequest r = newbornRequest(counter.t.db(), m_newborn);
    r.intakeKey = QStringLiteral("6f1c2a9e-4b7d-4e11-9a3c-0d5e8f7b2c41");
    const auto first = intake.accept(r, session(Role::Clerk));
    QVERIFY2(first.ok(), qPrintable(first.error().code + QLatin1Char(' ') + first.error().detail));
    const auto retry = intake.accept(r, session(Role::Clerk));
    QVERIFY2(retry.ok(), qPrintable(retry.error().code));
    QCOMPARE(retry->caseNumber, first->caseNumber);
    QCOMPARE(retry->id, first->id);
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("sub_cases")), first->subCases.size());
    QCOMPARE(t.db()
                 .scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'accept-case'"))
                 .value()
                 .toInt(),
             1);

    // Another intake (a new key) is another case.
    r.intakeKey = QStringLiteral("0b8d1e77-52c4-4f0a-8e6b-93a1c4d2f5e0");
    const auto second = intake.accept(r, session(Role::Clerk));
    QVERIFY(second.ok());
    QVERIFY(second->caseNumber != first->caseNumber);
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 2);
}

void tst_IntakeService::acceptConsumesTheDraft_data()
{
    TestDatabase::addBackendRows();
}

// The draft of the intake becomes the case in the same commit, so a window that never
// heard the answer finds the case and no draft next time; an autosave still on its way
// cannot bring the draft back; the applicant's other drafts and others' stay.
void tst_IntakeService::acceptConsumesTheDraft()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    const Database &db = counter.t.db();
    DraftService drafts(db, counter.clock, counter.audit);
    IntakeRequest r = newbornRequest(db, m_newborn);
    r.intakeKey = QStringLiteral("3d0c6b1a-7e2f-4c59-b8a4-1f6e9d2c7a53");
    const auto draftOf = [&](const QString &idNumber, const QString &templateId) {
        Draft d;
        d.idNumber = idNumber;
        d.templateId = templateId;
        d.templateVersion = m_newborn->version;
        d.values = r.values;
        d.intakeKey = r.intakeKey;
        return d;
    };
    const QString applicant = r.applicant.idNumber;
    const QString otherCitizen = SyntheticIdentityGenerator(77, kToday).citizen(3).idNumber;
    QVERIFY(drafts.save(draftOf(applicant, m_newborn->id), session(Role::Clerk)).ok());
    QVERIFY(
        drafts.save(draftOf(applicant, QStringLiteral("property-transfer")), session(Role::Clerk))
            .ok());
    QVERIFY(drafts.save(draftOf(otherCitizen, m_newborn->id), session(Role::Clerk)).ok());
    // The key comes back with the draft.
    QCOMPARE(drafts.find(applicant, m_newborn->id, session(Role::Clerk)).value()->intakeKey,
             r.intakeKey);

    const auto accepted = counter.intake.accept(r, session(Role::Clerk));
    QVERIFY2(accepted.ok(),
             qPrintable(accepted.error().code + QLatin1Char(' ') + accepted.error().detail));
    QVERIFY(!drafts.find(applicant, m_newborn->id, session(Role::Clerk)).value().has_value());
    QVERIFY(drafts.find(applicant, QStringLiteral("property-transfer"), session(Role::Clerk))
                .value()
                .has_value());
    QVERIFY(drafts.find(otherCitizen, m_newborn->id, session(Role::Clerk)).value().has_value());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                      " 'draft-remove'"))
                 .value()
                 .toInt(),
             1);

    // An autosave of the same intake arriving after the commit is refused, naming the case.
    const auto late = drafts.save(draftOf(applicant, m_newborn->id), session(Role::Clerk));
    QCOMPARE(late.error().code, QStringLiteral("intake-accepted"));
    QCOMPARE(late.error().detail, accepted->caseNumber);
    QCOMPARE(count(db, QStringLiteral("drafts")), 2);
    // A draft without a key (an older one) or of a new intake is kept as before.
    Draft fresh = draftOf(applicant, m_newborn->id);
    fresh.intakeKey = QStringLiteral("a-new-intake");
    QVERIFY(drafts.save(fresh, session(Role::Clerk)).ok());
}

void tst_IntakeService::invalidForm_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");

    const SyntheticIdentityGenerator people(8, kToday);
    QString badChecksum = people.citizen(1).idNumber;
    badChecksum[17] = badChecksum.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("child name in latin letters") << b << "child_name" << QVariant("Wang Xiaoming");
        *row("child name missing") << b << "child_name" << QVariant("");
        *row("birth date in the future") << b << "child_birth_date" << QVariant("2026-01-09");
        *row("impossible birth date") << b << "child_birth_date" << QVariant("2025-02-30");
        *row("birth over a year ago") << b << "child_birth_date" << QVariant("2024-12-01");
        *row("other parent ID checksum")
            << b << "other_parent"
            << QVariant(QVariantMap{{QStringLiteral("name"), people.citizen(1).name},
                                    {QStringLiteral("idNumber"), badChecksum}});
        *row("certificate number format") << b << "birth_certificate_no" << QVariant("510012345");
        *row("phone") << b << "contact_phone" << QVariant("12345");
        *row("unknown sex option") << b << "child_sex" << QVariant("other");
    }
}

void tst_IntakeService::invalidForm()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, field);
    QFETCH(QVariant, value);

    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;
    IntakeRequest r = newbornRequest(counter.t.db(), m_newborn);
    r.values.insert(field, value);

    const auto result = intake.accept(r, session(Role::Clerk));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("invalid-form"));
    QVERIFY2(result.error().detail.split(QLatin1Char(',')).contains(field),
             qPrintable(result.error().detail));
    QVERIFY(nothingStored(t.db()));
}

void tst_IntakeService::materialsMissing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("material");
    QTest::addColumn<bool>("cardRead");

    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral(" photo")))
            << b << QStringLiteral("photo") << true;
        QTest::newRow(qPrintable(b + QStringLiteral(" birth certificate")))
            << b << QStringLiteral("birth-certificate") << true;
        // Without a card read, the applicant's ID card must be handed in.
        QTest::newRow(qPrintable(b + QStringLiteral(" applicant ID card, no card read")))
            << b << QStringLiteral("applicant-id-card") << false;
    }
}

void tst_IntakeService::materialsMissing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, material);
    QFETCH(bool, cardRead);

    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;
    IntakeRequest r = newbornRequest(counter.t.db(), m_newborn);
    r.materialsReceived.removeAll(material);
    if (!cardRead)
        r.applicantEvidence = 0;

    const auto result = intake.accept(r, session(Role::Clerk));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("materials-missing"));
    QCOMPARE(result.error().detail, material);
    QVERIFY(nothingStored(t.db()));
}

void tst_IntakeService::commitments_data()
{
    TestDatabase::addBackendRows();
}

// 容缺受理: the newborn's photo may follow under a commitment dated no later
// than the promised date; a material that may not follow, or a later date, is refused.
void tst_IntakeService::commitments()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    IntakeRequest r = newbornRequest(counter.t.db(), m_newborn);
    r.materialsReceived.removeAll(QStringLiteral("photo"));
    // The promised date of this intake, from the same request fully handed in.
    const QDate promised = QDate(2026, 1, 28);
    r.commitments = {{QStringLiteral("photo"), promised.addDays(1)}};
    auto late = counter.intake.accept(r, session(Role::Clerk));
    QCOMPARE(late.error().code, QStringLiteral("commitment-date"));
    QVERIFY(nothingStored(counter.t.db()));
    IntakeRequest notAllowed = newbornRequest(counter.t.db(), m_newborn);
    notAllowed.materialsReceived.removeAll(QStringLiteral("birth-certificate"));
    notAllowed.commitments = {{QStringLiteral("birth-certificate"), kToday.addDays(3)}};
    QCOMPARE(counter.intake.accept(notAllowed, session(Role::Clerk)).error().code,
             QStringLiteral("commitment-not-allowed"));

    r.commitments = {{QStringLiteral("photo"), promised}};
    auto accepted = counter.intake.accept(r, session(Role::Clerk));
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().code + accepted.error().detail));
    QCOMPARE(accepted->deadline, promised);
    auto stored = PauseRepository(counter.t.db()).commitments(accepted->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().material, QStringLiteral("photo"));
    QCOMPARE(stored->first().due, promised);
    QVERIFY(stored->first().isOpen());
    // Not kept by its date: the supervisor's list shows it.
    QCOMPARE(PauseRepository(counter.t.db()).overdue(promised.addDays(1), 10)->size(), 1);
    QCOMPARE(PauseRepository(counter.t.db()).overdue(promised, 10)->size(), 0);
}

void tst_IntakeService::forbidden_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("role");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral(" officer"))) << b << int(Role::Officer);
        QTest::newRow(qPrintable(b + QStringLiteral(" admin"))) << b << int(Role::Administrator);
    }
}

void tst_IntakeService::forbidden()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(int, role);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;

    const auto result =
        intake.accept(newbornRequest(counter.t.db(), m_newborn), session(Role(role)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("forbidden"));
    // The refusal itself is the one thing recorded.
    QCOMPARE(count(t.db(), QStringLiteral("audit_events")), 1);
    auto q = t.db().run(QStringLiteral("SELECT action, subject, detail FROM audit_events"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("refused"));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("intake:newborn"));
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("run-intake"));
    for (const char *table : {"persons", "cases", "sub_cases", "materials", "case_number_counters"})
        QCOMPARE(count(t.db(), QString::fromLatin1(table)), 0);
}

void tst_IntakeService::flaggedIdentityNeedsAReason_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem"); // what is wrong with the applicant's evidence
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("review");
    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("expired card") << b << "expired" << QStringList{"expired"} << "card"
                             << "card-problem";
        *row("manual entry") << b << "manual" << QStringList{"manual-identity"} << "manual"
                             << "manual-identity";
        *row("e-ID code") << b << "qr" << QStringList{"qr-identity"} << "qr"
                          << "e-id-only";
        *row("two problems") << b << "checksum-not-yet-valid"
                             << QStringList{"checksum", "not-yet-valid"} << "card"
                             << "card-problem";
    }
}

// A problem the core found in the evidence is never accepted silently: without the
// clerk's reason nothing is stored; with it, the flags, the source and the reason
// are on the case and the supervisor sees it. The ID card is not proven by it.
void tst_IntakeService::flaggedIdentityNeedsAReason()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, problem);
    QFETCH(QStringList, flags);
    QFETCH(QString, source);
    QFETCH(QString, review);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;

    IntakeRequest r = Test::newbornRequest(m_newborn, kToday);
    IdentitySource kind = IdentitySource::Card;
    if (problem == QLatin1String("expired")) {
        r.applicant.longTerm = false;
        r.applicant.validUntil = kToday.addDays(-1);
    } else if (problem == QLatin1String("manual")) {
        kind = IdentitySource::Manual;
    } else if (problem == QLatin1String("qr")) {
        kind = IdentitySource::Qr;
    } else {
        QChar &check = r.applicant.idNumber[17];
        check = check == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        r.applicant.validFrom = kToday.addDays(10);
    }
    r = Test::readAtCounter(r, t.db(), session(Role::Clerk), kNow, kind);
    r.materialsReceived << QStringLiteral("applicant-id-card");
    r.overrideReason = QStringLiteral("   ");
    const auto refused = counter.intake.accept(r, session(Role::Clerk));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("override-reason-missing"));
    QCOMPARE(refused.error().detail.split(QLatin1Char(',')), flags);
    QVERIFY(nothingStored(t.db()));

    // Without the ID card handed in, it is missing: a flagged identity proves no card.
    const QString reason = QStringLiteral("市民出示有效期内的临时身份证明，已核对");
    IntakeRequest noCopy = r;
    noCopy.materialsReceived.removeAll(QStringLiteral("applicant-id-card"));
    noCopy.overrideReason = reason;
    QCOMPARE(counter.intake.accept(noCopy, session(Role::Clerk)).error().detail,
             QStringLiteral("applicant-id-card"));

    r.overrideReason = QStringLiteral(" ") + reason + QStringLiteral(" ");
    const auto accepted = counter.intake.accept(r, session(Role::Clerk));
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().code));
    auto stored = t.db().run(QStringLiteral("SELECT identity_flags, override_reason,"
                                            " identity_source FROM cases WHERE case_number = ?"),
                             {accepted.value().caseNumber});
    QVERIFY(stored.ok());
    QVERIFY(stored.value().next());
    QCOMPARE(stored.value().value(0).toString().split(QLatin1Char(',')), flags);
    QCOMPARE(stored.value().value(1).toString(), reason);
    QCOMPARE(stored.value().value(2).toString(), source);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT kind FROM review_items WHERE case_id = ?"),
                         {accepted.value().id})
                 .value()
                 .toString(),
             review);
}

void tst_IntakeService::evidenceDecidesTheIdentity_data()
{
    TestDatabase::addBackendRows();
}

// The applicant is who the evidence says, not who the request says: the card's data
// goes on file, a clean card read proves the ID card, and the case keeps its evidence.
void tst_IntakeService::evidenceDecidesTheIdentity()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeRequest r = newbornRequest(t.db(), m_newborn);
    const CardIdentity read = r.applicant;
    // The client sends the right number with another name and address.
    r.applicant.name = QStringLiteral("冒名");
    r.applicant.address = QStringLiteral("别处");
    const auto accepted = counter.intake.accept(r, session(Role::Clerk));
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().code));
    QCOMPARE(accepted->identitySource, QStringLiteral("card"));
    QVERIFY(accepted->identityFlags.isEmpty());
    const auto person = PersonRepository(t.db()).findByIdNumber(read.idNumber);
    QCOMPARE(person->name, read.name);
    QCOMPARE(person->address, read.address);
    auto links = EvidenceRepository(t.db()).forCase(accepted->id);
    QVERIFY(links.ok());
    QCOMPARE(links.value(),
             (QHash<QString, qint64>{{QStringLiteral("applicant"), r.applicantEvidence}}));
    QCOMPARE(count(t.db(), QStringLiteral("review_items")), 0);
}

void tst_IntakeService::forgedEvidenceIsNeverTrusted_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QString>("code");
    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("evidence that does not exist") << b << "unknown"
                                             << "evidence-unknown";
        *row("another citizen's card read") << b << "other-person"
                                            << "evidence-mismatch";
        *row("a card read at another counter") << b << "other-counter"
                                               << "evidence-mismatch";
        *row("yesterday's card read") << b << "yesterday"
                                      << "evidence-mismatch";
        *row("a party's evidence of someone else") << b << "party-other-person"
                                                   << "evidence-mismatch";
        *row("a party's evidence that does not exist") << b << "party-unknown"
                                                       << "evidence-unknown";
        *row("evidence for a field that is no person") << b << "not-a-person-field"
                                                       << "evidence-mismatch";
    }
}

// A client that points at evidence that is not this visit's is refused with a clear
// code, on the record, and nothing is stored; a request with no evidence at all is
// an unverified identity, accepted only as such and reviewed.
void tst_IntakeService::forgedEvidenceIsNeverTrusted()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, forgery);
    QFETCH(QString, code);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    const SyntheticIdentityGenerator people(8, kToday);
    const Session clerk = session(Role::Clerk);
    Session elsewhere = clerk;
    elsewhere.counterCode = QStringLiteral("A02");
    const auto evidenceOf = [&](const CardIdentity &card, const Session &at,
                                const QDateTime &when) {
        return Test::recordEvidence(t.db(), IdentitySource::Card, card, at, when);
    };

    IntakeRequest r = Test::newbornRequest(m_newborn, kToday);
    qint64 pointed = 0;
    if (forgery == QLatin1String("unknown"))
        pointed = r.applicantEvidence = 4711;
    else if (forgery == QLatin1String("other-person"))
        pointed = r.applicantEvidence = evidenceOf(people.citizen(5), clerk, kNow);
    else if (forgery == QLatin1String("other-counter"))
        pointed = r.applicantEvidence = evidenceOf(r.applicant, elsewhere, kNow);
    else if (forgery == QLatin1String("yesterday"))
        pointed = r.applicantEvidence = evidenceOf(r.applicant, clerk, kNow.addDays(-1));
    else {
        r = Test::readAtCounter(r, t.db(), clerk, kNow);
        const QString field = forgery == QLatin1String("not-a-person-field")
                                  ? QStringLiteral("child_name")
                                  : QStringLiteral("other_parent");
        pointed = forgery == QLatin1String("party-unknown")
                      ? 4711
                      : evidenceOf(people.citizen(7), clerk, kNow);
        r.partyEvidence.insert(field, pointed);
    }
    const int eventsBefore = count(t.db(), QStringLiteral("audit_events"));
    const auto refused = counter.intake.accept(r, clerk);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    for (const char *table : {"persons", "cases", "materials", "case_evidence", "review_items"})
        QCOMPARE(count(t.db(), QString::fromLatin1(table)), 0);
    QCOMPARE(count(t.db(), QStringLiteral("audit_events")), eventsBefore + 1);
    auto audited = t.db().run(QStringLiteral("SELECT action, subject, detail, user_name"
                                             " FROM audit_events ORDER BY id DESC"));
    QVERIFY(audited.ok() && audited.value().next());
    QCOMPARE(audited.value().value(0).toString(), QStringLiteral("evidence-refused"));
    QCOMPARE(audited.value().value(1).toString(), QStringLiteral("evidence:%1").arg(pointed));
    QVERIFY(audited.value().value(2).toString().startsWith(code));
    QCOMPARE(audited.value().value(3).toString(), clerk.username);

    // No evidence at all: unverified, reviewed, and the ID card must be handed in.
    r.applicantEvidence = 0;
    r.partyEvidence.clear();
    QCOMPARE(counter.intake.accept(r, clerk).error().detail, QStringLiteral("applicant-id-card"));
    r.materialsReceived << QStringLiteral("applicant-id-card");
    const auto unverified = counter.intake.accept(r, clerk);
    QVERIFY2(unverified.ok(), qPrintable(unverified.ok() ? QString() : unverified.error().code));
    QCOMPARE(unverified->identitySource, QStringLiteral("unverified"));
    QCOMPARE(unverified->identityFlags, QStringList{QStringLiteral("unverified-identity")});
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT kind FROM review_items WHERE case_id = ?"),
                         {unverified->id})
                 .value()
                 .toString(),
             QStringLiteral("unverified-identity"));
}

void tst_IntakeService::partyEvidence_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("earlierVisit");
    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        *row("clean card now") << b << false << false;
        *row("expired card now") << b << true << false;
        *row("clean card at an earlier visit") << b << false << true;
        *row("expired card at an earlier visit") << b << true << true;
    }
}

// A party's card read is evidence too: a clean read in this visit proves that
// party's ID card; a problem, whenever it was read (a resumed draft's), needs the
// clerk's reason and is on the case as "<field>:<code>".
void tst_IntakeService::partyEvidence()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(bool, expired);
    QFETCH(bool, earlierVisit);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    const Session clerk = session(Role::Clerk);
    IntakeRequest r = newbornRequest(t.db(), m_newborn);
    CardIdentity father = SyntheticIdentityGenerator(8, kToday).citizen(1);
    if (expired) { // expired before either visit
        father.longTerm = false;
        father.validUntil = kToday.addDays(-30);
    }
    const qint64 read = Test::recordEvidence(t.db(), IdentitySource::Card, father, clerk,
                                             earlierVisit ? kNow.addDays(-9) : kNow);
    r.partyEvidence.insert(QStringLiteral("other_parent"), read);
    // Only what a clean read in this visit proves is not handed in.
    const bool proven = !expired && !earlierVisit;
    if (proven)
        r.materialsReceived.removeAll(QStringLiteral("other-parent-id-card"));
    if (expired) {
        const auto refused = counter.intake.accept(r, clerk);
        QCOMPARE(refused.error().code, QStringLiteral("override-reason-missing"));
        QCOMPARE(refused.error().detail, QStringLiteral("other_parent:expired"));
        r.overrideReason = QStringLiteral("另一方父母出示了户口簿，已核对");
    }
    const auto accepted = counter.intake.accept(r, clerk);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString()
                                                     : accepted.error().code + QLatin1Char(' ') +
                                                           accepted.error().detail));
    QCOMPARE(accepted->identityFlags,
             expired ? QStringList{QStringLiteral("other_parent:expired")} : QStringList());
    QString source;
    for (const CaseMaterial &m : accepted->materials)
        if (m.kind == QLatin1String("other-parent-id-card"))
            source = m.source;
    QCOMPARE(source, proven ? QStringLiteral("on-file") : QStringLiteral("counter"));
    QCOMPARE(
        EvidenceRepository(t.db()).forCase(accepted->id)->value(QStringLiteral("other_parent")),
        read);
}

void tst_IntakeService::intakeKeyBelongsToOneApplicant_data()
{
    TestDatabase::addBackendRows();
}

// The same key, applicant and template again: the stored case, audited as a
// replay. The key of that case for another applicant or another matter: refused
// and audited, and the other case is never handed out.
void tst_IntakeService::intakeKeyBelongsToOneApplicant()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    const Session clerk = session(Role::Clerk);
    const auto events = [&](const char *action) {
        return t.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                    {QString::fromLatin1(action)})
            .value()
            .toInt();
    };
    IntakeRequest r = newbornRequest(t.db(), m_newborn);
    r.intakeKey = QStringLiteral("key-1");
    const auto first = counter.intake.accept(r, clerk);
    QVERIFY(first.ok());
    const auto replay = counter.intake.accept(r, clerk);
    QVERIFY(replay.ok());
    QCOMPARE(replay->id, first->id);
    QCOMPARE(events("intake-replay"), 1);

    // Another applicant with that key.
    IntakeRequest other =
        Test::readAtCounter(Test::newbornRequest(m_newborn, kToday, 2, 3), t.db(), clerk, kNow);
    other.intakeKey = r.intakeKey;
    const auto refused = counter.intake.accept(other, clerk);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("intake-key-reused"));
    QVERIFY(!refused.error().detail.contains(first->caseNumber));
    QCOMPARE(events("intake-key-refused"), 1);
    auto audited = t.db().run(
        QStringLiteral("SELECT subject FROM audit_events WHERE action = 'intake-key-refused'"));
    QVERIFY(audited.ok() && audited.value().next());
    QCOMPARE(audited.value().value(0).toString(), first->caseNumber);

    // The same applicant with that key for another matter.
    FormTemplate another = *m_newborn;
    another.id = QStringLiteral("newborn-2");
    IntakeRequest matter = r;
    matter.form = &another;
    const auto refusedToo = counter.intake.accept(matter, clerk);
    QCOMPARE(refusedToo.error().code, QStringLiteral("intake-key-reused"));
    QCOMPARE(events("intake-key-refused"), 2);
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 1);
}

void tst_IntakeService::readOnlyDatabase_data()
{
    TestDatabase::addBackendRows();
}

void tst_IntakeService::readOnlyDatabase()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;
    const bool sqlite = backend == QLatin1String("sqlite");

    // The database turns read-only between the card read and accepting.
    const IntakeRequest request = newbornRequest(counter.t.db(), m_newborn);
    QVERIFY(t.db()
                .run(sqlite ? QStringLiteral("PRAGMA query_only = ON")
                            : QStringLiteral("SET default_transaction_read_only = on"))
                .ok());
    const auto result = intake.accept(request, session(Role::Clerk));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("db-read-only"));
    QVERIFY(nothingStored(t.db()));

    // Writable again: the same request goes through and gets the first number of the day.
    QVERIFY(t.db()
                .run(sqlite ? QStringLiteral("PRAGMA query_only = OFF")
                            : QStringLiteral("SET default_transaction_read_only = off"))
                .ok());
    const auto retried = intake.accept(request, session(Role::Clerk));
    QVERIFY2(retried.ok(), qPrintable(retried.error().detail));
    QCOMPARE(retried->caseNumber, CaseNumberAllocator::format(kHall, kToday, 1));
}

void tst_IntakeService::failureLateInTransactionLeavesNothing_data()
{
    TestDatabase::addBackendRows();
}

void tst_IntakeService::failureLateInTransactionLeavesNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Counter counter(backend);
    QVERIFY2(counter.t.ok(), qPrintable(counter.t.error()));
    TestDatabase &t = counter.t;
    IntakeService &intake = counter.intake;

    // A case imported from the old system already holds today's first number, so the
    // insert fails after the person was stored and the number was taken.
    const SyntheticIdentityGenerator people(8, kToday);
    const auto other =
        PersonRepository(t.db()).insert(PersonRepository::fromCard(people.citizen(5)));
    QVERIFY(other.ok());
    CaseRecord imported;
    imported.caseNumber = CaseNumberAllocator::format(kHall, kToday, 1);
    imported.personId = other.value();
    imported.matterCode = QStringLiteral("residence-permit");
    imported.title = QStringLiteral("居住证申领");
    imported.acceptedAt = kNow.addSecs(-3600);
    QVERIFY(CaseRepository(t.db()).insert(imported).ok());

    const IntakeRequest request = newbornRequest(counter.t.db(), m_newborn);
    const auto result = intake.accept(request, session(Role::Clerk));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("duplicate"));
    QCOMPARE(PersonRepository(t.db()).findByIdNumber(request.applicant.idNumber)->id, qint64(0));
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("sub_cases")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("case_number_counters")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("audit_events")), 0);
}

QTEST_GUILESS_MAIN(tst_IntakeService)
#include "tst_IntakeService.moc"
