#pragma once

// What the fault tests share about ow-fault-worker (OW_FAULT_WORKER_PATH from
// tests/fault/CMakeLists.txt): how to start it and how to read what it printed.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace OneWindow::Test {

// The hall key the fault tests' halls are sealed with.
inline const QByteArray kFaultHallKey = QByteArray::fromHex("c1c2c3c4c5c6c7c8c9cacbcccdcecfd0");

// Starts the worker on `url` with `arguments` and the hall's key.
inline void startWorker(QProcess &process, const QString &url, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(kFaultHallKey.toHex()));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(OW_FAULT_WORKER_PATH),
                  QStringList{QStringLiteral("--database"), url} + arguments);
}

// The worker's lines, each a JSON object; a line that is not one (it cannot be
// cut: each is written whole) comes back as {"unreadable": text}.
inline QList<QJsonObject> workerLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            lines << QJsonObject{{QStringLiteral("unreadable"), QString::fromUtf8(line)}};
        else
            lines << doc.object();
    }
    return lines;
}

} // namespace OneWindow::Test
