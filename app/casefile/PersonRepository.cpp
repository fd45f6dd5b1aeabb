#include "casefile/PersonRepository.h"

#include "casefile/PinyinInitials.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QDateTime>

namespace OneWindow {

namespace {
const char kColumns[] = "id, id_number, name, name_en, sex, birth, ethnicity, nationality,"
                        " address, phone, card_kind, card_valid_until, version, email,"
                        " name_initials";

using SqlValue::dateOrNull;
} // namespace

Person PersonRepository::fromCard(const CardIdentity &card)
{
    Person p;
    p.idNumber = card.idNumber;
    p.name = card.name;
    p.nameEn = card.nameEn;
    p.sex = card.sex;
    p.birth = card.birth;
    p.ethnicityCode = card.ethnicityCode;
    p.nationality = card.nationality;
    p.address = card.address;
    p.cardKind = cardKindKey(card.kind);
    p.cardValidUntil = card.validUntil;
    return p;
}

Result<Person> PersonRepository::findOne(const QString &where, const QVariant &value) const
{
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM persons WHERE %2 = ?").arg(QLatin1String(kColumns), where),
        {value});
    if (!q)
        return Result<Person>(q.error());
    Person p;
    QSqlQuery &r = q.value();
    if (r.next()) {
        p.id = r.value(0).toLongLong();
        p.idNumber = r.value(1).toString();
        p.name = r.value(2).toString();
        p.nameEn = r.value(3).toString();
        p.sex = sexFromKey(r.value(4).toString());
        p.birth = r.value(5).toDate();
        p.ethnicityCode = r.value(6).toString();
        p.nationality = r.value(7).toString();
        p.address = r.value(8).toString();
        p.phone = r.value(9).toString();
        p.cardKind = r.value(10).toString();
        p.cardValidUntil = r.value(11).toDate();
        p.version = r.value(12).toInt();
        p.email = r.value(13).toString();
        p.nameInitials = r.value(14).toString();
    }
    return p;
}

Result<Person> PersonRepository::findByIdNumber(const QString &idNumber) const
{
    return findOne(QStringLiteral("id_number"), idNumber);
}

Result<Person> PersonRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("id"), id);
}

Result<QString> PersonRepository::nameOf(qint64 id) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT name FROM persons WHERE id = ?"), {id});
    if (!v)
        return Result<QString>(v.error());
    return v.value().toString();
}

Result<qint64> PersonRepository::insert(const Person &p)
{
    return insertRow(p, false);
}

Result<qint64> PersonRepository::insertRow(const Person &p, bool ifAbsent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto q = m_db.run(
        QStringLiteral("INSERT INTO persons (id_number, name, name_en, sex, birth,"
                       " ethnicity, nationality, address, phone, card_kind,"
                       " card_valid_until, created_at, updated_at, version, email,"
                       " name_initials)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)%1"
                       " RETURNING id")
            .arg(ifAbsent ? QStringLiteral(" ON CONFLICT (id_number) DO NOTHING") : QString()),
        {p.idNumber, p.name, p.nameEn, sexKey(p.sex), dateOrNull(p.birth), p.ethnicityCode,
         p.nationality, p.address, p.phone, p.cardKind, dateOrNull(p.cardValidUntil), now, now,
         p.email, PinyinInitials::of(p.name)});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next()) {
        if (ifAbsent)
            return qint64(0);
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    }
    return q.value().value(0).toLongLong();
}

Result<Person> PersonRepository::upsertFromCard(const CardIdentity &card, const QString &phone)
{
    auto existing = findByIdNumber(card.idNumber);
    if (!existing)
        return existing;
    Person p = existing.value();
    if (p.id == 0) {
        Person fresh = fromCard(card);
        fresh.phone = phone;
        // Two counters accepting for the same new citizen at once (on PostgreSQL):
        // the second waits for the first's row and refreshes it, instead of
        // failing the intake on the unique ID number.
        auto id = insertRow(fresh, true);
        if (!id)
            return Result<Person>(id.error());
        if (id.value() != 0)
            return findById(id.value());
        existing = findByIdNumber(card.idNumber);
        if (!existing)
            return existing;
        p = existing.value();
        if (p.id == 0)
            return Result<Person>::failure(QStringLiteral("db-error"),
                                           QStringLiteral("person neither inserted nor found"));
    }
    const QString newPhone = phone.isEmpty() ? p.phone : phone;
    auto q = m_db.run(QStringLiteral("UPDATE persons SET name = ?, name_initials = ?, address = ?,"
                                     " phone = ?, card_kind = ?, card_valid_until = ?,"
                                     " updated_at = ?, version = version + 1 WHERE id = ?"),
                      {card.name, PinyinInitials::of(card.name),
                       card.address.isEmpty() ? p.address : card.address, newPhone,
                       cardKindKey(card.kind), dateOrNull(card.validUntil),
                       QDateTime::currentDateTimeUtc(), p.id});
    if (!q)
        return Result<Person>(q.error());
    return findById(p.id);
}

} // namespace OneWindow
