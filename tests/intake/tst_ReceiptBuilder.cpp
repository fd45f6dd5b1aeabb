#include "identity/QrPayload.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/ReceiptBuilder.h"
#include "receipts/ReceiptRenderer.h"
#include "templates/FormTemplate.h"
#include "workflow/WorkingDayCalendar.h"

#include <QTest>

using namespace OneWindow;

class tst_ReceiptBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsMapped_data();
    void fieldsMapped();
    void deadlinesInAYearWithoutDataAreProvisional();
    void englishFromTheTemplate();
};

namespace {

FormTemplate form(const QString &title)
{
    FormTemplate f;
    f.id = QStringLiteral("newborn");
    f.version = 1;
    f.matterCode = QStringLiteral("newborn");
    f.title.zh = title;
    f.title.en = QStringLiteral("Newborn registration bundle");
    return f;
}

} // namespace

void tst_ReceiptBuilder::fieldsMapped_data()
{
    QTest::addColumn<QString>("caseNumber");
    QTest::addColumn<QStringList>("departments");
    QTest::addColumn<QStringList>("materials");

    QTest::newRow("bundle, four departments")
        << "HALL-20260108-00001" << QStringList{"卫健", "公安", "医保", "人社"}
        << QStringList{"出生医学证明", "申请人居民身份证", "结婚证"};
    QTest::newRow("single department, no materials")
        << "EAST-20261231-00742" << QStringList{"公安"} << QStringList{};
}

void tst_ReceiptBuilder::fieldsMapped()
{
    QFETCH(QString, caseNumber);
    QFETCH(QStringList, departments);
    QFETCH(QStringList, materials);

    const QDate day(2026, 1, 8);
    const CardIdentity card = SyntheticIdentityGenerator(3, day).citizen(0);
    Person applicant;
    applicant.id = 17;
    applicant.idNumber = card.idNumber;
    applicant.name = card.name;
    applicant.phone = QStringLiteral("17000000123");
    applicant.address = card.address;

    CaseRecord record;
    record.id = 5;
    record.caseNumber = caseNumber;
    record.personId = applicant.id;
    record.acceptedAt = QDateTime(day, QTime(10, 15), Qt::OffsetFromUTC, 8 * 3600);
    record.title = QStringLiteral("stored title");
    for (int i = 0; i < departments.size(); ++i) {
        SubCase s;
        s.order = i;
        s.department = departments.at(i);
        s.title = departments.at(i) + QStringLiteral("审核");
        s.deadline = day.addDays(3 * (i + 1));
        record.subCases << s;
        record.deadline = s.deadline;
    }
    for (int i = 0; i < materials.size(); ++i)
        record.materials << CaseMaterial{QStringLiteral("kind-%1").arg(i), materials.at(i),
                                         i == 1 ? QStringLiteral("on-file")
                                                : QStringLiteral("counter")};

    Session session;
    session.username = QStringLiteral("clerk01");
    session.displayName = QStringLiteral("窗口一 李敏");
    session.counterCode = QStringLiteral("A01");

    const ReceiptData data = ReceiptBuilder::build(
        record, applicant, form(QStringLiteral("新生儿出生\"一件事\"")), session,
        QStringLiteral("高新区政务服务中心"), QStringLiteral("510109"),
        QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    QCOMPARE(data.hallName, QStringLiteral("高新区政务服务中心"));
    QCOMPARE(data.caseNumber, caseNumber);
    QCOMPARE(data.matterTitle, QStringLiteral("新生儿出生\"一件事\""));
    QCOMPARE(data.applicantName, card.name);
    // Unmasked here: the renderer masks it when printing.
    QCOMPARE(data.applicantIdNumber, card.idNumber);
    QCOMPARE(data.applicantPhone, QStringLiteral("17000000123"));
    QCOMPARE(data.acceptedAt, record.acceptedAt);
    QCOMPARE(data.counter, QStringLiteral("A01"));
    QCOMPARE(data.clerkName, QStringLiteral("窗口一 李敏"));
    QCOMPARE(data.promisedDate, record.deadline);
    QCOMPARE(data.departments.size(), departments.size());
    for (int i = 0; i < departments.size(); ++i) {
        QCOMPARE(data.departments.at(i).department, departments.at(i));
        QCOMPARE(data.departments.at(i).title, departments.at(i) + QStringLiteral("审核"));
        QCOMPARE(data.departments.at(i).deadline, day.addDays(3 * (i + 1)));
    }
    QCOMPARE(data.materialsReceived, materials);
    // The QR code holds the signed tracking payload for this case.
    auto tracking =
        QrPayload::parse(data.trackingCode, QByteArray::fromHex("00112233445566778899aabbccddeeff"),
                         record.acceptedAt);
    QVERIFY2(tracking.ok(), qPrintable(tracking.error().code));
    QCOMPARE(tracking->type(), QrPayload::Type::ReceiptTracking);
    QCOMPARE(tracking->caseNumber(), caseNumber);
    QCOMPARE(tracking->hallCode(), QStringLiteral("510109"));
    QCOMPARE(tracking->issuedOn(), day);
}

// A case accepted in late December: one department is due before New Year (a
// year the calendar covers), the other after it (a year it does not).
void tst_ReceiptBuilder::deadlinesInAYearWithoutDataAreProvisional()
{
    WorkingDayCalendar calendar;
    calendar.setYear(2026, {QDate(2026, 10, 1)}, {});
    CaseRecord record;
    record.caseNumber = QStringLiteral("510109-20261228-00001");
    record.acceptedAt = QDateTime(QDate(2026, 12, 28), QTime(10, 0));
    SubCase within;
    within.department = QStringLiteral("公安");
    within.title = QStringLiteral("户口登记");
    within.deadline = QDate(2026, 12, 31);
    SubCase beyond;
    beyond.department = QStringLiteral("医保");
    beyond.title = QStringLiteral("参保登记");
    beyond.deadline = QDate(2027, 1, 8);
    record.subCases = {within, beyond};
    record.deadline = beyond.deadline;
    Person applicant;
    applicant.name = QStringLiteral("张三");
    applicant.idNumber = QStringLiteral("11010519491231002X");
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff");

    const ReceiptData marked =
        ReceiptBuilder::build(record, applicant, form(QStringLiteral("事项")), Session(), QString(),
                              QStringLiteral("510109"), key, &calendar);
    QVERIFY(!marked.departments.at(0).provisional);
    QVERIFY(marked.departments.at(1).provisional);
    QVERIFY(marked.promisedProvisional);
    // Printed: the date with its mark, and a line saying what the mark means.
    const QStringList lines = ReceiptRenderer::lines(marked);
    const QString mark = QStringLiteral("%1（暂定）").arg(QStringLiteral("2027-01-08"));
    QVERIFY2(lines.contains(mark), qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY(lines.contains(QStringLiteral("2026-12-31")));
    const int explained = int(std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.contains(QStringLiteral("暂定")) && l.contains(QStringLiteral("节假日"));
    }));
    QCOMPARE(explained, 1);

    // Once the year is known, nothing is provisional and nothing is explained.
    calendar.setYear(2027, {QDate(2027, 1, 1)}, {});
    const ReceiptData known =
        ReceiptBuilder::build(record, applicant, form(QStringLiteral("事项")), Session(), QString(),
                              QStringLiteral("510109"), key, &calendar);
    QVERIFY(!known.promisedProvisional);
    for (const QString &line : ReceiptRenderer::lines(known))
        QVERIFY2(!line.contains(QStringLiteral("暂定")), qPrintable(line));
}

