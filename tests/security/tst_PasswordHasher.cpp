#include "security/PasswordHasher.h"

#include <QTest>

using namespace OneWindow;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data();
    void verify();
    void salted_data();
    void salted();
    void encodedIsArgon2id_data();
    void encodedIsArgon2id();
    void brokenHashesNeverVerify_data();
    void brokenHashesNeverVerify();
};

void tst_PasswordHasher::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("fast");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("right, fast") << "Clerk-2026"
                                 << "Clerk-2026" << true << true;
    QTest::newRow("right, interactive") << "Clerk-2026"
                                        << "Clerk-2026" << false << true;
    QTest::newRow("wrong, fast") << "Clerk-2026"
                                 << "Clerk-2027" << true << false;
    QTest::newRow("wrong, interactive") << "Clerk-2026"
                                        << "clerk-2026" << false << false;
    QTest::newRow("empty attempt") << "Clerk-2026"
                                   << "" << true << false;
    QTest::newRow("trailing blank matters") << "Clerk-2026"
                                            << "Clerk-2026 " << true << false;
    QTest::newRow("chinese") << "窗口一密码"
                             << "窗口一密码" << true << true;
    QTest::newRow("chinese, one character off") << "窗口一密码"
                                                << "窗口二密码" << true << false;
    QTest::newRow("prefix only") << "LongPassphrase!"
                                 << "LongPass" << true << false;
}

void tst_PasswordHasher::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, fast);
    QFETCH(bool, accepted);

    const QString encoded = PasswordHasher::hash(password, fast);
    QVERIFY(!encoded.isEmpty());
    QVERIFY(!encoded.contains(password));
    QCOMPARE(PasswordHasher::verify(attempt, encoded), accepted);
    QVERIFY(PasswordHasher::verify(password, encoded));
}

void tst_PasswordHasher::salted_data()
{
    QTest::addColumn<bool>("fast");
    QTest::newRow("fast") << true;
    QTest::newRow("interactive") << false;
}

void tst_PasswordHasher::salted()
{
    QFETCH(bool, fast);
    const QString a = PasswordHasher::hash(QStringLiteral("same-password"), fast);
    const QString b = PasswordHasher::hash(QStringLiteral("same-password"), fast);
    QVERIFY(!a.isEmpty());
    QVERIFY(a != b); // a random salt per hash
    QVERIFY(PasswordHasher::verify(QStringLiteral("same-password"), a));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same-password"), b));
}

void tst_PasswordHasher::encodedIsArgon2id_data()
{
    QTest::addColumn<bool>("fast");
    QTest::addColumn<int>("minimumMemoryKiB");
    // libsodium: MEMLIMIT_MIN is 8 KiB, MEMLIMIT_INTERACTIVE is 64 MiB.
    QTest::newRow("fast") << true << 8;
    QTest::newRow("interactive") << false << 65536;
}

void tst_PasswordHasher::encodedIsArgon2id()
{
    QFETCH(bool, fast);
    QFETCH(int, minimumMemoryKiB);

    const QString encoded = PasswordHasher::hash(QStringLiteral("x"), fast);
    // PHC string format: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>
    QVERIFY2(encoded.startsWith(QLatin1String("$argon2id$v=19$m=")), qPrintable(encoded));
    const QStringList parts = encoded.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 6);
    const QString params = parts.at(3);
    const QString memory = params.section(QLatin1Char(','), 0, 0).mid(2);
    bool ok = false;
    QVERIFY(memory.toInt(&ok) >= minimumMemoryKiB);
    QVERIFY(ok);
}

void tst_PasswordHasher::brokenHashesNeverVerify_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << "";
    QTest::newRow("plain text stored") << "Clerk-2026";
    QTest::newRow("other algorithm")
        << "$2y$10$abcdefghijklmnopqrstuuJq2VqsFQm9b7xjzx3Y2K5o5TW4v1yBe";
    QTest::newRow("truncated") << "$argon2id$v=19$m=8,t=1,p=1$";
}

void tst_PasswordHasher::brokenHashesNeverVerify()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("Clerk-2026"), encoded));
    QVERIFY(!PasswordHasher::verify(QString(), encoded));
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_PasswordHasher.moc"
