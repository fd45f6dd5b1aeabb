// The supervisor's and the administrator's rooms in the real window: accounts
// created, disabled and their one-time passwords shown once; the hall's lockout
// rule set there and shown plainly at the sign-in; the review queue with
// maker-checker, sending back only with a comment, its reviews after the fact
// in a list of their own beside the decisions waiting for confirmation.
#include "common/Clock.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "intake/IntakeService.h"
#include "models/ReviewModel.h"
#include "security/AuthService.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "templates/TemplateCatalogue.h"
#include "users/AccountDialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace OneWindow;

class tst_SupervisionWorkspaces : public QObject
{
    Q_OBJECT

    template <typename T> T *find(TestCounter &c, const QString &name) { return c.find<T>(name); }

    void showMode(TestCounter &c, const QString &id)
    {
        auto *mode = c.window()->findChild<QAction *>(QStringLiteral("mode_") + id);
        QVERIFY2(mode, qPrintable(id));
        mode->trigger();
    }

    static int rowOf(QTableWidget *table, const QString &login)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == login)
                return r;
        return -1;
    }

    // Fills the account dialog the button opens (it is modal) and confirms it.
    static void fillAccountDialog(const QString &login, const QString &name, const QString &roleKey,
                                  const QString &department)
    {
        QTimer::singleShot(0, [=] {
            auto *dialog = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                qWarning() << "no account dialog";
                return;
            }
            Test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("accountLogin")), login);
            Test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("accountName")), name);
            auto *role = dialog->findChild<QComboBox *>(QStringLiteral("accountRole"));
            role->setCurrentIndex(role->findData(roleKey));
            Test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("accountDepartment")),
                           department);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("accountOkButton")),
                              Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void accountsAreManagedInTheWindow();
    void lockoutIsShownPlainly();
    void trackerAddressIsTheAdministrators();
    void reviewWithMakerChecker();
};

void tst_SupervisionWorkspaces::accountsAreManagedInTheWindow()
{
    TestCounter c;
    QVERIFY2(c.start(), qPrintable(c.error()));
    QVERIFY2(c.signIn(QStringLiteral("admin01")), qPrintable(c.error()));
    c.openWindow();
    showMode(c, QStringLiteral("users"));
    auto *table = find<QTableWidget>(c, QStringLiteral("usersTable"));
    QVERIFY(rowOf(table, QStringLiteral("clerk01")) >= 0);

    fillAccountDialog(QStringLiteral("wj02"), QStringLiteral("卫健 孙悦"),
                      QStringLiteral("officer"), QStringLiteral("卫健"));
    QTest::mouseClick(find<QPushButton>(c, QStringLiteral("createAccountButton")), Qt::LeftButton);
    const QString shown = find<QLabel>(c, QStringLiteral("usersMessage"))->text();
    // The one-time password, shown once: "wj02 的一次性密码：XXXX（…）".
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("wj02 的一次性密码：(\\S+?)（")).match(shown);
    QVERIFY2(m.hasMatch(), qPrintable(shown));
    const QString oneTime = m.captured(1);
    QVERIFY(oneTime.size() >= 10);
    const int row = rowOf(table, QStringLiteral("wj02"));
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("部门审批"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("卫健"));
    QVERIFY(!table->item(row, 5)->text().isEmpty()); // one-time, to change
    TestCounter::screenshot(c.window(), QStringLiteral("users.png"));

    // It signs in, and must change the password first.
    auto first = c.services().auth().signIn(QStringLiteral("wj02"), oneTime, QStringLiteral("A01"));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().code));
    QVERIFY(first.value().mustChangePassword);
    QCOMPARE(first.value().department, QStringLiteral("卫健"));

    // Disabled in the window: it cannot sign in any more.
    table->selectRow(rowOf(table, QStringLiteral("wj02")));
    QTest::mouseClick(find<QPushButton>(c, QStringLiteral("toggleAccountButton")), Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("wj02")), 4)->text(),
             QStringLiteral("已停用"));
    QCOMPARE(c.services()
                 .auth()
                 .signIn(QStringLiteral("wj02"), oneTime, QStringLiteral("A01"))
                 .error()
                 .code,
             QStringLiteral("account-disabled"));

    // Nobody disables themselves.
    table->selectRow(rowOf(table, QStringLiteral("admin01")));
    QTest::mouseClick(find<QPushButton>(c, QStringLiteral("toggleAccountButton")), Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, QStringLiteral("admin01")), 4)->text(),
             QStringLiteral("启用"));
    QVERIFY(!find<QLabel>(c, QStringLiteral("usersMessage"))->text().isEmpty());

    QCOMPARE(
        c.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE user_name ="
                                   " 'admin01' AND action IN ('user-create', 'user-disable')")),
        2);
    c.closeWindow();
}

