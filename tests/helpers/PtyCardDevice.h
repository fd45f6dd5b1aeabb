#pragma once

#include "identity/CardIdentity.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <memory>

namespace OneWindow {

// Plays a SAM card reader on the master end of a pseudo-terminal pair, so tests drive
// the real serial code (QSerialPort, termios, partial reads) on the slave end.
// portPath() is a symlink that survives unplug/replug, as /dev/serial/by-id/… does for
// a USB reader: each plugIn() opens a new pty and points the link at it.
class PtyCardDevice : public QObject
{
    Q_OBJECT

public:
    explicit PtyCardDevice(QObject *parent = nullptr);
    ~PtyCardDevice() override;

    // openpty() in raw mode; false (with a warning) when the system has no ptys.
    bool plugIn();
    // Closes the master: the reader's end sees the device vanish.
    void unplug();
    bool isPluggedIn() const { return m_master >= 0; }

    QString portPath() const;
    QString slavePath() const { return m_slavePath; }

    void placeCard(const CardIdentity &card);
    void removeCard();
    bool hasCard() const { return m_hasCard; }
    // The next `count` answers are sent with one data byte flipped (bad CHK).
    void corruptNextAnswers(int count = 1) { m_corrupt = count; }
    // Receives but never answers, like a reader whose SAM hangs.
    void setSilent(bool silent) { m_silent = silent; }
    // Answers every request with this status instead (0: behave normally).
    void setFaultStatus(quint8 sw3) { m_faultStatus = sw3; }
    // The read command answers with this status instead of the card (0: the card).
    void setReadStatus(quint8 sw3) { m_readStatus = sw3; }
    // Sends answers in pieces of this many bytes, each on its own event-loop turn.
    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    // Bytes sent before every answer (line noise).
    void setNoise(const QByteArray &noise) { m_noise = noise; }

    // Requests received, as (CMD << 8) | PARA.
    QList<quint16> requests() const { return m_requests; }
    int count(quint16 command) const { return int(m_requests.count(command)); }

Q_SIGNALS:
    void requestReceived(quint16 command);

private:
    void onReadable();
    void answer(quint16 command);
    void send(const QByteArray &bytes);
    void writeAll(const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_inbox;
    QList<quint16> m_requests;
    CardIdentity m_card;
    bool m_hasCard = false;
    bool m_silent = false;
    int m_corrupt = 0;
    quint8 m_faultStatus = 0;
    quint8 m_readStatus = 0;
    int m_chunkSize = 0;
    QByteArray m_noise;
    quint64 m_generation = 0;
};

} // namespace OneWindow
