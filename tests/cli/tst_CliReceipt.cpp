// onewindow-cli receipt render as a process, on both backends: a paper from a
// stored case with a verifiable QR code and the ID number masked; a reprint
// marked, counted and audited; refusals (unknown case, a document that does
// not apply, no hall key) with exit code 1; usage errors with 2.
#include "common/SystemClock.h"
#include "helpers/PdfInspection.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "identity/IdNumber.h"
#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "identity/TrackerUrl.h"
#include "intake/IntakeService.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");
const QString kKeyHex =
    QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
};

Run cli(const QStringList &arguments, bool withKey = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), kPassword);
    // An operator's English environment: papers stay Chinese unless --lang en.
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    if (withKey)
        env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), kKeyHex);
    else
        env.remove(QStringLiteral("ONEWINDOW_HALL_KEY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    // What the command printed, for the privacy scan after the run.
    OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                             QStringLiteral(".out"),
                                         r.out + r.err);
    return r;
}

Session addUser(const Database &db, const QString &name, Role role)
{
    UserAccount a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    Session s;
    s.userId = UserRepository(db).create(a, kPassword, true).value();
    s.username = name;
    s.displayName = name;
    s.role = role;
    s.counterCode = QStringLiteral("A01");
    return s;
}

} // namespace

class tst_CliReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The hall's tracking address, set by an administrator from the command line:
    // the receipt's QR code then carries BASE-URL/t/PAYLOAD, which reads back, on
    // every layout; a clerk may not set it; 'none' brings the bare payload back.
    void receiptCarriesTheTrackingAddress_data() { TestDatabase::addBackendRows(); }
    void receiptCarriesTheTrackingAddress()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Session clerk = addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        addUser(t.owner(), QStringLiteral("admin01"), Role::Administrator);
        SystemClock clock;
        AuditLog audit(t.db(), clock, QByteArray::fromHex(kKeyHex.toLatin1()));
        const WorkingDayCalendar calendar = WorkingDayCalendar::official();
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        IntakeService intake(t.db(), audit, clock, calendar, QStringLiteral("510107"));
        auto accepted = intake.accept(
            Test::readAtCounter(
                Test::newbornRequest(catalogue.find(QStringLiteral("newborn")), clock.today()),
                t.db(), clerk, clock.now()),
            clerk);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().code));
        const QString number = accepted->caseNumber;
        const QString base = QStringLiteral("https://track.example.gov.cn/wuhou");
        const QStringList setting{QStringLiteral("hall"), QStringLiteral("tracker-url"),
                                  QStringLiteral("--database"), t.url(), QStringLiteral("--user")};

        Run r = cli(setting + QStringList{QStringLiteral("clerk01"), base});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("forbidden") || r.err.contains("may not"), r.err.constData());
        QCOMPARE(cli(setting + QStringList{QStringLiteral("admin01"), "ftp://x"}).exitCode, 2);
        r = cli(setting + QStringList{QStringLiteral("admin01"), base + QLatin1Char('/')});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("trackerBaseUrl")).toString(), base);
        QCOMPARE(cli(setting + QStringList{QStringLiteral("clerk01")})
                     .json()
                     .value(QStringLiteral("trackerBaseUrl"))
                     .toString(),
                 base);

        QTemporaryDir dir;
        const QStringList as{QStringLiteral("receipt"),    QStringLiteral("render"),
                             QStringLiteral("--database"), t.url(),
                             QStringLiteral("--user"),     QStringLiteral("clerk01")};
        const QByteArray key = QByteArray::fromHex(kKeyHex.toLatin1());
        int n = 0;
        for (const char *layout : {"thermal80", "a5", "a4"}) {
            const QString pdf = dir.filePath(QStringLiteral("r%1.pdf").arg(++n));
            r = cli(as + QStringList{"--case", number, "--kind", "acceptance", "--layout",
                                     QLatin1String(layout), "-o", pdf});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QPdfDocument document;
            QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
            const QImage page = document.render(0, (document.pagePointSize(0) * 200 / 72).toSize());
            const QrDecoder::Decoded decoded = QrDecoder::decode(page);
            QVERIFY2(decoded.found, layout);
            QVERIFY2(decoded.text.startsWith(base + QStringLiteral("/t/OW1.")),
                     qPrintable(decoded.text));
            auto payload = QrPayload::parse(TrackerUrl::unwrap(decoded.text), key,
                                            QDateTime::currentDateTime());
            QVERIFY2(payload.ok(), qPrintable(payload.error().code));
            QCOMPARE(payload->caseNumber(), number);
        }
        // Cleared: the bare payload again.
        QCOMPARE(cli(setting + QStringList{QStringLiteral("admin01"), QStringLiteral("none")})
                     .json()
                     .value(QStringLiteral("trackerBaseUrl"))
                     .toString(),
                 QString());
        const QString bare = dir.filePath(QStringLiteral("bare.pdf"));
        r = cli(as +
                QStringList{"--case", number, "--kind", "acceptance", "--reprint", "-o", bare});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QPdfDocument document;
        QCOMPARE(document.load(bare), QPdfDocument::Error::None);
        const QrDecoder::Decoded decoded =
            QrDecoder::decode(document.render(0, (document.pagePointSize(0) * 200 / 72).toSize()));
        QVERIFY(decoded.found);
        QVERIFY(decoded.text.startsWith(QStringLiteral("OW1.")));
    }

    void renderFromTheCommandLine_data() { TestDatabase::addBackendRows(); }
    void renderFromTheCommandLine()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Session clerk = addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        addUser(t.owner(), QStringLiteral("super01"), Role::Supervisor);
        // A case accepted the way the counter does it, today.
        SystemClock clock;
        AuditLog audit(t.db(), clock, QByteArray::fromHex(kKeyHex.toLatin1())); // the hall's key
        const WorkingDayCalendar calendar = WorkingDayCalendar::official();
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        IntakeService intake(t.db(), audit, clock, calendar, QStringLiteral("510107"));
        const IntakeRequest request = Test::readAtCounter(
            Test::newbornRequest(catalogue.find(QStringLiteral("newborn")), clock.today()), t.db(),
            clerk, clock.now());
        auto accepted = intake.accept(request, clerk);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().code));
        const QString number = accepted->caseNumber;
        const QString idNumber = request.applicant.idNumber;

        QTemporaryDir dir;
        const QStringList as{QStringLiteral("receipt"),    QStringLiteral("render"),
                             QStringLiteral("--database"), t.url(),
                             QStringLiteral("--user"),     QStringLiteral("clerk01")};
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        Run r = cli(as + QStringList{"--case", number, "--kind", "acceptance", "--layout",
                                     "thermal80", "-o", pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("document")).toString(), number);
        QCOMPARE(r.json().value(QStringLiteral("layout")).toString(), QStringLiteral("thermal80"));
        QCOMPARE(r.json().value(QStringLiteral("file")).toString(), pdf);

        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(qAbs(document.pagePointSize(0).width() - 80 * 72 / 25.4) < 1);
        const QImage page = document.render(0, (document.pagePointSize(0) * 200 / 72).toSize());
        const QrDecoder::Decoded decoded = QrDecoder::decode(page);
        QVERIFY(decoded.found);
        auto payload = QrPayload::parse(decoded.text, QByteArray::fromHex(kKeyHex.toLatin1()),
                                        QDateTime::currentDateTime());
        QVERIFY2(payload.ok(), qPrintable(payload.error().code));
        QCOMPARE(payload->caseNumber(), number);
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        const Test::PdfInspection inspect(pdf);
        QVERIFY(inspect.textLines().contains(QStringLiteral("受理回执")));
        QVERIFY(inspect.compactText().contains(IdNumber::masked(idNumber)));
        QVERIFY(!inspect.containsAnywhere(idNumber));
        QVERIFY(inspect.xmp().contains("pdfaid"));

        // A 补打 of a paper never issued is refused; once issued, every later
        // print is one (asked for or not): marked, counted, audited, like one
        // from the window.
        const QString copy = dir.filePath(QStringLiteral("copy.pdf"));
        r = cli(as + QStringList{"--case", number, "--kind", "materials", "--reprint", "-o", copy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not-issued"), r.err.constData());
        QVERIFY(!QFile::exists(copy));
        r = cli(as + QStringList{"--case", number, "--kind", "materials", "-o", copy});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("reprint")).toBool(), false);
        QCOMPARE(
            cli(as + QStringList{"--case", number, "--kind", "materials", "--reprint", "-o", copy})
                .exitCode,
            0);
        r = cli(as + QStringList{"--case", number, "--kind", "materials", "-o", copy});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("reprint")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("reprints")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("materials"));
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT reprints FROM documents WHERE kind = ?"
                                            " AND case_id = ?"),
                             {QStringLiteral("materials"), accepted->id})
                     .value()
                     .toInt(),
                 2);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                            " AND subject = ?"),
                             {QStringLiteral("document-reprint"), number})
                     .value()
                     .toInt(),
                 2);
        QVERIFY(
            Test::PdfInspection(copy).compactText().contains(QStringLiteral("补打（COPY）第2次")));

        // Refusals: exit 1, the reason on stderr, no file.
        const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
        r = cli(as + QStringList{"--case", number, "--kind", "completion", "-o", refused});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not-applicable") && r.err.contains("not completed"),
                 r.err.constData());
        r = cli(as + QStringList{"--case", "510107-20000101-99999", "--kind", "acceptance", "-o",
                                 refused});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not-found"), r.err.constData());
        r = cli(as + QStringList{"--case", number, "--kind", "acceptance", "-o", refused}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ONEWINDOW_HALL_KEY"), r.err.constData());
        QVERIFY(!QFile::exists(refused));
        const int documents =
            t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM documents")).value().toInt();
        QCOMPARE(documents, 2); // the receipt and the list, nothing for the refusals

        // A decision at the counter not to accept: proposed, confirmed by a supervisor
        // (review decide), then printed from what was stored.
        const QStringList refuse{QStringLiteral("intake"),     QStringLiteral("refuse"),
                                 QStringLiteral("--database"), t.url(),
                                 QStringLiteral("--user"),     QStringLiteral("clerk01")};
        r = cli(refuse + QStringList{"--template", "marriage-appointment", "--name",
                                     request.applicant.name, "--id-number", idNumber, "--reason",
                                     "婚姻登记不属于本中心职权范围", "--legal-basis",
                                     "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                                     "--refer-to", "户籍所在地婚姻登记机关"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString decision = r.json().value(QStringLiteral("document")).toString();
        QVERIFY(decision.startsWith(QStringLiteral("510107-N")));
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QString notice = dir.filePath(QStringLiteral("non-acceptance.pdf"));
        const QStringList noticeArgs{"--case",   decision, "--kind", "non-acceptance",
                                     "--layout", "a5",     "-o",     notice};
        r = cli(as + noticeArgs);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("awaits the supervisor"), r.err.constData());
        QVERIFY(!QFile::exists(notice));
        const qint64 item = t.db()
                                .scalar(QStringLiteral("SELECT id FROM review_items WHERE kind ="
                                                       " 'non-acceptance' AND subject = ?"),
                                        {decision})
                                .value()
                                .toLongLong();
        r = cli({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--database"),
                 t.url(), QStringLiteral("--user"), QStringLiteral("super01"),
                 QString::number(item), QStringLiteral("confirm")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(as + noticeArgs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Test::PdfInspection refusal(notice);
        QVERIFY(refusal.textLines().contains(QStringLiteral("不予受理通知书")));
        QVERIFY(refusal.compactText().contains(QStringLiteral("婚姻登记不属于本中心职权范围")));
        QVERIFY(refusal.compactText().contains(QStringLiteral("六十日内")));
        QVERIFY(!refusal.containsAnywhere(idNumber));
        QCOMPARE(cli(as + QStringList{"--case", decision, "--kind", "acceptance", "-o", refused})
                     .exitCode,
                 1);
        QCOMPARE(cli(refuse + QStringList{"--template", "marriage-appointment", "--name", "某",
                                          "--id-number", idNumber, "--legal-basis", "第三十二条"})
                     .exitCode,
                 2); // no reason

        // The English edition on request; Chinese otherwise, whatever $LANG says.
        const QString english = dir.filePath(QStringLiteral("english.pdf"));
        r = cli(as + QStringList{"--case", number, "--kind", "acceptance", "--lang", "en", "-o",
                                 english});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Test::PdfInspection englishPaper(english);
        QVERIFY(englishPaper.textLines().contains(QStringLiteral("Acknowledgement of Receipt")));
        QVERIFY(englishPaper.compactText().contains(QStringLiteral("Newbornregistrationbundle")));
        QVERIFY(!englishPaper.compactText().contains(QStringLiteral("受理回执")));

        // Usage errors: exit 2.
        QCOMPARE(cli(as + QStringList{"--case", number, "--kind", "acceptance", "--lang", "fr",
                                      "-o", refused})
                     .exitCode,
                 2);
        QCOMPARE(
            cli(as + QStringList{"--case", number, "--kind", "receipt", "-o", refused}).exitCode,
            2);
        QCOMPARE(cli(as + QStringList{"--case", number, "--kind", "acceptance", "--layout", "a3",
                                      "-o", refused})
                     .exitCode,
                 2);
        QCOMPARE(cli(as + QStringList{"--case", number, "--kind", "acceptance"}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("receipt"), QStringLiteral("render"), QStringLiteral("--case"),
                      number, QStringLiteral("--kind"), QStringLiteral("acceptance"),
                      QStringLiteral("-o"), refused})
                     .exitCode,
                 2); // no --database / --user
        QVERIFY(!QFile::exists(refused));
    }
};

QTEST_MAIN(tst_CliReceipt)
#include "tst_CliReceipt.moc"
