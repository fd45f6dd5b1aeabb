#include "identity/SerialCardReader.h"

#include "identity/CardTextDecoder.h"
#include "identity/ReaderProbe.h"

#include <QLoggingCategory>

namespace OneWindow {

// Port names, states and status codes only: never card contents.
Q_LOGGING_CATEGORY(lcCardReader, "onewindow.identity")

SerialCardReader::SerialCardReader(QObject *parent)
    : CardReader(parent)
    , m_port(new QSerialPort(this))
{
    m_pollTimer.setSingleShot(true);
    m_responseTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SerialCardReader::poll);
    connect(&m_responseTimer, &QTimer::timeout, this, &SerialCardReader::onResponseTimeout);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SerialCardReader::connectPort);
    connect(m_port, &QSerialPort::readyRead, this, &SerialCardReader::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialCardReader::onPortError);
}

SerialCardReader::~SerialCardReader()
{
    // No signals to a half-destroyed receiver: stop quietly.
    blockSignals(true);
    stop();
}

void SerialCardReader::setPortName(const QString &portName)
{
    m_portName = portName;
}

QString SerialCardReader::stateKey(State state)
{
    switch (state) {
    case State::Disconnected:
        return QStringLiteral("disconnected");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Reading:
        return QStringLiteral("reading");
    case State::CardPresent:
        return QStringLiteral("card-present");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString SerialCardReader::describe() const
{
    QString port = m_activePort.isEmpty() ? m_portName : m_activePort;
    if (port.isEmpty())
        port = QStringLiteral("serial (auto)");
    QString text = port + QStringLiteral(": ") + stateKey(m_state);
    if (!m_errorCode.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_errorCode);
    return text;
}

void SerialCardReader::start()
{
    if (m_running)
        return;
    m_running = true;
    connectPort();
}

void SerialCardReader::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_reconnectTimer.stop();
    if (m_probe)
        m_probe->deleteLater();
    closePort();
    answerExplicit(QStringLiteral("no-reader"));
    setState(State::Disconnected);
}

void SerialCardReader::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_pollTimer.stop();
        answerExplicit(QStringLiteral("paused"));
        return;
    }
    if (m_running && m_port->isOpen() && m_step == Step::Idle)
        m_pollTimer.start(m_timing.pollIntervalMs);
}

void SerialCardReader::readCard()
{
    if (m_paused) {
        // Answer on the next event-loop turn, as the interface promises.
        QTimer::singleShot(0, this, [this] { Q_EMIT readFailed(QStringLiteral("paused")); });
        return;
    }
    if (!m_running)
        start();
    m_explicitPending = true;
    if (!m_port->isOpen()) {
        // Answer on the next event-loop turn, as the interface promises.
        QTimer::singleShot(0, this, [this] {
            if (!m_port->isOpen())
                answerExplicit(QStringLiteral("no-reader"));
        });
        return;
    }
    if (m_step == Step::Idle) {
        m_pollTimer.stop();
        QTimer::singleShot(0, this, &SerialCardReader::poll);
    }
}

void SerialCardReader::connectPort()
{
    if (!m_running || m_port->isOpen())
        return;
    if (!m_portName.isEmpty()) {
        openPort(m_portName);
        return;
    }
    if (m_probe)
        return;
    m_probe = new ReaderProbe(this);
    connect(m_probe, &ReaderProbe::finished, this, [this](const QString &found) {
        if (m_probe)
            m_probe->deleteLater();
        if (!m_running)
            return;
        if (found.isEmpty()) {
            setState(State::Disconnected, QStringLiteral("not-found"));
            answerExplicit(QStringLiteral("no-reader"));
            scheduleReconnect();
            return;
        }
        openPort(found);
    });
    m_probe->start();
}

void SerialCardReader::openPort(const QString &name)
{
    m_port->setPortName(name);
    m_port->setBaudRate(QSerialPort::Baud115200);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        // Logged once per state change, not once per retry.
        if (m_errorCode != QLatin1String("open-failed"))
            qCInfo(lcCardReader) << "cannot open card reader port" << name << m_port->errorString();
        setState(State::Disconnected, QStringLiteral("open-failed"));
        answerExplicit(QStringLiteral("no-reader"));
        scheduleReconnect();
        return;
    }
    qCInfo(lcCardReader) << "card reader port open:" << name;
    m_activePort = name;
    m_silent = 0;
    m_cardHandled = false;
    m_attempts = 0;
    m_port->clear();
    poll();
}

void SerialCardReader::closePort()
{
    m_responseTimer.stop();
    m_pollTimer.stop();
    m_step = Step::Idle;
    if (m_port->isOpen())
        m_port->close();
    m_port->clearError();
}

void SerialCardReader::scheduleReconnect()
{
    if (m_running)
        m_reconnectTimer.start(m_timing.reconnectIntervalMs);
}

void SerialCardReader::poll()
{
    if (m_paused || !m_running || !m_port->isOpen() || m_step != Step::Idle)
        return;
    send(Step::Find, SamFrame::FindCard);
}

void SerialCardReader::send(Step step, SamFrame::Command command)
{
    m_step = step;
    m_parser.reset();
    m_parser.setExpect(step == Step::Read ? SamFrameParser::Expect::TextPhotoAnswer
                                          : SamFrameParser::Expect::AnyFrame);
    m_bytesSinceSend = false;
    // Leftovers of an answer that came too late must not be taken for this one.
    m_port->clear(QSerialPort::Input);
    m_port->write(SamFrame::request(command).encode());
    m_responseTimer.start(step == Step::Read ? m_timing.readTimeoutMs : m_timing.commandTimeoutMs);
}

