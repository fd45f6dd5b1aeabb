// A new hall's first start, driven as an administrator would: typing into the
// wizard's fields, pressing Next, reading what each page says.
#include "common/FixedClock.h"
#include "common/Localization.h"
#include "common/UserMessages.h"
#include "helpers/WidgetTyping.h"
#include "identity/CardReader.h"
#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "services/AppServices.h"
#include "services/HallSetup.h"
#include "setup/FirstStartWizard.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 0));

int count(AppServices &s, const QString &table)
{
    auto v = s.database().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return v ? v.value().toInt() : -1;
}

} // namespace

class tst_FirstStartWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;

    bool startServices()
    {
        m_services = std::make_unique<AppServices>();
        AppServices::Options options;
        options.databaseUrl =
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("new.sqlite"));
        options.fastPasswordHashes = true;
        return m_services->start(options, std::make_unique<FixedClock>(kNow), nullptr).ok();
    }

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning() << "no widget" << name;
        return found;
    }

    static void type(QWidget *w, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(w, name);
        edit->clear();
        Test::typeText(edit, text);
    }

    static void press(QWizard &w, const char *button)
    {
        QTest::mouseClick(child<QAbstractButton>(&w, button), Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(Localization::apply(QStringLiteral("zh")));
        QVERIFY(startServices());
        QFile::remove(m_dir.filePath(QStringLiteral("hall.key")));
        QFile::remove(m_dir.filePath(QStringLiteral("existing.key")));
    }
    void cleanup()
    {
        m_services.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("new.sqlite")));
    }

    void walksTheAdministratorThrough();
    void existingKeyFile();
    void cancelLeavesNothing();
    void retranslatesLive();
};

void tst_FirstStartWizard::walksTheAdministratorThrough()
{
    QVERIFY(m_services->needsFirstStart().value());
    FirstStartWizard::Defaults defaults;
    defaults.keyFile = m_dir.filePath(QStringLiteral("hall.key"));
    FirstStartWizard wizard(*m_services, defaults);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // The hall: a code with a blank is refused on its page.
    type(&wizard, "hallCodeEdit", QStringLiteral("51 0104"));
    type(&wizard, "hallNameEdit", QStringLiteral("锦江区政务服务中心"));
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::HallPage));
    QCOMPARE(child<QLabel>(&wizard, "hallProblem")->text(),
             UserMessages::error(Error{QStringLiteral("hall-code"), {}}));
    type(&wizard, "hallCodeEdit", QStringLiteral("510104"));
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdminPage));

    // The administrator: the core's password rule, then the repeat.
    type(&wizard, "adminLoginEdit", QStringLiteral("hall.admin"));
    type(&wizard, "adminNameEdit", QStringLiteral("管理员 周洁"));
    type(&wizard, "passwordEdit", QStringLiteral("Short-1"));
    type(&wizard, "passwordAgainEdit", QStringLiteral("Short-1"));
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdminPage));
    QCOMPARE(
        child<QLabel>(&wizard, "adminProblem")->text(),
        UserMessages::error(Error{QStringLiteral("password-too-short"), QStringLiteral("10")}));
    type(&wizard, "passwordEdit", QStringLiteral("Jinjiang-Admin-1"));
    type(&wizard, "passwordAgainEdit", QStringLiteral("Jinjiang-Admin-2"));
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdminPage));
    QCOMPARE(child<QLabel>(&wizard, "adminProblem")->text(),
             UserMessages::error(Error{QStringLiteral("password-mismatch"), {}}));
    type(&wizard, "passwordAgainEdit", QStringLiteral("Jinjiang-Admin-1"));
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::KeyPage));

    // The key: a new one, into the file offered.
    QVERIFY(child<QRadioButton>(&wizard, "generateKeyRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(&wizard, "keyFileEdit")->text(), defaults.keyFile);
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::TemplatesPage));

    // The matters: every shipped template offered, one left out.
    auto *list = child<QListWidget>(&wizard, "templateList");
    QCOMPARE(list->count(), int(m_services->catalogue().templates().size()));
    const QString leftOut = list->item(0)->data(Qt::UserRole).toString();
    list->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(count(*m_services, QStringLiteral("users")), 0); // nothing stored before the commit
    press(wizard, "commitButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::DonePage));
    const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
    QVERIFY2(summary.contains(defaults.keyFile), qPrintable(summary));
    QVERIFY(summary.contains(wizard.outcome().keyFingerprint));
    press(wizard, "finishButton");
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    // What the hall now is.
    QCOMPARE(count(*m_services, QStringLiteral("users")), 1);
    QCOMPARE(count(*m_services, QStringLiteral("persons")), 0);
    QCOMPARE(count(*m_services, QStringLiteral("cases")), 0);
    // As the next start does: the services on the hall's key, which sealed the audit trail.
    AuditLog keyed(m_services->database(), m_services->clock(), wizard.outcome().key);
    auto admin = AuthService(m_services->database(), keyed).signIn(
        QStringLiteral("hall.admin"), QStringLiteral("Jinjiang-Admin-1"), QStringLiteral("A01"));
    QVERIFY(admin.ok());
    QCOMPARE(admin.value().role, Role::Administrator);
    auto hall = HallSetup::load(m_services->database(), QStringLiteral("510104"));
    QCOMPARE(hall.value().name, QStringLiteral("锦江区政务服务中心"));
    QVERIFY(!hall.value().templateIds.contains(leftOut));
    QCOMPARE(hall.value().templateIds.size(), list->count() - 1);
    auto key = HallKey::fromFile(defaults.keyFile);
    QVERIFY(key.ok());
    QCOMPARE(key.value(), wizard.outcome().key);
    QCOMPARE(hall.value().keyFingerprint, HallKey::fingerprint(key.value()));
    QVERIFY(wizard.request().adminPassword.isEmpty()); // not kept
}

