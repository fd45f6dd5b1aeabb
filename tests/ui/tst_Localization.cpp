#include "common/Localization.h"
#include "common/UserMessages.h"
#include "counter/IdentityPanel.h"
#include "templates/LocalizedText.h"

#include <QLabel>
#include <QTest>

using namespace OneWindow;

class tst_Localization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsTheDefault()
    {
        QVERIFY(Localization::apply(QStringLiteral("zh")));
        QCOMPARE(UserMessages::sex(Sex::Female), QStringLiteral("女"));
        IdentityPanel panel;
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("identityPhoto"))->text(),
                 QStringLiteral("照片不可用"));
        QCOMPARE((LocalizedText{QStringLiteral("出生"), QStringLiteral("Birth")}).text(),
                 QStringLiteral("出生"));
    }

    void englishSwitchesEverything()
    {
        QVERIFY(Localization::apply(QStringLiteral("en")));
        QCOMPARE(UserMessages::sex(Sex::Female), QStringLiteral("Female"));
        QCOMPARE(UserMessages::error(Error{QStringLiteral("db-read-only"), {}}).left(24),
                 QStringLiteral("The database is read-onl"));
        IdentityPanel panel;
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("identityPhoto"))->text(),
                 QStringLiteral("Photo unavailable"));
        // Template texts follow the same switch.
        QCOMPARE((LocalizedText{QStringLiteral("出生"), QStringLiteral("Birth")}).text(),
                 QStringLiteral("Birth"));
        QVERIFY(Localization::apply(QStringLiteral("zh")));
        QCOMPARE(UserMessages::sex(Sex::Female), QStringLiteral("女"));
    }
};

QTEST_MAIN(tst_Localization)
#include "tst_Localization.moc"