void SerialCardReader::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (m_step == Step::Idle || bytes.isEmpty())
        return;
    m_bytesSinceSend = true;
    m_parser.feed(bytes);
    if (!m_parser.hasResult())
        return;
    // One request, one answer: the first result is it.
    Result<SamFrame> result = m_parser.takeResult();
    m_parser.reset();
    m_responseTimer.stop();
    m_silent = 0;
    if (result.ok()) {
        handleFrame(result.value());
        return;
    }
    qCDebug(lcCardReader) << "broken answer:" << result.error().code;
    if (m_step == Step::Find)
        endCycle(); // the next poll asks again
    else
        cardFailure(result.error().code);
}

void SerialCardReader::onResponseTimeout()
{
    if (m_step == Step::Idle)
        return;
    QString code = QStringLiteral("timeout");
    if (m_bytesSinceSend) {
        m_parser.finish();
        if (m_parser.hasResult() && !m_parser.takeResult().ok())
            code = QStringLiteral("truncated");
        m_parser.reset();
    } else if (++m_silent >= m_timing.silentLimit && m_state != State::Error) {
        qCWarning(lcCardReader) << "card reader on" << m_activePort << "does not answer";
        setState(State::Error, QStringLiteral("not-answering"));
    }
    if (m_step == Step::Find) {
        answerExplicit(code);
        endCycle();
    } else {
        cardFailure(code);
    }
}

void SerialCardReader::handleFrame(const SamFrame &frame)
{
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Find:
        handleFindFrame(frame);
        return;
    case Step::Select:
        if (frame.sw3() == SamFrame::Success)
            send(Step::Read, SamFrame::ReadTextPhoto);
        else
            cardFailure(SamFrame::statusCode(frame.sw3()));
        return;
    case Step::Read: {
        if (frame.sw3() != SamFrame::Success) {
            cardFailure(SamFrame::statusCode(frame.sw3()));
            return;
        }
        Result<CardIdentity> card = CardTextDecoder::decodeAnswer(frame);
        if (!card.ok()) {
            cardFailure(card.error().code);
            return;
        }
        m_cardHandled = true;
        m_explicitPending = false;
        endCycle();
        setState(State::CardPresent);
        qCInfo(lcCardReader) << "card read:" << cardKindKey(card->kind);
        Q_EMIT cardRead(card.value());
        return;
    }
    }
}

void SerialCardReader::handleFindFrame(const SamFrame &frame)
{
    switch (frame.sw3()) {
    case SamFrame::FindCardSuccess:
        // Paused while this find was under way: the card is not read.
        if (m_paused) {
            endCycle();
            return;
        }
        if (m_cardHandled && !m_explicitPending) {
            endCycle();
            setState(State::CardPresent);
            return;
        }
        setState(State::Reading);
        send(Step::Select, SamFrame::SelectCard);
        return;
    case SamFrame::FindCardFailed:
    case SamFrame::SelectCardFailed: {
        const bool removed = m_cardHandled || m_state == State::CardPresent;
        m_cardHandled = false;
        m_attempts = 0;
        endCycle();
        setState(State::Ready);
        answerExplicit(QStringLiteral("no-card"));
        if (removed)
            Q_EMIT cardRemoved();
        return;
    }
    default: {
        // A fault of the reader itself (self-test, not authorised, …).
        const QString code = SamFrame::statusCode(frame.sw3());
        if (m_errorCode != code)
            qCWarning(lcCardReader)
                << "card reader reports" << code << SamFrame::statusMessage(frame.sw3());
        endCycle();
        setState(State::Error, code);
        answerExplicit(code);
        return;
    }
    }
}

void SerialCardReader::cardFailure(const QString &code)
{
    ++m_attempts;
    qCInfo(lcCardReader) << "card read attempt" << m_attempts << "failed:" << code;
    const bool giveUp = m_explicitPending || m_attempts >= m_timing.attemptsPerCard;
    endCycle();
    if (!giveUp)
        return; // the next poll tries again
    m_cardHandled = true;
    m_explicitPending = false;
    setState(State::CardPresent);
    Q_EMIT readFailed(code);
}

void SerialCardReader::endCycle()
{
    m_step = Step::Idle;
    m_responseTimer.stop();
    if (m_running && !m_paused && m_port->isOpen())
        m_pollTimer.start(m_timing.pollIntervalMs);
}

void SerialCardReader::answerExplicit(const QString &failure)
{
    if (!m_explicitPending)
        return;
    m_explicitPending = false;
    Q_EMIT readFailed(failure);
}

void SerialCardReader::onPortError(QSerialPort::SerialPortError error)
{
    // Errors while opening are handled where open() returns; these are the ones of an
    // open port, and a USB reader pulled out shows up as one of them.
    if (!m_port->isOpen() || error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    if (error != QSerialPort::ResourceError && error != QSerialPort::ReadError &&
        error != QSerialPort::WriteError && error != QSerialPort::UnknownError)
        return;
    qCWarning(lcCardReader) << "card reader port" << m_activePort
                            << "lost:" << m_port->errorString();
    // Closing inside the port's own signal is not safe; do it on the next turn.
    QTimer::singleShot(0, this, [this] {
        if (!m_port->isOpen())
            return;
        closePort();
        m_cardHandled = false;
        m_attempts = 0;
        setState(State::Disconnected, QStringLiteral("unplugged"));
        answerExplicit(QStringLiteral("no-reader"));
        scheduleReconnect();
    });
}

void SerialCardReader::setState(State state, const QString &errorCode)
{
    const bool changed = state != m_state || errorCode != m_errorCode;
    m_state = state;
    m_errorCode = errorCode;
    if (!changed)
        return;
    qCDebug(lcCardReader) << "card reader" << stateKey(state) << errorCode;
    Q_EMIT stateChanged(state);
}

} // namespace OneWindow
