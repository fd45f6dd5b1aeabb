// The screen that faces the citizen, driven through the real counter: it shows who
// the counter identified (masked), holds the acceptance until the citizen confirms
// on it, and asks for a rating when the visit ends. Only the citizen's touches
// (clicks here) rate; the clerk's keyboard, on the clerk's window or on the
// citizen's, does nothing there.
#include "citizen/CitizenScreen.h"
#include "counter/CounterWorkspace.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/IdNumber.h"
#include "identity/NameMask.h"
#include "services/AppServices.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace OneWindow;

class tst_CitizenScreen : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;

    template <typename T> T *find(const QString &name) { return m_counter.find<T>(name); }
    CitizenScreen *screen()
    {
        return m_counter.window()->workspace<CounterWorkspace>()->citizenScreen();
    }
    template <typename T> T *onScreen(const QString &name)
    {
        return screen()->findChild<T *>(name);
    }
    int rows(const char *sql) { return m_counter.countRows(QLatin1String(sql)); }
    QString counterPage()
    {
        return find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget()->objectName();
    }

    // Presses everything a clerk might press to rate on the citizen's behalf.
    void clerkTriesToRate()
    {
        QWidget *clerkWindow = m_counter.windowWidget();
        for (QWidget *target : {clerkWindow, static_cast<QWidget *>(screen())})
            for (Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_5, Qt::Key_Space, Qt::Key_Return,
                                Qt::Key_Enter, Qt::Key_Tab})
                QTest::keyClick(target, key);
    }

    // The social security card replacement for the citizen on the reader, every
    // answer given and every material ticked.
    void fillIntake()
    {
        auto *search = find<QLineEdit>(QStringLiteral("matterSearchEdit"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("sbkbh"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(counterPage(), QStringLiteral("intakePage"));
        const auto pick = [this](const char *field, const char *value) {
            auto *combo = find<QComboBox>(QStringLiteral("field_") + QLatin1String(field));
            combo->setCurrentIndex(combo->findData(QLatin1String(value)));
            return combo->currentIndex() >= 0;
        };
        QVERIFY(pick("reason", "damaged"));
        QVERIFY(pick("bank", "ccb"));
        QVERIFY(pick("delivery", "counter"));
        auto *phone = find<QLineEdit>(QStringLiteral("field_contact_phone"));
        if (phone->text().isEmpty())
            QTest::keyClicks(phone, QStringLiteral("17000001250"));
        auto *materials = find<QListWidget>(QStringLiteral("materialsList"));
        for (int i = 0; i < materials->count(); ++i)
            if (materials->item(i)->flags() & Qt::ItemIsUserCheckable)
                materials->item(i)->setCheckState(Qt::Checked);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestCounter::Setup setup;
        setup.demoCitizens = 20;
        setup.citizenScreen = QStringLiteral("window");
        setup.citizenConfirms = true;
        QVERIFY2(m_counter.start(std::move(setup)), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
        QVERIFY(m_counter.openWindow());
        QVERIFY(screen());
        QVERIFY(screen()->isVisible());
        QCOMPARE(screen()->page(), CitizenScreen::Page::Welcome);
        // It never takes the keyboard from the clerk.
        QVERIFY(screen()->windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
        for (QPushButton *b : screen()->findChildren<QPushButton *>())
            QCOMPARE(b->focusPolicy(), Qt::NoFocus);
    }

    void showsTheIdentityMasked()
    {
        const CardIdentity card = m_counter.people().citizen(3);
        m_counter.readCard(card);
        QTRY_COMPARE(screen()->page(), CitizenScreen::Page::Identity);
        const QString text = onScreen<QLabel>(QStringLiteral("citizenIdentityText"))->text();
        QVERIFY(text.contains(NameMask::masked(card.name)));
        QVERIFY(text.contains(IdNumber::masked(card.idNumber)));
        QVERIFY(!text.contains(card.idNumber));
        QVERIFY(!text.contains(card.name));
        TestCounter::screenshot(screen(), QStringLiteral("citizen-identity.png"));
        QCOMPARE(rows("SELECT COUNT(*) FROM visits WHERE ended_at IS NULL"), 1);
    }

    void acceptWaitsForTheCitizen()
    {
        fillIntake();
        const int before = rows("SELECT COUNT(*) FROM cases");
        QTest::mouseClick(find<QPushButton>(QStringLiteral("acceptButton")), Qt::LeftButton);
        QTRY_COMPARE(screen()->page(), CitizenScreen::Page::Confirm);
        const QString summary = onScreen<QLabel>(QStringLiteral("citizenSummaryText"))->text();
        QVERIFY2(summary.contains(QStringLiteral("社会保障卡补换")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("费用：")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("承诺办结日期")), qPrintable(summary));
        QVERIFY(!onScreen<QLabel>(QStringLiteral("citizenSummaryTextEn"))->text().isEmpty());
        TestCounter::screenshot(screen(), QStringLiteral("citizen-confirm.png"));
        // Nothing is stored until the citizen confirms, whatever the clerk presses.
        clerkTriesToRate();
        QCOMPARE(rows("SELECT COUNT(*) FROM cases"), before);
        QCOMPARE(screen()->page(), CitizenScreen::Page::Confirm);

        // "Something is wrong": still nothing stored; the clerk is told.
        QTest::mouseClick(onScreen<QPushButton>(QStringLiteral("citizenDeclineButton")),
                          Qt::LeftButton);
        QCOMPARE(rows("SELECT COUNT(*) FROM cases"), before);
        QCOMPARE(counterPage(), QStringLiteral("intakePage"));

        QTest::mouseClick(find<QPushButton>(QStringLiteral("acceptButton")), Qt::LeftButton);
        QTRY_COMPARE(screen()->page(), CitizenScreen::Page::Confirm);
        QTest::mouseClick(onScreen<QPushButton>(QStringLiteral("citizenConfirmButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(rows("SELECT COUNT(*) FROM cases"), before + 1);
        QCOMPARE(rows("SELECT COUNT(*) FROM visits WHERE outcome = 'accepted'"), 1);
    }

    void theCitizenRates()
    {
        // The accepted visit ended: the screen asks, nothing chosen for the citizen.
        QTRY_COMPARE(screen()->page(), CitizenScreen::Page::Rating);
        TestCounter::screenshot(screen(), QStringLiteral("citizen-rating.png"));
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("receiptPreviewDialog"))
                w->close();
        clerkTriesToRate();
        QCOMPARE(rows("SELECT COUNT(*) FROM ratings"), 0);
        QCOMPARE(screen()->page(), CitizenScreen::Page::Rating);
        // The clerk's window has nothing to rate with.
        QVERIFY(m_counter.windowWidget()
                    ->findChildren<QPushButton *>(QStringLiteral("rate_satisfied"))
                    .isEmpty());

        QTest::mouseClick(onScreen<QPushButton>(QStringLiteral("rate_dissatisfied")),
                          Qt::LeftButton);
        QCOMPARE(screen()->page(), CitizenScreen::Page::Reasons);
        for (QCheckBox *box : screen()->findChildren<QCheckBox *>())
            QVERIFY(!box->isChecked());
        onScreen<QCheckBox>(QStringLiteral("reason_efficiency"))->setChecked(true);
        QTest::mouseClick(onScreen<QPushButton>(QStringLiteral("citizenSubmitRatingButton")),
                          Qt::LeftButton);
        QCOMPARE(screen()->page(), CitizenScreen::Page::Thanks);
        QCOMPARE(rows("SELECT COUNT(*) FROM ratings WHERE level = 'dissatisfied' AND channel ="
                      " 'counter' AND reasons = 'efficiency'"),
                 1);
        // A poor rating opens a follow-up for the supervisor.
        QCOMPARE(rows("SELECT COUNT(*) FROM follow_ups WHERE closed_at IS NULL"), 1);
    }

    void nextCitizenEndsTheVisit()
    {
        m_counter.readCard(m_counter.people().citizen(5));
        QTRY_COMPARE(screen()->page(), CitizenScreen::Page::Identity);
        m_counter.pressKey(Qt::Key_F12);
        QTRY_COMPARE(screen()->page(), CitizenScreen::Page::Rating);
        QCOMPARE(rows("SELECT COUNT(*) FROM visits WHERE outcome = 'next'"), 1);
        QCOMPARE(counterPage(), QStringLiteral("welcomePage"));
        // The citizen may decline: nothing is stored for them.
        QTest::mouseClick(onScreen<QPushButton>(QStringLiteral("citizenSkipRatingButton")),
                          Qt::LeftButton);
        QCOMPARE(screen()->page(), CitizenScreen::Page::Welcome);
        QCOMPARE(rows("SELECT COUNT(*) FROM ratings"), 1);
        // The same visit is not asked about again.
        m_counter.pressKey(Qt::Key_F12);
        QCOMPARE(screen()->page(), CitizenScreen::Page::Welcome);
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CitizenScreen)
#include "tst_CitizenScreen.moc"
