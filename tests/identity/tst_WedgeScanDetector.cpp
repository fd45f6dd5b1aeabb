#include "identity/WedgeScanDetector.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

namespace {

// Stands in for a focused form field: records the text that reaches it.
class Field : public QObject
{
public:
    QString typed;
    int releases = 0;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(e);
            typed += key->key() == Qt::Key_Return ? QStringLiteral("⏎") : key->text();
            return true;
        }
        if (e->type() == QEvent::KeyRelease) {
            ++releases;
            return true;
        }
        return QObject::event(e);
    }
};

} // namespace

class tst_WedgeScanDetector : public QObject
{
    Q_OBJECT

private:
    Field *m_field = nullptr;
    WedgeScanDetector *m_detector = nullptr;
    quint64 m_time = 1000;

    void key(QEvent::Type type, int k, const QString &text, quint64 timestamp)
    {
        const Qt::KeyboardModifiers mods =
            text.size() == 1 && text.at(0).isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
        QKeyEvent event(type, k, mods, text);
        event.setTimestamp(timestamp);
        QCoreApplication::sendEvent(m_field, &event);
    }

    // Types `text` then Enter with `gapMs` between keys, as a scanner or a person would.
    void type(const QString &text, int gapMs, bool enter = true)
    {
        for (const QChar c : text) {
            const int k = c.toUpper().unicode();
            key(QEvent::KeyPress, k, QString(c), m_time);
            key(QEvent::KeyRelease, k, QString(c), m_time + 2);
            m_time += gapMs;
        }
        if (enter) {
            key(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"), m_time);
            key(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"), m_time + 2);
            m_time += gapMs;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_field = new Field;
        m_detector = new WedgeScanDetector;
        m_detector->setReplayDelayMs(20);
        qApp->installEventFilter(m_detector);
        m_time += 10000;
    }

    void cleanup()
    {
        qApp->removeEventFilter(m_detector);
        delete m_detector;
        delete m_field;
    }

    void scannerBurst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("gap");
        QTest::newRow("payload 5 ms") << "OW1.UnxZQzIwMjYx.thVUTZRhJyb6OdBK" << 5;
        QTest::newRow("case number 20 ms") << "YC20261124000017" << 20;
        QTest::newRow("at the limit 30 ms") << "AP-0091-XYZ" << 30;
    }

    void scannerBurst()
    {
        QFETCH(QString, text);
        QFETCH(int, gap);
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(text, gap);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), text);
        // Swallowed: nothing of the burst reaches the field, not even later.
        QTest::qWait(60);
        QCOMPARE(m_field->typed, QString());
        QCOMPARE(m_field->releases, 0);
    }

    void personTyping()
    {
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(QStringLiteral("zhangsan"), 120);
        QTRY_COMPARE(m_field->typed, QStringLiteral("zhangsan⏎"));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_field->releases, 9);
    }

    void tooShortBurst()
    {
        // A fast double key press by a person is not a scan.
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(QStringLiteral("ab"), 10);
        QTRY_COMPARE(m_field->typed, QStringLiteral("ab⏎"));
        QCOMPARE(spy.count(), 0);
    }

    void burstWithoutEnter()
    {
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(QStringLiteral("YC20261124000017"), 5, false);
        QTRY_COMPARE(m_field->typed, QStringLiteral("YC20261124000017")); // replayed in order
        QCOMPARE(spy.count(), 0);
    }

    void slowEnterAfterBurst()
    {
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(QStringLiteral("YC20261124000017"), 5, false);
        m_time += 500;
        key(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"), m_time);
        QTRY_COMPARE(m_field->typed, QStringLiteral("YC20261124000017⏎"));
        QCOMPARE(spy.count(), 0);
    }

    void personThenScanner()
    {
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(QStringLiteral("li"), 150, false);
        m_time += 200;
        type(QStringLiteral("YC20261124000017"), 8);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("YC20261124000017"));
        QTRY_COMPARE(m_field->typed, QStringLiteral("li"));
    }

    void shortcutsPassThrough()
    {
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        QKeyEvent ctrlS(QEvent::KeyPress, Qt::Key_S, Qt::ControlModifier, QStringLiteral("\x13"));
        ctrlS.setTimestamp(m_time);
        QCoreApplication::sendEvent(m_field, &ctrlS);
        QCOMPARE(m_field->typed, QStringLiteral("\x13")); // at once, not held
        QCOMPARE(spy.count(), 0);
    }

    void twoScansInARow()
    {
        QSignalSpy spy(m_detector, &WedgeScanDetector::scanned);
        type(QStringLiteral("YC20261124000017"), 5);
        m_time += 300;
        type(QStringLiteral("YC20261124000018"), 5);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("YC20261124000018"));
        QCOMPARE(m_field->typed, QString());
    }
};

QTEST_MAIN(tst_WedgeScanDetector)
#include "tst_WedgeScanDetector.moc"