void tst_FirstStartWizard::existingKeyFile()
{
    const QString keyFile = m_dir.filePath(QStringLiteral("existing.key"));
    const QByteArray key = HallKey::generate();
    QVERIFY(HallKey::writeFile(keyFile, key, QString()).ok());
    FirstStartWizard::Defaults defaults;
    defaults.hallCode = QStringLiteral("HALL2");
    defaults.hallName = QStringLiteral("二号大厅");
    defaults.hallLocked = true; // from the provisioning file
    defaults.keyFile = keyFile;
    FirstStartWizard wizard(*m_services, defaults);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(child<QLineEdit>(&wizard, "hallCodeEdit")->isReadOnly());
    press(wizard, "nextButton");
    type(&wizard, "adminLoginEdit", QStringLiteral("root2"));
    type(&wizard, "passwordEdit", QStringLiteral("Second-Hall-Admin"));
    type(&wizard, "passwordAgainEdit", QStringLiteral("Second-Hall-Admin"));
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::KeyPage));
    // The file exists: the wizard offers to use it, and a new key would be refused.
    QVERIFY(child<QRadioButton>(&wizard, "existingKeyRadio")->isChecked());
    child<QRadioButton>(&wizard, "generateKeyRadio")->setChecked(true);
    press(wizard, "nextButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::KeyPage));
    QVERIFY(!child<QLabel>(&wizard, "keyProblem")->text().isEmpty());
    child<QRadioButton>(&wizard, "existingKeyRadio")->setChecked(true);
    press(wizard, "nextButton");
    press(wizard, "commitButton");
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::DonePage));
    QCOMPARE(wizard.outcome().key, key);
    QVERIFY(!wizard.outcome().keyGenerated);
    QCOMPARE(HallKey::fromFile(keyFile).value(), key);
    // Every matter chosen: the hall offers whatever ships.
    QVERIFY(HallSetup::load(m_services->database(), QStringLiteral("HALL2"))
                .value()
                .templateIds.isEmpty());
}

void tst_FirstStartWizard::cancelLeavesNothing()
{
    FirstStartWizard::Defaults defaults;
    defaults.keyFile = m_dir.filePath(QStringLiteral("hall.key"));
    FirstStartWizard wizard(*m_services, defaults);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    type(&wizard, "hallCodeEdit", QStringLiteral("510104"));
    type(&wizard, "hallNameEdit", QStringLiteral("锦江区"));
    press(wizard, "nextButton");
    press(wizard, "cancelButton");
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QCOMPARE(count(*m_services, QStringLiteral("users")), 0);
    QCOMPARE(count(*m_services, QStringLiteral("halls")), 0);
    QVERIFY(!QFileInfo::exists(defaults.keyFile));
    QVERIFY(m_services->needsFirstStart().value());
}

// Switching the language while the wizard is open redraws its words.
void tst_FirstStartWizard::retranslatesLive()
{
    FirstStartWizard::Defaults defaults;
    defaults.keyFile = m_dir.filePath(QStringLiteral("hall.key"));
    FirstStartWizard wizard(*m_services, defaults);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("大厅"));
    QVERIFY(Localization::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    const QString english = QCoreApplication::translate("OneWindow::FirstStartWizard", "大厅");
    QVERIFY2(english != QStringLiteral("大厅"), "the English translation is loaded");
    QCOMPARE(wizard.currentPage()->title(), english);
    QCOMPARE(child<QLabel>(&wizard, "hallCodeLabel")->text(),
             QCoreApplication::translate("OneWindow::FirstStartWizard", "大厅代码(&H)"));
    QVERIFY(Localization::apply(QStringLiteral("zh")));
    QCoreApplication::processEvents();
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("大厅"));
}

QTEST_MAIN(tst_FirstStartWizard)
#include "tst_FirstStartWizard.moc"
