#include "identity/ReaderProbe.h"

#include "identity/SamFrame.h"
#include "identity/SamFrameParser.h"

#include <QEventLoop>
#include <QSerialPort>
#include <QSerialPortInfo>

namespace OneWindow {

ReaderProbe::ReaderProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(QString()); });
}

ReaderProbe::~ReaderProbe()
{
    closeAll();
}

QStringList ReaderProbe::systemPorts()
{
    QStringList ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos)
        ports.append(info.systemLocation());
    return ports;
}

void ReaderProbe::start(const QStringList &candidates)
{
    if (m_running)
        return;
    m_running = true;
    const QStringList names = candidates.isEmpty() ? systemPorts() : candidates;
    const QByteArray request = SamFrame::request(SamFrame::SamStatus).encode();
    for (const QString &name : names) {
        auto *port = new QSerialPort(this);
        port->setPortName(name);
        port->setBaudRate(QSerialPort::Baud115200);
        port->setDataBits(QSerialPort::Data8);
        port->setParity(QSerialPort::NoParity);
        port->setStopBits(QSerialPort::OneStop);
        port->setFlowControl(QSerialPort::NoFlowControl);
        // Busy ports (another program, our own reader) and missing ones are skipped.
        if (!port->open(QIODevice::ReadWrite)) {
            delete port;
            continue;
        }
        const int index = int(m_candidates.size());
        m_candidates.append({name, port, new SamFrameParser()});
        connect(port, &QSerialPort::readyRead, this, [this, index] { onReadyRead(index); });
        port->clear();
        port->write(request);
    }
    if (m_candidates.isEmpty()) {
        // Keep the promise of an asynchronous answer.
        QTimer::singleShot(0, this, [this] { finish(QString()); });
        return;
    }
    m_timer.start(m_timeoutMs);
}

void ReaderProbe::onReadyRead(int index)
{
    if (!m_running || index >= m_candidates.size())
        return;
    const Candidate &candidate = m_candidates.at(index);
    candidate.parser->feed(candidate.port->readAll());
    while (candidate.parser->hasResult()) {
        // Any well-formed frame is a SAM reader, even one reporting a fault: the
        // reader then shows that fault instead of "not found".
        if (candidate.parser->takeResult().ok()) {
            finish(candidate.name);
            return;
        }
    }
}

void ReaderProbe::finish(const QString &portName)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    // A copy: the name may belong to a candidate that closeAll() is about to drop.
    const QString found = portName;
    closeAll();
    Q_EMIT finished(found);
}

void ReaderProbe::closeAll()
{
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        candidate.port->disconnect(this);
        candidate.port->close();
        candidate.port->deleteLater();
        delete candidate.parser;
    }
    m_candidates.clear();
}

QString ReaderProbe::detect(const QStringList &candidates, int timeoutMs)
{
    ReaderProbe probe;
    probe.setTimeout(timeoutMs);
    QString found;
    QEventLoop loop;
    connect(&probe, &ReaderProbe::finished, &loop, [&](const QString &port) {
        found = port;
        loop.quit();
    });
    probe.start(candidates);
    if (probe.isRunning())
        loop.exec();
    return found;
}

} // namespace OneWindow
