#include "services/CounterSettings.h"

#include "security/Permission.h"
#include "services/ProvisioningFile.h"
#include "storage/DatabaseUrl.h"

#include <QRegularExpression>
#include <QSettings>

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
    return {};
}

Status CounterSettings::save(QSettings &store, const Session &session) const
{
    if (!Permission::can(session, Capability::ChangeSettings))
        return Status::failure(QStringLiteral("forbidden"),
                               QStringLiteral("settings are for administrators"));
    if (const QString p = problem(); !p.isEmpty())
        return Status::failure(p);
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
    paper.save(store);
    store.sync();
    if (store.status() != QSettings::NoError)
        return Status::failure(QStringLiteral("write-failed"), store.fileName());
    return Status::success();
}

Status CounterSettings::saveLanguage(QSettings &store) const
{
    if (fromFile.contains(QStringLiteral("language")))
        return Status::failure(QStringLiteral("provisioned"), provisioningFile);
    if (language != QLatin1String("zh") && language != QLatin1String("en"))
        return Status::failure(QStringLiteral("language"));
    store.setValue(QStringLiteral("counter/language"), language);
    store.sync();
    if (store.status() != QSettings::NoError)
        return Status::failure(QStringLiteral("write-failed"), store.fileName());
    return Status::success();
}

} // namespace OneWindow
