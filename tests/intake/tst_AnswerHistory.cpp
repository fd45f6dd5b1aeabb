// Completion from the hall's history: the answers a field got in earlier cases
// of the same matter, most frequent first, on both backends.
#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/AnswerHistory.h"
#include "security/AuditLog.h"
#include "templates/TemplateCatalogue.h"

#include <QJsonObject>
#include <QTest>

using namespace OneWindow;

namespace {

const QDate kToday(2026, 11, 24);

// Stores one case of `templateId` whose form says `answers`; false when it cannot.
bool storeCase(const Database &db, qint64 personId, int n, const QString &templateId,
               const QJsonObject &answers)
{
    CaseRecord c;
    c.caseNumber = QStringLiteral("510107-20261124-%1").arg(n, 5, 10, QLatin1Char('0'));
    c.personId = personId;
    c.matterCode = templateId;
    c.templateId = templateId;
    c.templateVersion = 1;
    c.title = templateId;
    c.acceptedAt = QDateTime(kToday, QTime(9, 0)).addSecs(n * 60);
    c.formData = answers;
    return CaseRepository(db).insert(c).ok();
}

QJsonObject hospital(const QString &name)
{
    return {{QStringLiteral("birth_hospital"), name},
            {QStringLiteral("child_name"), QStringLiteral("王小禾")}};
}

} // namespace

class tst_AnswerHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mostFrequentFirst_data() { TestDatabase::addBackendRows(); }

    void mostFrequentFirst()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const CardIdentity card = SyntheticIdentityGenerator(3, kToday).citizen(0);
        const auto person = PersonRepository(t.db()).insert(PersonRepository::fromCard(card));
        QVERIFY(person.ok());

        const QString a = QStringLiteral("市妇幼保健院");
        const QString b = QStringLiteral("四川大学华西第二医院");
        const QString c = QStringLiteral("武侯区人民医院");
        // b twice, a three times (once with stray spaces), c once and newest; another
        // matter's answers and empty answers never count.
        const QList<QPair<QString, QJsonObject>> cases = {
            {QStringLiteral("newborn"), hospital(b)},
            {QStringLiteral("newborn"), hospital(a)},
            {QStringLiteral("newborn"), hospital(QStringLiteral("  市妇幼保健院 "))},
            {QStringLiteral("other"), hospital(QStringLiteral("别的事项的医院"))},
            {QStringLiteral("newborn"), hospital(b)},
            {QStringLiteral("newborn"), QJsonObject{{QStringLiteral("birth_hospital"), ""}}},
            {QStringLiteral("newborn"), QJsonObject()},
            {QStringLiteral("newborn"), hospital(a)},
            {QStringLiteral("newborn"), hospital(c)},
        };
        for (int i = 0; i < cases.size(); ++i)
            QVERIFY(
                storeCase(t.db(), person.value(), i + 1, cases.at(i).first, cases.at(i).second));

        FixedClock clock(QDateTime(kToday, QTime(10, 0)));
        AuditLog audit(t.db(), clock);
        TemplateCatalogue catalogue;
        catalogue.loadBuiltIn();
        const AnswerHistory history(t.db(), audit, catalogue);
        const Session clerk = Test::session(1, QStringLiteral("clerk01"));
        const auto answers = history.frequentAnswers(QStringLiteral("newborn"),
                                                     QStringLiteral("birth_hospital"), clerk);
        QVERIFY2(answers.ok(), qPrintable(answers.ok() ? QString() : answers.error().code));
        QCOMPARE(answers.value(), (QStringList{a, b, c}));

        // A limit keeps the most frequent.
        QCOMPARE(history
                     .frequentAnswers(QStringLiteral("newborn"), QStringLiteral("birth_hospital"),
                                      clerk, 1)
                     .value(),
                 QStringList{a});
        // Equal counts: the more recent answer first.
        QVERIFY(storeCase(t.db(), person.value(), 20, QStringLiteral("newborn"), hospital(c)));
        QVERIFY(storeCase(t.db(), person.value(), 21, QStringLiteral("newborn"), hospital(c)));
        QCOMPARE(
            history
                .frequentAnswers(QStringLiteral("newborn"), QStringLiteral("birth_hospital"), clerk)
                .value(),
            (QStringList{c, a, b}));
        // A matter without cases: nothing to offer.
        QCOMPARE(history
                     .frequentAnswers(QStringLiteral("residence-permit"),
                                      QStringLiteral("employer"), clerk)
                     .value(),
                 QStringList());

        // The core holds the template's rule: a citizen's own answers (the child's
        // name), a field or matter it does not have, and a role without intake
        // are refused, and each refusal is audited.
        auto refusals = [&] {
            return t.db()
                .scalar(
                    QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'refused'"))
                .value()
                .toInt();
        };
        const QList<QPair<QString, QString>> closed = {
            {QStringLiteral("newborn"), QStringLiteral("child_name")},
            {QStringLiteral("newborn"), QStringLiteral("no_such_field")},
            {QStringLiteral("no-such-matter"), QStringLiteral("birth_hospital")},
        };
        for (const auto &[form, field] : closed) {
            const int before = refusals();
            const auto refused = history.frequentAnswers(form, field, clerk);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("not-completable"));
            QCOMPARE(refusals(), before + 1);
        }
        const int before = refusals();
        QCOMPARE(
            history
                .frequentAnswers(QStringLiteral("newborn"), QStringLiteral("birth_hospital"),
                                 Test::session(2, QStringLiteral("admin01"), Role::Administrator))
                .error()
                .code,
            QStringLiteral("forbidden"));
        QCOMPARE(refusals(), before + 1);
    }
};

QTEST_GUILESS_MAIN(tst_AnswerHistory)
#include "tst_AnswerHistory.moc"
