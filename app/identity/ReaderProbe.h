#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QSerialPort;

namespace OneWindow {

class SamFrameParser;

// Finds the serial port a SAM card reader sits on: sends the SAM status request
// (11 FF) to every candidate port at 115200 8N1 and takes the first that answers with
// a well-formed frame within the timeout. All candidates are asked at once, so the
// whole probe takes one timeout at most, whatever the number of ports.
class ReaderProbe : public QObject
{
    Q_OBJECT

public:
    explicit ReaderProbe(QObject *parent = nullptr);
    ~ReaderProbe() override;

    // The system's serial ports (QSerialPortInfo), as device paths.
    static QStringList systemPorts();

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Starts probing `candidates`, or systemPorts() when empty. finished() follows once,
    // asynchronously, even when no port can be opened.
    void start(const QStringList &candidates = {});
    bool isRunning() const { return m_running; }

    // Blocking convenience for tools: runs an event loop until the probe ends.
    static QString detect(const QStringList &candidates = {}, int timeoutMs = 300);

Q_SIGNALS:
    // The port a reader answered on, or an empty string.
    void finished(const QString &portName);

private:
    struct Candidate
    {
        QString name; // as given: QSerialPort::portName() shortens /dev/ paths
        QSerialPort *port = nullptr;
        SamFrameParser *parser = nullptr;
    };

    void onReadyRead(int index);
    void finish(const QString &portName);
    void closeAll();

    QList<Candidate> m_candidates;
    QTimer m_timer;
    int m_timeoutMs = 300;
    bool m_running = false;
};

} // namespace OneWindow
