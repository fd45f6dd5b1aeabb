#include "cli/AuditVerifyCommand.h"

#include "cli/CliOptions.h"
#include "identity/HallKey.h"
#include "security/AuditVerifier.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace OneWindow {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

QString stateKey(AuditVerdict::State state)
{
    switch (state) {
    case AuditVerdict::State::Intact:
        return QStringLiteral("intact");
    case AuditVerdict::State::Broken:
        return QStringLiteral("broken");
    case AuditVerdict::State::Unsealed:
        return QStringLiteral("unsealed");
    case AuditVerdict::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

QStringList AuditVerifyCommand::words() const
{
    return {QStringLiteral("audit"), QStringLiteral("verify")};
}

QString AuditVerifyCommand::synopsis() const
{
    return QStringLiteral("--database URL [--anchor ID:HASH] [--json]");
}

QString AuditVerifyCommand::summary() const
{
    return QStringLiteral("Check the whole audit chain with the hall's key (ONEWINDOW_HALL_KEY):"
                          " exit 0 intact, 1 with the first bad event (id, time, reason),"
                          " also for a log that was never sealed or whose seal is gone.");
}

int AuditVerifyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("anchor")},
                       {QStringLiteral("json")});
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        err << "onewindow-cli audit verify: "
            << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
            << '\n';
        return UsageError;
    }
    const QString urlText = options.value(QStringLiteral("database"));
    if (urlText.isEmpty()) {
        err << "onewindow-cli audit verify: --database URL is required\n";
        return UsageError;
    }
    auto url = DatabaseUrl::parse(urlText);
    if (!url) {
        err << "onewindow-cli audit verify: " << url.error().code << ": " << url.error().detail
            << '\n';
        return UsageError;
    }
    // Without the key only the chain could be checked, and a rewritten chain would
    // pass: the check needs the key, never a guess.
    auto hallKey = HallKey::fromEnvironment();
    if (!hallKey) {
        err << "onewindow-cli audit verify: " << HallKey::environmentVariable()
            << " must hold the hall's key (hex): " << hallKey.error().code
            << (hallKey.error().detail.isEmpty()
                    ? QString()
                    : QStringLiteral(" (%1)").arg(hallKey.error().detail))
            << '\n';
        return UsageError;
    }
    // An event and its hash kept from an earlier check: it must still be there.
    qint64 anchorId = 0;
    QByteArray anchorHash;
    if (options.has(QStringLiteral("anchor"))) {
        const QStringList parts = options.value(QStringLiteral("anchor")).split(QLatin1Char(':'));
        bool ok = false;
        anchorId = parts.value(0).toLongLong(&ok);
        anchorHash = parts.value(1).trimmed().toLower().toLatin1();
        if (parts.size() != 2 || !ok || anchorId <= 0 || anchorHash.size() != 64) {
            err << "onewindow-cli audit verify: --anchor wants ID:HASH (an event id and its"
                   " 64-digit hash)\n";
            return UsageError;
        }
    }
    const bool json = options.has(QStringLiteral("json"));
    const bool showProgress = stderrIsTerminal();
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = -1000;
    AuditVerifier verifier(url.value(), AuditKey::fromHallKey(hallKey.value()));
    if (anchorId > 0)
        verifier.setAnchor(anchorId, anchorHash);
    auto verdict = verifier.run([&](qint64 done, qint64 total) {
        // A line that rewrites itself, a few times a second, only on a terminal.
        if (showProgress && clock.elapsed() - lastShown >= 250) {
            lastShown = clock.elapsed();
            err << "\rverifying: " << done << " / " << total << " events";
            if (total > 0)
                err << " (" << qMin<qint64>(100, done * 100 / total) << " %)";
            err.flush();
        }
        return true;
    });
    if (showProgress && lastShown >= 0) {
        err << "\r\033[K";
        err.flush();
    }
    if (!verdict) {
        err << "onewindow-cli audit verify: " << verdict.error().code << ": "
            << verdict.error().detail << '\n';
        return Failure;
    }
    const AuditVerdict &v = verdict.value();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("database"), url.value().toString());
        o.insert(QStringLiteral("intact"), v.intact());
        o.insert(QStringLiteral("state"), stateKey(v.state));
        o.insert(QStringLiteral("events"), v.events);
        o.insert(QStringLiteral("legacy_events"), v.legacyEvents);
        o.insert(QStringLiteral("checkpoint"), QJsonObject{{QStringLiteral("id"), v.headId},
                                                           {QStringLiteral("at"), v.headAt},
                                                           {QStringLiteral("hash"), v.headHash},
                                                           {QStringLiteral("events"), v.total},
                                                           {QStringLiteral("sealed"), v.sealed}});
        if (v.intact())
            o.insert(QStringLiteral("first_bad"), QJsonValue::Null);
        else
            o.insert(QStringLiteral("first_bad"),
                     QJsonObject{{QStringLiteral("id"), v.badId},
                                 {QStringLiteral("at"), v.badAt},
                                 {QStringLiteral("reason"), v.reason},
                                 {QStringLiteral("detail"), v.detail}});
        o.insert(QStringLiteral("seconds"), double(qRound64(seconds * 1000)) / 1000.0);
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else if (v.intact()) {
        out << "intact: " << v.events << " events";
        if (v.legacyEvents > 0)
            out << " (" << v.legacyEvents << " written before the seal: chain only)";
        if (v.headId > 0)
            out << "; checkpoint: event " << v.headId << " at " << v.headAt << ", hash "
                << v.headHash;
        out << '\n';
    } else if (v.state == AuditVerdict::State::Unsealed) {
        out << "NOT SEALED from event " << v.badId << " (" << v.badAt << "): " << v.detail << '\n';
    } else {
        out << "BROKEN at event " << v.badId << " (" << v.badAt << "): " << v.reason << ": "
            << v.detail << '\n';
    }
    return v.intact() ? Success : Failure;
}

} // namespace OneWindow
