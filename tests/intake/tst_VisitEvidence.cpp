#include "intake/VisitEvidence.h"

#include <QTest>

using namespace OneWindow;

namespace {
const QDateTime kRecorded(QDate(2026, 11, 24), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);
} // namespace

// One piece of what the counter saw: when it counts for the visit, and when a card
// read proves the card.
class tst_VisitEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void belongsToVisit_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<qint64>("secondsLater");
        QTest::addColumn<bool>("belongs");
        QTest::newRow("just now, here") << qint64(7) << "A01" << qint64(30) << true;
        QTest::newRow("eight hours later")
            << qint64(7) << "A01" << VisitEvidence::kVisitSeconds << true;
        QTest::newRow("a second more")
            << qint64(7) << "A01" << VisitEvidence::kVisitSeconds + 1 << false;
        QTest::newRow("the next day") << qint64(7) << "A01" << qint64(24 * 3600) << false;
        QTest::newRow("another counter") << qint64(7) << "A02" << qint64(30) << false;
        QTest::newRow("no counter") << qint64(7) << "" << qint64(30) << false;
        QTest::newRow("a clock a little behind") << qint64(7) << "A01" << qint64(-30) << true;
        QTest::newRow("recorded in the future") << qint64(7) << "A01" << qint64(-3600) << false;
        QTest::newRow("never recorded") << qint64(0) << "A01" << qint64(30) << false;
    }
    void belongsToVisit()
    {
        QFETCH(qint64, id);
        QFETCH(QString, counter);
        QFETCH(qint64, secondsLater);
        QFETCH(bool, belongs);
        VisitEvidence e;
        e.id = id;
        e.counterCode = QStringLiteral("A01");
        e.recordedAt = kRecorded;
        QCOMPARE(e.belongsToVisit(counter, kRecorded.addSecs(secondsLater)), belongs);
        // Stored and read back in UTC: the same instant, the same answer.
        e.recordedAt = kRecorded.toUTC();
        QCOMPARE(e.belongsToVisit(counter, kRecorded.addSecs(secondsLater)), belongs);
    }

    void cleanCardRead_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<bool>("clean");
        QTest::newRow("card, fine") << int(IdentitySource::Card) << QStringList() << true;
        QTest::newRow("card, expired")
            << int(IdentitySource::Card) << QStringList{"expired"} << false;
        QTest::newRow("e-ID code")
            << int(IdentitySource::Qr) << QStringList{"qr-identity"} << false;
        QTest::newRow("typed") << int(IdentitySource::Manual) << QStringList{"manual-identity"}
                               << false;
    }
    void cleanCardRead()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, problems);
        QFETCH(bool, clean);
        VisitEvidence e;
        e.kind = IdentitySource(kind);
        for (const QString &p : problems)
            e.problems.append({p, {}});
        QCOMPARE(e.isCleanCardRead(), clean);
        QCOMPARE(e.problemCodes(), problems);
        QCOMPARE(e.kindKey(), IdentitySources::key(IdentitySource(kind)));
    }
};

QTEST_GUILESS_MAIN(tst_VisitEvidence)
#include "tst_VisitEvidence.moc"
