#include "casefile/PersonRepository.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;

class tst_PersonRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromCard();
    void insertAndFind_data();
    void insertAndFind();
    void unknownNumber_data();
    void unknownNumber();
    void duplicateNumber_data();
    void duplicateNumber();
    void upsertInsertsNewcomer_data();
    void upsertInsertsNewcomer();
    void upsertRefreshesFromNewerCard_data();
    void upsertRefreshesFromNewerCard();
};

namespace {

const QDate kToday(2026, 3, 2);

CardIdentity citizen(int index)
{
    return SyntheticIdentityGenerator(20260302, kToday).citizen(index);
}

} // namespace

void tst_PersonRepository::fromCard()
{
    const CardIdentity card = citizen(0);
    QVERIFY(!card.idNumber.isEmpty());
    const Person p = PersonRepository::fromCard(card);
    QCOMPARE(p.id, qint64(0));
    QCOMPARE(p.idNumber, card.idNumber);
    QCOMPARE(p.name, card.name);
    QCOMPARE(p.sex, card.sex);
    QCOMPARE(p.birth, card.birth);
    QCOMPARE(p.ethnicityCode, card.ethnicityCode);
    QCOMPARE(p.address, card.address);
    QCOMPARE(p.cardKind, QStringLiteral("resident"));
    QCOMPARE(p.cardValidUntil, card.validUntil);
    QVERIFY(p.phone.isEmpty()); // a card carries no phone number
}

void tst_PersonRepository::insertAndFind_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonRepository::insertAndFind()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    PersonRepository persons(t.db());

    Person p = PersonRepository::fromCard(citizen(1));
    p.phone = QStringLiteral("17000000001");
    p.nameEn = QStringLiteral("ZHANG SAN");
    p.nationality = QStringLiteral("CHN");
    const auto id = persons.insert(p);
    QVERIFY2(id.ok(), qPrintable(id.error().detail));
    QVERIFY(id.value() > 0);

    // A person without birth date or card validity (e.g. typed in by hand).
    Person manual;
    manual.idNumber = citizen(2).idNumber;
    manual.name = QStringLiteral("手工录入");
    manual.sex = Sex::Female;
    const auto manualId = persons.insert(manual);
    QVERIFY2(manualId.ok(), qPrintable(manualId.error().detail));
    QVERIFY(manualId.value() != id.value());

    for (const auto &found : {persons.findById(id.value()), persons.findByIdNumber(p.idNumber)}) {
        QVERIFY(found.ok());
        QCOMPARE(found->id, id.value());
        QCOMPARE(found->idNumber, p.idNumber);
        QCOMPARE(found->name, p.name);
        QCOMPARE(found->nameEn, p.nameEn);
        QCOMPARE(found->sex, p.sex);
        QCOMPARE(found->birth, p.birth);
        QCOMPARE(found->ethnicityCode, p.ethnicityCode);
        QCOMPARE(found->nationality, p.nationality);
        QCOMPARE(found->address, p.address);
        QCOMPARE(found->phone, p.phone);
        QCOMPARE(found->cardKind, p.cardKind);
        QCOMPARE(found->cardValidUntil, p.cardValidUntil);
        QCOMPARE(found->version, 1);
    }
    const auto m = persons.findByIdNumber(manual.idNumber);
    QVERIFY(m.ok());
    QCOMPARE(m->id, manualId.value());
    QCOMPARE(m->sex, Sex::Female);
    QVERIFY(!m->birth.isValid());
    QVERIFY(!m->cardValidUntil.isValid());
}

void tst_PersonRepository::unknownNumber_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonRepository::unknownNumber()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    PersonRepository persons(t.db());
    QVERIFY(persons.insert(PersonRepository::fromCard(citizen(3))).ok());

    const auto none = persons.findByIdNumber(citizen(4).idNumber);
    QVERIFY(none.ok());
    QCOMPARE(none->id, qint64(0));
    QVERIFY(none->name.isEmpty());
    QCOMPARE(persons.findById(987654).value().id, qint64(0));
}

void tst_PersonRepository::duplicateNumber_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonRepository::duplicateNumber()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    PersonRepository persons(t.db());
    Person p = PersonRepository::fromCard(citizen(5));
    QVERIFY(persons.insert(p).ok());
    p.name = QStringLiteral("冒名");
    const auto again = persons.insert(p);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("duplicate"));
    QCOMPARE(persons.findByIdNumber(p.idNumber)->name, citizen(5).name);
}

void tst_PersonRepository::upsertInsertsNewcomer_data()
{
    TestDatabase::addBackendRows();
}

void tst_PersonRepository::upsertInsertsNewcomer()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    PersonRepository persons(t.db());
    const CardIdentity card = citizen(6);

    const auto stored = persons.upsertFromCard(card, QStringLiteral("17000000006"));
    QVERIFY2(stored.ok(), qPrintable(stored.error().detail));
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->idNumber, card.idNumber);
    QCOMPARE(stored->name, card.name);
    QCOMPARE(stored->phone, QStringLiteral("17000000006"));
    QCOMPARE(stored->version, 1);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).value().toInt(), 1);
}

void tst_PersonRepository::upsertRefreshesFromNewerCard_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("newAddress");
    QTest::addColumn<QString>("newPhone");

    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral(" moved, new phone")))
            << b << QStringLiteral("四川省成都市武侯区人民南路四段1号") << "17000000099";
        QTest::newRow(qPrintable(b + QStringLiteral(" card without address, no phone")))
            << b << QString() << QString();
    }
}

void tst_PersonRepository::upsertRefreshesFromNewerCard()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, newAddress);
    QFETCH(QString, newPhone);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    PersonRepository persons(t.db());
    const CardIdentity oldCard = citizen(7);
    const auto first = persons.upsertFromCard(oldCard, QStringLiteral("17000000007"));
    QVERIFY(first.ok());

    CardIdentity newCard = oldCard;
    newCard.address = newAddress;
    newCard.validFrom = kToday;
    newCard.validUntil = kToday.addYears(20);
    const auto second = persons.upsertFromCard(newCard, newPhone);
    QVERIFY2(second.ok(), qPrintable(second.error().detail));

    QCOMPARE(second->id, first->id); // the same person, not a second record
    QCOMPARE(second->version, 2);
    QCOMPARE(second->cardValidUntil, kToday.addYears(20));
    // Nothing known is thrown away because the new card or the clerk left it out.
    QCOMPARE(second->address, newAddress.isEmpty() ? oldCard.address : newAddress);
    QCOMPARE(second->phone, newPhone.isEmpty() ? QStringLiteral("17000000007") : newPhone);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).value().toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_PersonRepository)
#include "tst_PersonRepository.moc"