// In English the receipt names the matter, the departments, their steps and the
// materials in the template's English; what the template lacks stays as stored.
void tst_ReceiptBuilder::englishFromTheTemplate()
{
    FormTemplate f = form(QStringLiteral("新生儿出生\"一件事\""));
    f.title.en = QStringLiteral("Newborn bundle");
    f.departmentList = {
        {QStringLiteral("公安"), {QStringLiteral("公安局"), QStringLiteral("Police")}}};
    StepDefinition step;
    step.id = QStringLiteral("hukou");
    step.department = QStringLiteral("公安");
    step.title = {QStringLiteral("出生登记"), QStringLiteral("Household registration")};
    f.steps = {step};
    MaterialDefinition certificate;
    certificate.id = QStringLiteral("birth-certificate");
    certificate.title = {QStringLiteral("出生医学证明"), QStringLiteral("Birth certificate")};
    f.materials = {certificate};

    CaseRecord record;
    record.caseNumber = QStringLiteral("HALL-20260108-00001");
    record.acceptedAt = QDateTime(QDate(2026, 1, 8), QTime(10, 0));
    record.title = f.title.zh;
    SubCase s;
    s.stepKey = step.id;
    s.department = step.department;
    s.title = step.title.zh;
    SubCase unknown;
    unknown.stepKey = QStringLiteral("other");
    unknown.department = QStringLiteral("民政");
    unknown.title = QStringLiteral("婚姻登记");
    record.subCases = {s, unknown};
    record.materials = {CaseMaterial{certificate.id, certificate.title.zh},
                        CaseMaterial{QStringLiteral("photo"), QStringLiteral("照片")}};
    Session session;
    session.displayName = QStringLiteral("李敏");

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const ReceiptData english = ReceiptBuilder::build(record, Person(), f, session, {}, {}, {});
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const ReceiptData chinese = ReceiptBuilder::build(record, Person(), f, session, {}, {}, {});
    QLocale::setDefault(before);
    QCOMPARE(english.matterTitle, f.title.en);
    QCOMPARE(english.departments.at(0).department, QStringLiteral("Police"));
    QCOMPARE(english.departments.at(0).title, step.title.en);
    QCOMPARE(english.departments.at(1).department, QStringLiteral("民政"));
    QCOMPARE(english.departments.at(1).title, QStringLiteral("婚姻登记"));
    QCOMPARE(english.materialsReceived,
             (QStringList{certificate.title.en, QStringLiteral("照片")}));
    QCOMPARE(english.clerkName, QStringLiteral("李敏")); // the name, not the counter
    // In Chinese, as stored.
    QCOMPARE(chinese.matterTitle, f.title.zh);
    QCOMPARE(chinese.departments.at(0).department, QStringLiteral("公安"));
    QCOMPARE(chinese.departments.at(0).title, step.title.zh);
    QCOMPARE(chinese.materialsReceived,
             (QStringList{certificate.title.zh, QStringLiteral("照片")}));
}

QTEST_GUILESS_MAIN(tst_ReceiptBuilder)
#include "tst_ReceiptBuilder.moc"
