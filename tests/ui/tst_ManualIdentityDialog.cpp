#include "counter/ManualIdentityDialog.h"
#include "helpers/WidgetTyping.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace OneWindow;
using OneWindow::Test::typeText;

namespace {

// MOD 11-2 written out here, independent of the code under test.
QString withCheckDigit(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

} // namespace

class tst_ManualIdentityDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okOnlyForAValidNumberAndAName_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        const QString good = withCheckDigit(QStringLiteral("51010719880215004"));
        QString wrong = good;
        wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QTest::newRow("valid") << good << true;
        QTest::newRow("lower-case x or digit") << good.toLower() << true;
        QTest::newRow("wrong check digit") << wrong << false;
        QTest::newRow("too short") << good.left(12) << false;
        QTest::newRow("future birth")
            << withCheckDigit(QStringLiteral("51010720991231004")) << false;
        QTest::newRow("no such province")
            << withCheckDigit(QStringLiteral("99010719880215004")) << false;
    }

    void okOnlyForAValidNumberAndAName()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        ManualIdentityDialog dialog(QDate(2026, 11, 24));
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("idNumberEdit")), number);
        QVERIFY(!ok->isEnabled()); // no name yet
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("周晓岚"));
        QCOMPARE(ok->isEnabled(), valid);
        const QString status = dialog.findChild<QLabel *>(QStringLiteral("idStatusLabel"))->text();
        QVERIFY(status.startsWith(valid ? QStringLiteral("✓") : QStringLiteral("✗")) ||
                (!valid && number.size() < 18));
    }

    void identityIsMarkedManual()
    {
        ManualIdentityDialog dialog(QDate(2026, 11, 24));
        dialog.show();
        const QString number = withCheckDigit(QStringLiteral("51010719880215004"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("idNumberEdit")), number);
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("周晓岚"));
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit")),
                 QStringLiteral("四川省成都市武侯区科技路8号"));
        dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"))->setCurrentIndex(2);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const CardIdentity id = dialog.identity();
        QCOMPARE(id.kind, CardIdentity::Kind::Manual);
        QCOMPARE(id.idNumber, number);
        QCOMPARE(id.name, QStringLiteral("周晓岚"));
        QCOMPARE(id.birth, QDate(1988, 2, 15));
        QCOMPARE(id.sex, Sex::Female); // sequence 004: even
        QCOMPARE(dialog.reasonCode(), QStringLiteral("reader-fault"));
    }
};

QTEST_MAIN(tst_ManualIdentityDialog)
#include "tst_ManualIdentityDialog.moc"
