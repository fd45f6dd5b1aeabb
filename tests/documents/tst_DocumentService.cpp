// Every paper the citizen takes home, on every paper it can be printed on,
// from a case driven through the real lifecycle on SQLite and PostgreSQL:
// the text read back with pdftotext, the ID number masked and the full one
// nowhere in the file, the QR code decoded and its signature verified, the
// PDF/A-1b identification and embedded fonts; reprints marked, counted and
// audited; documents that do not apply refused, among them every notice of a
// decision that waits for the supervisor's confirmation.
#include "casefile/PersonRepository.h"
#include "common/FixedClock.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentService.h"
#include "documents/DocumentSource.h"
#include "helpers/PdfInspection.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "identity/IdNumber.h"
#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/AcceptanceService.h"
#include "intake/IntakeService.h"
#include "review/ReviewService.h"
#include "security/UserRepository.h"
#include "services/AppServices.h"
#include "storage/Database.h"
#include "templates/FormTemplate.h"
#include "workflow/CaseWorkflowService.h"

#include <QFile>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <map>
#include <memory>

using namespace OneWindow;

namespace {

// Monday 9 February 2026, 09:30 in the hall.
const QDateTime kMonday(QDate(2026, 2, 9), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
const QByteArray kKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"
                                            "101112131415161718191a1b1c1d1e1f");

// A hall on one database with the whole application wired, one account per
// role, and cases driven to where every kind of document applies.
struct Hall
{
    explicit Hall(const QString &backend)
        : t(backend)
    {
        if (!t.ok())
            return;
        AppServices::Options o;
        o.databaseUrl = t.url();
        o.demoCitizens = 0;
        o.liveUpdates = false;
        o.hallKey = kKey;
        o.hallName = QStringLiteral("武侯区政务服务中心");
        o.receiptsFolder = dir.filePath(QStringLiteral("receipts"));
        auto clockOwned = std::make_unique<FixedClock>(kMonday);
        clock = clockOwned.get();
        const Status started = services.start(o, std::move(clockOwned), nullptr);
        if (!started) {
            error = started.error().code + QLatin1Char(' ') + started.error().detail;
            return;
        }
        clerk = account(QStringLiteral("clerk01"), QStringLiteral("王受理"), Role::Clerk, {});
        health = account(QStringLiteral("wj01"), QStringLiteral("卫健审批"), Role::Officer,
                         QStringLiteral("卫健"));
        police = account(QStringLiteral("ga01"), QStringLiteral("公安审批"), Role::Officer,
                         QStringLiteral("公安"));
        insurance = account(QStringLiteral("yb01"), QStringLiteral("医保审批"), Role::Officer,
                            QStringLiteral("医保"));
        social = account(QStringLiteral("rs01"), QStringLiteral("人社审批"), Role::Officer,
                         QStringLiteral("人社"));
        supervisor =
            account(QStringLiteral("super01"), QStringLiteral("李值班"), Role::Supervisor, {});
        ready = true;
    }

    Session account(const QString &name, const QString &display, Role role,
                    const QString &department)
    {
        UserAccount a;
        a.username = name;
        a.displayName = display;
        a.role = role;
        a.department = department;
        Session s;
        s.userId =
            UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true).value();
        s.username = name;
        s.displayName = display;
        s.role = role;
        s.department = department;
        s.counterCode = QStringLiteral("A03");
        return s;
    }

    QString accept(int mother, bool withCommitment)
    {
        const FormTemplate *form = services.catalogue().find(QStringLiteral("newborn"));
        IntakeRequest r =
            Test::readAtCounter(Test::newbornRequest(form, clock->today(), mother, mother + 1),
                                services.database(), clerk, clock->now());
        if (withCommitment) {
            r.materialsReceived.removeAll(QStringLiteral("photo"));
            r.commitments = {{QStringLiteral("photo"), clock->today().addDays(3)}};
        }
        auto accepted = services.intake().accept(r, clerk);
        if (!accepted)
            qWarning() << accepted.error().code << accepted.error().detail;
        return accepted ? accepted->caseNumber : QString();
    }

    bool act(const QString &number, CaseAction action, const Session &who,
             const QString &stepKey = {}, const QString &reason = {},
             const QStringList &materials = {}, const QJsonObject &delivery = {})
    {
        ActionRequest r;
        r.action = action;
        if (!stepKey.isEmpty())
            r.stepId = services.workflow().load(number, who).value().record.stepByKey(stepKey)->id;
        r.reason = reason;
        r.materials = materials;
        r.delivery = delivery;
        r.procedure = SpecialProcedure::Inspection;
        r.expectedEnd = clock->today().addDays(7);
        auto done = services.workflow().act(number, r, who);
        if (!done)
            qWarning() << CaseStates::key(action) << done.error().code << done.error().detail;
        return done.ok();
    }

