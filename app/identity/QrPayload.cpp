#include "identity/QrPayload.h"

#include <QMessageAuthenticationCode>
#include <QStringList>

namespace OneWindow {

namespace {

const QLatin1String kPrefix("OW");
constexpr char kSeparator = '|';
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool allOf(const QString &text, int maxLength, bool (*allowed)(char16_t))
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (!allowed(c.unicode()))
            return false;
    }
    return true;
}

bool isAlnum(char16_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isCodeChar(char16_t c)
{
    return isAlnum(c) || c == '-';
}

bool isIdentifierChar(char16_t c)
{
    return isAlnum(c) || c == '-' || c == '_' || c == '.';
}

bool isKindChar(char16_t c)
{
    return (c >= 'a' && c <= 'z') || c == '-';
}

bool isNameChar(char16_t c)
{
    return c >= 0x20 && c != kSeparator && c != 0x7f;
}

// Rejects every encoding but the canonical one: otherwise the unused low bits
// of the last character would let an altered code decode to the same bytes.
std::optional<QByteArray> decodeCanonical(const QByteArray &part)
{
    if (part.isEmpty())
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(part, kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kBase64) != part)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray mac(const QByteArray &signedPart, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signedPart, key, QCryptographicHash::Sha256)
        .left(QrPayload::kMacBytes);
}

// Time taken by the comparison does not depend on where the MACs differ.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// "OW" then 1-3 digits then "."; returns the version or -1.
int prefixVersion(const QString &text)
{
    if (!text.startsWith(kPrefix))
        return -1;
    int i = kPrefix.size();
    int version = 0;
    while (i < text.size() && i < kPrefix.size() + 3 && text.at(i).isDigit() &&
           text.at(i).unicode() < 0x80) {
        version = version * 10 + (text.at(i).unicode() - '0');
        ++i;
    }
    if (i == kPrefix.size() || i >= text.size() || text.at(i) != QLatin1Char('.'))
        return -1;
    return version;
}

char typeLetter(QrPayload::Type type)
{
    switch (type) {
    case QrPayload::Type::Appointment:
        return 'A';
    case QrPayload::Type::ReceiptTracking:
        return 'R';
    case QrPayload::Type::ElectronicId:
        return 'E';
    case QrPayload::Type::Document:
        return 'D';
    }
    return '?';
}

QDateTime toSeconds(const QDateTime &t)
{
    return t.isValid() ? QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch()) : QDateTime();
}

QDateTime toMinutes(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QTime time = t.time();
    return QDateTime(t.date(), QTime(time.hour(), time.minute()));
}

} // namespace

QrPayload QrPayload::receiptTracking(const QString &caseNumber, const QString &hallCode,
                                     const QDate &issuedOn)
{
    QrPayload p;
    p.m_type = Type::ReceiptTracking;
    p.m_caseNumber = caseNumber;
    p.m_hallCode = hallCode;
    p.m_issuedOn = issuedOn;
    return p;
}

QrPayload QrPayload::appointment(const QString &appointmentCode, const QString &hallCode,
                                 const QString &matterId, const QDateTime &slot)
{
    QrPayload p;
    p.m_type = Type::Appointment;
    p.m_appointmentCode = appointmentCode;
    p.m_hallCode = hallCode;
    p.m_matterId = matterId;
    // The code carries hall time to the minute; keep what it can carry.
    p.m_slot = toMinutes(slot);
    return p;
}

QrPayload QrPayload::document(const QString &documentNumber, const QString &hallCode,
                              const QString &kind, const QDate &issuedOn, const QString &caseNumber)
{
    QrPayload p;
    p.m_type = Type::Document;
    p.m_documentNumber = documentNumber;
    p.m_hallCode = hallCode;
    p.m_documentKind = kind;
    p.m_issuedOn = issuedOn;
    p.m_caseNumber = caseNumber;
    return p;
}

