#pragma once

#include "common/Result.h"
#include "tracker/TrackerServer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OneWindow {

// onewindow-tracker's settings: from a file (--config FILE: key=value lines or one
// JSON object, the same keys) and then the command line, which wins. Keys:
//   database URL        sqlite:PATH or postgresql://... (required)
//   listen ADDR:PORT    default 127.0.0.1:8088
//   base-url URL        the address receipts point at (checked against the hall's setting)
//   proxy ADDRESS       the reverse proxy whose X-Forwarded-For is believed
//   key-file FILE       the hall key in hex (else $ONEWINDOW_HALL_KEY)
//   hall-name TEXT      shown as the place to collect
//   closed-days N       a handed-over or withdrawn case stays visible N days (30)
//   rate N              requests per second per address (5); burst N (20)
//   max-connections N   per serving thread (256)
//   threads N           serving threads, each with its own database connection (4)
//   audit-batch on|off  the pages' audit events share commits (AuditBatcher; on)
class TrackerConfig
{
public:
    QString databaseUrl;
    QString baseUrl;
    QString keyFile;
    QString hallName = QStringLiteral("政务服务中心");
    int closedDays = 30;
    bool auditBatch = true;
    TrackerServer::Limits limits;

    // "bad-option" (detail: what and why) for anything unknown or malformed.
    static Result<TrackerConfig> fromArguments(const QStringList &arguments);
    static QString usage();

    // The settings of a config file's content (what --config FILE reads), over
    // those already set; "bad-option" for the first key or value it refuses.
    Status readText(const QByteArray &text);

private:
    Status set(const QString &key, const QString &value);
    Status readFile(const QString &path);
};

} // namespace OneWindow
