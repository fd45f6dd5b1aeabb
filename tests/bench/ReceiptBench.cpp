#include "ReceiptBench.h"

#include "documents/DocumentService.h"
#include "documents/DocumentSource.h"
#include "documents/NonAcceptanceNoticeBuilder.h"
#include "documents/NotificationNoticeBuilder.h"
#include "identity/QrPayload.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "receipts/CjkFont.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/WorkingDayCalendar.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

namespace OneWindow {

namespace {

const QByteArray kKey(32, '\x5a');

// CPU time of this thread: what the render costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(std::ceil(p * values.size())) - 1, int(values.size()) - 1);
    return values.at(index);
}

// A newborn bundle as the lifecycle leaves it after a return for supplement,
// a special procedure, three approvals, one refusal and a handover to an agent.
DocumentSource source(const TemplateCatalogue &catalogue, const WorkingDayCalendar &calendar)
{
    const QDateTime at(QDate(2026, 2, 9), QTime(9, 30));
    const SyntheticIdentityGenerator people(8, at.date());
    DocumentSource s;
    s.hallName = QStringLiteral("武侯区政务服务中心");
    s.hallCode = QStringLiteral("510107");
    s.calendar = &calendar;
    s.form = catalogue.find(QStringLiteral("newborn"));
    const CardIdentity mother = people.citizen(0);
    s.applicant.name = mother.name;
    s.applicant.idNumber = mother.idNumber;
    CaseRecord &c = s.snapshot.record;
    c.id = 1;
    c.caseNumber = QStringLiteral("510107-20260209-00001");
    c.title = s.form ? s.form->title.zh : QStringLiteral("新生儿出生“一件事”");
    c.templateId = QStringLiteral("newborn");
    c.counterCode = QStringLiteral("A03");
    c.acceptedAt = at;
    c.deadline = QDate(2026, 3, 5);
    c.state = CaseState::Delivered;
    c.result = CaseResult::PartlyGranted;
    c.completedAt = at.addDays(10);
    c.deliveredAt = at.addDays(11);
    c.delivery = QJsonObject{{QStringLiteral("kind"), QStringLiteral("agent")},
                             {QStringLiteral("name"), people.citizen(6).name},
                             {QStringLiteral("idNumber"), people.citizen(6).idNumber}};
    const struct
    {
        const char *key, *department, *title, *result;
        StepState state;
    } steps[] = {
        {"birth-check", "卫健", "出生医学证明核验", "出生医学证明 Q510012345", StepState::Approved},
        {"hukou", "公安", "出生登记（落户）", "户号 510107001", StepState::Approved},
        {"insurance", "医保", "城乡居民医保参保登记", "医保编号 YB2026001", StepState::Approved},
        {"ss-card", "人社", "社会保障卡申领", "新生儿已在户籍地参加社会保险，不重复办理",
         StepState::Refused},
    };
    qint64 id = 0;
    for (const auto &d : steps) {
        SubCase step;
        step.id = ++id;
        step.stepKey = QString::fromUtf8(d.key);
        step.department = QString::fromUtf8(d.department);
        step.title = QString::fromUtf8(d.title);
        step.result = QString::fromUtf8(d.result);
        step.state = d.state;
        step.deadline = QDate(2026, 3, 5);
        step.completedAt = at.addDays(9);
        c.subCases << step;
    }
    for (const char *m : {"birth-certificate", "other-parent-id-card", "household-register",
                          "marriage-certificate"}) {
        CaseMaterial material;
        material.kind = QString::fromLatin1(m);
        if (s.form)
            for (const MaterialDefinition &def : s.form->materials)
                if (def.id == material.kind)
                    material.title = def.title.zh;
        c.materials << material;
    }
    CasePause supplement;
    supplement.id = 1;
    supplement.subCaseId = 2;
    supplement.kind = CasePause::Kind::Supplement;
    supplement.reason = QStringLiteral("户口簿页面不清晰");
    supplement.materials = supplement.received = {QStringLiteral("household-register")};
    supplement.startedAt = at.addDays(1);
    supplement.startDay = at.date().addDays(1);
    supplement.endedAt = at.addDays(2);
    supplement.endDay = at.date().addDays(2);
    CasePause special = supplement;
    special.id = 2;
    special.kind = CasePause::Kind::Special;
    special.procedure = SpecialProcedure::Inspection;
    special.reason = QStringLiteral("核查新生儿户籍登记地址的实际居住情况");
    special.materials.clear();
    special.received.clear();
    special.expectedEnd = at.date().addDays(7);
    s.snapshot.pauses = {supplement, special};
    CaseCommitment photo;
    photo.id = 1;
    photo.material = QStringLiteral("photo");
    photo.title = QStringLiteral("新生儿近期正面免冠照片");
    photo.due = at.date().addDays(3);
    photo.signedAt = at;
    s.snapshot.commitments = {photo};
    CaseEvent accept;
    accept.action = CaseAction::Accept;
    accept.actor = QStringLiteral("王受理");
    s.snapshot.history = {accept};
    s.issued.issuedAt = at;
    s.issued.issuedBy = QStringLiteral("王受理");
    s.issued.counterCode = QStringLiteral("A03");
    s.issued.caseNumber = c.caseNumber;
    return s;
}

} // namespace

