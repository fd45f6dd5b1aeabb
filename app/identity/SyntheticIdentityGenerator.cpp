#include "identity/SyntheticIdentityGenerator.h"

#include "identity/IdNumber.h"
#include "resources/Resources.h"

namespace OneWindow {

namespace {

// splitmix64: tiny, well known and fully specified here, so the same seed
// gives the same people on every platform and standard library (the
// std:: distributions are allowed to differ between implementations).
class SplitMix64
{
public:
    explicit SplitMix64(quint64 state)
        : m_state(state)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform enough in [0, bound) for demo data; bound > 0.
    int below(int bound) { return int(next() % quint64(bound)); }

private:
    quint64 m_state;
};

quint64 mix(quint64 a, quint64 b)
{
    SplitMix64 rng(a * 0x9E3779B97F4A7C15ULL ^ b);
    rng.next();
    return rng.next();
}

// Number of sequence values available per sex: male uses 2k+1, female 2k+2,
// k in [0, 499), which keeps the three digits in 001..998.
constexpr quint64 kSequencePairs = 499;

// Indices far beyond what demos ask for; the special cards are ordinary
// citizens at these indices, so their numbers never collide with citizen(i).
constexpr quint64 kExpiredIndex = 9000001;
constexpr quint64 kBadChecksumIndex = 9000002;

struct Tables
{
    QStringList surnames;
    QStringList maleGiven;
    QStringList femaleGiven;
    QStringList streets;
    QList<QStringList> districts; // code, province, city, district
    QStringList minorityEthnicities;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables result;
        for (const QStringList &row : Resources::table(QStringLiteral("names"))) {
            if (row.size() < 2)
                continue;
            const QString &kind = row.at(0);
            if (kind == QLatin1String("surname"))
                result.surnames.append(row.at(1));
            else if (kind == QLatin1String("male"))
                result.maleGiven.append(row.at(1));
            else if (kind == QLatin1String("female"))
                result.femaleGiven.append(row.at(1));
            else if (kind == QLatin1String("street"))
                result.streets.append(row.at(1));
        }
        for (const QStringList &row : Resources::table(QStringLiteral("districts"))) {
            if (row.size() >= 4 && row.at(0).size() == 6)
                result.districts.append(row);
        }
        for (const QStringList &row : Resources::table(QStringLiteral("ethnicities"))) {
            // 97/98 ("other", "foreign origin") are real codes but odd for demo people.
            if (!row.isEmpty() && row.at(0) != QLatin1String("01") && row.at(0).toInt() <= 56)
                result.minorityEthnicities.append(row.at(0));
        }
        return result;
    }();
    return t;
}

QString pick(const QStringList &list, SplitMix64 &rng, const QString &fallback)
{
    return list.isEmpty() ? fallback : list.at(rng.below(int(list.size())));
}

int yearsBetween(const QDate &from, const QDate &to)
{
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

// Validity period by age at issue (GB resident ID card rules): 16-25 ten
// years, 26-45 twenty years, 46 and over long-term. Returns 0 for long-term.
int validityYears(int ageAtIssue)
{
    if (ageAtIssue >= 46)
        return 0;
    return ageAtIssue >= 26 ? 20 : 10;
}

CardIdentity makeCitizen(quint32 seed, const QDate &today, quint64 index)
{
    const Tables &t = tables();
    SplitMix64 rng(mix(seed, index));

    CardIdentity card;
    card.kind = CardIdentity::Kind::Resident;
    card.sex = rng.below(2) == 0 ? Sex::Male : Sex::Female;

    // Uniqueness by construction rather than by luck: index -> (k, q) is a
    // bijection, k picks the sequence digits, and for a fixed k the birth day
    // moves by a step coprime with the range, so distinct q give distinct
    // days. That holds for index < 499 * (days in range), i.e. millions.
    const QDate earliest(1950, 1, 1);
    const QDate latest = today.addYears(-18);
    const qint64 days = qMax<qint64>(1, earliest.daysTo(latest) + 1);
    const quint64 k =
        (index % kSequencePairs * 211 + mix(seed, 0xC0FFEE) % kSequencePairs) % kSequencePairs;
    const quint64 q = index / kSequencePairs;
    quint64 step = 7919;
    while (quint64(days) % step == 0)
        step += 2;
    const quint64 base = mix(seed ^ 0xB1B7B1B7u, k) % quint64(days);
    card.birth = earliest.addDays(qint64((base + q % quint64(days) * step) % quint64(days)));
    const int sequence = int(2 * k + (card.sex == Sex::Male ? 1 : 2));

    const QStringList fallbackDistrict = {QStringLiteral("110101"), QStringLiteral("北京市"),
                                          QStringLiteral("北京市"), QStringLiteral("东城区")};
    const QStringList district = t.districts.isEmpty()
                                     ? fallbackDistrict
                                     : t.districts.at(rng.below(int(t.districts.size())));
    const QString &province = district.at(1);
    const QString &city = district.at(2);
    const QString &area = district.at(3);

    const QStringList &givenChars = card.sex == Sex::Male ? t.maleGiven : t.femaleGiven;
    const QString given = pick(givenChars, rng, QStringLiteral("明"));
    card.name = pick(t.surnames, rng, QStringLiteral("王")) + given;
    if (rng.below(3) != 0) {
        // Two-character given names; a repeated character (伟伟) reads like a nickname.
        const QString second = pick(givenChars, rng, QStringLiteral("华"));
        if (second != given)
            card.name += second;
    }

    card.ethnicityCode = (rng.below(10) == 0 && !t.minorityEthnicities.isEmpty())
                             ? pick(t.minorityEthnicities, rng, QStringLiteral("01"))
                             : QStringLiteral("01");

    // Municipalities (北京市, 上海市, …) are their own city: do not say it twice.
    const QString place = province == city ? city + area : province + city + area;
    card.address = place + pick(t.streets, rng, QStringLiteral("人民路")) +
                   QString::number(1 + rng.below(300)) + QStringLiteral("号");
    card.authority = city + area + QStringLiteral("公安分局");

    const QString first17 = district.at(0) + card.birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    card.idNumber = first17 + IdNumber::checkCharacter(first17);

    // Issued 30 days to about 8 years ago, never before the 16th birthday:
    // even a ten-year card stays valid for two more years, so a demo database
    // seeded as of a fixed reference date still shows valid cards a year later.
    const qint64 sinceSixteen = card.birth.addYears(16).daysTo(today);
    const qint64 back = qMin<qint64>(30 + rng.below(2900), qMax<qint64>(30, sinceSixteen));
    card.validFrom = today.addDays(-back);
    const int years = validityYears(yearsBetween(card.birth, card.validFrom));
    card.longTerm = years == 0;
    card.validUntil = card.longTerm ? QDate() : card.validFrom.addYears(years);
    return card;
}

} // namespace

SyntheticIdentityGenerator::SyntheticIdentityGenerator(quint32 seed, const QDate &today)
    : m_seed(seed)
    , m_today(today)
{}

CardIdentity SyntheticIdentityGenerator::citizen(int index) const
{
    return makeCitizen(m_seed, m_today, quint64(qMax(0, index)));
}

QList<CardIdentity> SyntheticIdentityGenerator::citizens(int count) const
{
    QList<CardIdentity> result;
    result.reserve(qMax(0, count));
    for (int i = 0; i < count; ++i)
        result.append(citizen(i));
    return result;
}

QList<SimulatedCardReader::Slot> SyntheticIdentityGenerator::readerSequence(int count) const
{
    // Fixed, early positions so a clerk trying the demo meets every warning
    // within a dozen reads: expired after 3 citizens, wrong check digit after 6,
    // unreadable after 9 (slots 3, 7 and 11). With fewer citizens the
    // remaining bad cards go to the end: they are never left out.
    QList<SimulatedCardReader::Slot> specials = {
        {expiredCard(), QString()},
        {badChecksumCard(), QString()},
        {CardIdentity(), QStringLiteral("card-read-failed")},
    };
    QList<SimulatedCardReader::Slot> result;
    for (int i = 0; i < count; ++i) {
        if ((i == 3 || i == 6 || i == 9) && !specials.isEmpty())
            result.append(specials.takeFirst());
        result.append({citizen(i), QString()});
    }
    result.append(specials);
    return result;
}

CardIdentity SyntheticIdentityGenerator::expiredCard() const
{
    // Look for a person whose last card (by the age rules) ran out between a
    // month and a year ago; most candidates fit, the loop only skips people
    // who would have been issued a long-term card.
    for (quint64 attempt = 0; attempt < 64; ++attempt) {
        CardIdentity card = makeCitizen(m_seed, m_today, kExpiredIndex + 1000 * attempt);
        SplitMix64 rng(mix(m_seed, 0xE7E7E7));
        const QDate until = m_today.addDays(-30 - rng.below(335));
        for (const int years : {10, 20}) {
            const QDate from = until.addYears(-years);
            const int age = yearsBetween(card.birth, from);
            if (age >= 16 && validityYears(age) == years) {
                card.validFrom = from;
                card.validUntil = until;
                card.longTerm = false;
                return card;
            }
        }
    }
    // Not reached with the real age range; still return an expired card.
    CardIdentity card = makeCitizen(m_seed, m_today, kExpiredIndex);
    card.validUntil = m_today.addDays(-30);
    card.validFrom = card.validUntil.addYears(-10);
    card.longTerm = false;
    return card;
}

CardIdentity SyntheticIdentityGenerator::badChecksumCard() const
{
    CardIdentity card = makeCitizen(m_seed, m_today, kBadChecksumIndex);
    // The next character of the check alphabet: always wrong, always well formed.
    static const QString alphabet = QStringLiteral("0123456789X");
    const QChar right = card.idNumber.back();
    const QChar wrong = alphabet.at((alphabet.indexOf(right) + 1) % alphabet.size());
    card.idNumber[card.idNumber.size() - 1] = wrong;
    return card;
}

} // namespace OneWindow
