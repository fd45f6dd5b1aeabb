#include "identity/CardTextDecoder.h"

#include "identity/SamFrameParser.h"

namespace OneWindow {

namespace {

// `size` bytes of UCS-2LE at `offset`, as they are, padding included.
QString rawField(QByteArrayView text, int offset, int size)
{
    QString result;
    result.reserve(size / 2);
    for (int i = offset; i + 1 < offset + size; i += 2)
        result.append(QChar(char16_t(quint8(text[i]) | (quint8(text[i + 1]) << 8))));
    return result;
}

// Padding removed from both ends. Cards pad with spaces; some readers leave NULs,
// which are never part of a field either.
QString trimPadding(const QString &value)
{
    const auto isPadding = [](QChar c) {
        return c == QLatin1Char(' ') || c.isNull();
    };
    qsizetype end = value.size();
    while (end > 0 && isPadding(value.at(end - 1)))
        --end;
    qsizetype begin = 0;
    while (begin < end && isPadding(value.at(begin)))
        ++begin;
    return value.mid(begin, end - begin);
}

QString field(QByteArrayView text, int offset, int size)
{
    return trimPadding(rawField(text, offset, size));
}

QDate dateField(QByteArrayView text, int offset)
{
    return QDate::fromString(field(text, offset, 16), QStringLiteral("yyyyMMdd"));
}

Sex sexField(QByteArrayView text, int offset)
{
    const QString code = field(text, offset, 2);
    if (code == QLatin1String("1"))
        return Sex::Male;
    if (code == QLatin1String("2"))
        return Sex::Female;
    if (code == QLatin1String("9"))
        return Sex::Unspecified;
    return Sex::Unknown;
}

// Valid-until: a date, or 长期 for cards that never expire.
void validUntilField(QByteArrayView text, int offset, CardIdentity &card)
{
    const QString value = field(text, offset, 16);
    if (value.startsWith(QStringLiteral("长期"))) {
        card.longTerm = true;
        card.validUntil = QDate();
        return;
    }
    card.validUntil = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
}

// The layout shared by the resident card and the J permit (its first 220 bytes).
void residentFields(QByteArrayView text, CardIdentity &card)
{
    card.name = field(text, 0, 30);
    card.sex = sexField(text, 30);
    card.birth = dateField(text, 36);
    card.address = field(text, 52, 70);
    card.idNumber = field(text, 122, 36);
    card.authority = field(text, 158, 30);
    card.validFrom = dateField(text, 188);
    validUntilField(text, 204, card);
}

} // namespace

Result<CardIdentity> CardTextDecoder::decodeText(QByteArrayView text)
{
    if (text.size() != kTextSize)
        return Result<CardIdentity>::failure(
            QStringLiteral("length"), QStringLiteral("text block of %1 bytes").arg(text.size()));

    CardIdentity card;
    const QString type = field(text, kTypeAt, 2);
    if (type.isEmpty()) {
        card.kind = CardIdentity::Kind::Resident;
        residentFields(text, card);
        card.ethnicityCode = field(text, 32, 4);
    } else if (type == QLatin1String("J")) {
        card.kind = CardIdentity::Kind::HkMoTw;
        residentFields(text, card);
        card.passNumber = field(text, 220, 18);
    } else if (type == QLatin1String("I")) {
        card.kind = CardIdentity::Kind::Foreign2017;
        card.nameEn = field(text, 0, 120);
        card.sex = sexField(text, 120);
        card.idNumber = field(text, 122, 30);
        card.nationality = field(text, 152, 6);
        card.name = field(text, 158, 30);
        card.validFrom = dateField(text, 188);
        validUntilField(text, 204, card);
        card.birth = dateField(text, 220);
        // The 2017 card names its issuer by a code only.
        card.authority = field(text, 240, 8);
    } else if (type == QLatin1String("Y")) {
        card.kind = CardIdentity::Kind::Foreign2023;
        card.name = field(text, 0, 30);
        card.sex = sexField(text, 30);
        card.birth = dateField(text, 36);
        // The English name runs on from 35 characters at 52 into 11 more at 220; the
        // overflow continues the same text (a space may sit on either side of the split),
        // so the raw halves are joined before the padding goes.
        card.nameEn = trimPadding(rawField(text, 52, 70) + rawField(text, 220, 22));
        card.idNumber = field(text, 122, 36);
        card.validFrom = dateField(text, 188);
        validUntilField(text, 204, card);
        card.nationality = field(text, 242, 6);
    } else {
        return Result<CardIdentity>::failure(QStringLiteral("card-type"),
                                             QStringLiteral("unknown card type character"));
    }
    return card;
}

Result<CardIdentity> CardTextDecoder::decodeAnswer(const SamFrame &frame)
{
    const QByteArray data = frame.data();
    if (data.size() < 4)
        return Result<CardIdentity>::failure(QStringLiteral("length"),
                                             QStringLiteral("no text and photo lengths"));
    const int textLength = (quint8(data.at(0)) << 8) | quint8(data.at(1));
    const int photoLength = (quint8(data.at(2)) << 8) | quint8(data.at(3));
    if (textLength != kTextSize || data.size() < 4 + textLength + photoLength)
        return Result<CardIdentity>::failure(
            QStringLiteral("length"),
            QStringLiteral("text %1 and photo %2 bytes in %3 bytes of data")
                .arg(textLength)
                .arg(photoLength)
                .arg(data.size()));

    Result<CardIdentity> card = decodeText(QByteArrayView(data).sliced(4, textLength));
    if (card.ok())
        card.value().photoWlt = data.mid(4 + textLength, photoLength);
    return card;
}

Result<CardIdentity> CardTextDecoder::decodeRaw(QByteArrayView bytes)
{
    const Result<SamFrame> frame =
        SamFrameParser::parseAnswer(bytes, SamFrameParser::Expect::TextPhotoAnswer);
    if (!frame.ok())
        return Result<CardIdentity>(frame.error());
    return decodeAnswer(frame.value());
}

} // namespace OneWindow
