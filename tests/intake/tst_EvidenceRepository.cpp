#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/EvidenceRepository.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kAt(QDate(2026, 11, 24), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);

CardIdentity foreignCard()
{
    CardIdentity c;
    c.kind = CardIdentity::Kind::Foreign2017;
    c.name = QStringLiteral("史密斯");
    c.nameEn = QStringLiteral("SMITH JOHN");
    c.sex = Sex::Male;
    c.nationality = QStringLiteral("GBR");
    c.birth = QDate(1980, 5, 6);
    c.idNumber = QStringLiteral("GBR510080050601");
    c.validFrom = QDate(2020, 1, 1);
    c.validUntil = QDate(2030, 1, 1);
    c.photoWlt = QByteArray(1024, 'w');
    return c;
}

} // namespace

// What the counter saw, as stored: the card's data (no photo) and the problems the
// core found come back as written; ids that do not exist are simply absent; an
// unknown kind is an error, never taken for a card read; a case keeps its evidence.
class tst_EvidenceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("kind");
        QTest::addColumn<CardIdentity>("card");
        QTest::addColumn<QStringList>("problems");
        const SyntheticIdentityGenerator people(5, kAt.date());
        CardIdentity longTerm = people.citizen(2);
        longTerm.longTerm = true;
        longTerm.validUntil = QDate();
        for (const QString &b : TestDatabase::backends()) {
            const auto row = [&](const char *name) {
                return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
            };
            *row("resident card") << b << int(IdentitySource::Card) << people.citizen(1)
                                  << QStringList();
            *row("long-term card") << b << int(IdentitySource::Card) << longTerm << QStringList();
            *row("expired card") << b << int(IdentitySource::Card) << people.expiredCard()
                                 << QStringList{"expired"};
            *row("foreigner's card")
                << b << int(IdentitySource::Card) << foreignCard() << QStringList();
            *row("e-ID code") << b << int(IdentitySource::Qr) << people.citizen(3)
                              << QStringList{"qr-identity"};
            *row("typed") << b << int(IdentitySource::Manual) << people.citizen(4)
                          << QStringList{"manual-identity"};
        }
    }
    void roundTrip()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        QFETCH(int, kind);
        QFETCH(CardIdentity, card);
        QFETCH(QStringList, problems);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        VisitEvidence e;
        e.kind = IdentitySource(kind);
        e.card = card;
        for (const QString &p : problems)
            e.problems.append({p, QStringLiteral("detail of ") + p});
        e.counterCode = QStringLiteral("A01");
        e.userId = 4;
        e.userName = QStringLiteral("clerk01");
        e.recordedAt = kAt;
        EvidenceRepository repo(t.db());
        const auto id = repo.insert(e);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const auto found = repo.find({id.value(), 4711});
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        const VisitEvidence got = found.value().value(id.value());
        QCOMPARE(got.id, id.value());
        QCOMPARE(got.kind, e.kind);
        QCOMPARE(got.problemCodes(), problems);
        if (!problems.isEmpty())
            QCOMPARE(got.problems.first().detail, QStringLiteral("detail of ") + problems.first());
        QCOMPARE(got.counterCode, e.counterCode);
        QCOMPARE(got.userId, e.userId);
        QCOMPARE(got.userName, e.userName);
        QCOMPARE(got.recordedAt.toMSecsSinceEpoch(), kAt.toMSecsSinceEpoch());
        const CardIdentity &c = got.card;
        QCOMPARE(c.kind, card.kind);
        QCOMPARE(c.name, card.name);
        QCOMPARE(c.nameEn, card.nameEn);
        QCOMPARE(c.sex, card.sex);
        QCOMPARE(c.ethnicityCode, card.ethnicityCode);
        QCOMPARE(c.nationality, card.nationality);
        QCOMPARE(c.birth, card.birth);
        QCOMPARE(c.address, card.address);
        QCOMPARE(c.idNumber, card.idNumber);
        QCOMPARE(c.authority, card.authority);
        QCOMPARE(c.validFrom, card.validFrom);
        QCOMPARE(c.validUntil, card.validUntil);
        QCOMPARE(c.longTerm, card.longTerm);
        QCOMPARE(c.passNumber, card.passNumber);
        QVERIFY(c.photoWlt.isEmpty()); // the photo is not kept
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT id_number FROM visit_evidence WHERE id = ?"),
                             {id.value()})
                     .value()
                     .toString(),
                 card.idNumber);
    }

    void nothingAskedNothingFound_data() { TestDatabase::addBackendRows(); }
    void nothingAskedNothingFound()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const auto none = EvidenceRepository(t.db()).find({0, -3});
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
    }

    void unknownKindIsAnError_data() { TestDatabase::addBackendRows(); }
    void unknownKindIsAnError()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const QString insert = QStringLiteral(
            "INSERT INTO visit_evidence (kind, id_number, card, counter_code, recorded_at)"
            " VALUES ('unverified', '1', '{}', 'A01', ?) RETURNING id");
        // The schema takes only the kinds this version knows ...
        QCOMPARE(t.db().run(insert, {kAt.toUTC()}).error().code, QStringLiteral("db-error"));
        // ... and a row written without that rule (by hand, by a newer version) is
        // an error when read, never some other kind.
        const QStringList dropRule =
            t.db().dialect() == DatabaseUrl::Dialect::Postgres
                ? QStringList{QStringLiteral(
                      "ALTER TABLE visit_evidence DROP CONSTRAINT visit_evidence_kind_known")}
                : QStringList{QStringLiteral("DROP TRIGGER visit_evidence_kind_known_insert")};
        for (const QString &sql : dropRule)
            QVERIFY(t.owner().run(sql).ok()); // the tables' owner: the schema is not the counters'

        auto q = t.db().run(insert, {kAt.toUTC()});
        QVERIFY(q.ok() && q.value().next());
        const qint64 id = q.value().value(0).toLongLong();
        const auto found = EvidenceRepository(t.db()).find({id});
        QVERIFY(!found.ok());
        QVERIFY(found.error().detail.contains(QStringLiteral("unverified")));
    }

    void caseKeepsItsEvidence_data() { TestDatabase::addBackendRows(); }
    void caseKeepsItsEvidence()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const SyntheticIdentityGenerator people(5, kAt.date());
        const auto person =
            PersonRepository(t.db()).insert(PersonRepository::fromCard(people.citizen(1)));
        QVERIFY(person.ok());
        CaseRecord c;
        c.caseNumber = QStringLiteral("E-20261124-00001");
        c.personId = person.value();
        c.matterCode = QStringLiteral("newborn");
        c.title = QStringLiteral("新生儿出生");
        c.acceptedAt = kAt;
        const auto caseId = CaseRepository(t.db()).insert(c);
        QVERIFY(caseId.ok());
        EvidenceRepository repo(t.db());
        VisitEvidence e;
        e.card = people.citizen(1);
        e.counterCode = QStringLiteral("A01");
        e.recordedAt = kAt;
        const qint64 mother = repo.insert(e).value();
        e.card = people.citizen(2);
        const qint64 father = repo.insert(e).value();
        QVERIFY(repo.linkToCase(caseId.value(), mother, QStringLiteral("applicant")).ok());
        QVERIFY(repo.linkToCase(caseId.value(), father, QStringLiteral("other_parent")).ok());
        // One piece of evidence per role.
        QVERIFY(!repo.linkToCase(caseId.value(), father, QStringLiteral("applicant")).ok());
        const auto links = repo.forCase(caseId.value());
        QVERIFY(links.ok());
        QCOMPARE(links.value(), (QHash<QString, qint64>{{QStringLiteral("applicant"), mother},
                                                        {QStringLiteral("other_parent"), father}}));
        QVERIFY(repo.forCase(caseId.value() + 1)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceRepository)
#include "tst_EvidenceRepository.moc"
