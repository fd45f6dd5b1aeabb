#include "casefile/PersonSearch.h"

#include "common/PlainText.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSet>

namespace OneWindow {

namespace {

// The smallest string greater than every string starting with `prefix`, in
// byte (code point) order: the prefix with its last character incremented.
QString upperBound(const QString &prefix)
{
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(char16_t(upper.at(upper.size() - 1).unicode() + 1));
    return upper;
}

QString collated(const Database &db, const QString &column)
{
    return db.dialect() == DatabaseUrl::Dialect::Postgres
               ? column + QStringLiteral(" COLLATE \"C\"")
               : column;
}

const char kHitColumns[] = "p.id, p.id_number, p.name, p.sex, p.birth, p.phone";

PersonHit hitFrom(const QSqlQuery &r, const QString &matchedBy)
{
    PersonHit h;
    h.personId = r.value(0).toLongLong();
    h.idNumber = r.value(1).toString();
    h.name = r.value(2).toString();
    h.sex = sexFromKey(r.value(3).toString());
    h.birth = r.value(4).toDate();
    h.phone = r.value(5).toString();
    h.matchedBy = matchedBy;
    return h;
}

} // namespace

PersonSearch::Kind PersonSearch::classify(const QString &query)
{
    static const QRegularExpression idLike(QStringLiteral("^[0-9]{1,17}[0-9Xx]?$"));
    static const QRegularExpression caseLike(QStringLiteral("^[0-9A-Za-z]+-[0-9A-Za-z-]*$"));
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z]+$"));
    const QString q = query.trimmed();
    if (q.isEmpty())
        return Kind::Empty;
    if (idLike.match(q).hasMatch())
        return Kind::IdOrPhone;
    if (caseLike.match(q).hasMatch())
        return Kind::CaseNumber;
    if (latin.match(q).hasMatch())
        return Kind::Initials;
    for (const QChar c : q)
        if (c.unicode() >= 0x3400)
            return Kind::Name;
    return Kind::Empty;
}

Result<QList<PersonHit>> PersonSearch::prefixQuery(const QString &column, const QString &prefix,
                                                   int count, const QString &matchedBy) const
{
    const QString col = collated(m_db, QStringLiteral("p.") + column);
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM persons p WHERE %2 >= ? AND %2 < ?"
                                     " ORDER BY %2, p.id LIMIT ?")
                          .arg(QLatin1String(kHitColumns), col),
                      {prefix, upperBound(prefix), count});
    if (!q)
        return Result<QList<PersonHit>>(q.error());
    QList<PersonHit> hits;
    while (q.value().next())
        hits.append(hitFrom(q.value(), matchedBy));
    return hits;
}

Result<QList<PersonHit>> PersonSearch::caseNumberQuery(const QString &prefix, int count) const
{
    const QString col = collated(m_db, QStringLiteral("c.case_number"));
    auto q = m_db.run(QStringLiteral("SELECT %1, c.case_number FROM cases c"
                                     " JOIN persons p ON p.id = c.person_id"
                                     " WHERE %2 >= ? AND %2 < ? ORDER BY %2 LIMIT ?")
                          .arg(QLatin1String(kHitColumns), col),
                      {prefix, upperBound(prefix), count});
    if (!q)
        return Result<QList<PersonHit>>(q.error());
    QList<PersonHit> hits;
    while (q.value().next()) {
        PersonHit h = hitFrom(q.value(), QStringLiteral("case-number"));
        h.caseNumber = q.value().value(6).toString();
        hits.append(h);
    }
    return hits;
}

Result<PersonSearchPage> PersonSearch::search(const QString &query, int limit, int offset) const
{
    if (limit <= 0 || offset < 0)
        return Result<PersonSearchPage>::failure(QStringLiteral("bad-query"),
                                                 QStringLiteral("limit and offset"));
    // Quotes and wildcards are searched for as they are (the query is bound, and a
    // prefix is a range, never LIKE); what cannot be text at all is refused whole.
    if (const QString why = PlainText::problem(query, PlainText::Lines::One, PlainText::kMaxQuery);
        !why.isEmpty())
        return Result<PersonSearchPage>::failure(QStringLiteral("bad-query"), why);
    QString q = query.trimmed();
    const Kind kind = classify(q);
    // One more than the page tells whether another page follows.
    const int want = offset + limit + 1;
    QList<PersonHit> all;
    switch (kind) {
    case Kind::Empty:
        return Result<PersonSearchPage>::failure(QStringLiteral("bad-query"),
                                                 QStringLiteral("nothing to search for"));
    case Kind::IdOrPhone: {
        q = q.toUpper();
        auto byId = prefixQuery(QStringLiteral("id_number"), q, want, QStringLiteral("id-number"));
        if (!byId)
            return Result<PersonSearchPage>(byId.error());
        all = byId.value();
        // Mobile numbers start with 1; only a few ID numbers do (Beijing, Tianjin, Hebei...).
        if (q.startsWith(QLatin1Char('1')) && q.size() >= 3 && q.size() <= 11 &&
            !q.endsWith(QLatin1Char('X'))) {
            auto byPhone = prefixQuery(QStringLiteral("phone"), q, want, QStringLiteral("phone"));
            if (!byPhone)
                return Result<PersonSearchPage>(byPhone.error());
            QSet<qint64> seen;
            for (const PersonHit &h : std::as_const(all))
                seen.insert(h.personId);
            for (const PersonHit &h : byPhone.value())
                if (!seen.contains(h.personId))
                    all.append(h);
        }
        break;
    }
    case Kind::CaseNumber: {
        auto hits = caseNumberQuery(q.toUpper(), want);
        if (!hits)
            return Result<PersonSearchPage>(hits.error());
        all = hits.value();
        break;
    }
    case Kind::Initials: {
        auto hits = prefixQuery(QStringLiteral("name_initials"), q.toLower(), want,
                                QStringLiteral("initials"));
        if (!hits)
            return Result<PersonSearchPage>(hits.error());
        all = hits.value();
        break;
    }
    case Kind::Name: {
        auto hits = prefixQuery(QStringLiteral("name"), q, want, QStringLiteral("name"));
        if (!hits)
            return Result<PersonSearchPage>(hits.error());
        all = hits.value();
        break;
    }
    }
    PersonSearchPage page;
    page.hits = all.mid(offset, limit);
    page.hasMore = all.size() > offset + limit;
    return page;
}

} // namespace OneWindow
