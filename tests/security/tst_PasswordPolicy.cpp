#include "security/PasswordPolicy.h"

#include <QTest>

using namespace OneWindow;

class tst_PasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void tst_PasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("code"); // "" when accepted

    QTest::newRow("ten characters") << "Hall-Admin"
                                    << "root"
                                    << "";
    QTest::newRow("nine characters") << "Hall-Admi"
                                     << "root"
                                     << "password-too-short";
    QTest::newRow("empty") << ""
                           << "root"
                           << "password-too-short";
    // Characters, not UTF-16 units or bytes: ten Chinese characters pass, nine do not.
    QTest::newRow("ten chinese") << "窗口一号管理员的密码"
                                 << "root"
                                 << "";
    QTest::newRow("nine chinese") << "窗口一号管理员密码"
                                  << "root"
                                  << "password-too-short";
    // Five characters outside the BMP are ten UTF-16 units but five characters.
    QTest::newRow("five astral") << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F"
                                                      "\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80")
                                 << "root"
                                 << "password-too-short";
    QTest::newRow("login inside") << "hall-admin-2026"
                                  << "Admin"
                                  << "password-is-login";
    QTest::newRow("login is the password") << "hallmaster1"
                                           << "hallmaster1"
                                           << "password-is-login";
    QTest::newRow("one character") << "aaaaaaaaaaaa"
                                   << "root"
                                   << "password-one-character";
    QTest::newRow("no login given") << "Counter-Key-7"
                                    << ""
                                    << "";
    QTest::newRow("demo clerk") << "Clerk-2026"
                                << "clerk01"
                                << "";
}

void tst_PasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(QString, username);
    QFETCH(QString, code);
    const Status s = PasswordPolicy::check(password, username);
    QCOMPARE(s.ok(), code.isEmpty());
    if (!code.isEmpty())
        QCOMPARE(s.error().code, code);
}

QTEST_GUILESS_MAIN(tst_PasswordPolicy)
#include "tst_PasswordPolicy.moc"
