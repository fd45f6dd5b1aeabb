#include "services/CounterSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

class tst_CounterSettings : public QObject
{
    Q_OBJECT

private:
    static Session as(Role role)
    {
        Session s;
        s.userId = 7; // signed in
        s.role = role;
        s.username = QStringLiteral("someone");
        return s;
    }

private Q_SLOTS:
    void roundTripForAdministrators()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        CounterSettings s;
        s.databaseUrl = QStringLiteral("postgresql://clerk@db.hall.local:5432/onewindow");
        s.hallCode = QStringLiteral("510104");
        s.hallName = QStringLiteral("锦江区政务服务中心");
        s.counterCode = QStringLiteral("B07");
        s.readerPort = QStringLiteral("/dev/ttyUSB0");
        s.hallKeyHex = QStringLiteral("00112233445566778899aabbccddeeff");
        s.idleLockMinutes = 3;
        s.paper.set(DocumentKind::Acceptance, PaperLayout::Thermal80);
        s.paper.set(DocumentKind::Refusal, PaperLayout::A5);
        QVERIFY(s.save(store, as(Role::Administrator)).ok());

        QSettings again(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        const CounterSettings loaded = CounterSettings::load(again);
        QCOMPARE(loaded.databaseUrl, s.databaseUrl);
        QCOMPARE(loaded.hallCode, s.hallCode);
        QCOMPARE(loaded.hallName, s.hallName);
        QCOMPARE(loaded.counterCode, s.counterCode);
        QCOMPARE(loaded.readerPort, s.readerPort);
        QCOMPARE(loaded.hallKeyHex, s.hallKeyHex);
        QCOMPARE(loaded.idleLockMinutes, 3);
        QCOMPARE(loaded.paper.layoutFor(DocumentKind::Acceptance), PaperLayout::Thermal80);
        QCOMPARE(loaded.paper.layoutFor(DocumentKind::Refusal), PaperLayout::A5);
        QCOMPARE(loaded.paper.layoutFor(DocumentKind::Handover), PaperLayout::A4);
        QVERIFY(loaded.paper == s.paper);
    }

    // A kind never set, or set to something this version does not know, prints on A4.
    void paperDefaultsToA4()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        store.setValue(PaperChoices::settingsKey(DocumentKind::Completion), QStringLiteral("a3"));
        store.setValue(PaperChoices::settingsKey(DocumentKind::Materials), QStringLiteral("a5"));
        const PaperChoices loaded = CounterSettings::load(store).paper;
        QCOMPARE(loaded.layoutFor(DocumentKind::Completion), PaperLayout::A4);
        QCOMPARE(loaded.layoutFor(DocumentKind::Materials), PaperLayout::A5);
        QCOMPARE(PaperChoices::settingsKey(DocumentKind::NonAcceptance),
                 QStringLiteral("documents/layout/non-acceptance"));
    }

    void othersMayNotChangeIt_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("clerk") << int(Role::Clerk);
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("officer") << int(Role::Officer);
    }

    void othersMayNotChangeIt()
    {
        QFETCH(int, role);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        CounterSettings s;
        s.counterCode = QStringLiteral("Z9");
        const Status saved = s.save(store, as(Role(role)));
        QCOMPARE(saved.error().code, QStringLiteral("forbidden"));
        QVERIFY(!store.contains(QStringLiteral("counter/code")));
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("password in url") << "db"
                                         << "postgresql://u:secret@h/db"
                                         << "db-url";
        QTest::newRow("not a url") << "db"
                                   << "mysql://h/db"
                                   << "db-url";
        QTest::newRow("hall code") << "hall"
                                   << "51 01"
                                   << "hall-code";
        QTest::newRow("counter code") << "counter"
                                      << ""
                                      << "counter-code";
        QTest::newRow("short key") << "key"
                                   << "abcd"
                                   << "hall-key";
        QTest::newRow("not hex") << "key"
                                 << "zz112233445566778899aabbccddeeff"
                                 << "hall-key";
    }

    void badValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        CounterSettings s;
        QVERIFY(s.problem().isEmpty());
        if (field == QLatin1String("db"))
            s.databaseUrl = value;
        else if (field == QLatin1String("hall"))
            s.hallCode = value;
        else if (field == QLatin1String("counter"))
            s.counterCode = value;
        else
            s.hallKeyHex = value;
        QCOMPARE(s.problem(), code);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        QCOMPARE(s.save(store, as(Role::Administrator)).error().code, code);
    }
};

QTEST_GUILESS_MAIN(tst_CounterSettings)
#include "tst_CounterSettings.moc"