void tst_SupervisionWorkspaces::lockoutIsShownPlainly()
{
    TestCounter c;
    QVERIFY2(c.start(), qPrintable(c.error()));
    QVERIFY2(c.signIn(QStringLiteral("admin01")), qPrintable(c.error()));
    c.openWindow();
    showMode(c, QStringLiteral("users"));
    // The administrator makes the rule stricter: 3 failures, 20 minutes.
    find<QSpinBox>(c, QStringLiteral("maxFailuresSpin"))->setValue(3);
    find<QSpinBox>(c, QStringLiteral("lockoutMinutesSpin"))->setValue(20);
    QTest::mouseClick(find<QPushButton>(c, QStringLiteral("saveRulesButton")), Qt::LeftButton);
    QCOMPARE(find<QLabel>(c, QStringLiteral("usersMessage"))->text(),
             QStringLiteral("规则已保存。"));
    c.closeWindow();

    LoginDialog login(c.services());
    login.show();
    auto *user = login.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *error = login.findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto attempt = [&](const QString &secret) {
        user->clear();
        password->clear();
        Test::typeText(user, QStringLiteral("clerk01"));
        Test::typeText(password, secret);
        QTest::keyClick(password, Qt::Key_Return);
        return error->text();
    };
    QCOMPARE(attempt(QStringLiteral("wrong-password-1")), QStringLiteral("用户名或密码不正确。"));
    QCOMPARE(attempt(QStringLiteral("wrong-password-2")), QStringLiteral("用户名或密码不正确。"));
    const QString locked = attempt(QStringLiteral("wrong-password-3"));
    // Locked until the clock's time plus 20 minutes, said in plain words.
    const QString until =
        c.services().clock().now().addSecs(20 * 60).toLocalTime().toString(QStringLiteral("HH:mm"));
    QVERIFY2(locked.contains(QStringLiteral("已锁定")) && locked.contains(until),
             qPrintable(locked + QStringLiteral(" / ") + until));
    // Even the right password waits for the lock to end.
    QCOMPARE(attempt(QStringLiteral("Clerk-2026")), locked);
    QVERIFY(login.result() != QDialog::Accepted);
    QCOMPARE(c.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'account-locked' AND user_name = 'clerk01'")),
             1);
}