QrPayload QrPayload::electronicId(const QString &idNumber, const QString &name,
                                  const QDateTime &issuedAt, const QDateTime &expiresAt)
{
    QrPayload p;
    p.m_type = Type::ElectronicId;
    p.m_idNumber = idNumber;
    p.m_name = name;
    p.m_issuedAt = toSeconds(issuedAt);
    p.m_expiresAt = toSeconds(expiresAt);
    return p;
}

Status QrPayload::check() const
{
    auto invalid = [](const QString &field) {
        return Status::failure(QStringLiteral("invalid-field"), field);
    };
    switch (m_type) {
    case Type::ReceiptTracking:
        if (!allOf(m_caseNumber, 32, isCodeChar))
            return invalid(QStringLiteral("caseNumber"));
        if (!allOf(m_hallCode, 12, isAlnum))
            return invalid(QStringLiteral("hallCode"));
        if (!m_issuedOn.isValid() || m_issuedOn.year() < 2000 || m_issuedOn.year() > 9999)
            return invalid(QStringLiteral("issuedOn"));
        break;
    case Type::Appointment:
        if (!allOf(m_appointmentCode, 32, isCodeChar))
            return invalid(QStringLiteral("appointmentCode"));
        if (!allOf(m_hallCode, 12, isAlnum))
            return invalid(QStringLiteral("hallCode"));
        if (!allOf(m_matterId, 64, isIdentifierChar))
            return invalid(QStringLiteral("matterId"));
        if (!m_slot.isValid() || m_slot.date().year() < 2000 || m_slot.date().year() > 9999)
            return invalid(QStringLiteral("slot"));
        break;
    case Type::Document:
        if (!allOf(m_documentNumber, 32, isCodeChar))
            return invalid(QStringLiteral("documentNumber"));
        if (!allOf(m_hallCode, 12, isAlnum))
            return invalid(QStringLiteral("hallCode"));
        if (!allOf(m_documentKind, 16, isKindChar))
            return invalid(QStringLiteral("kind"));
        if (!m_issuedOn.isValid() || m_issuedOn.year() < 2000 || m_issuedOn.year() > 9999)
            return invalid(QStringLiteral("issuedOn"));
        if (!m_caseNumber.isEmpty() && !allOf(m_caseNumber, 32, isCodeChar))
            return invalid(QStringLiteral("caseNumber"));
        break;
    case Type::ElectronicId:
        if (!allOf(m_idNumber, 32, isAlnum))
            return invalid(QStringLiteral("idNumber"));
        if (m_name.trimmed().isEmpty() || !allOf(m_name, 64, isNameChar))
            return invalid(QStringLiteral("name"));
        if (!m_issuedAt.isValid() || m_issuedAt.toSecsSinceEpoch() <= 0)
            return invalid(QStringLiteral("issuedAt"));
        if (!m_expiresAt.isValid() || m_expiresAt <= m_issuedAt)
            return invalid(QStringLiteral("expiresAt"));
        break;
    }
    return Status::success();
}

QString QrPayload::body() const
{
    QStringList fields{QString(QLatin1Char(typeLetter(m_type)))};
    switch (m_type) {
    case Type::ReceiptTracking:
        fields << m_caseNumber << m_hallCode << m_issuedOn.toString(QStringLiteral("yyyyMMdd"));
        break;
    case Type::Appointment:
        fields << m_appointmentCode << m_hallCode << m_matterId
               << m_slot.toString(QStringLiteral("yyyyMMddHHmm"));
        break;
    case Type::Document:
        fields << m_documentNumber << m_hallCode << m_documentKind
               << m_issuedOn.toString(QStringLiteral("yyyyMMdd")) << m_caseNumber;
        break;
    case Type::ElectronicId:
        fields << m_idNumber << m_name << QString::number(m_issuedAt.toSecsSinceEpoch())
               << QString::number(m_expiresAt.toSecsSinceEpoch());
        break;
    }
    return fields.join(QLatin1Char(kSeparator));
}

