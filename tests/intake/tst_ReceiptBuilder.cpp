#include "identity/QrPayload.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/ReceiptBuilder.h"
#include "templates/FormTemplate.h"

#include <QTest>

using namespace OneWindow;

class tst_ReceiptBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsMapped_data();
    void fieldsMapped();
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

QTEST_GUILESS_MAIN(tst_ReceiptBuilder)
#include "tst_ReceiptBuilder.moc"