ReceiptBench::ReceiptBench(int runs)
    : m_runs(runs)
{}

QJsonObject ReceiptBench::run(QTextStream &progress) const
{
    if (CjkFont::family().isEmpty())
        return QJsonObject{{QStringLiteral("error"), QStringLiteral("font-missing")}};
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const WorkingDayCalendar calendar = WorkingDayCalendar::official();
    const DocumentSource base = source(catalogue, calendar);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdf"));

    QJsonArray rows;
    double worst = 0;
    QString worstName;
    double baselineWorst = 0;
    double worstCpu = 0;
    for (DocumentKind kind : DocumentKinds::all()) {
        DocumentSource s = base;
        s.issued.kind = kind;
        s.issued.number = kind == DocumentKind::Acceptance
                              ? s.snapshot.record.caseNumber
                              : s.snapshot.record.caseNumber + QStringLiteral("-") +
                                    DocumentKinds::letter(kind) + QStringLiteral("1");
        s.issued.subject = kind == DocumentKind::Supplement ? QStringLiteral("1")
                           : kind == DocumentKind::Special  ? QStringLiteral("2")
                                                            : QString();
        if (kind == DocumentKind::NonAcceptance) {
            NonAcceptance n;
            n.applicantName = s.applicant.name;
            n.applicantIdNumber = s.applicant.idNumber;
            n.matterTitle = QStringLiteral("婚姻登记预约");
            n.reason = QStringLiteral("不属于本中心职权范围");
            n.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
            s.issued.data = NonAcceptanceNoticeBuilder::toJson(n);
        } else if (kind == DocumentKind::Notification) {
            NotificationData n;
            n.applicantName = s.applicant.name;
            n.applicantIdNumber = s.applicant.idNumber;
            n.matterTitle = s.snapshot.record.title;
            n.missing.append({QStringLiteral("结婚证"), QStringLiteral("原件 1 份"),
                              QStringLiteral("父母已婚时提供")});
            s.issued.data = NotificationNoticeBuilder::toJson(n, QStringLiteral("newborn"));
        }
        PrintedDocument paper = DocumentService::compose(kind, s);
        paper.qrText = QrPayload::document(s.issued.number, s.hallCode, DocumentKinds::key(kind),
                                           s.issued.issuedAt.date(), s.snapshot.record.caseNumber)
                           .sign(kKey)
                           .value();
        for (PaperLayout layout : PaperLayouts::all()) {
            QList<double> times;
            QList<double> cpu;
            QStringList lines;
            for (int i = 0; i <= m_runs; ++i) {
                QElapsedTimer t;
                t.start();
                const double cpuStart = threadCpuMs();
                auto rendered = DocumentRenderer::render(paper, layout, path);
                const double ms = t.nsecsElapsed() / 1e6;
                const double cpuMs = threadCpuMs() - cpuStart;
                if (!rendered)
                    return QJsonObject{{QStringLiteral("error"), rendered.error().code}};
                if (i > 0) { // the first run loads the font and warms caches
                    times << ms;
                    cpu << cpuMs;
                }
                lines = rendered->lines;
            }
            const double p95 = percentile(times, 0.95);
            worstCpu = std::max(worstCpu, percentile(cpu, 0.95));
            const QString name =
                DocumentKinds::key(kind) + QLatin1Char('/') + PaperLayouts::key(layout);
            if (p95 > worst) {
                worst = p95;
                worstName = name;
            }
            // The baseline: the same lines on a bare A4 page, same font, nothing else.
            QList<double> bare;
            if (layout == PaperLayout::A4) {
                for (int i = 0; i <= m_runs; ++i) {
                    QElapsedTimer t;
                    t.start();
                    QPdfWriter writer(path);
                    writer.setResolution(300);
                    writer.setPageSize(QPageSize(QPageSize::A4));
                    QPainter painter(&writer);
                    QFont f(CjkFont::family());
                    f.setPointSizeF(11);
                    painter.setFont(f);
                    qreal y = 200;
                    for (const QString &line : std::as_const(lines)) {
                        painter.drawText(QPointF(200, y), line);
                        y += 60;
                    }
                    painter.end();
                    if (i > 0)
                        bare << t.nsecsElapsed() / 1e6;
                }
                baselineWorst = std::max(baselineWorst, percentile(bare, 0.95));
            }
            rows.append(QJsonObject{{QStringLiteral("document"), name},
                                    {QStringLiteral("p50_ms"), percentile(times, 0.5)},
                                    {QStringLiteral("p95_ms"), p95},
                                    {QStringLiteral("cpu_p95_ms"), percentile(cpu, 0.95)}});
            progress << name << ": p50 " << percentile(times, 0.5) << " ms, p95 " << p95 << " ms\n";
            progress.flush();
        }
    }
    return QJsonObject{{QStringLiteral("runs"), m_runs},
                       {QStringLiteral("documents"), rows},
                       {QStringLiteral("slowest"), worstName},
                       {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
                       {QStringLiteral("render_cpu_p95_ms"), worstCpu},
                       {QStringLiteral("render_p95_ms"), worst},
                       {QStringLiteral("baseline_p95_ms"), baselineWorst}};
}

} // namespace OneWindow
