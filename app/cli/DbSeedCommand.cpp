#include "cli/DbSeedCommand.h"

#include "cli/CliProgress.h"
#include "identity/HallKey.h"
#include "services/BulkSeeder.h"
#include "services/HallSetup.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList DbSeedCommand::words() const
{
    return {QStringLiteral("db"), QStringLiteral("seed")};
}

QString DbSeedCommand::synopsis() const
{
    return QStringLiteral(
        "--database URL --citizens N [--seed S] [--hall CODE] [--today YYYY-MM-DD]"
        " (ONEWINDOW_HALL_KEY: seal the seeded audit trail with it)");
}

QString DbSeedCommand::summary() const
{
    return QStringLiteral("Fill an empty database with synthetic citizens, ~5 cases each"
                          " shaped by the shipped templates (steps, step log, audit), materials,"
                          " licences, appointments, visits and ratings (deterministic).");
}

int DbSeedCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QHash<QString, QString> options;
    const QStringList known = {QStringLiteral("database"), QStringLiteral("citizens"),
                               QStringLiteral("seed"), QStringLiteral("hall"),
                               QStringLiteral("today")};
    for (int i = 0; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            err << "onewindow-cli db seed: unexpected argument " << a << '\n';
            return UsageError;
        }
        a = a.mid(2);
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        }
        if (!known.contains(a) || value.isEmpty()) {
            err << "onewindow-cli db seed: bad option --" << a << '\n';
            return UsageError;
        }
        options.insert(a, value);
    }
    bool ok = false;
    const qint64 citizens = options.value(QStringLiteral("citizens")).toLongLong(&ok);
    if (!options.contains(QStringLiteral("database")) || !ok || citizens < 0 ||
        citizens > 50000000) {
        err << "onewindow-cli db seed: --database URL and --citizens N (0..50000000) are "
               "required\n";
        return UsageError;
    }
    const quint32 seed = options.contains(QStringLiteral("seed"))
                             ? options.value(QStringLiteral("seed")).toUInt(&ok)
                             : 20160023u;
    if (!ok) {
        err << "onewindow-cli db seed: --seed must be a number\n";
        return UsageError;
    }
    QDate today = m_today;
    if (options.contains(QStringLiteral("today"))) {
        today = QDate::fromString(options.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << "onewindow-cli db seed: --today must be YYYY-MM-DD\n";
            return UsageError;
        }
    }
    const QString hall = options.value(QStringLiteral("hall"), QStringLiteral("510107"));
    auto url = DatabaseUrl::parse(options.value(QStringLiteral("database")));
    if (!url) {
        err << "onewindow-cli db seed: " << url.error().code << ": " << url.error().detail << '\n';
        return UsageError;
    }
    Database db(url.value());
    Status s = db.open();
    if (s)
        s = db.migrate();
    if (!s) {
        err << "onewindow-cli db seed: " << s.error().code << ": " << s.error().detail << '\n';
        return Failure;
    }
    // Synthetic citizens never enter a hall's database.
    if (const Status allowed = HallSetup::demoAllowed(db); !allowed) {
        err << "onewindow-cli db seed: " << allowed.error().code << ": " << allowed.error().detail
            << '\n';
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    // With the hall key the seeded audit trail is sealed, as a hall's is.
    auto hallKey = HallKey::fromEnvironment();
    if (!hallKey && hallKey.error().code != QLatin1String("no-hall-key")) {
        err << "onewindow-cli db seed: " << hallKey.error().code << '\n';
        return UsageError;
    }
    BulkSeeder seeder(db, hall, today, hallKey ? hallKey.value() : QByteArray());
    CliProgress progress(err, QStringLiteral("seeding citizens"));
    auto totals = seeder.seed(citizens, seed,
                              [&](qint64 done, qint64 total) { progress.update(done, total); });
    progress.finish();
    if (!totals) {
        err << "onewindow-cli db seed: " << totals.error().code << ": " << totals.error().detail
            << '\n';
        return Failure;
    }
    QJsonObject o;
    o.insert(QStringLiteral("citizens"), totals.value().persons);
    o.insert(QStringLiteral("cases"), totals.value().cases);
    o.insert(QStringLiteral("sub_cases"), totals.value().subCases);
    o.insert(QStringLiteral("step_log"), totals.value().events);
    o.insert(QStringLiteral("pauses"), totals.value().pauses);
    o.insert(QStringLiteral("decisions"), totals.value().decisions);
    o.insert(QStringLiteral("materials"), totals.value().materials);
    o.insert(QStringLiteral("licences"), totals.value().licences);
    o.insert(QStringLiteral("appointments"), totals.value().appointments);
    o.insert(QStringLiteral("visits"), totals.value().visits);
    o.insert(QStringLiteral("ratings"), totals.value().ratings);
    o.insert(QStringLiteral("follow_ups"), totals.value().followUps);
    o.insert(QStringLiteral("audit_events"), totals.value().auditEvents);
    o.insert(QStringLiteral("seed"), qint64(seed));
    o.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    o.insert(QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0);
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
