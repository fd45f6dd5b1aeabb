#include "common/LogFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

namespace OneWindow {

namespace {

QFile *s_file = nullptr;
QMutex s_mutex;
QtMessageHandler s_previous = nullptr;

const char *level(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_file) {
            const QString line =
                QStringLiteral("%1 %2 [%3] %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(level(type)),
                         QLatin1String(context.category ? context.category : "default"), message);
            s_file->write(line.toUtf8());
            s_file->flush();
        }
    }
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

void LogFile::installFromEnvironment(const QString &program)
{
    const QString folder = qEnvironmentVariable(environmentVariable());
    if (folder.isEmpty() || s_file)
        return;
    if (!QDir().mkpath(folder))
        return;
    auto *file = new QFile(QDir(folder).filePath(
        QStringLiteral("%1-%2.log").arg(program).arg(QCoreApplication::applicationPid())));
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return;
    }
    s_file = file; // lives as long as the process
    s_previous = qInstallMessageHandler(handler);
}

} // namespace OneWindow
