#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace OneWindow {

// One frame of the SAM serial protocol (docs: card-reader-protocol.md):
//   AA AA AA 96 69 | LEN_HI LEN_LO | body… | CHK
// The body is CMD PARA DATA… in a request and SW1 SW2 SW3 DATA… in a response.
// LEN counts the body plus CHK; CHK is the XOR of LEN and the body.
class SamFrame
{
public:
    // SW3 values the reader answers with.
    enum Status : quint8
    {
        Success = 0x90,
        FindCardSuccess = 0x9F,
        ChecksumError = 0x10,
        LengthError = 0x11,
        CommandError = 0x21,
        UnrecognisedError = 0x24,
        CardAuthenticationFailed = 0x31,
        ReaderAuthenticationFailed = 0x32,
        VerificationError = 0x33,
        WrongCardType = 0x40,
        CardReadFailed = 0x41,
        RandomNumberFailed = 0x47,
        SelfTestFailed = 0x60,
        ReaderNotAuthorised = 0x66,
        FindCardFailed = 0x80,
        SelectCardFailed = 0x81,
        NoContent = 0x91,
    };

    // Command and parameter bytes of the requests we send.
    enum Command : quint16
    {
        SamStatus = 0x11FF,
        FindCard = 0x2001,
        SelectCard = 0x2002,
        ReadTextPhoto = 0x3001,
    };

    static constexpr int kPreambleSize = 5;
    static constexpr int kHeaderSize = kPreambleSize + 2; // preamble + LEN
    // The smallest LEN: a request's CMD PARA CHK. A response needs one more (SW1 SW2 SW3 CHK).
    static constexpr int kMinLength = 3;
    static constexpr int kMinResponseLength = 4;
    // The longest answer documented is 30 10 with 1024 bytes of fingerprint: 2321 bytes in
    // all. A larger LEN is a corrupted length, and refusing it early keeps a damaged
    // header from making us wait for kilobytes that will never come.
    static constexpr int kMaxLength = 2321 - kHeaderSize;

    SamFrame() = default;
    explicit SamFrame(QByteArray body);

    static SamFrame request(Command command, const QByteArray &data = {});
    static SamFrame response(quint8 sw3, const QByteArray &data = {});

    static QByteArray preamble();
    // XOR of every byte: applied to LEN + body it gives CHK.
    static quint8 checksum(QByteArrayView bytes);

    const QByteArray &body() const { return m_body; }
    bool isEmpty() const { return m_body.isEmpty(); }

    // The whole frame on the wire, preamble to CHK.
    QByteArray encode() const;

    // Response view. sw3() is 0 when the body is too short to hold a status.
    quint8 sw3() const;
    bool isSuccess() const;
    // Bytes after SW1 SW2 SW3.
    QByteArray data() const;

    // Request view: (CMD << 8) | PARA, or 0.
    quint16 command() const;

    // Stable code of a status: "status-41" (lower-case hex, as in the CLI contract).
    static QString statusCode(quint8 sw3);
    // Short English description of a status for logs and the UI's fallback; the UI
    // translates by code.
    static QString statusMessage(quint8 sw3);

private:
    QByteArray m_body;
};

} // namespace OneWindow
