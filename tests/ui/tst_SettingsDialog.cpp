// The counter's settings dialog: what the provisioning file sets is shown,
// locked, with its line; saving keeps the file deciding; anyone may choose the
// interface language.
#include "common/FixedClock.h"
#include "common/Localization.h"
#include "helpers/TestDatabase.h"
#include "security/AuditLog.h"
#include "services/CounterSettings.h"
#include "services/ProvisioningFile.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

ProvisioningFile fixture(const char *name)
{
    return ProvisioningFile::load(QStringLiteral(OW_TEST_DATA_DIR "/provisioning/") +
                                  QLatin1String(name));
}

// The hall's trail the core records each change on.
struct Trail
{
    TestDatabase t{QStringLiteral("sqlite")};
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    AuditLog audit{t.db(), clock};
};

Session as(Role role)
{
    Session s;
    s.userId = 1;
    s.role = role;
    s.username = QStringLiteral("someone");
    return s;
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QLatin1String(name));
    }
    static void save(SettingsDialog &d)
    {
        QTest::mouseClick(child<QDialogButtonBox>(&d, "buttonBox")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Localization::apply(QStringLiteral("zh"))); }
    void everyProvisionedValueIsLocked_data();
    void everyProvisionedValueIsLocked();
    void saveKeepsTheFileDeciding();
    void othersChooseOnlyTheLanguage();
};

void tst_SettingsDialog::everyProvisionedValueIsLocked_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("key");
    QTest::newRow("database") << "databaseEdit"
                              << "database";
    QTest::newRow("hall code") << "hallCodeEdit"
                               << "hall.code";
    QTest::newRow("hall name") << "hallNameEdit"
                               << "hall.name";
    QTest::newRow("counter") << "counterEdit"
                             << "counter";
    QTest::newRow("reader") << "readerCombo"
                            << "reader";
    QTest::newRow("key file") << "hallKeyFileEdit"
                              << "hall.key-file";
    QTest::newRow("receipt printer") << "receiptPrinterCombo"
                                     << "printer.receipt";
    QTest::newRow("notice printer") << "notificationPrinterCombo"
                                    << "printer.notification";
    QTest::newRow("language") << "languageCombo"
                              << "language";
    QTest::newRow("idle lock") << "idleSpin"
                               << "idle-lock";
}

void tst_SettingsDialog::everyProvisionedValueIsLocked()
{
    QFETCH(QString, widget);
    QFETCH(QString, key);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    const ProvisioningFile file = fixture("good.conf");
    QVERIFY(file.ok());
    Trail trail;
    SettingsDialog dialog(store, as(Role::Administrator), file, trail.audit);
    auto *w = dialog.findChild<QWidget *>(widget);
    QVERIFY(w);
    QVERIFY(!w->isEnabled());
    QVERIFY2(w->toolTip().contains(file.fileName()), qPrintable(w->toolTip()));
    QVERIFY2(w->toolTip().contains(QString::number(file.lineOf(key))), qPrintable(w->toolTip()));
    // The value shown is the file's.
    QString shown;
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        shown = edit->text();
    else if (auto *spin = qobject_cast<QSpinBox *>(w))
        shown = QString::number(spin->value());
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        // A listed choice shows its words and keeps the value as data; an
        // editable combo shows a value it does not list as typed text.
        shown = combo->currentText() == combo->itemText(combo->currentIndex())
                    ? combo->currentData().toString()
                    : combo->currentText();
    QCOMPARE(shown, file.value(key));
    QVERIFY(child<QLabel>(&dialog, "provisioningLabel")->text().contains(file.fileName()));
}

void tst_SettingsDialog::saveKeepsTheFileDeciding()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    const ProvisioningFile file = fixture("partial.conf");
    Trail trail;
    SettingsDialog dialog(store, as(Role::Administrator), file, trail.audit);
    dialog.show();
    QVERIFY(!child<QLineEdit>(&dialog, "hallCodeEdit")->isEnabled());
    auto *counter = child<QLineEdit>(&dialog, "counterEdit");
    QVERIFY(counter->isEnabled());
    counter->clear();
    QTest::keyClicks(counter, QStringLiteral("D04"));
    save(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.changedMoreThanLanguage());
    QCOMPARE(store.value(QStringLiteral("counter/code")).toString(), QStringLiteral("D04"));
    QVERIFY(!store.contains(QStringLiteral("hall/code")));
    QVERIFY(!store.contains(QStringLiteral("database/url")));
    QCOMPARE(CounterSettings::load(store, file).hallCode, QStringLiteral("HALL2"));
}

void tst_SettingsDialog::othersChooseOnlyTheLanguage()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    Trail trail;
    SettingsDialog dialog(store, as(Role::Clerk), ProvisioningFile(), trail.audit);
    dialog.show();
    QVERIFY(!child<QLineEdit>(&dialog, "counterEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, "readerCombo")->isEnabled());
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    QVERIFY(language->isEnabled());
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    save(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.changedMoreThanLanguage());
    QCOMPARE(store.value(QStringLiteral("counter/language")).toString(), QStringLiteral("en"));
    QVERIFY(!store.contains(QStringLiteral("counter/code")));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