Result<QString> QrPayload::sign(const QByteArray &key) const
{
    if (key.isEmpty())
        return Result<QString>::failure(QStringLiteral("no-key"));
    if (Status checked = check(); !checked)
        return checked.error();
    const QByteArray signedPart = QByteArray(kPrefix.data()) + QByteArray::number(m_version) + '.' +
                                  body().toUtf8().toBase64(kBase64);
    const QString text =
        QString::fromLatin1(signedPart + '.' + mac(signedPart, key).toBase64(kBase64));
    if (text.size() > kMaxTextLength)
        return Result<QString>::failure(QStringLiteral("too-long"),
                                        QStringLiteral("%1 characters").arg(text.size()));
    return text;
}

Result<QrPayload> QrPayload::fromBody(const QByteArray &body)
{
    auto malformed = [](const QString &detail) {
        return Result<QrPayload>::failure(QStringLiteral("malformed"), detail);
    };
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body) // not valid UTF-8
        return malformed(QStringLiteral("encoding"));
    const QStringList f = text.split(QLatin1Char(kSeparator));
    QrPayload p;
    bool ok = true;
    if (f.first() == QLatin1String("R") && f.size() == 4) {
        p = receiptTracking(f.at(1), f.at(2),
                            QDate::fromString(f.at(3), QStringLiteral("yyyyMMdd")));
    } else if (f.first() == QLatin1String("A") && f.size() == 5) {
        p = appointment(f.at(1), f.at(2), f.at(3),
                        QDateTime::fromString(f.at(4), QStringLiteral("yyyyMMddHHmm")));
    } else if (f.first() == QLatin1String("D") && f.size() == 6) {
        p = document(f.at(1), f.at(2), f.at(3),
                     QDate::fromString(f.at(4), QStringLiteral("yyyyMMdd")), f.at(5));
    } else if (f.first() == QLatin1String("E") && f.size() == 5) {
        bool issuedOk = false;
        bool expiresOk = false;
        const qint64 issued = f.at(3).toLongLong(&issuedOk);
        const qint64 expires = f.at(4).toLongLong(&expiresOk);
        ok = issuedOk && expiresOk && issued > 0 && expires > 0 &&
             f.at(3) == QString::number(issued) && f.at(4) == QString::number(expires);
        p = electronicId(f.at(1), f.at(2), ok ? QDateTime::fromSecsSinceEpoch(issued) : QDateTime(),
                         ok ? QDateTime::fromSecsSinceEpoch(expires) : QDateTime());
    } else {
        return malformed(QStringLiteral("unknown type or field count"));
    }
    if (!ok)
        return malformed(QStringLiteral("time"));
    // Serialising back must give the same bytes: one payload, one text.
    if (Status checked = p.check(); !checked || p.body() != text)
        return malformed(checked ? QStringLiteral("not canonical") : checked.error().detail);
    return p;
}

QrPayload::Inspection QrPayload::inspect(const QString &text, const QByteArray &key,
                                         const QDateTime &now)
{
    Inspection inspection;
    auto refuse = [&inspection](const QString &code, const QString &detail = {}) {
        inspection.error = Error{code, detail};
        return inspection;
    };

    const int version = prefixVersion(text);
    if (version < 0)
        return refuse(QStringLiteral("not-ours"));
    inspection.ours = true;
    if (version != kVersion)
        return refuse(QStringLiteral("unknown-version"), QString::number(version));

    if (text.size() > kMaxTextLength * 2)
        return refuse(QStringLiteral("malformed"), QStringLiteral("too long"));
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return refuse(QStringLiteral("malformed"), QStringLiteral("non-ASCII"));
    }
    const QByteArray ascii = text.toLatin1();
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() != 3)
        return refuse(QStringLiteral("malformed"), QStringLiteral("expected 3 parts"));
    const auto body = decodeCanonical(parts.at(1));
    const auto givenMac = decodeCanonical(parts.at(2));
    if (!body || !givenMac || givenMac->size() != kMacBytes)
        return refuse(QStringLiteral("malformed"), QStringLiteral("encoding"));

    auto fields = fromBody(*body);
    if (fields)
        inspection.payload = fields.value();

    if (key.isEmpty())
        return refuse(QStringLiteral("no-key"));
    const QByteArray signedPart = parts.at(0) + '.' + parts.at(1);
    if (!equalConstantTime(mac(signedPart, key), *givenMac))
        return refuse(QStringLiteral("bad-signature"));
    if (!fields)
        return refuse(fields.error().code, fields.error().detail);

    const QrPayload &p = fields.value();
    if (p.m_type == Type::Appointment && now.date() > p.m_slot.date())
        return refuse(QStringLiteral("expired"), p.m_slot.toString(Qt::ISODate));
    if (p.m_type == Type::ElectronicId && now > p.m_expiresAt)
        return refuse(QStringLiteral("expired"), p.m_expiresAt.toString(Qt::ISODate));
    return inspection;
}