    // The newborn bundle through all of it: a 容缺 photo, a return for
    // supplement, a special procedure, three approvals and a refusal, the
    // photo brought, handover to an agent.
    bool driveFullCase()
    {
        full = accept(0, true);
        const SyntheticIdentityGenerator people(8, clock->today());
        agent = people.citizen(6);
        return !full.isEmpty() && act(full, CaseAction::Claim, health, "birth-check") &&
               act(full, CaseAction::Approve, health, "birth-check",
                   QStringLiteral("出生医学证明 Q510012345")) &&
               act(full, CaseAction::Claim, police, "hukou") &&
               act(full, CaseAction::Return, police, "hukou", QStringLiteral("户口簿页面不清晰"),
                   {QStringLiteral("household-register")}) &&
               act(full, CaseAction::Supplement, clerk, {}, {},
                   {QStringLiteral("household-register")}) &&
               act(full, CaseAction::SpecialStart, police, "hukou",
                   QStringLiteral("核查新生儿户籍登记地址的实际居住情况")) &&
               act(full, CaseAction::SpecialEnd, police, "hukou") &&
               act(full, CaseAction::Supplement, clerk, {}, {}, {QStringLiteral("photo")}) &&
               act(full, CaseAction::Approve, police, "hukou", QStringLiteral("户号 510107001")) &&
               act(full, CaseAction::Claim, insurance, "insurance") &&
               act(full, CaseAction::Approve, insurance, "insurance",
                   QStringLiteral("医保编号 YB2026001")) &&
               act(full, CaseAction::Claim, social, "ss-card") &&
               act(full, CaseAction::Refuse, social, "ss-card",
                   QStringLiteral("新生儿已在户籍地参加社会保险，依据《社会保险法》第五十八条"
                                  "不重复办理社会保障卡")) &&
               decide(QStringLiteral("refusal"), full, true).ok() &&
               act(full, CaseAction::Deliver, clerk, {}, {}, {},
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("agent")},
                               {QStringLiteral("name"), agent.name},
                               {QStringLiteral("idNumber"), agent.idNumber}});
    }

    // A supervisor's verdict on the open decision of `kind` about `subject` (a case
    // or a non-acceptance's number).
    Status decide(const QString &kind, const QString &subject, bool confirm,
                  const QString &comment = {})
    {
        auto open = services.review().queue(ReviewScope::Decisions, true, kind, 500, 0, supervisor);
        if (!open)
            return Status(open.error());
        for (const ReviewItem &i : open.value())
            if (i.subject == subject)
                return services.review().decide(i.id, confirm, comment, supervisor);
        return Status::failure(QStringLiteral("not-found"), subject);
    }

    QString applicantId(const QString &caseNumber)
    {
        const CaseRecord c = services.workflow().load(caseNumber, clerk).value().record;
        return PersonRepository(services.database()).findById(c.personId).value().idNumber;
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return services.database().scalar(sql, values).value().toInt();
    }

    QTemporaryDir dir;
    TestDatabase t;
    AppServices services;
    FixedClock *clock = nullptr;
    Session clerk, health, police, insurance, social, supervisor;
    QString full;
    QString nonAcceptance;
    QString notification;
    CardIdentity agent;
    QString error;
    bool ready = false;
};

QPdfDocument::Error load(QPdfDocument &pdf, const QString &path)
{
    return pdf.load(path);
}

} // namespace

