// TrackerService on both backends: a case in every state as the page may show it
// (and nothing more of the citizen), forged, altered and expired codes, codes
// that name no case, an unknown case; the read audited under the tracker's own
// session, which no staff permission lets through; the page's HTML escaped.
#include "CaseInState.h"
#include "casefile/CaseFileService.h"
#include "casefile/PersonRepository.h"
#include "helpers/TestArtifacts.h"
#include "helpers/WorkflowHall.h"
#include "identity/NameMask.h"
#include "identity/QrPayload.h"
#include "identity/SensitiveNumbers.h"
#include "security/Permission.h"
#include "tracker/TrackerPage.h"
#include "tracker/TrackerService.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QByteArray kKey =
    QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

QString receiptCode(const QString &number, const QByteArray &key = kKey)
{
    return QrPayload::receiptTracking(number, QStringLiteral("510107"), QDate(2026, 2, 9))
        .sign(key)
        .value();
}

// A hall with the tracker beside it, on the hall's clock.
struct Tracked
{
    explicit Tracked(const QString &backend)
        : h(backend)
        , files(h.t.db(), h.audit)
        , tracker(files, h.catalogue, h.clock, kKey, {QStringLiteral("武侯区政务服务中心"), 30})
    {}
    Test::WorkflowHall h;
    CaseFileService files;
    TrackerService tracker;
};

} // namespace