Result<QrPayload> QrPayload::parse(const QString &text, const QByteArray &key, const QDateTime &now)
{
    Inspection inspection = inspect(text, key, now);
    if (!inspection.valid())
        return inspection.error;
    return *inspection.payload;
}

bool QrPayload::isOurs(const QString &text)
{
    return prefixVersion(text) >= 0;
}

bool QrPayload::isWellFormed(const QString &text)
{
    if (prefixVersion(text) != kVersion || text.size() > kMaxTextLength * 2)
        return false;
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    const QList<QByteArray> parts = text.toLatin1().split('.');
    if (parts.size() != 3)
        return false;
    const auto body = decodeCanonical(parts.at(1));
    const auto givenMac = decodeCanonical(parts.at(2));
    return body && givenMac && givenMac->size() == kMacBytes && fromBody(*body).ok();
}

QString QrPayload::typeName(Type type)
{
    switch (type) {
    case Type::Appointment:
        return QStringLiteral("appointment");
    case Type::ReceiptTracking:
        return QStringLiteral("receipt");
    case Type::ElectronicId:
        return QStringLiteral("e-id");
    case Type::Document:
        return QStringLiteral("document");
    }
    return {};
}

QJsonObject QrPayload::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), m_version},
                  {QStringLiteral("type"), typeName(m_type)}};
    switch (m_type) {
    case Type::ReceiptTracking:
        o.insert(QStringLiteral("caseNumber"), m_caseNumber);
        o.insert(QStringLiteral("hallCode"), m_hallCode);
        o.insert(QStringLiteral("issuedOn"), m_issuedOn.toString(Qt::ISODate));
        break;
    case Type::Appointment:
        o.insert(QStringLiteral("appointmentCode"), m_appointmentCode);
        o.insert(QStringLiteral("hallCode"), m_hallCode);
        o.insert(QStringLiteral("matterId"), m_matterId);
        o.insert(QStringLiteral("slot"), m_slot.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        break;
    case Type::Document:
        o.insert(QStringLiteral("documentNumber"), m_documentNumber);
        o.insert(QStringLiteral("hallCode"), m_hallCode);
        o.insert(QStringLiteral("kind"), m_documentKind);
        o.insert(QStringLiteral("issuedOn"), m_issuedOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("caseNumber"), m_caseNumber);
        break;
    case Type::ElectronicId:
        o.insert(QStringLiteral("idNumber"), m_idNumber);
        o.insert(QStringLiteral("name"), m_name);
        o.insert(QStringLiteral("issuedAt"), m_issuedAt.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("expiresAt"), m_expiresAt.toUTC().toString(Qt::ISODate));
        break;
    }
    return o;
}

bool QrPayload::operator==(const QrPayload &other) const
{
    return m_type == other.m_type && m_version == other.m_version &&
           m_hallCode == other.m_hallCode && m_caseNumber == other.m_caseNumber &&
           m_documentNumber == other.m_documentNumber && m_documentKind == other.m_documentKind &&
           m_issuedOn == other.m_issuedOn && m_appointmentCode == other.m_appointmentCode &&
           m_matterId == other.m_matterId && m_slot == other.m_slot &&
           m_idNumber == other.m_idNumber && m_name == other.m_name &&
           m_issuedAt == other.m_issuedAt && m_expiresAt == other.m_expiresAt;
}

} // namespace OneWindow
