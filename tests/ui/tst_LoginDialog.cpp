// The sign-in and lock screens in the real window, on both backends: what the
// core writes to the audit trail when the same user unlocks, when another user
// takes over a locked counter (the locked one is signed out), when the window
// closes, and when a one-time password is not replaced.
#include "helpers/TestCounter.h"
#include "helpers/TestDatabase.h"
#include "security/UserRepository.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace OneWindow;

namespace {

// Who signed in, out, locked or unlocked since the start, in order: "user
// action[ detail]" (the reads the workspaces do meanwhile are left out).
QStringList trail(Database &db)
{
    QStringList list;
    auto q = db.run(QStringLiteral("SELECT user_name, action, detail FROM audit_events"
                                   " WHERE action IN ('sign-in', 'sign-in-failed', 'sign-out',"
                                   " 'lock', 'unlock', 'account-locked', 'sign-in-locked')"
                                   " ORDER BY id"));
    while (q && q.value().next()) {
        QString line =
            q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(1).toString();
        if (!q.value().value(2).toString().isEmpty())
            line += QLatin1Char(' ') + q.value().value(2).toString();
        list << line;
    }
    return list;
}

void ensureAccount(TestCounter &counter, const QString &name, const QString &password, Role role,
                   bool oneTime = false)
{
    UserRepository users(counter.ownerDatabase());
    if (users.findByUsername(name)->id != 0)
        return;
    UserAccount a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    a.mustChangePassword = oneTime;
    QVERIFY(users.create(a, password, true).ok());
}

LoginDialog *visibleLock(MainWindow *window)
{
    LoginDialog *lock = nullptr;
    (void)QTest::qWaitFor([&] {
        for (LoginDialog *d : window->findChildren<LoginDialog *>(QStringLiteral("lockDialog")))
            if (d->isVisible())
                lock = d;
        return lock != nullptr;
    });
    return lock;
}

void signInAt(QDialog *dialog, const QString &name, const QString &password)
{
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    user->clear();
    QTest::keyClicks(user, name);
    auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    pass->clear();
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}

} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockUnlockAndChangeOfUser_data() { TestDatabase::addBackendRows(); }
    void lockUnlockAndChangeOfUser();
    void oneTimePasswordNotReplacedSignsOut_data() { TestDatabase::addBackendRows(); }
    void oneTimePasswordNotReplacedSignsOut();
};

void tst_LoginDialog::lockUnlockAndChangeOfUser()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestCounter counter;
    TestCounter::Setup setup;
    setup.backend = backend;
    QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
    QVERIFY2(counter.signIn(QStringLiteral("clerk01")), qPrintable(counter.error()));
    ensureAccount(counter, QStringLiteral("super01"), QStringLiteral("Super-2026"),
                  Role::Supervisor);
    Database &db = counter.services().database();
    const int before = trail(db).size();
    MainWindow *window = counter.openWindow();

    // Another user takes over the locked counter: the clerk is signed out first.
    window->lock();
    LoginDialog *lock = visibleLock(window);
    QVERIFY(lock);
    signInAt(lock, QStringLiteral("super01"), QStringLiteral("wrong-password"));
    signInAt(lock, QStringLiteral("super01"), QStringLiteral("Super-2026"));
    QTRY_VERIFY(window->centralWidget()->isVisible());
    // The same user comes back: an unlock, nothing more.
    window->lock();
    lock = visibleLock(window);
    QVERIFY(lock);
    signInAt(lock, QStringLiteral("super01"), QStringLiteral("Super-2026"));
    QTRY_VERIFY(window->centralWidget()->isVisible());
    window->close(); // leaving: the last user signs out

    QCOMPARE(
        trail(db).mid(before),
        (QStringList{"clerk01 lock", "super01 sign-in-failed", "clerk01 sign-out user-change",
                     "super01 sign-in", "super01 lock", "super01 unlock", "super01 sign-out"}));
}

void tst_LoginDialog::oneTimePasswordNotReplacedSignsOut()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestCounter counter;
    TestCounter::Setup setup;
    setup.backend = backend;
    QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
    ensureAccount(counter, QStringLiteral("clerk09"), QStringLiteral("one-time-pass-9"),
                  Role::Clerk, true);
    Database &db = counter.services().database();
    const int before = trail(db).size();
    LoginDialog login(counter.services());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    // The new password is asked for at once; closing that dialog signs the user out.
    bool asked = false;
    QTimer::singleShot(0, &login, [&] {
        (void)QTest::qWaitFor([&] {
            auto *change = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!change || change->objectName() != QLatin1String("changePasswordDialog"))
                return false;
            asked = true;
            change->reject();
            return true;
        });
    });
    signInAt(&login, QStringLiteral("clerk09"), QStringLiteral("one-time-pass-9"));
    QVERIFY(asked);
    QVERIFY(login.result() != QDialog::Accepted);
    QCOMPARE(login.session().userId, qint64(0));
    QVERIFY(login.findChild<QLabel *>(QStringLiteral("errorLabel"))
                ->text()
                .contains(QStringLiteral("新密码")));
    QCOMPARE(trail(db).mid(before),
             (QStringList{"clerk09 sign-in one-time password", "clerk09 sign-out"}));
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_LoginDialog.moc"