class tst_TrackerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trackerSessionHasNoStaffPermission()
    {
        const Session s = Session::tracker();
        QVERIFY(s.isTracker());
        QCOMPARE(s.userId, 0);
        for (const Capability c : Permission::all())
            QVERIFY(!Permission::can(s, c));
        // Even one given a role and an id by mistake stays outside staff rules.
        Session odd = s;
        odd.userId = 7;
        odd.role = Role::Administrator;
        for (const Capability c : Permission::all())
            QVERIFY(!Permission::can(odd, c));
    }

    void maskedName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three") << "王小禾"
                               << "王*禾";
        QTest::newRow("two") << "王禾"
                             << "王*";
        QTest::newRow("four") << "欧阳小禾"
                              << "欧**禾";
        QTest::newRow("one") << "禾"
                             << "*";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("outside the BMP") << QString::fromUtf8("王\xF0\xA0\x80\x80禾") << "王*禾";
    }
    void maskedName()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(NameMask::masked(name), masked);
    }

    void everyState_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("state");
        for (const QString &b : TestDatabase::backends())
            for (const QString &s : Test::kTrackedStates)
                QTest::newRow(qPrintable(b + QLatin1Char(' ') + s)) << b << s;
    }
    void everyState()
    {
        QFETCH(QString, backend);
        QFETCH(QString, state);
        OW_CHECK_BACKEND(backend);
        Tracked x(backend);
        QVERIFY2(x.h.t.ok(), qPrintable(x.h.t.error()));
        Test::WorkflowHall &h = x.h;
        const QString number = Test::caseInState(h, state);
        QVERIFY(!number.isEmpty());
        const CaseRecord record = h.load(number).record;
        QCOMPARE(CaseStates::key(record.state), state);
        const Person person = PersonRepository(h.t.db()).findById(record.personId).value();

        auto v = x.tracker.view(receiptCode(number));
        QVERIFY2(v.ok(), qPrintable(v.error().code));
        QCOMPARE(v->state, state);
        QCOMPARE(v->caseNumber, number);
        QCOMPARE(v->applicant, NameMask::masked(person.name));
        QVERIFY(v->applicant.contains(QLatin1Char('*')));
        QVERIFY(!v->matter.zh.isEmpty());
        QCOMPARE(v->steps.size(), record.subCases.size());
        QCOMPARE(v->promisedDate, record.deadline);
        for (int i = 0; i < v->steps.size(); ++i)
            QCOMPARE(v->steps.at(i).state, CaseStates::key(record.subCases.at(i).state));
        const bool waits = state == QLatin1String("awaiting-supplement");
        QCOMPARE(v->missing.isEmpty(), !waits);
        if (waits)
            QVERIFY(!v->missing.first().zh.isEmpty());
        const bool collect =
            state == QLatin1String("completed") || state == QLatin1String("delivered");
        QCOMPARE(v->collectFrom.isValid(), collect);
        QCOMPARE(v->deliveredOn.isValid(), state == QLatin1String("delivered"));
        if (collect)
            QCOMPARE(v->hallName, QStringLiteral("武侯区政务服务中心"));

        // The page says the state in both languages and nothing of the person.
        const QString html = QString::fromUtf8(TrackerPage::render(v.value()));
        Test::TestArtifacts::keep(QStringLiteral("case-page.html"), html.toUtf8());
        QVERIFY(html.contains(TrackerPage::stateText(state, false)));
        QVERIFY(html.contains(TrackerPage::stateText(state, true)));
        QVERIFY(html.contains(v->applicant));
        QVERIFY(!html.contains(person.name));
        QVERIFY(!html.contains(person.idNumber));
        if (!person.phone.isEmpty())
            QVERIFY(!html.contains(person.phone));
        if (!person.address.isEmpty())
            QVERIFY(!html.contains(person.address));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("style=")));
        for (const SensitiveNumbers::Match &m : SensitiveNumbers::find(html))
            QVERIFY2(!m.valid, qPrintable(html.mid(m.start, m.length)));

        // The read is on the record, as the tracker's.
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'track-case' AND subject = ? AND user_name ="
                                        " 'tracker:web' AND counter_code = 'tracker'"),
                         {number}),
                 1);
        QCOMPARE(h.audit.firstBrokenEvent().value(), 0);
    }

    void refusals_data() { TestDatabase::addBackendRows(); }
    void refusals()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Tracked x(backend);
        QVERIFY2(x.h.t.ok(), qPrintable(x.h.t.error()));
        Test::WorkflowHall &h = x.h;
        const QString number = h.acceptNewborn();
        const QString good = receiptCode(number);
        QVERIFY(x.tracker.view(good).ok());
        const auto refused = [&](const QString &text) {
            auto v = x.tracker.view(text);
            return v ? QStringLiteral("ok") : v.error().code;
        };

        // Another hall's key, or one character of ours changed.
        QCOMPARE(refused(receiptCode(number, QByteArray(32, 'x'))), QStringLiteral("forged"));
        QString altered = good;
        const int at = altered.indexOf(QLatin1Char('.')) + 5;
        altered[at] = altered.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(refused(altered), QStringLiteral("forged"));
        QString mac = good;
        mac[mac.size() - 3] =
            mac.at(mac.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(refused(mac), QStringLiteral("forged"));
        QCOMPARE(refused(QStringLiteral("hello")), QStringLiteral("invalid"));
        QCOMPARE(refused(good.left(good.size() - 1)), QStringLiteral("invalid"));
        QCOMPARE(refused(QString()), QStringLiteral("invalid"));
        QCOMPARE(refused(QStringLiteral("OW2.") + good.mid(4)), QStringLiteral("invalid"));

        // Valid codes that open no case here.
        const QString eid =
            QrPayload::electronicId(QStringLiteral("11010519491231002X"), QStringLiteral("张三"),
                                    h.clock.now(), h.clock.now().addSecs(300))
                .sign(kKey)
                .value();
        QCOMPARE(refused(eid), QStringLiteral("not-tracking"));
        const QString booking =
            QrPayload::appointment(QStringLiteral("AP-1"), QStringLiteral("510107"),
                                   QStringLiteral("newborn"), h.clock.now().addDays(1))
                .sign(kKey)
                .value();
        QCOMPARE(refused(booking), QStringLiteral("not-tracking"));
        const QString noCase =
            QrPayload::document(QStringLiteral("510107-20260209-00009-N1"),
                                QStringLiteral("510107"), QStringLiteral("notification"),
                                QDate(2026, 2, 9), QString())
                .sign(kKey)
                .value();
        QCOMPARE(refused(noCase), QStringLiteral("not-tracking"));
        // A notice about the case opens it like the receipt.
        const QString notice =
            QrPayload::document(number + QStringLiteral("-B1"), QStringLiteral("510107"),
                                QStringLiteral("supplement"), QDate(2026, 2, 9), number)
                .sign(kKey)
                .value();
        QCOMPARE(refused(notice), QStringLiteral("ok"));
        // An expired e-ID code is refused as expired before anything else.
        const QString oldEid =
            QrPayload::electronicId(QStringLiteral("11010519491231002X"), QStringLiteral("张三"),
                                    h.clock.now().addSecs(-600), h.clock.now().addSecs(-300))
                .sign(kKey)
                .value();
        QCOMPARE(refused(oldEid), QStringLiteral("expired"));

        // Signed by the hall, but there is no such case.
        QCOMPARE(refused(receiptCode(QStringLiteral("510107-20260209-99999"))),
                 QStringLiteral("not-found"));

        // Handed over: visible for 30 days, then the code has expired.
        QVERIFY(h.approveNewborn(number));
        QVERIFY(h.handOverToApplicant(number).ok());
        h.clock.set(h.clock.now().addDays(30));
        QCOMPARE(refused(good), QStringLiteral("ok"));
        h.clock.set(h.clock.now().addDays(1));
        QCOMPARE(refused(good), QStringLiteral("expired"));

        // A staff session cannot use the tracker's door, and is audited refusing.
        auto staff = x.files.track(number, h.supervisor);
        QCOMPARE(staff.error().code, QStringLiteral("forbidden"));
        QCOMPARE(h.audit.firstBrokenEvent().value(), 0);
    }

    void refusalPageShowsNothingOfACase()
    {
        for (const char *reason :
             {"forged", "invalid", "not-tracking", "expired", "not-found", "unavailable", "x<y"}) {
            const QString html = QString::fromUtf8(TrackerPage::refusal(QLatin1String(reason)));
            QVERIFY(html.contains(QStringLiteral("id=\"refusal\"")));
            QVERIFY(!html.contains(QStringLiteral("id=\"steps\"")));
            QVERIFY(!html.contains(QStringLiteral("x<y")));
        }
    }

    void pageEscapesEverything()
    {
        TrackerView v;
        v.caseNumber = QStringLiteral("<b>1</b>");
        v.matter = {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("\"&'")};
        v.applicant = QStringLiteral("王*<i>");
        v.state = QStringLiteral("accepted\"><script>");
        v.steps.append({{QStringLiteral("<dept>"), {}},
                        {QStringLiteral("<t>"), {}},
                        QStringLiteral("open"),
                        QDate(2026, 2, 20),
                        {}});
        v.missing.append({QStringLiteral("<m>"), {}});
        v.collectFrom = QDate(2026, 2, 20);
        v.hallName = QStringLiteral("<hall>");
        v.counter = QStringLiteral("<A01>");
        const QString html = QString::fromUtf8(TrackerPage::render(v));
        for (const char *raw :
             {"<b>", "<script", "<i>", "<dept>", "<t>", "<m>", "<hall>", "<A01>", "\"&'"})
            QVERIFY2(!html.contains(QLatin1String(raw)), raw);
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }
};

QTEST_GUILESS_MAIN(tst_TrackerService)
#include "tst_TrackerService.moc"
