#include "common/CounterLock.h"

#include <QTest>
#include <QThread>

using namespace OneWindow;

// The counter's lock as the core reads it: open until the shell locks it, a clear
// code while locked, the same answer on any thread.
class tst_CounterLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockAndUnlock_data()
    {
        QTest::addColumn<QList<bool>>("changes");
        QTest::addColumn<bool>("locked");
        QTest::newRow("never locked") << QList<bool>{} << false;
        QTest::newRow("locked") << QList<bool>{true} << true;
        QTest::newRow("locked twice") << QList<bool>{true, true} << true;
        QTest::newRow("unlocked again") << QList<bool>{true, false} << false;
    }
    void lockAndUnlock()
    {
        QFETCH(QList<bool>, changes);
        QFETCH(bool, locked);
        CounterLock lock;
        for (bool c : changes)
            lock.setLocked(c);
        QCOMPARE(lock.isLocked(), locked);
        const Status s = lock.check();
        QCOMPARE(s.ok(), !locked);
        if (locked)
            QCOMPARE(s.error().code, QStringLiteral("counter-locked"));
    }

    // The draft autosaver's and the reader's threads see the shell's change.
    void seenFromAnotherThread()
    {
        CounterLock lock;
        lock.setLocked(true);
        bool seen = false;
        QThread *t = QThread::create([&] { seen = lock.isLocked(); });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(tst_CounterLock)
#include "tst_CounterLock.moc"
