// QR codes at the counter, through the keyboard-wedge path: a scanner "types" the code
// and Enter in a fast burst wherever the focus is. Receipt codes open their case,
// appointment codes start the booked intake after the card, e-ID codes identify,
// forged codes are refused and foreign codes are shown as what they are.
#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "helpers/TestCounter.h"
#include "identity/HallKey.h"
#include "identity/QrPayload.h"
#include "identity/SimulatedCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "models/CaseFileModel.h"
#include "services/AppServices.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace OneWindow;

class tst_CounterScan : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 24), QTime(9, 30)};
    QByteArray m_key =
        QByteArray::fromHex("8f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff");
    TestCounter m_counter;
    quint64 m_time = 10'000;

    // The scanner: every character 4 ms after the last, then Enter.
    void scan(const QString &text)
    {
        QWidget *target =
            QApplication::focusWidget() ? QApplication::focusWidget() : m_counter.window();
        auto send = [&](QEvent::Type type, int key, const QString &t) {
            QKeyEvent e(type, key, Qt::NoModifier, t);
            e.setTimestamp(m_time);
            QApplication::sendEvent(target, &e);
        };
        for (const QChar c : text) {
            send(QEvent::KeyPress, c.toUpper().unicode(), QString(c));
            send(QEvent::KeyRelease, c.toUpper().unicode(), QString(c));
            m_time += 4;
        }
        send(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
        send(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"));
        m_time += 1000;
    }

    QString page() const
    {
        return m_counter.window()
            ->findChild<QStackedWidget *>(QStringLiteral("pageStack"))
            ->currentWidget()
            ->objectName();
    }

    // Closes the message box the window opened and returns its text.
    QString takeBox(const QString &name)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (box = m_counter.window()->findChild<QMessageBox *>(name)) != nullptr;
                },
                2000))
            return {};
        const QString text = box->text();
        box->close();
        QTest::qWait(10);
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestCounter::Setup setup;
        setup.now = m_now;
        setup.hallKey = m_key;
        setup.demoCitizens = 20;
        setup.scannerInput = true;
        QVERIFY2(m_counter.start(std::move(setup)), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
        QVERIFY(m_counter.openWindow());
    }

    void receiptCodeOpensItsCase()
    {
        auto q = m_counter.services().database().run(
            QStringLiteral("SELECT c.case_number, p.name FROM cases c JOIN persons p ON p.id = "
                           "c.person_id ORDER BY c.id LIMIT 1"));
        QVERIFY(q.ok() && q.value().next());
        const QString caseNumber = q.value().value(0).toString();
        const QString name = q.value().value(1).toString();
        auto signedText = QrPayload::receiptTracking(
                              caseNumber, m_counter.services().options().hallCode, m_now.date())
                              .sign(m_key);
        QVERIFY(signedText.ok());

        scan(signedText.value());
        QTRY_COMPARE(page(), QStringLiteral("caseFilePage"));
        QVERIFY(m_counter.window()
                    ->findChild<QLabel *>(QStringLiteral("casePersonLabel"))
                    ->text()
                    .contains(name));
        // The receipt does not prove who is at the counter.
        QVERIFY(m_counter.window()
                    ->findChild<QLabel *>(QStringLiteral("identityStatus"))
                    ->text()
                    .contains(caseNumber));
        QVERIFY(m_counter.window()
                    ->findChild<QLabel *>(QStringLiteral("identityName"))
                    ->text()
                    .isEmpty());
        auto *tree = m_counter.window()->findChild<QTreeView *>(QStringLiteral("caseFileTree"));
        QCOMPARE(tree->currentIndex().data(CaseFileModel::CaseNumberRole).toString(), caseNumber);
    }

    void forgedCodeIsRefused()
    {
        auto q = m_counter.services().database().run(
            QStringLiteral("SELECT case_number FROM cases ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.ok() && q.value().next());
        const QString other = q.value().value(0).toString();
        // Signed with another hall's key: a forgery as far as this hall is concerned.
        auto forged =
            QrPayload::receiptTracking(other, m_counter.services().options().hallCode, m_now.date())
                .sign(QByteArray(32, 'x'));
        QVERIFY(forged.ok());
        const QString refusedSql = QStringLiteral(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'qr-refused' AND subject = 'qr'"
            " AND detail = 'bad-signature'");
        const int before = m_counter.countRows(refusedSql);
        scan(forged.value());
        QVERIFY(takeBox(QStringLiteral("errorBox")).contains(QStringLiteral("伪造")));
        // On the record, without the code's content.
        QCOMPARE(m_counter.countRows(refusedSql), before + 1);
        QVERIFY(!m_counter.window()
                     ->findChild<QLabel *>(QStringLiteral("identityStatus"))
                     ->text()
                     .contains(other));
    }

    void foreignCodeIsShownAsWhatItIs()
    {
        scan(QStringLiteral("https://example.org/pay?id=42"));
        const QString text = takeBox(QStringLiteral("noticeBox"));
        QVERIFY(text.contains(QStringLiteral("网址")));
        QVERIFY(text.contains(QStringLiteral("example.org")));
    }

    void appointmentStartsIntakeAfterTheCard()
    {
        auto code = QrPayload::appointment(QStringLiteral("YY0001"),
                                           m_counter.services().options().hallCode,
                                           QStringLiteral("newborn"), m_now.addSecs(600))
                        .sign(m_key);
        QVERIFY(code.ok());
        scan(code.value());
        QVERIFY(
            takeBox(QStringLiteral("noticeBox")).contains(QStringLiteral("读取申请人的身份证")));
        m_counter.reader()->placeCard(m_counter.people().citizen(4));
        // F2 is an application shortcut: the window is active again once the notice closes.
        m_counter.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_counter.window()));
        QTest::keyClick(m_counter.window(), Qt::Key_F2);
        QTRY_COMPARE(page(), QStringLiteral("intakePage"));
        QCOMPARE(m_counter.window()->findChild<QLabel *>(QStringLiteral("intakeTitle"))->text(),
                 QStringLiteral("新生儿出生\"一件事\""));
    }

    void electronicIdIdentifies()
    {
        const CardIdentity person = m_counter.people().citizen(7);
        auto code = QrPayload::electronicId(person.idNumber, person.name, m_now.addSecs(-60),
                                            m_now.addSecs(240))
                        .sign(m_key);
        QVERIFY(code.ok());
        scan(code.value());
        QTRY_COMPARE(
            m_counter.window()->findChild<QLabel *>(QStringLiteral("identityName"))->text(),
            person.name);
        QCOMPARE(page(), QStringLiteral("caseFilePage"));
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CounterScan)
#include "tst_CounterScan.moc"
