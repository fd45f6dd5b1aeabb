#pragma once

#include "identity/CardReader.h"
#include "identity/SamFrame.h"
#include "identity/SamFrameParser.h"

#include <QPointer>
#include <QSerialPort>
#include <QTimer>

namespace OneWindow {

class ReaderProbe;

// A SAM card reader on a serial port (115200 8N1). While running it polls: find card,
// and for a new card select and read (30 01). A card placed is read once (retried a
// few times if the read fails, then reported with readFailed); a card removed makes
// the reader ready again. A port that disappears (unplugged) is reopened by itself,
// and with no port configured the port is detected with ReaderProbe on every attempt.
class SerialCardReader : public CardReader
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected, // no port open (not started, not found, unplugged)
        Ready,        // the reader answers and no unread card is on it
        Reading,      // a card was found and is being read
        CardPresent,  // the card on the reader has been read (or given up on)
        Error,        // the port is open but the reader does not answer or reports a fault
    };
    Q_ENUM(State)

    struct Timing
    {
        int pollIntervalMs = 250;
        // find and select answer within a few milliseconds on real readers.
        int commandTimeoutMs = 500;
        // 1295 bytes take 112 ms at 115200 baud; the SAM needs up to about a second
        // to authenticate and read the card before it starts sending.
        int readTimeoutMs = 3000;
        int reconnectIntervalMs = 1000;
        // Reads of one card before readFailed: a card still being slid into place
        // often fails once.
        int attemptsPerCard = 3;
        // Unanswered commands in a row before the reader is declared silent.
        int silentLimit = 3;
    };

    explicit SerialCardReader(QObject *parent = nullptr);
    ~SerialCardReader() override;

    // A device path or port name ("/dev/ttyUSB0", "COM3"). Empty: detect by probing.
    // Takes effect on the next connection attempt (restart to apply at once).
    void setPortName(const QString &portName);
    QString portName() const { return m_portName; }
    // The port in use, once one is open (the detected one when probing).
    QString activePortName() const { return m_activePort; }

    void setTiming(const Timing &timing) { m_timing = timing; }
    Timing timing() const { return m_timing; }

    // Opens the port and polls until stop(); reconnects by itself.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Paused (the counter is locked), the reader reads no card: it stops polling, keeps
    // the port and remembers the card it has read, so that card is not read again
    // when it resumes (a card swapped for it meanwhile is taken for it, as a direct
    // swap is: F2 reads it); readCard() fails with "paused".
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    State state() const { return m_state; }
    // Why the reader is Disconnected or in Error: "open-failed", "not-found", "unplugged",
    // "not-answering", "status-xx"; empty otherwise.
    QString errorCode() const { return m_errorCode; }
    // "disconnected", "ready", "reading", "card-present", "error".
    static QString stateKey(State state);

    // Reads the card on the reader now, even one already read; starts the reader if
    // needed. Calls made while such a read is pending join it. Failure codes: "no-reader",
    // "no-card", "timeout", "checksum", "length", "truncated", "card-type", "status-xx",
    // "paused".
    void readCard() override;
    // For the status bar: "<port>: <state>[ (<error>)]", e.g. "/dev/ttyUSB0: ready".
    QString describe() const override;

Q_SIGNALS:
    void stateChanged(OneWindow::SerialCardReader::State state);
    // The card that was on the reader has been taken away.
    void cardRemoved();

private:
    enum class Step
    {
        Idle,
        Find,
        Select,
        Read
    };

    void connectPort();
    void openPort(const QString &name);
    void closePort();
    void scheduleReconnect();
    void poll();
    void send(Step step, SamFrame::Command command);
    void onReadyRead();
    void onResponseTimeout();
    void onPortError(QSerialPort::SerialPortError error);
    void handleFrame(const SamFrame &frame);
    void handleFindFrame(const SamFrame &frame);
    void cardFailure(const QString &code);
    void endCycle();
    void answerExplicit(const QString &failure);
    void setState(State state, const QString &errorCode = {});

    QString m_portName;
    QString m_activePort;
    Timing m_timing;
    QSerialPort *m_port;
    QPointer<ReaderProbe> m_probe;
    QTimer m_pollTimer;
    QTimer m_responseTimer;
    QTimer m_reconnectTimer;
    SamFrameParser m_parser;
    Step m_step = Step::Idle;
    State m_state = State::Disconnected;
    QString m_errorCode;
    bool m_running = false;
    bool m_paused = false;
    bool m_bytesSinceSend = false;
    bool m_cardHandled = false;
    bool m_explicitPending = false;
    int m_attempts = 0;
    int m_silent = 0;
};

} // namespace OneWindow