class tst_DocumentService : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<Hall>> m_halls;

    Hall *hall(const QString &backend)
    {
        auto it = m_halls.find(backend);
        return it == m_halls.end() ? nullptr : it->second.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The hall's machine runs on hall time: paper shows times in it, not the
        // database's UTC (09:30 in the hall is 01:30 UTC).
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        for (const QString &backend : TestDatabase::backends()) {
            auto h = std::make_unique<Hall>(backend);
            QVERIFY2(h->t.ok(), qPrintable(h->t.error()));
            QVERIFY2(h->ready, qPrintable(h->error));
            QVERIFY(h->driveFullCase());
            const SyntheticIdentityGenerator people(8, h->clock->today());
            NonAcceptance n;
            n.applicantName = people.citizen(10).name;
            n.applicantIdNumber = people.citizen(10).idNumber;
            n.templateId = QStringLiteral("marriage-appointment");
            n.reason = QStringLiteral("婚姻登记由户籍所在地婚姻登记机关办理，不属于本中心职权范围");
            n.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
            n.referTo = QStringLiteral("户籍所在地婚姻登记机关");
            auto refused = h->services.documents().recordNonAcceptance(n, h->clerk);
            QVERIFY2(refused.ok(), qPrintable(refused.error().code));
            h->nonAcceptance = refused->number;
            QVERIFY(h->decide(QStringLiteral("non-acceptance"), refused->number, true).ok());
            NotificationData gaps;
            gaps.applicantName = people.citizen(12).name;
            gaps.applicantIdNumber = people.citizen(12).idNumber;
            gaps.matterTitle = QStringLiteral("居住证申领");
            gaps.missing.append({QStringLiteral("房屋租赁合同（已备案）"),
                                 QStringLiteral("原件 1 份"), QStringLiteral("证明合法稳定住所")});
            gaps.received << QStringLiteral("居民身份证（已调取）");
            auto noticed = h->services.documents().recordNotification(
                gaps, QStringLiteral("residence-permit"), h->clerk);
            QVERIFY2(noticed.ok(), qPrintable(noticed.error().code));
            h->notification = noticed->number;
            m_halls[backend] = std::move(h);
        }
    }

    void everyKindOnEveryPaper_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("layout");
        for (const QString &b : TestDatabase::backends())
            for (DocumentKind k : DocumentKinds::all())
                for (PaperLayout l : PaperLayouts::all())
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1 %2 %3")
                                       .arg(b, DocumentKinds::key(k), PaperLayouts::key(l))))
                        << b << int(k) << int(l);
    }

    void everyKindOnEveryPaper()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        QFETCH(int, kind);
        QFETCH(int, layout);
        Hall *h = hall(backend);
        QVERIFY(h);
        const auto k = DocumentKind(kind);
        const auto l = PaperLayout(layout);
        const SyntheticIdentityGenerator people(8, h->clock->today());
        QString number = h->full;
        QString idNumber = h->applicantId(h->full);
        if (k == DocumentKind::NonAcceptance) {
            number = h->nonAcceptance;
            idNumber = people.citizen(10).idNumber;
        } else if (k == DocumentKind::Notification) {
            number = h->notification;
            idNumber = people.citizen(12).idNumber;
        }
        const QString path =
            h->dir.filePath(QStringLiteral("%1-%2-%3.pdf")
                                .arg(backend, DocumentKinds::key(k), PaperLayouts::key(l)));
        auto rendered = h->services.documents().render(number, k, l, false, h->clerk, path);
        QVERIFY2(rendered.ok(),
                 qPrintable(rendered.error().code + QLatin1Char(' ') + rendered.error().detail));
        QCOMPARE(rendered->path, path);
        QCOMPARE(rendered->layout, l);
        if (qEnvironmentVariableIsSet("OW_KEEP_RECEIPTS"))
            h->dir.setAutoRemove(false);

        // QtPdf opens it, with the pages and the paper the layout promises.
        QPdfDocument pdf;
        QCOMPARE(load(pdf, path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), rendered->paper.pages);
        const QSizeF points = pdf.pagePointSize(0);
        const PaperGeometry g = PaperLayouts::geometry(l);
        QVERIFY(qAbs(points.width() - g.widthMm * 72 / 25.4) < 1);
        if (g.isRoll()) {
            QCOMPARE(pdf.pageCount(), 1); // one page as long as the content
            QVERIFY(points.height() > points.width());
        } else {
            QVERIFY(qAbs(points.height() - g.heightMm * 72 / 25.4) < 1);
        }
        // Nothing is drawn outside the paper: no cut text.
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QRectF page(QPointF(0, 0), pdf.pagePointSize(p));
            for (const QPolygonF &box : pdf.getAllText(p).bounds())
                QVERIFY2(page.contains(box.boundingRect()),
                         qPrintable(QStringLiteral("text outside page %1").arg(p)));
        }

        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils (pdftotext, pdffonts) is not installed");
        const Test::PdfInspection inspect(path);
        QVERIFY(inspect.loaded());
        // pdftotext gives back exactly the lines printed, each whole.
        const QStringList extracted = inspect.textLines();
        for (const QString &line : rendered->paper.lines)
            QVERIFY2(extracted.contains(line.trimmed()),
                     qPrintable(QStringLiteral("missing line \"%1\"").arg(line)));
        QVERIFY(extracted.contains(DocumentKinds::title(k)));
        QVERIFY(extracted.contains(h->services.counter().hallName));
        QVERIFY(extracted.contains(QStringLiteral("经办窗口：A03")));
        QVERIFY(extracted.contains(QStringLiteral("经办人：王受理")));
        QVERIFY(extracted.contains(QStringLiteral("2026年2月9日")));
        // The first print of a paper is the original; a later one (here: on the
        // next paper) is a 补打, whatever was asked.
        QCOMPARE(extracted.join(QLatin1Char('\n')).contains(QStringLiteral("补打")),
                 rendered->copy);
        // Chinese quotation marks on paper, never ASCII ones.
        QVERIFY(!extracted.join(QString()).contains(QLatin1Char('"')));
        if (k != DocumentKind::NonAcceptance && k != DocumentKind::Notification)
            QVERIFY(inspect.compactText().contains(QStringLiteral("新生儿出生“一件事”")));

        // The ID number masked, and the full one nowhere in the file.
        QVERIFY(inspect.compactText().contains(IdNumber::masked(idNumber)));
        QVERIFY2(!inspect.containsAnywhere(idNumber), "full ID number in the file");
        if (k == DocumentKind::Handover) {
            QVERIFY(inspect.compactText().contains(IdNumber::masked(h->agent.idNumber)));
            QVERIFY(inspect.compactText().contains(h->agent.name));
        }
        QVERIFY(!inspect.containsAnywhere(h->agent.idNumber));

        // PDF/A-1b: the identification in the XMP, every font embedded.
        const QByteArray xmp = inspect.xmp();
        QVERIFY2(!xmp.isEmpty(), "no XMP metadata");
        QVERIFY(xmp.contains("<pdfaid:part>1</pdfaid:part>") || xmp.contains("pdfaid:part=\"1\""));
        QVERIFY(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>") ||
                xmp.contains("pdfaid:conformance=\"B\""));
        QVERIFY(inspect.everything().startsWith("%PDF-1.4"));
        QVERIFY(inspect.everything().contains("/OutputIntents"));
        QVERIFY(inspect.everything().contains("/GTS_PDFA1"));
        QVERIFY(inspect.fontCount() > 0);
        QVERIFY2(inspect.fontsNotEmbedded().isEmpty(),
                 qPrintable(inspect.fontsNotEmbedded().join(QLatin1Char('\n'))));

        // The QR code scans and verifies with the hall's key, for this document.
        const QSize pixels = (points * 200.0 / 72.0).toSize(); // 200 dpi
        const QrDecoder::Decoded decoded = QrDecoder::decode(pdf.render(0, pixels));
        QVERIFY2(decoded.found, "no QR code found on the first page");
        auto payload = QrPayload::parse(decoded.text, kKey, kMonday);
        QVERIFY2(payload.ok(), qPrintable(payload.error().code));
        QVERIFY(!QrPayload::parse(decoded.text, QByteArray(32, 'x'), kMonday).ok());
        if (k == DocumentKind::Acceptance) {
            QCOMPARE(payload->type(), QrPayload::Type::ReceiptTracking);
            QCOMPARE(payload->caseNumber(), h->full);
        } else {
            QCOMPARE(payload->type(), QrPayload::Type::Document);
            QCOMPARE(payload->documentNumber(), rendered->document.number);
            QCOMPARE(payload->documentKind(), DocumentKinds::key(k));
            QCOMPARE(payload->caseNumber(), DocumentKinds::belongsToCase(k) ? h->full : QString());
            QVERIFY(extracted.contains(QStringLiteral("文书编号：") + rendered->document.number));
        }
        QCOMPARE(payload->hallCode(), h->services.counter().hallCode);
    }

    // The English edition, for a counter working in English: every kind on every
    // paper, its words in English, the names from the templates' English, and
    // still exactly what was printed, nothing cut, the number masked.
    void englishEdition_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("layout");
        for (DocumentKind k : DocumentKinds::all())
            for (PaperLayout l : PaperLayouts::all())
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2").arg(DocumentKinds::key(k), PaperLayouts::key(l))))
                    << int(k) << int(l);
    }

    void englishEdition()
    {
        QFETCH(int, kind);
        QFETCH(int, layout);
        Hall *h = hall(QStringLiteral("sqlite"));
        QVERIFY(h);
        const auto k = DocumentKind(kind);
        const auto l = PaperLayout(layout);
        const SyntheticIdentityGenerator people(8, h->clock->today());
        QString number = h->full;
        QString idNumber = h->applicantId(h->full);
        if (k == DocumentKind::NonAcceptance) {
            number = h->nonAcceptance;
            idNumber = people.citizen(10).idNumber;
        } else if (k == DocumentKind::Notification) {
            number = h->notification;
            idNumber = people.citizen(12).idNumber;
        }
        const QString path = h->dir.filePath(
            QStringLiteral("en-%1-%2.pdf").arg(DocumentKinds::key(k), PaperLayouts::key(l)));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto rendered = h->services.documents().render(number, k, l, false, h->clerk, path);
        QLocale::setDefault(before);
        QVERIFY2(rendered.ok(),
                 qPrintable(rendered.error().code + QLatin1Char(' ') + rendered.error().detail));
        if (qEnvironmentVariableIsSet("OW_KEEP_RECEIPTS"))
            h->dir.setAutoRemove(false);

        QPdfDocument pdf;
        QCOMPARE(load(pdf, path), QPdfDocument::Error::None);
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QRectF page(QPointF(0, 0), pdf.pagePointSize(p));
            for (const QPolygonF &box : pdf.getAllText(p).bounds())
                QVERIFY2(page.contains(box.boundingRect()),
                         qPrintable(QStringLiteral("text outside page %1").arg(p)));
        }
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils (pdftotext, pdffonts) is not installed");
        const Test::PdfInspection inspect(path);
        const QStringList extracted = inspect.textLines();
        for (const QString &line : rendered->paper.lines)
            QVERIFY2(extracted.contains(line.trimmed()),
                     qPrintable(QStringLiteral("missing line \"%1\"").arg(line)));
        // The title, whole (a roll may wrap a long one).
        QVERIFY(
            inspect.compactText().contains(DocumentKinds::title(k, true).remove(QLatin1Char(' '))));
        QVERIFY(!inspect.compactText().contains(DocumentKinds::title(k)));
        QVERIFY(extracted.contains(QStringLiteral("Counter: A03")));
        QVERIFY(extracted.contains(QStringLiteral("Issued by: 王受理")));
        QVERIFY(extracted.contains(QStringLiteral("9 February 2026")));
        const QString text = extracted.join(QLatin1Char('\n'));
        QVERIFY(!text.contains(QStringLiteral("经办")));
        QVERIFY(!text.contains(QStringLiteral("身份证号")));
        if (k != DocumentKind::NonAcceptance && k != DocumentKind::Notification)
            QVERIFY(inspect.compactText().contains(QStringLiteral("Newbornregistrationbundle")));
        QVERIFY(inspect.compactText().contains(IdNumber::masked(idNumber)));
        QVERIFY2(!inspect.containsAnywhere(idNumber), "full ID number in the file");
    }

    // What each paper says that only it says, read back from the PDF.
    void whatEachPaperSays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("acceptance")
            << int(DocumentKind::Acceptance)
            << QStringList{"承办部门及办理时限", "承诺办结日期：", "容缺受理材料（承诺补交）",
                           "受理时间：2026-02-09 09:30"};
        QTest::newRow("notification") << int(DocumentKind::Notification)
                                      << QStringList{"房屋租赁合同（已备案）（原件1份）",
                                                     "原因：证明合法稳定住所", "第三十二条"};
        QTest::newRow("non-acceptance")
            << int(DocumentKind::NonAcceptance)
            << QStringList{"不予受理的理由", "不属于本中心职权范围",
                           "第（二）项",     "该事项请向户籍所在地婚姻登记机关申请办理。",
                           "六十日内",       "行政复议",
                           "六个月内",       "行政诉讼"};
        QTest::newRow("supplement") << int(DocumentKind::Supplement)
                                    << QStringList{"退回部门：公安",
                                                   "居民户口簿",
                                                   "补正原因",
                                                   "户口簿页面不清晰",
                                                   "补正期限",
                                                   "暂停计算",
                                                   "已于2026-02-09材料补齐后恢复计算"};
        QTest::newRow("tolerance") << int(DocumentKind::Tolerance)
                                   << QStringList{"容缺材料及补交期限", "逾期未补交的后果",
                                                  "承诺书", "承诺人（签名）：", "2026-02-12"};
        QTest::newRow("special") << int(DocumentKind::Special)
                                 << QStringList{"程序：现场核查",
                                                "原因：核查新生儿户籍登记地址的实际居住情况",
                                                "预计结束日期：2026-02-16",
                                                "个工作日",
                                                "不计入办理时限",
                                                "第四十五条"};
        QTest::newRow("refusal") << int(DocumentKind::Refusal)
                                 << QStringList{"人社：",
                                                "不予许可的理由：新生儿已在户籍地参加社会保险",
                                                "六十日内", "六个月内", "第三十八条"};
        QTest::newRow("completion")
            << int(DocumentKind::Completion)
            << QStringList{"办理结果：部分准予办理", "准予（户号510107001）",
                           "领取地点：武侯区政务服务中心综合出件窗口", "领取时间："};
        QTest::newRow("handover") << int(DocumentKind::Handover)
                                  << QStringList{"（代理人）", "送达方式：窗口领取（代领）",
                                                 "受送达人（签名）：", "户号510107001"};
        QTest::newRow("materials")
            << int(DocumentKind::Materials)
            << QStringList{"出生医学证明", "核验后退还", "受理后补交的材料", "原件/复印件"};
    }

    void whatEachPaperSays()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        Hall *h = hall(QStringLiteral("sqlite"));
        QVERIFY(h);
        const auto k = DocumentKind(kind);
        const QString number = k == DocumentKind::NonAcceptance  ? h->nonAcceptance
                               : k == DocumentKind::Notification ? h->notification
                                                                 : h->full;
        auto rendered = h->services.documents().render(number, k, PaperLayout::A4, false, h->clerk);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().code));
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        const QString text = Test::PdfInspection(rendered->path).compactText();
        for (const QString &e : expected) {
            QString compact = e;
            compact.remove(QLatin1Char(' '));
            QVERIFY2(text.contains(compact), qPrintable(e));
        }
    }

    // 退件: the completion notice gives the result, the returning department's
    // reason and that the originals go back.
    void completionOfAReturnedFile()
    {
        Hall *h = hall(QStringLiteral("sqlite"));
        QVERIFY(h);
        const QString number = h->accept(10, false);
        QVERIFY(!number.isEmpty());
        DocumentService &docs = h->services.documents();
        QVERIFY(h->act(number, CaseAction::Claim, h->health, "birth-check"));
        QVERIFY(h->act(number, CaseAction::Approve, h->health, "birth-check"));
        QVERIFY(h->act(number, CaseAction::Claim, h->police, "hukou"));
        QVERIFY(h->act(number, CaseAction::Return, h->police, "hukou", QStringLiteral("户口簿缺页"),
                       {QStringLiteral("household-register")}));
        QCOMPARE(docs.render(number, DocumentKind::Completion, PaperLayout::A4, false, h->clerk)
                     .error()
                     .code,
                 QStringLiteral("not-applicable"));
        QVERIFY(h->act(number, CaseAction::ReturnFile, h->police, "hukou",
                       QStringLiteral("申请人逾期未补正户口簿")));
        // Proposed only: no completion notice until a supervisor confirms the 退件.
        auto early =
            docs.render(number, DocumentKind::Completion, PaperLayout::A4, false, h->clerk);
        QCOMPARE(early.error().code, QStringLiteral("not-applicable"));
        QVERIFY2(early.error().detail.contains(QStringLiteral("confirmation")),
                 qPrintable(early.error().detail));
        QVERIFY(h->decide(QStringLiteral("file-returned"), number, true).ok());
        auto rendered =
            docs.render(number, DocumentKind::Completion, PaperLayout::A4, false, h->clerk);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().code));
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        const QString text = Test::PdfInspection(rendered->path).compactText();
        for (const QString &e :
             {QStringLiteral("办理结果：退件（未按要求补齐补正材料）"),
              QStringLiteral("退件：申请人逾期未补正户口簿"), QStringLiteral("未办理（已退件）"),
              QStringLiteral("原件在领取时一并退还")})
            QVERIFY2(text.contains(e), qPrintable(e));
        QVERIFY(!text.contains(QStringLiteral("前序事项不予许可")));
    }

    // A decision against the citizen is a proposal until a supervisor who did not
    // make it confirms it: no 不予受理通知书, no 不予许可决定书, no completion, and
    // nothing written, counted or audited as printed before then; sent back, its
    // notice never comes. The receipt says where a fee waiver stands.
    void pendingDecisionsIssueNoNotice_data() { TestDatabase::addBackendRows(); }
    void pendingDecisionsIssueNoNotice()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall *h = hall(backend);
        QVERIFY(h);
        DocumentService &docs = h->services.documents();
        const SyntheticIdentityGenerator people(8, h->clock->today());
        const CardIdentity citizen = people.citizen(30);
        const QString printed = QStringLiteral(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'document-print' AND subject = ?");

        // 不予受理 at the counter, twice for the same citizen.
        NonAcceptance n;
        n.applicantName = citizen.name;
        n.applicantIdNumber = citizen.idNumber;
        n.templateId = QStringLiteral("marriage-appointment");
        n.reason = QStringLiteral("不属于本中心职权范围");
        n.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
        auto first = docs.recordNonAcceptance(n, h->clerk);
        auto second = docs.recordNonAcceptance(n, h->clerk);
        QVERIFY(first.ok() && second.ok());
        const QString path = h->dir.filePath(QStringLiteral("pending.pdf"));
        for (const QString &number : {first->number, second->number}) {
            auto r = docs.render(number, DocumentKind::NonAcceptance, std::nullopt, false, h->clerk,
                                 path);
            QCOMPARE(r.error().code, QStringLiteral("not-applicable"));
            QVERIFY2(r.error().detail.contains(QStringLiteral("awaits the supervisor")),
                     qPrintable(r.error().detail));
            QCOMPARE(h->count(printed, {number}), 0);
        }
        QVERIFY(!QFile::exists(path));
        // The citizen's file lists both, waiting.
        auto listed = docs.nonAcceptancesFor(citizen.idNumber, h->clerk);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().document.number, second->number); // newest first
        for (const DocumentService::CounterDecision &d : listed.value())
            QCOMPARE(d.decision.state, ReviewItem::State::Open);
        // The first confirmed: its notice prints. The second sent back: it never does.
        QVERIFY(h->decide(QStringLiteral("non-acceptance"), first->number, true).ok());
        QVERIFY(h->decide(QStringLiteral("non-acceptance"), second->number, false,
                          QStringLiteral("属本中心职权，应予受理"))
                    .ok());
        QVERIFY(docs.render(first->number, DocumentKind::NonAcceptance, std::nullopt, false,
                            h->clerk, path)
                    .ok());
        QVERIFY(QFile::exists(path));
        QCOMPARE(h->count(printed, {first->number}), 1);
        auto back =
            docs.render(second->number, DocumentKind::NonAcceptance, std::nullopt, false, h->clerk);
        QCOMPARE(back.error().code, QStringLiteral("not-applicable"));
        QVERIFY(back.error().detail.contains(QStringLiteral("属本中心职权，应予受理")));
        listed = docs.nonAcceptancesFor(citizen.idNumber, h->clerk);
        QCOMPARE(listed->at(0).decision.state, ReviewItem::State::Returned);
        QCOMPARE(listed->at(1).decision.state, ReviewItem::State::Approved);
        QCOMPARE(listed->at(1).decision.reviewerName, h->supervisor.displayName);
        // Only counter staff look them up, and the refusal is audited.
        QCOMPARE(docs.nonAcceptancesFor(citizen.idNumber, h->police).error().code,
                 QStringLiteral("forbidden"));

        // 不予许可 on a step: no decision paper and no completion until confirmed.
        const QString number = h->accept(14, false);
        QVERIFY(!number.isEmpty());
        QVERIFY(h->act(number, CaseAction::Claim, h->health, "birth-check"));
        QVERIFY(h->act(number, CaseAction::Refuse, h->health, "birth-check",
                       QStringLiteral("出生医学证明编号与医院登记不符")));
        const int documentsBefore = h->count(QStringLiteral("SELECT COUNT(*) FROM documents"));
        for (DocumentKind k : {DocumentKind::Refusal, DocumentKind::Completion}) {
            auto r = docs.render(number, k, std::nullopt, false, h->clerk);
            QCOMPARE(r.error().code, QStringLiteral("not-applicable"));
            QVERIFY2(r.error().detail.contains(QStringLiteral("confirmation")),
                     qPrintable(r.error().detail));
        }
        QCOMPARE(h->count(QStringLiteral("SELECT COUNT(*) FROM documents")), documentsBefore);
        QVERIFY(h->decide(QStringLiteral("refusal"), number, true).ok());
        QVERIFY(docs.render(number, DocumentKind::Refusal, std::nullopt, false, h->clerk).ok());
        QVERIFY(docs.render(number, DocumentKind::Completion, std::nullopt, false, h->clerk).ok());

        // A fee waiver: the receipt says it waits, then that the fees are owed.
        FormTemplate paid = *h->services.catalogue().find(QStringLiteral("newborn"));
        FeeDefinition fee;
        fee.id = QStringLiteral("certificate");
        fee.title = {QStringLiteral("证件工本费"), QStringLiteral("Certificate fee")};
        fee.amount = 20;
        paid.fees = {fee};
        IntakeRequest request =
            Test::readAtCounter(Test::newbornRequest(&paid, h->clock->today(), 16, 17),
                                h->services.database(), h->clerk, h->clock->now());
        request.feeWaiverReason = QStringLiteral("最低生活保障对象");
        auto waived = h->services.intake().accept(request, h->clerk);
        QVERIFY2(waived.ok(), qPrintable(waived.error().code));
        auto receiptSays = [&](const QString &what) {
            DocumentSource source;
            source.snapshot = h->services.workflow().load(waived->caseNumber, h->clerk).value();
            const PrintedDocument paper =
                DocumentService::compose(DocumentKind::Acceptance, source);
            for (const PrintedDocument::Block &b : paper.body)
                if (b.text.contains(what))
                    return true;
            return false;
        };
        QVERIFY(
            receiptSays(QStringLiteral("已申请减免（20.00 元：最低生活保障对象），待值班长确认")));
        QVERIFY(h->decide(QStringLiteral("fee-waiver"), waived->caseNumber, false,
                          QStringLiteral("未提供低保证明"))
                    .ok());
        QVERIFY(receiptSays(QStringLiteral("减免未获确认，费用须照常缴纳")));
        QVERIFY(!receiptSays(QStringLiteral("待值班长确认")));
    }

    void reprintsAreMarkedCountedAndAudited_data() { TestDatabase::addBackendRows(); }
    void reprintsAreMarkedCountedAndAudited()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall *h = hall(backend);
        QVERIFY(h);
        DocumentService &docs = h->services.documents();
        auto original =
            docs.render(h->full, DocumentKind::Completion, PaperLayout::A5, false, h->clerk);
        QVERIFY(original.ok());
        const int reprintsBefore = original->document.reprints;
        const int auditedBefore =
            h->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                    " AND subject = ?"),
                     {QStringLiteral("document-reprint"), h->full});
        h->clock->set(kMonday.addDays(1));
        auto first = docs.render(h->full, DocumentKind::Completion, std::nullopt, true, h->clerk);
        auto second =
            docs.render(h->full, DocumentKind::Completion, PaperLayout::Thermal80, true, h->clerk);
        h->clock->set(kMonday);
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(first->document.number, original->document.number);
        QCOMPARE(second->document.reprints, reprintsBefore + 2);
        QVERIFY(first->path != second->path);
        QVERIFY(first->path != original->path);
        QCOMPARE(h->count(QStringLiteral("SELECT reprints FROM documents WHERE number = ?"),
                          {original->document.number}),
                 reprintsBefore + 2);
        QCOMPARE(h->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                         " AND subject = ?"),
                          {QStringLiteral("document-reprint"), h->full}),
                 auditedBefore + 2);
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        const QStringList lines = Test::PdfInspection(second->path).textLines();
        const QString mark =
            QStringLiteral("补打（COPY） 第 %1 次 补打日期：2026-02-10").arg(reprintsBefore + 2);
        QVERIFY2(lines.contains(mark), qPrintable(lines.join(QLatin1Char('\n'))));
        // The paper keeps its date; a print's mark says whether it was a copy.
        QVERIFY(lines.contains(QStringLiteral("2026年2月9日")));
        QCOMPARE(Test::PdfInspection(original->path).compactText().contains(QStringLiteral("补打")),
                 original->copy);
    }

    // A paper counts as issued once it has been rendered: a rendering that fails
    // leaves no row, no number and no file behind, so the next print is the
    // original; a 补打 of a paper never issued is refused; and whatever the
    // caller asks, a second print of an issued paper is a 补打.
    void issuedOnceRendered_data() { TestDatabase::addBackendRows(); }
    void issuedOnceRendered()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall *h = hall(backend);
        QVERIFY(h);
        DocumentService &docs = h->services.documents();
        const QString number = h->accept(40, false);
        QVERIFY(!number.isEmpty());
        const QString rows =
            QStringLiteral("SELECT COUNT(*) FROM documents d JOIN cases c ON c.id = d.case_id"
                           " WHERE c.case_number = ?");
        const QString issueEvents = QStringLiteral(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'document-issue' AND subject = ?");

        auto never = docs.render(number, DocumentKind::Acceptance, std::nullopt, true, h->clerk);
        QCOMPARE(never.error().code, QStringLiteral("not-issued"));
        QCOMPARE(h->count(rows, {number}), 0);

        // A folder that cannot be: the file is not written, so nothing is issued.
        QFile blocker(h->dir.filePath(QStringLiteral("blocker-%1").arg(backend)));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString unwritable = blocker.fileName() + QStringLiteral("/receipt.pdf");
        auto failed = docs.render(number, DocumentKind::Acceptance, std::nullopt, false, h->clerk,
                                  unwritable);
        QVERIFY(!failed.ok());
        QCOMPARE(h->count(rows, {number}), 0);
        QCOMPARE(h->count(issueEvents, {number}), 0);
        QVERIFY(!QFile::exists(unwritable));

        auto original =
            docs.render(number, DocumentKind::Acceptance, std::nullopt, false, h->clerk);
        QVERIFY2(original.ok(), qPrintable(original.error().code));
        QCOMPARE(original->document.reprints, 0);
        QVERIFY(original->document.renderedAt.isValid());
        QCOMPARE(h->count(rows, {number}), 1);
        QCOMPARE(h->count(issueEvents, {number}), 1);
        // Asked for as an original, printed as what it is: the first 补打.
        auto again = docs.render(number, DocumentKind::Acceptance, std::nullopt, false, h->clerk);
        QVERIFY(again.ok());
        QCOMPARE(again->document.reprints, 1);
        QVERIFY(again->path != original->path);
        QCOMPARE(h->count(rows, {number}), 1);

        // A notice recorded at the counter whose first print failed is not issued
        // yet: its next print is the original.
        NotificationData gaps;
        gaps.applicantName = QStringLiteral("赵一");
        gaps.applicantIdNumber =
            SyntheticIdentityGenerator(8, h->clock->today()).citizen(41).idNumber;
        gaps.matterTitle = QStringLiteral("居住证申领");
        gaps.missing.append({QStringLiteral("房屋租赁合同（已备案）"), QStringLiteral("原件 1 份"),
                             QStringLiteral("证明合法稳定住所")});
        auto noticed = docs.recordNotification(gaps, QStringLiteral("residence-permit"), h->clerk);
        QVERIFY(noticed.ok());
        QVERIFY(!docs.render(noticed->number, DocumentKind::Notification, std::nullopt, false,
                             h->clerk, unwritable)
                     .ok());
        QCOMPARE(
            docs.render(noticed->number, DocumentKind::Notification, std::nullopt, true, h->clerk)
                .error()
                .code,
            QStringLiteral("not-issued"));
        auto notice =
            docs.render(noticed->number, DocumentKind::Notification, std::nullopt, false, h->clerk);
        QVERIFY2(notice.ok(), qPrintable(notice.error().code));
        QCOMPARE(notice->document.reprints, 0);
        if (!Test::PdfInspection::popplerAvailable())
            QSKIP("poppler-utils is not installed");
        QVERIFY(
            !Test::PdfInspection(original->path).compactText().contains(QStringLiteral("补打")));
        QVERIFY(!Test::PdfInspection(notice->path).compactText().contains(QStringLiteral("补打")));
        QVERIFY(Test::PdfInspection(again->path).compactText().contains(QStringLiteral("补打")));
    }

    void documentsThatDoNotApplyAreRefused_data() { TestDatabase::addBackendRows(); }
    void documentsThatDoNotApplyAreRefused()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall *h = hall(backend);
        QVERIFY(h);
        const QString open = h->accept(2, false);
        QVERIFY(!open.isEmpty());
        DocumentService &docs = h->services.documents();
        const int before = h->count(QStringLiteral("SELECT COUNT(*) FROM documents"));
        for (DocumentKind k :
             {DocumentKind::Completion, DocumentKind::Handover, DocumentKind::Supplement,
              DocumentKind::Special, DocumentKind::Refusal, DocumentKind::Tolerance,
              DocumentKind::Notification, DocumentKind::NonAcceptance}) {
            auto r = docs.render(open, k, std::nullopt, false, h->clerk);
            QVERIFY2(!r.ok(), qPrintable(DocumentKinds::key(k)));
            QCOMPARE(r.error().code, QStringLiteral("not-applicable"));
            QVERIFY(!r.error().detail.isEmpty());
        }
        QCOMPARE(h->count(QStringLiteral("SELECT COUNT(*) FROM documents")), before);
        // The open case's own papers do apply.
        QVERIFY(docs.render(open, DocumentKind::Acceptance, std::nullopt, false, h->clerk).ok());
        QVERIFY(docs.render(open, DocumentKind::Materials, std::nullopt, false, h->clerk).ok());
        // A notice number is not a case; a case number is not a notice; and a wrong kind.
        QCOMPARE(docs.render(QStringLiteral("510107-20260209-99999"), DocumentKind::Acceptance,
                             std::nullopt, false, h->clerk)
                     .error()
                     .code,
                 QStringLiteral("not-found"));
        QCOMPARE(
            docs.render(h->nonAcceptance, DocumentKind::Acceptance, std::nullopt, false, h->clerk)
                .error()
                .code,
            QStringLiteral("not-found"));
        QCOMPARE(
            docs.render(h->nonAcceptance, DocumentKind::Notification, std::nullopt, false, h->clerk)
                .error()
                .code,
            QStringLiteral("not-applicable"));
        // An officer of another department sees neither the case nor its papers.
        Session other = h->insurance;
        other.department = QStringLiteral("民政");
        QCOMPARE(
            docs.render(open, DocumentKind::Acceptance, std::nullopt, false, other).error().code,
            QStringLiteral("forbidden"));
    }

    void acceptanceWritesTheReceiptOnTheCountersPaper()
    {
        Hall *h = hall(QStringLiteral("sqlite"));
        QVERIFY(h);
        PaperChoices choices;
        choices.set(DocumentKind::Acceptance, PaperLayout::Thermal80);
        h->services.documents().setPaperChoices(choices);
        const FormTemplate *form = h->services.catalogue().find(QStringLiteral("newborn"));
        auto accepted = h->services.acceptance().accept(
            Test::readAtCounter(Test::newbornRequest(form, h->clock->today(), 4, 5),
                                h->services.database(), h->clerk, h->clock->now()),
            h->clerk);
        h->services.documents().setPaperChoices(PaperChoices());
        QVERIFY(accepted.ok());
        QVERIFY2(!accepted->receiptPath.isEmpty(), qPrintable(accepted->receiptError.code));
        QPdfDocument pdf;
        QCOMPARE(load(pdf, accepted->receiptPath), QPdfDocument::Error::None);
        QVERIFY(qAbs(pdf.pagePointSize(0).width() - 80 * 72 / 25.4) < 1);
        auto row =
            DocumentRepository(h->services.database()).findByNumber(accepted->record.caseNumber);
        QVERIFY(row.ok());
        QCOMPARE(row->kind, DocumentKind::Acceptance);
        QCOMPARE(row->issuedBy, h->clerk.displayName);
    }

    void withoutAKeyNothingIsSigned()
    {
        Hall *h = hall(QStringLiteral("sqlite"));
        QVERIFY(h);
        CounterContext keyless = h->services.counter();
        keyless.hallKey.clear();
        DocumentService docs(h->services.database(), h->services.audit(), *h->clock,
                             h->services.workflow(), h->services.catalogue(),
                             h->services.calendar(), keyless);
        const QString path = h->dir.filePath(QStringLiteral("keyless.pdf"));
        const QString open = h->accept(8, false);
        QVERIFY(!open.isEmpty());
        const int before = h->count(QStringLiteral("SELECT COUNT(*) FROM documents"));
        for (DocumentKind k : {DocumentKind::Acceptance, DocumentKind::Materials}) {
            auto r = docs.render(open, k, std::nullopt, false, h->clerk, path);
            QCOMPARE(r.error().code, QStringLiteral("no-key"));
        }
        QVERIFY(!QFile::exists(path));
        // Nothing issued either: no row, no number used up.
        QCOMPARE(h->count(QStringLiteral("SELECT COUNT(*) FROM documents")), before);
    }

    void nonAcceptanceNeedsItsReasons()
    {
        Hall *h = hall(QStringLiteral("sqlite"));
        QVERIFY(h);
        NonAcceptance n;
        n.applicantName = QStringLiteral("测试人");
        n.applicantIdNumber = QStringLiteral("11010519491231002X");
        n.reason = QStringLiteral("不属于本中心职权范围");
        QCOMPARE(h->services.documents().recordNonAcceptance(n, h->clerk).error().code,
                 QStringLiteral("reason-required"));
        n.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条");
        QCOMPARE(h->services.documents().recordNonAcceptance(n, h->police).error().code,
                 QStringLiteral("forbidden"));
    }
};

QTEST_MAIN(tst_DocumentService)
#include "tst_DocumentService.moc"
