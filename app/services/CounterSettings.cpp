#include "services/CounterSettings.h"

#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "security/Permission.h"
#include "services/ProvisioningFile.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QRegularExpression>
#include <QStringList>

#include <QSettings>
#include <functional>

namespace OneWindow {

CounterSettings CounterSettings::load(QSettings &store)
{
    CounterSettings s;
    s.databaseUrl = store.value(QStringLiteral("database/url"), s.databaseUrl).toString();
    s.hallCode = store.value(QStringLiteral("hall/code"), s.hallCode).toString();
    s.hallName = store.value(QStringLiteral("hall/name"), s.hallName).toString();
    s.counterCode = store.value(QStringLiteral("counter/code"), s.counterCode).toString();
    s.readerPort = store.value(QStringLiteral("reader/port"), s.readerPort).toString();
    s.hallKeyHex = store.value(QStringLiteral("hall/key"), s.hallKeyHex).toString();
    s.hallKeyFile = store.value(QStringLiteral("hall/keyFile"), s.hallKeyFile).toString();
    for (const QString &kind : ProvisioningFile::printerKinds()) {
        const QString printer = store.value(QStringLiteral("printer/") + kind).toString();
        if (!printer.isEmpty())
            s.printers.insert(kind, printer);
    }
    s.language = store.value(QStringLiteral("counter/language"), s.language).toString();
    s.idleLockMinutes =
        store.value(QStringLiteral("counter/idleLockMinutes"), s.idleLockMinutes).toInt();
    s.citizenScreen = store.value(QStringLiteral("citizen/screen")).toString();
    s.citizenConfirms = store.value(QStringLiteral("citizen/confirms"), false).toBool();
    s.paper = PaperChoices::load(store);
    return s;
}

CounterSettings CounterSettings::load(QSettings &store, const ProvisioningFile &file)
{
    CounterSettings s = load(store);
    file.applyTo(s);
    return s;
}

QString CounterSettings::problem() const
{
    if (!databaseUrl.isEmpty() && !DatabaseUrl::parse(databaseUrl).ok())
        return QStringLiteral("db-url");
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9]{2,12}$")).match(hallCode).hasMatch())
        return QStringLiteral("hall-code");
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9]{1,8}$")).match(counterCode).hasMatch())
        return QStringLiteral("counter-code");
    if (!hallKeyHex.isEmpty() && !QRegularExpression(QStringLiteral("^([0-9a-fA-F]{2}){16,64}$"))
                                      .match(hallKeyHex)
                                      .hasMatch())
        return QStringLiteral("hall-key");
    if (language != QLatin1String("zh") && language != QLatin1String("en"))
        return QStringLiteral("language");
    if (!QRegularExpression(QStringLiteral("^(|window|[0-9])$")).match(citizenScreen).hasMatch())
        return QStringLiteral("citizen-screen");
    return {};
}

namespace {

// Commits the audit event only when the settings are written; puts the old
// ones back when the commit fails after all.
Status writeAudited(QSettings &store, AuditLog &audit, const Session &session,
                    const QString &detail, const std::function<void()> &write,
                    const std::function<void()> &restore)
{
    bool written = false;
    const Status done = audit.database().transaction([&]() -> Status {
        if (const Status s = audit.recordInTransaction(session, QStringLiteral("settings-change"),
                                                       QStringLiteral("counter-settings"), detail);
            !s)
            return s;
        write();
        store.sync();
        written = true;
        if (store.status() != QSettings::NoError)
            return Status::failure(QStringLiteral("write-failed"), store.fileName());
        return Status::success();
    });
    if (!done && written) {
        restore();
        store.sync();
    }
    return done;
}

QString keyDescription(const QString &hex)
{
    return hex.isEmpty() ? QStringLiteral("none")
                         : QStringLiteral("changed(%1)")
                               .arg(HallKey::fingerprint(QByteArray::fromHex(hex.toLatin1())));
}

QString urlDescription(const QString &url)
{
    if (url.isEmpty())
        return QStringLiteral("default");
    auto parsed = DatabaseUrl::parse(url);
    return parsed ? parsed.value().toString() : QStringLiteral("invalid");
}

} // namespace

