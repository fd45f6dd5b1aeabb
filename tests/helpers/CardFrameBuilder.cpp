#include "CardFrameBuilder.h"

#include "identity/IdNumber.h"

namespace OneWindow {

namespace {

// Writes `text` as UCS-2LE into `block` at `offset`, at most `size` bytes; the rest of
// the field keeps the block's space padding.
void put(QByteArray &block, int offset, int size, const QString &text)
{
    for (int i = 0; i < text.size() && 2 * i + 1 < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        block[offset + 2 * i] = char(unit & 0xFF);
        block[offset + 2 * i + 1] = char(unit >> 8);
    }
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString();
}

QString until(const CardIdentity &card)
{
    return card.longTerm ? QStringLiteral("长期") : date(card.validUntil);
}

QString sexCode(Sex sex)
{
    return QString::number(int(sex));
}

QString withCheck(const QString &first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

QByteArray CardFrameBuilder::textBlock(const CardIdentity &card)
{
    QByteArray block;
    for (int i = 0; i < 128; ++i)
        block.append(" \0", 2);

    switch (card.kind) {
    case CardIdentity::Kind::Resident:
    case CardIdentity::Kind::HkMoTw:
    case CardIdentity::Kind::Manual:
        put(block, 0, 30, card.name);
        put(block, 30, 2, sexCode(card.sex));
        put(block, 32, 4, card.ethnicityCode);
        put(block, 36, 16, date(card.birth));
        put(block, 52, 70, card.address);
        put(block, 122, 36, card.idNumber);
        put(block, 158, 30, card.authority);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, until(card));
        if (card.kind == CardIdentity::Kind::HkMoTw) {
            put(block, 220, 18, card.passNumber);
            put(block, 238, 4, QStringLiteral("01"));
            put(block, 248, 2, QStringLiteral("J"));
        }
        break;
    case CardIdentity::Kind::Foreign2017:
        put(block, 0, 120, card.nameEn);
        put(block, 120, 2, sexCode(card.sex));
        put(block, 122, 30, card.idNumber);
        put(block, 152, 6, card.nationality);
        put(block, 158, 30, card.name);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, until(card));
        put(block, 220, 16, date(card.birth));
        put(block, 236, 4, QStringLiteral("20"));
        put(block, 240, 8, card.authority);
        put(block, 248, 2, QStringLiteral("I"));
        break;
    case CardIdentity::Kind::Foreign2023:
        put(block, 0, 30, card.name);
        put(block, 30, 2, sexCode(card.sex));
        put(block, 32, 4, QStringLiteral("00"));
        put(block, 36, 16, date(card.birth));
        put(block, 52, 70, card.nameEn.left(35));
        put(block, 122, 36, card.idNumber);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, until(card));
        put(block, 220, 22, card.nameEn.mid(35));
        put(block, 242, 6, card.nationality);
        put(block, 248, 2, QStringLiteral("Y"));
        break;
    }
    return block;
}

QByteArray CardFrameBuilder::photo(const CardIdentity &card)
{
    if (card.photoWlt.size() == 1024)
        return card.photoWlt;
    QByteArray bytes(1024, '\0');
    // Every byte value occurs, 0xAA and 0x96 included, as in real compressed data.
    quint32 x = 2463534242u ^ quint32(qHash(card.idNumber));
    for (char &b : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b = char(x & 0xFF);
    }
    return bytes;
}

QByteArray CardFrameBuilder::readAnswer(const CardIdentity &card)
{
    return readAnswer(textBlock(card), photo(card));
}

QByteArray CardFrameBuilder::readAnswer(const QByteArray &text, const QByteArray &photo)
{
    QByteArray data;
    data.append(char(text.size() >> 8)).append(char(text.size() & 0xFF));
    data.append(char(photo.size() >> 8)).append(char(photo.size() & 0xFF));
    data.append(text).append(photo);
    return answer(0x90, data);
}

QByteArray CardFrameBuilder::answer(quint8 sw3, const QByteArray &data)
{
    QByteArray body("\x00\x00", 2);
    body.append(char(sw3)).append(data);
    return frame(body);
}

QByteArray CardFrameBuilder::frame(const QByteArray &body)
{
    const int len = int(body.size()) + 1;
    QByteArray out("\xAA\xAA\xAA\x96\x69", 5);
    out.append(char(len >> 8)).append(char(len & 0xFF)).append(body);
    quint8 chk = 0;
    for (int i = 5; i < out.size(); ++i)
        chk ^= quint8(out.at(i));
    out.append(char(chk));
    return out;
}

CardIdentity CardFrameBuilder::residentCard()
{
    CardIdentity card;
    card.kind = CardIdentity::Kind::Resident;
    card.name = QStringLiteral("欧阳明远");
    card.sex = Sex::Male;
    card.ethnicityCode = QStringLiteral("01");
    card.birth = QDate(1988, 2, 29);
    card.address = QStringLiteral("北京市东城区景山前街示例胡同12号院3号楼2单元501室");
    card.idNumber = withCheck(QStringLiteral("11010119880229003"));
    card.authority = QStringLiteral("北京市公安局东城分局");
    card.validFrom = QDate(2016, 5, 10);
    card.validUntil = QDate(2036, 5, 10);
    return card;
}

CardIdentity CardFrameBuilder::hkmotwCard()
{
    CardIdentity card;
    card.kind = CardIdentity::Kind::HkMoTw;
    card.name = QStringLiteral("陈嘉欣");
    card.sex = Sex::Female;
    card.birth = QDate(1995, 7, 1);
    card.address = QStringLiteral("广东省深圳市福田区示例路88号");
    card.idNumber = withCheck(QStringLiteral("81000019950701004"));
    card.authority = QStringLiteral("深圳市公安局");
    card.validFrom = QDate(2019, 3, 1);
    card.validUntil = QDate(2024, 3, 1).addYears(5);
    card.passNumber = QStringLiteral("H12345678");
    return card;
}

CardIdentity CardFrameBuilder::foreign2017Card()
{
    CardIdentity card;
    card.kind = CardIdentity::Kind::Foreign2017;
    card.nameEn = QStringLiteral("SAMPLE, ALEXANDRA JOHANNA");
    card.name = QStringLiteral("萨姆佩");
    card.sex = Sex::Female;
    card.idNumber = QStringLiteral("CAN110080315001");
    card.nationality = QStringLiteral("CAN");
    card.birth = QDate(1980, 3, 15);
    card.validFrom = QDate(2020, 9, 1);
    card.validUntil = QDate(2030, 9, 1);
    card.authority = QStringLiteral("1100");
    return card;
}

CardIdentity CardFrameBuilder::foreign2023Card()
{
    CardIdentity card;
    card.kind = CardIdentity::Kind::Foreign2023;
    card.name = QStringLiteral("穆勒");
    card.sex = Sex::Male;
    card.birth = QDate(1975, 12, 24);
    // 41 characters: the last 6 overflow into the second English name field.
    card.nameEn = QStringLiteral("MUELLER-LUEDENSCHEIDT, MAXIMILIAN FRIEDRI");
    card.idNumber = withCheck(QStringLiteral("93127619751224001"));
    card.nationality = QStringLiteral("DEU");
    card.validFrom = QDate(2023, 12, 1);
    card.validUntil = QDate(2033, 12, 1);
    return card;
}

} // namespace OneWindow
