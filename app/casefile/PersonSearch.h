#pragma once

#include "common/Result.h"
#include "identity/Sex.h"

#include <QDate>
#include <QList>
#include <QString>

namespace OneWindow {

class Database;

// One row of a search result: enough to tell people apart and open the file.
struct PersonHit
{
    qint64 personId = 0;
    QString idNumber;
    QString name;
    Sex sex = Sex::Unknown;
    QDate birth;
    QString phone;
    // What matched: "id-number", "phone", "name", "initials", "case-number".
    QString matchedBy;
    QString caseNumber; // when matched by case number
};

struct PersonSearchPage
{
    QList<PersonHit> hits;
    bool hasMore = false; // another page exists
};

// Finds people as the clerk types: an ID-number prefix (and a mobile-number
// prefix for digits starting with 1), a case-number prefix (it has dashes),
// pinyin initials (latin letters: "zs" finds 张三) or the start of a name.
// Every query walks an index in order and stops after one page, so a
// one-character prefix over a million people costs as little as a full one.
class PersonSearch
{
public:
    explicit PersonSearch(const Database &db)
        : m_db(db)
    {}

    enum class Kind
    {
        Empty,
        IdOrPhone,
        CaseNumber,
        Initials,
        Name
    };
    static Kind classify(const QString &query);

    // Fails with "bad-query" when the text cannot match anything (e.g. symbols only).
    Result<PersonSearchPage> search(const QString &query, int limit = 20, int offset = 0) const;

private:
    Result<QList<PersonHit>> prefixQuery(const QString &column, const QString &prefix, int count,
                                         const QString &matchedBy) const;
    Result<QList<PersonHit>> caseNumberQuery(const QString &prefix, int count) const;

    const Database &m_db;
};

} // namespace OneWindow
