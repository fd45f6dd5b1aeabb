#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace OneWindow {

// The project's own QR payloads (docs/qr-payloads.md): appointment code,
// receipt tracking code and e-ID code, signed with the hall key so that a
// forged or altered code is refused. Text form:
//   "OW1." base64url(type "|" field "|" field ...) "." base64url(HMAC-SHA256-128)
// The MAC covers everything before the second dot, version prefix included.
class QrPayload
{
public:
    enum class Type
    {
        Appointment,
        ReceiptTracking,
        ElectronicId,
        Document
    };

    static constexpr int kVersion = 1;
    static constexpr int kMacBytes = 16;       // truncated HMAC-SHA256: 128 bits, 22 characters
    static constexpr int kMaxTextLength = 200; // keeps the code at QR version 10 or below

    struct Inspection; // below: it holds a QrPayload, which must be complete

    static QrPayload receiptTracking(const QString &caseNumber, const QString &hallCode,
                                     const QDate &issuedOn);
    // Valid until the end of the appointment's day (hall time).
    static QrPayload appointment(const QString &appointmentCode, const QString &hallCode,
                                 const QString &matterId, const QDateTime &slot);
    // A notice or decision the hall issued (docs/documents.md): its own number,
    // its kind key, the day it was issued and the case it belongs to ("" for
    // none). Never expires: a citizen keeps the paper for years.
    static QrPayload document(const QString &documentNumber, const QString &hallCode,
                              const QString &kind, const QDate &issuedOn,
                              const QString &caseNumber);
    // Short-lived: shown on the citizen's phone, refused after `expiresAt`.
    static QrPayload electronicId(const QString &idNumber, const QString &name,
                                  const QDateTime &issuedAt, const QDateTime &expiresAt);

    Type type() const { return m_type; }
    int version() const { return m_version; }
    QString hallCode() const { return m_hallCode; }
    QString caseNumber() const { return m_caseNumber; }
    QString documentNumber() const { return m_documentNumber; }
    QString documentKind() const { return m_documentKind; }
    QDate issuedOn() const { return m_issuedOn; }
    QString appointmentCode() const { return m_appointmentCode; }
    QString matterId() const { return m_matterId; }
    QDateTime slot() const { return m_slot; }
    QString idNumber() const { return m_idNumber; }
    QString name() const { return m_name; }
    QDateTime issuedAt() const { return m_issuedAt; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // The text to put in a QR code. Fails with "invalid-field" (empty, bad
    // characters, a '|'), "no-key" or "too-long".
    Result<QString> sign(const QByteArray &key) const;

    // Accepts only a well-formed, correctly signed, unexpired payload.
    static Result<QrPayload> parse(const QString &text, const QByteArray &key,
                                   const QDateTime &now);
    static Inspection inspect(const QString &text, const QByteArray &key, const QDateTime &now);

    // The text carries our prefix ("OW" digits "."), whatever follows.
    static bool isOurs(const QString &text);
    // Structure only (prefix, parts, canonical base64url, MAC length), no key:
    // lets the decoder reject a misread of one of our codes without the key.
    static bool isWellFormed(const QString &text);

    static QString typeName(Type type); // "appointment", "receipt", "e-id", "document"
    // Fields for display and the CLI, without "valid" (the caller knows).
    QJsonObject toJson() const;

    bool operator==(const QrPayload &other) const;
    bool operator!=(const QrPayload &other) const { return !(*this == other); }

private:
    QrPayload() = default;

    QString body() const;
    static Result<QrPayload> fromBody(const QByteArray &body);
    Status check() const;

    Type m_type = Type::ReceiptTracking;
    int m_version = kVersion;
    QString m_hallCode;
    QString m_caseNumber;
    QString m_documentNumber;
    QString m_documentKind;
    QDate m_issuedOn;
    QString m_appointmentCode;
    QString m_matterId;
    QDateTime m_slot;
    QString m_idNumber;
    QString m_name;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
};

// What inspect() saw: whether the text claims to be ours, the fields when
// they could be read (even from a refused code, for display), and the error
// code when it is refused ("not-ours", "malformed", "unknown-version",
// "no-key", "bad-signature", "expired").
struct QrPayload::Inspection
{
    bool ours = false;
    std::optional<QrPayload> payload;
    Error error;
    bool valid() const { return ours && payload && error.code.isEmpty(); }
};

} // namespace OneWindow
