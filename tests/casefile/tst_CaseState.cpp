// The lifecycle's stored keys: each state, action and result has exactly one,
// they read back to the same value, and the open/closed split is the one the
// case file and the inbox rely on.
#include "casefile/CaseState.h"

#include <QSet>
#include <QTest>

using namespace OneWindow;

class tst_CaseState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        QSet<QString> seen;
        for (CaseState s : CaseStates::allCaseStates()) {
            const QString k = CaseStates::key(s);
            QVERIFY(!k.isEmpty());
            QCOMPARE(CaseStates::caseStateFromKey(k), std::optional<CaseState>(s));
            seen.insert(k);
        }
        QCOMPARE(seen.size(), CaseStates::allCaseStates().size());
        seen.clear();
        for (StepState s : CaseStates::allStepStates()) {
            QCOMPARE(CaseStates::stepStateFromKey(CaseStates::key(s)), std::optional<StepState>(s));
            seen.insert(CaseStates::key(s));
        }
        QCOMPARE(seen.size(), CaseStates::allStepStates().size());
        seen.clear();
        for (CaseAction a : CaseStates::allActions()) {
            QCOMPARE(CaseStates::actionFromKey(CaseStates::key(a)), std::optional<CaseAction>(a));
            seen.insert(CaseStates::key(a));
        }
        QCOMPARE(seen.size(), CaseStates::allActions().size());
        QVERIFY(!CaseStates::caseStateFromKey(QStringLiteral("pending")));
        QVERIFY(!CaseStates::actionFromKey(QStringLiteral("")));
    }

    // The keys other tools read in JSON: a rename breaks them, so it breaks here.
    void publishedKeys()
    {
        QCOMPARE(CaseStates::key(CaseState::AwaitingSupplement),
                 QStringLiteral("awaiting-supplement"));
        QCOMPARE(CaseStates::key(CaseState::SpecialProcedure), QStringLiteral("special-procedure"));
        QCOMPARE(CaseStates::key(StepState::Waiting), QStringLiteral("waiting"));
        QCOMPARE(CaseStates::key(CaseAction::SpecialStart), QStringLiteral("special-start"));
        QCOMPARE(CaseStates::key(CaseResult::PartlyGranted), QStringLiteral("partly-granted"));
    }

    void openAndClosed()
    {
        QCOMPARE(
            CaseStates::openCaseStateKeys(),
            (QStringList{"accepted", "in-progress", "awaiting-supplement", "special-procedure"}));
        QVERIFY(CaseStates::isPaused(CaseState::AwaitingSupplement));
        QVERIFY(!CaseStates::isPaused(CaseState::InProgress));
        QVERIFY(CaseStates::isDone(StepState::Skipped));
        QVERIFY(!CaseStates::isDone(StepState::Returned));
    }
};

QTEST_GUILESS_MAIN(tst_CaseState)
#include "tst_CaseState.moc"
