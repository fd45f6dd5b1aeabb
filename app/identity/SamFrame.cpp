#include "identity/SamFrame.h"

#include <utility>

namespace OneWindow {

SamFrame::SamFrame(QByteArray body)
    : m_body(std::move(body))
{}

SamFrame SamFrame::request(Command command, const QByteArray &data)
{
    QByteArray body;
    body.reserve(2 + data.size());
    body.append(char(quint16(command) >> 8));
    body.append(char(quint16(command) & 0xFF));
    body.append(data);
    return SamFrame(body);
}

SamFrame SamFrame::response(quint8 sw3, const QByteArray &data)
{
    QByteArray body(2, '\0');
    body.reserve(3 + data.size());
    body.append(char(sw3));
    body.append(data);
    return SamFrame(body);
}

QByteArray SamFrame::preamble()
{
    return QByteArray("\xAA\xAA\xAA\x96\x69", kPreambleSize);
}

quint8 SamFrame::checksum(QByteArrayView bytes)
{
    quint8 x = 0;
    for (const char c : bytes)
        x ^= quint8(c);
    return x;
}

QByteArray SamFrame::encode() const
{
    const int length = int(m_body.size()) + 1;
    QByteArray frame = preamble();
    frame.reserve(kHeaderSize + length);
    frame.append(char((length >> 8) & 0xFF));
    frame.append(char(length & 0xFF));
    frame.append(m_body);
    frame.append(char(checksum(QByteArrayView(frame).sliced(kPreambleSize))));
    return frame;
}

quint8 SamFrame::sw3() const
{
    return m_body.size() >= 3 ? quint8(m_body.at(2)) : 0;
}

bool SamFrame::isSuccess() const
{
    return sw3() == Success || sw3() == FindCardSuccess;
}

QByteArray SamFrame::data() const
{
    return m_body.size() > 3 ? m_body.mid(3) : QByteArray();
}

quint16 SamFrame::command() const
{
    if (m_body.size() < 2)
        return 0;
    return quint16((quint8(m_body.at(0)) << 8) | quint8(m_body.at(1)));
}

QString SamFrame::statusCode(quint8 sw3)
{
    return QStringLiteral("status-%1").arg(sw3, 2, 16, QLatin1Char('0'));
}

QString SamFrame::statusMessage(quint8 sw3)
{
    switch (sw3) {
    case Success:
        return QStringLiteral("success");
    case FindCardSuccess:
        return QStringLiteral("card found");
    case ChecksumError:
        return QStringLiteral("the reader received a frame with a bad checksum");
    case LengthError:
        return QStringLiteral("the reader received a frame with a bad length");
    case CommandError:
        return QStringLiteral("the reader does not know the command");
    case UnrecognisedError:
        return QStringLiteral("unrecognised reader error");
    case CardAuthenticationFailed:
        return QStringLiteral("the card failed to authenticate the reader");
    case ReaderAuthenticationFailed:
        return QStringLiteral("the reader failed to authenticate the card");
    case VerificationError:
        return QStringLiteral("information verification error");
    case WrongCardType:
        return QStringLiteral("wrong card type");
    case CardReadFailed:
        return QStringLiteral("reading the card failed");
    case RandomNumberFailed:
        return QStringLiteral("random number failed");
    case SelfTestFailed:
        return QStringLiteral("the reader's self-test failed");
    case ReaderNotAuthorised:
        return QStringLiteral("the reader is not authorised");
    case FindCardFailed:
        return QStringLiteral("no card on the reader");
    case SelectCardFailed:
        return QStringLiteral("selecting the card failed");
    case NoContent:
        return QStringLiteral("no content");
    }
    return QStringLiteral("unknown reader status 0x%1").arg(sw3, 2, 16, QLatin1Char('0'));
}

} // namespace OneWindow
