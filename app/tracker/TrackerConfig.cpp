#include "tracker/TrackerConfig.h"

#include "common/PlainText.h"
#include "storage/DatabaseUrl.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

Status bad(const QString &what)
{
    return Status::failure(QStringLiteral("bad-option"), what);
}

Result<int> number(const QString &key, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return Result<int>::failure(
            QStringLiteral("bad-option"),
            QStringLiteral("%1 must be a number from %2 to %3").arg(key).arg(min).arg(max));
    return n;
}

const QStringList kKeys = {
    QStringLiteral("database"),        QStringLiteral("listen"),   QStringLiteral("base-url"),
    QStringLiteral("proxy"),           QStringLiteral("key-file"), QStringLiteral("hall-name"),
    QStringLiteral("closed-days"),     QStringLiteral("rate"),     QStringLiteral("burst"),
    QStringLiteral("max-connections"), QStringLiteral("threads"),  QStringLiteral("audit-batch"),
};

} // namespace

QString TrackerConfig::usage()
{
    return QStringLiteral(
        "usage: onewindow-tracker --database URL [--listen ADDRESS:PORT] [--base-url URL]\n"
        "                         [--proxy ADDRESS] [--config FILE] [--key-file FILE]\n"
        "                         [--hall-name TEXT] [--closed-days N] [--rate N] [--burst N]\n"
        "                         [--max-connections N] [--threads N] [--audit-batch on|off]\n"
        "The hall key comes from --key-file or $ONEWINDOW_HALL_KEY.\n");
}

Status TrackerConfig::set(const QString &key, const QString &value)
{
    if (key == QLatin1String("database")) {
        if (!DatabaseUrl::parse(value))
            return bad(QStringLiteral("--database: not a database URL"));
        databaseUrl = value;
    } else if (key == QLatin1String("listen")) {
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        QString host = value.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        auto port = number(QStringLiteral("--listen's port"), value.mid(colon + 1), 0, 65535);
        if (colon <= 0 || address.isNull() || !port)
            return bad(QStringLiteral("--listen: ADDRESS:PORT, e.g. 127.0.0.1:8088"));
        limits.address = address;
        limits.port = quint16(port.value());
    } else if (key == QLatin1String("base-url")) {
        if (!value.startsWith(QLatin1String("http://")) &&
            !value.startsWith(QLatin1String("https://")))
            return bad(QStringLiteral("--base-url: an http(s) address"));
        baseUrl = value;
    } else if (key == QLatin1String("proxy")) {
        const QHostAddress address(value);
        if (address.isNull())
            return bad(QStringLiteral("--proxy: an IP address"));
        limits.proxy = address;
    } else if (key == QLatin1String("key-file")) {
        if (const Status s =
                PlainText::check(QStringLiteral("--key-file"), value, PlainText::Lines::One, 4096);
            !s || value.isEmpty())
            return bad(QStringLiteral("--key-file: a file's path"));
        keyFile = value;
    } else if (key == QLatin1String("hall-name")) {
        // Shown on every page: one line a citizen can read.
        if (const Status s = PlainText::check(QStringLiteral("--hall-name"), value,
                                              PlainText::Lines::One, PlainText::kMaxName);
            !s || value.isEmpty())
            return bad(QStringLiteral("--hall-name: one line of at most %1 characters")
                           .arg(PlainText::kMaxName));
        hallName = value;
    } else if (key == QLatin1String("closed-days")) {
        auto n = number(QStringLiteral("--closed-days"), value, 0, 3650);
        if (!n)
            return Status(n.error());
        closedDays = n.value();
    } else if (key == QLatin1String("rate") || key == QLatin1String("burst")) {
        auto n = number(QLatin1String("--") + key, value, 1, 100000);
        if (!n)
            return Status(n.error());
        (key == QLatin1String("rate") ? limits.rate.perSecond : limits.rate.burst) = n.value();
    } else if (key == QLatin1String("max-connections")) {
        auto n = number(QStringLiteral("--max-connections"), value, 1, 10000);
        if (!n)
            return Status(n.error());
        limits.maxConnections = n.value();
    } else if (key == QLatin1String("threads")) {
        auto n = number(QStringLiteral("--threads"), value, 1, 64);
        if (!n)
            return Status(n.error());
        limits.threads = n.value();
    } else if (key == QLatin1String("audit-batch")) {
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return bad(QStringLiteral("--audit-batch: on or off"));
        auditBatch = value == QLatin1String("on");
    } else {
        return bad(QStringLiteral("unknown option: ") + key);
    }
    return Status::success();
}

Status TrackerConfig::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("--config: cannot read ") + path);
    return readText(file.readAll());
}

Status TrackerConfig::readText(const QByteArray &text)
{
    if (text.trimmed().startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (!doc.isObject())
            return bad(QStringLiteral("--config: ") + error.errorString());
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // A number as written (4.5 stays 4.5 and is refused where a count is due).
            // A JSON true or false is on or off.
            const QString value =
                it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 17)
                : it.value().isBool() ? QString::fromLatin1(it.value().toBool() ? "on" : "off")
                                      : it.value().toString();
            if (const Status s = set(it.key(), value); !s)
                return s;
        }
        return Status::success();
    }
    int line = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++line;
        const QString l = QString::fromUtf8(raw).trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(QStringLiteral("--config: line %1 is not key=value").arg(line));
        if (const Status s = set(l.left(eq).trimmed(), l.mid(eq + 1).trimmed()); !s)
            return s;
    }
    return Status::success();
}

Result<TrackerConfig> TrackerConfig::fromArguments(const QStringList &arguments)
{
    using R = Result<TrackerConfig>;
    TrackerConfig config;
    QList<QPair<QString, QString>> given;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")))
            return R(bad(QStringLiteral("unexpected argument: ") + arg).error());
        arg = arg.mid(2);
        QString value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return R(bad(QStringLiteral("--%1 needs a value").arg(arg)).error());
        }
        if (arg != QLatin1String("config") && !kKeys.contains(arg))
            return R(bad(QStringLiteral("unknown option: --") + arg).error());
        given.append({arg, value});
    }
    // The file first, whatever its place on the line: the command line wins.
    for (const auto &[key, value] : std::as_const(given))
        if (key == QLatin1String("config"))
            if (const Status s = config.readFile(value); !s)
                return R(s.error());
    for (const auto &[key, value] : std::as_const(given))
        if (key != QLatin1String("config"))
            if (const Status s = config.set(key, value); !s)
                return R(s.error());
    if (config.databaseUrl.isEmpty())
        return R(bad(QStringLiteral("--database is required")).error());
    return config;
}

} // namespace OneWindow
