// 差评整改 as a supervisor works it: the follow-ups poor ratings opened, the
// overdue one marked, closed only with what was done.
#include "common/Theme.h"
#include "helpers/RatingHall.h"
#include "review/FollowUpsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace OneWindow;
using Test::RatingHall;

class tst_FollowUpsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndCloses()
    {
        RatingHall h(QStringLiteral("sqlite"));
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        for (int i : {0, 2}) {
            const qint64 visit = h.identify(i);
            h.acceptFor(visit, i);
            QVERIFY(
                h.ratings.rateVisit(visit, RatingHall::input("very-dissatisfied"), h.clerk).ok());
            // The second one two weeks later: the first is overdue by then.
            if (i == 0)
                h.clock.set(h.clock.now().addDays(14));
        }
        FollowUpsDialog dialog(h.ratings, h.supervisor, h.clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("followUpsTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("已逾期"));
        QCOMPARE(table->item(0, 4)->foreground().color(), Theme::color(Theme::Tone::Problem));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("整改中"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("非常不满意"));

        // Not without what was done.
        table->selectRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("followUpCloseButton")),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("followUpMessage"))->text().isEmpty());

        dialog.findChild<QCheckBox *>(QStringLiteral("followUpCalledBack"))->setChecked(true);
        auto *action = dialog.findChild<QLineEdit *>(QStringLiteral("followUpAction"));
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("ok"));
        QTest::keyClick(action, Qt::Key_Return);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE closed_at IS NOT"
                                        " NULL AND called_back_at IS NOT NULL AND action = 'ok'")),
                 1);
        dialog.findChild<QCheckBox *>(QStringLiteral("followUpsShowClosed"))->setChecked(true);
        QCOMPARE(table->rowCount(), 2);

        // A clerk is refused: the dialog says so and lists nothing.
        FollowUpsDialog clerks(h.ratings, h.clerk, h.clock.today());
        QCOMPARE(clerks.findChild<QTableWidget *>(QStringLiteral("followUpsTable"))->rowCount(), 0);
    }
};

QTEST_MAIN(tst_FollowUpsDialog)
#include "tst_FollowUpsDialog.moc"
