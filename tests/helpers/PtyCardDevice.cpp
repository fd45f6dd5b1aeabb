#include "PtyCardDevice.h"

#include "CardFrameBuilder.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace OneWindow {

PtyCardDevice::PtyCardDevice(QObject *parent)
    : QObject(parent)
{}

PtyCardDevice::~PtyCardDevice()
{
    unplug();
}

QString PtyCardDevice::portPath() const
{
    // A unique base name: QSerialPort's lock file is named after it.
    return m_dir.filePath(QStringLiteral("owcard-%1").arg(quintptr(this), 0, 16));
}

bool PtyCardDevice::plugIn()
{
    if (m_master >= 0)
        return true;
    char name[256] = {};
    termios raw{};
    cfmakeraw(&raw);
    cfsetispeed(&raw, B115200);
    cfsetospeed(&raw, B115200);
    if (openpty(&m_master, &m_slave, name, &raw, nullptr) != 0) {
        qWarning("openpty failed: %s", strerror(errno));
        m_master = m_slave = -1;
        return false;
    }
    // The master side must never block the test's event loop.
    fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slavePath = QString::fromLocal8Bit(name);

    // Point the stable path at the new slave, atomically.
    const QString link = portPath();
    const QString temporary = link + QStringLiteral(".new");
    QFile::remove(temporary);
    if (::symlink(name, QFile::encodeName(temporary).constData()) != 0 ||
        ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(link).constData()) !=
            0)
        qWarning("cannot link %s: %s", qPrintable(link), strerror(errno));

    m_inbox.clear();
    ++m_generation;
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyCardDevice::onReadable);
    return true;
}

void PtyCardDevice::unplug()
{
    m_notifier.reset();
    // Our slave descriptor kept the pty alive while the reader was closed; both go.
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_slave = m_master = -1;
    ++m_generation; // chunks still queued belong to the old pty
}

void PtyCardDevice::placeCard(const CardIdentity &card)
{
    m_card = card;
    m_hasCard = true;
}

void PtyCardDevice::removeCard()
{
    m_hasCard = false;
}

void PtyCardDevice::onReadable()
{
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_inbox.append(buffer, int(n));
    }
    // Requests: AA AA AA 96 69 00 03 CMD PARA CHK (all ours are 10 bytes).
    static const QByteArray preamble("\xAA\xAA\xAA\x96\x69", 5);
    for (;;) {
        const qsizetype at = m_inbox.indexOf(preamble);
        if (at < 0) {
            m_inbox = m_inbox.right(4);
            return;
        }
        m_inbox.remove(0, at);
        if (m_inbox.size() < 7)
            return;
        const int len = (quint8(m_inbox.at(5)) << 8) | quint8(m_inbox.at(6));
        if (m_inbox.size() < 7 + len)
            return;
        const quint16 command = quint16((quint8(m_inbox.at(7)) << 8) | quint8(m_inbox.at(8)));
        m_inbox.remove(0, 7 + len);
        m_requests.append(command);
        Q_EMIT requestReceived(command);
        if (!m_silent)
            answer(command);
    }
}

void PtyCardDevice::answer(quint16 command)
{
    if (m_faultStatus != 0) {
        send(CardFrameBuilder::answer(m_faultStatus));
        return;
    }
    switch (command) {
    case 0x11FF: // SAM status
        send(CardFrameBuilder::answer(0x90));
        return;
    case 0x2001: // find card
        send(m_hasCard ? CardFrameBuilder::answer(0x9F, QByteArray(4, '\0'))
                       : CardFrameBuilder::answer(0x80));
        return;
    case 0x2002: // select card
        send(m_hasCard ? CardFrameBuilder::answer(0x90, QByteArray(8, '\0'))
                       : CardFrameBuilder::answer(0x81));
        return;
    case 0x3001: // read text + photo
        if (!m_hasCard)
            send(CardFrameBuilder::answer(0x41));
        else if (m_readStatus != 0)
            send(CardFrameBuilder::answer(m_readStatus));
        else
            send(CardFrameBuilder::readAnswer(m_card));
        return;
    default:
        send(CardFrameBuilder::answer(0x21));
    }
}

void PtyCardDevice::send(const QByteArray &frame)
{
    QByteArray bytes = m_noise + frame;
    if (m_corrupt > 0) {
        --m_corrupt;
        // A byte in the middle of the text or photo, or the last byte before CHK of a
        // short answer: LEN and the stated lengths stay right, CHK goes wrong.
        const int at = int(m_noise.size()) +
                       (frame.size() > 20 ? int(frame.size()) / 2 : int(frame.size()) - 2);
        bytes[at] = char(bytes.at(at) ^ 0x5A);
    }
    if (m_chunkSize <= 0) {
        writeAll(bytes);
        return;
    }
    const quint64 generation = m_generation;
    int delay = 0;
    for (int at = 0; at < bytes.size(); at += m_chunkSize) {
        const QByteArray piece = bytes.mid(at, m_chunkSize);
        QTimer::singleShot(delay++, this, [this, piece, generation] {
            if (generation == m_generation)
                writeAll(piece);
        });
    }
}

void PtyCardDevice::writeAll(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (m_master >= 0 && done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EAGAIN) {
            usleep(1000);
            continue;
        }
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace OneWindow