// The address receipts' QR codes point at: set in the hall's rules, checked,
// stored for every counter, shown again.
void tst_SupervisionWorkspaces::trackerAddressIsTheAdministrators()
{
    TestCounter c;
    QVERIFY2(c.start(), qPrintable(c.error()));
    QVERIFY2(c.signIn(QStringLiteral("admin01")), qPrintable(c.error()));
    c.openWindow();
    showMode(c, QStringLiteral("users"));
    auto *edit = find<QLineEdit>(c, QStringLiteral("trackerBaseUrlEdit"));
    auto *save = find<QPushButton>(c, QStringLiteral("saveTrackerUrlButton"));
    QVERIFY(edit->text().isEmpty());
    edit->clear();
    Test::typeText(edit, QStringLiteral("ftp://nowhere"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(find<QLabel>(c, QStringLiteral("usersMessage"))->text(),
             QStringLiteral("设置值超出允许范围。"));
    QCOMPARE(c.services().trackerBaseUrl().value(), QString());
    edit->clear();
    Test::typeText(edit, QStringLiteral("https://track.example.gov.cn/"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(find<QLabel>(c, QStringLiteral("usersMessage"))->text(),
             QStringLiteral("地址已保存，此后打印的回执二维码指向该地址。"));
    QCOMPARE(edit->text(), QStringLiteral("https://track.example.gov.cn"));
    QCOMPARE(c.services().trackerBaseUrl().value(), QStringLiteral("https://track.example.gov.cn"));
    QCOMPARE(c.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'settings-change' AND detail LIKE 'tracker.base-url=%'")),
             1);
    c.closeWindow();
}

void tst_SupervisionWorkspaces::reviewWithMakerChecker()
{
    TestCounter c;
    QVERIFY2(c.start(), qPrintable(c.error()));
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const FormTemplate *newborn = catalogue.find(QStringLiteral("newborn"));
    const QDate today = c.services().clock().today();
    // The clerk accepts a manual entry, with the reason; the supervisor accepts a
    // case of their own with a validation override.
    QVERIFY2(c.signIn(QStringLiteral("clerk01")), qPrintable(c.error()));
    IntakeRequest manual =
        Test::readAtCounter(Test::newbornRequest(newborn, today, 30, 31), c.services().database(),
                            c.session(), c.services().clock().now(), IdentitySource::Manual);
    manual.materialsReceived << QStringLiteral("applicant-id-card");
    manual.overrideReason = QStringLiteral("读卡器故障，已核对户口簿");
    QVERIFY(c.services().intake().accept(manual, c.session()).ok());
    QVERIFY2(c.signIn(QStringLiteral("super01")), qPrintable(c.error()));
    IntakeRequest own =
        Test::readAtCounter(Test::newbornRequest(newborn, today, 32, 33), c.services().database(),
                            c.session(), c.services().clock().now());
    own.overrideReason = QStringLiteral("出生日期已与医院电话核实");
    QVERIFY(c.services().intake().accept(own, c.session()).ok());

    c.openWindow(); // a supervisor lands in the review queue
    QTRY_VERIFY(c.window()->findChild<QWidget *>(QStringLiteral("reviewWorkspace"))->isVisible());
    auto *view = find<QTableView>(c, QStringLiteral("reviewView"));
    auto rowWith = [&](const QString &reason) {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            for (int col = 0; col < view->model()->columnCount(); ++col)
                if (view->model()->index(r, col).data().toString().contains(reason))
                    return r;
        return -1;
    };

    // Reviews after the fact have their own list beside the decisions waiting.
    auto *scope = find<QTabBar>(c, QStringLiteral("reviewScope"));
    QCOMPARE(scope->currentIndex(), 0);
    QVERIFY(rowWith(QStringLiteral("读卡器故障")) < 0);
    QTest::mouseClick(scope, Qt::LeftButton, {}, scope->tabRect(1).center());
    QCOMPARE(scope->currentIndex(), 1);
    const int clerkRow = rowWith(QStringLiteral("读卡器故障"));
    const int ownRow = rowWith(QStringLiteral("出生日期已与医院电话核实"));
    QVERIFY(clerkRow >= 0 && ownRow >= 0);
    QCOMPARE(find<QPushButton>(c, QStringLiteral("reviewApproveButton"))->text(),
             QStringLiteral("通过"));

    TestCounter::screenshot(c.window(), QStringLiteral("review.png"));
    // On the counter's 1366 px screen the list shows whole case numbers.
    QCOMPARE(c.window()->width(), 1366);
    QTRY_VERIFY(view->columnViewportPosition(ReviewModel::Subject) +
                    view->columnWidth(ReviewModel::Subject) <=
                view->viewport()->width());
    // Every kind of item can be chosen alone, the newest ones too.
    auto *kinds = find<QComboBox>(c, QStringLiteral("reviewKind"));
    for (const char *kind : {"fee-waiver", "non-acceptance", "override", "sample"})
        QVERIFY2(kinds->findData(QLatin1String(kind)) >= 0, kind);
    // Their own case: no decision, and why.
    view->selectRow(ownRow);
    QVERIFY(!find<QPushButton>(c, QStringLiteral("reviewApproveButton"))->isEnabled());
    QVERIFY(!find<QLabel>(c, QStringLiteral("reviewWhy"))->text().isEmpty());

    // The clerk's manual entry: sending back needs a comment.
    view->selectRow(rowWith(QStringLiteral("读卡器故障")));
    auto *returnButton = find<QPushButton>(c, QStringLiteral("reviewReturnButton"));
    QVERIFY(returnButton->isEnabled());
    QTest::mouseClick(returnButton, Qt::LeftButton);
    QCOMPARE(find<QLabel>(c, QStringLiteral("reviewWhy"))->text(),
             QStringLiteral("退回时请填写意见。"));
    QVERIFY(rowWith(QStringLiteral("读卡器故障")) >= 0);
    Test::typeText(find<QPlainTextEdit>(c, QStringLiteral("reviewComment")),
                   QStringLiteral("请补拍户口簿首页"));
    QTest::mouseClick(returnButton, Qt::LeftButton);
    QCOMPARE(rowWith(QStringLiteral("读卡器故障")), -1); // decided: out of the open queue
    QCOMPARE(
        c.countRows(QStringLiteral("SELECT COUNT(*) FROM review_items WHERE state ="
                                   " 'returned' AND reviewer_name IS NOT NULL AND comment = ?"),
                    {QStringLiteral("请补拍户口簿首页")}),
        1);
    c.closeWindow();
}

QTEST_MAIN(tst_SupervisionWorkspaces)
#include "tst_SupervisionWorkspaces.moc"
