#include "services/CounterSettings.h"

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
    s.idleLockMinutes =
        store.value(QStringLiteral("counter/idleLockMinutes"), s.idleLockMinutes).toInt();
    s.paper = PaperChoices::load(store);
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
    return {};
}

Status CounterSettings::save(QSettings &store, const Session &session) const
{
    if (session.role != Role::Administrator)
        return Status::failure(QStringLiteral("forbidden"),
                               QStringLiteral("settings are for administrators"));
    if (const QString p = problem(); !p.isEmpty())
        return Status::failure(p);
    store.setValue(QStringLiteral("database/url"), databaseUrl);
    store.setValue(QStringLiteral("hall/code"), hallCode);
    store.setValue(QStringLiteral("hall/name"), hallName);
    store.setValue(QStringLiteral("counter/code"), counterCode);
    store.setValue(QStringLiteral("reader/port"), readerPort);
    store.setValue(QStringLiteral("hall/key"), hallKeyHex);
    store.setValue(QStringLiteral("counter/idleLockMinutes"), idleLockMinutes);
    paper.save(store);
    store.sync();
    if (store.status() != QSettings::NoError)
        return Status::failure(QStringLiteral("write-failed"), store.fileName());
    return Status::success();
}

} // namespace OneWindow
