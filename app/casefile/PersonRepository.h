#pragma once

#include "casefile/Person.h"
#include "common/Result.h"
#include "identity/CardIdentity.h"

namespace OneWindow {

class Database;

class PersonRepository
{
public:
    explicit PersonRepository(const Database &db)
        : m_db(db)
    {}

    // An empty Person (id 0) when the number is not on file.
    Result<Person> findByIdNumber(const QString &idNumber) const;
    Result<Person> findById(qint64 id) const;
    // Only the name ("" when there is no such person): what the tracking page
    // masks, read without the rest of the row (its database role sees no more).
    Result<QString> nameOf(qint64 id) const;
    // Inserts the card holder, or refreshes name, address and card validity
    // from the newer card. Returns the stored person.
    Result<Person> upsertFromCard(const CardIdentity &card, const QString &phone = {});
    Result<qint64> insert(const Person &person);

    static Person fromCard(const CardIdentity &card);

private:
    Result<Person> findOne(const QString &where, const QVariant &value) const;
    // The new row's id; with `ifAbsent`, 0 when the ID number is on file already.
    Result<qint64> insertRow(const Person &person, bool ifAbsent);

    const Database &m_db;
};

} // namespace OneWindow
