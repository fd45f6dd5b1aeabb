#include "IntakeBench.h"

#include "BenchStats.h"

#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "counter/IntakePage.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/DraftAutosaver.h"
#include "intake/VisitEvidence.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace OneWindow {

using BenchStats::mix;
using BenchStats::percentile;
using BenchStats::round2;

namespace {

// Notes the first paint of the watched widget.
class PaintWatcher : public QObject
{
public:
    QObject *watched = nullptr;
    bool painted = false;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && object == watched)
            painted = true;
        return false;
    }
};

int fieldCount(const FormTemplate &t)
{
    int n = 0;
    for (const FieldDefinition &f : t.fields)
        n += 1 + int(f.children.size());
    return n;
}

} // namespace

QJsonObject IntakeBench::run() const
{
    QTemporaryDir dir;
    AppServices::Options options;
    options.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    options.receiptsFolder = dir.filePath(QStringLiteral("receipts"));
    options.demoCitizens = 40;
    options.fastPasswordHashes = true;
    AppServices services;
    const Status started = services.start(
        options, std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 24), QTime(10, 0))),
        nullptr);
    if (!started)
        return {{QStringLiteral("error"), started.error().detail}};
    const CardIdentity card =
        SyntheticIdentityGenerator(DemoSeeder::kDefaultSeed, DemoSeeder::referenceDate())
            .citizen(3);
    // The applicant as the core would have recorded them (the bench times the page only).
    VisitEvidence evidence;
    evidence.card = card;

    IntakePage page(services.clock());
    page.attach(services.drafts(), services.makeDraftAutosaver(services.session()),
                services.session(), services.counter());
    page.resize(1280, 800);
    page.show();
    PaintWatcher watcher;
    qApp->installEventFilter(&watcher);

    QJsonArray matters;
    QString largest;
    int largestFields = -1;
    double largestMedian = 0;
    for (const FormTemplate &form : services.catalogue().templates()) {
        QList<double> ms;
        for (int i = 0; i < m_runs + 1; ++i) {
            QElapsedTimer timer;
            timer.start();
            page.start(form, evidence, Person());
            watcher.watched =
                page.findChild<QWidget *>(QStringLiteral("page_") + form.pages.first().id);
            watcher.painted = false;
            while (!watcher.painted && timer.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (i > 0) // the first run warms caches (fonts, region table)
                ms << timer.nsecsElapsed() / 1e6;
        }
        const double median = percentile(ms, 0.5);
        matters.append(QJsonObject{{QStringLiteral("template"), form.id},
                                   {QStringLiteral("fields"), fieldCount(form)},
                                   {QStringLiteral("median_ms"), median},
                                   {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
                                   {QStringLiteral("max_ms"), percentile(ms, 1.0)}});
        if (fieldCount(form) > largestFields) {
            largestFields = fieldCount(form);
            largest = form.id;
            largestMedian = median;
        }
    }
    qApp->removeEventFilter(&watcher);
    return {{QStringLiteral("bench"), QStringLiteral("intake-first-page")},
            {QStringLiteral("runs"), m_runs},
            {QStringLiteral("largest"), largest},
            {QStringLiteral("largest_median_ms"), largestMedian},
            {QStringLiteral("goal_ms"), 100},
            {QStringLiteral("matters"), matters}};
}

int IntakeBench::main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 20;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--runs")));
    if (at > 0 && at + 1 < args.size())
        runs = qMax(1, args.at(at + 1).toInt());
    QTextStream err(stderr);
    err << "intake: first page of every shipped template, " << runs << " runs each\n";
    err.flush();
    QTextStream out(stdout);
    const QJsonObject figures = IntakeBench(runs).run();
    out << OneWindow::BenchStats::line(figures) << '\n';
    return figures.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace OneWindow