QString CounterSettings::changesFrom(const CounterSettings &b) const
{
    QStringList changes;
    const auto note = [&](const char *key, const QString &before, const QString &after,
                          const QString &shown) {
        // What the provisioning file decides is not written, so it does not change.
        const QString fileKey = QLatin1String(key) == QLatin1String("hall.key")
                                    ? QStringLiteral("hall.key-file")
                                    : QString::fromLatin1(key);
        if (before != after && !fromFile.contains(fileKey))
            changes << QStringLiteral("%1=%2").arg(QLatin1String(key), shown);
    };
    note("database", b.databaseUrl, databaseUrl, urlDescription(databaseUrl));
    note("hall.code", b.hallCode, hallCode, hallCode);
    note("hall.name", b.hallName, hallName, hallName);
    note("counter", b.counterCode, counterCode, counterCode);
    note("reader", b.readerPort, readerPort, readerPort);
    note("hall.key", b.hallKeyHex, hallKeyHex, keyDescription(hallKeyHex));
    note("hall.key-file", b.hallKeyFile, hallKeyFile, hallKeyFile);
    for (const QString &kind : ProvisioningFile::printerKinds())
        note(qPrintable(QStringLiteral("printer.") + kind), b.printers.value(kind),
             printers.value(kind), printers.value(kind));
    note("language", b.language, language, language);
    note("idle-lock", QString::number(b.idleLockMinutes), QString::number(idleLockMinutes),
         QString::number(idleLockMinutes));
    note("citizen.screen", b.citizenScreen, citizenScreen, citizenScreen);
    note("citizen.confirms", QString::number(b.citizenConfirms), QString::number(citizenConfirms),
         QString::number(citizenConfirms));
    if (!(b.paper == paper))
        changes << QStringLiteral("paper");
    return changes.join(QLatin1Char(' '));
}

void CounterSettings::write(QSettings &store) const
{
    const auto put = [&](const char *fileKey, const QString &storeKey, const QVariant &value) {
        if (!fromFile.contains(QLatin1String(fileKey)))
            store.setValue(storeKey, value);
    };
    put("database", QStringLiteral("database/url"), databaseUrl);
    put("hall.code", QStringLiteral("hall/code"), hallCode);
    put("hall.name", QStringLiteral("hall/name"), hallName);
    put("counter", QStringLiteral("counter/code"), counterCode);
    put("reader", QStringLiteral("reader/port"), readerPort);
    put("hall.key-file", QStringLiteral("hall/keyFile"), hallKeyFile);
    // A key file in the provisioning file makes a typed key meaningless.
    put("hall.key-file", QStringLiteral("hall/key"), hallKeyHex);
    for (const QString &kind : ProvisioningFile::printerKinds())
        put(qPrintable(QStringLiteral("printer.") + kind), QStringLiteral("printer/") + kind,
            printers.value(kind));
    put("language", QStringLiteral("counter/language"), language);
    put("idle-lock", QStringLiteral("counter/idleLockMinutes"), idleLockMinutes);
    put("citizen.screen", QStringLiteral("citizen/screen"), citizenScreen);
    put("citizen.confirms", QStringLiteral("citizen/confirms"), citizenConfirms);
    paper.save(store);
}

Status CounterSettings::save(QSettings &store, const Session &session, AuditLog &audit) const
{
    if (const Status allowed =
            audit.require(session, Capability::ChangeSettings, QStringLiteral("counter-settings"));
        !allowed)
        return allowed;
    if (const QString p = problem(); !p.isEmpty())
        return Status::failure(p);
    // What the store holds now, provisioned values aside: the file decides those.
    CounterSettings before = load(store);
    before.fromFile = fromFile;
    const QString changes = changesFrom(before);
    if (changes.isEmpty())
        return Status::success();
    return writeAudited(
        store, audit, session, changes, [&] { write(store); }, [&] { before.write(store); });
}

Status CounterSettings::saveLanguage(QSettings &store, const Session &session,
                                     AuditLog &audit) const
{
    if (fromFile.contains(QStringLiteral("language")))
        return Status::failure(QStringLiteral("provisioned"), provisioningFile);
    if (language != QLatin1String("zh") && language != QLatin1String("en"))
        return Status::failure(QStringLiteral("language"));
    const QString before = store.value(QStringLiteral("counter/language")).toString();
    if (load(store).language == language)
        return Status::success();
    return writeAudited(
        store, audit, session, QStringLiteral("language=%1").arg(language),
        [&] { store.setValue(QStringLiteral("counter/language"), language); },
        [&] {
            if (before.isEmpty())
                store.remove(QStringLiteral("counter/language"));
            else
                store.setValue(QStringLiteral("counter/language"), before);
        });
}

} // namespace OneWindow
