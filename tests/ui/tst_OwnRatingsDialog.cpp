// A clerk's own 好差评 figures, today and this month: a count per level and the
// satisfaction rate, and nothing that says who rated or on which visit.
#include "helpers/RatingHall.h"
#include "ratings/OwnRatingsDialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace OneWindow;
using Test::RatingHall;

class tst_OwnRatingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndNothingElse()
    {
        // Monday 9 February 2026: a rating on Monday, two on Tuesday, one by
        // another clerk.
        RatingHall h(QStringLiteral("sqlite"));
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        QStringList secrets;
        const auto serve = [&](int mother, const char *level) {
            const qint64 visit = h.identify(mother);
            const QString number = h.acceptFor(visit, mother);
            secrets << number << QString::number(visit) << h.visit(visit).idNumber;
            h.clock.set(h.clock.now().addSecs(20));
            const bool poor = qstrcmp(level, "dissatisfied") == 0;
            return h.ratings
                .rateVisit(visit,
                           RatingHall::input(level, poor ? QStringList{QStringLiteral("attitude")}
                                                         : QStringList{}),
                           h.clerk)
                .ok();
        };
        QVERIFY(serve(0, "very-satisfied"));
        h.clock.set(h.clock.now().addDays(1));
        QVERIFY(serve(2, "satisfied"));
        h.clock.set(h.clock.now().addSecs(600));
        QVERIFY(serve(4, "dissatisfied"));

        OwnRatingsDialog dialog(h.ratings, h.clock, h.clerk);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("ownRatingsTable"));
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->rowCount(), 7);
        const auto at = [table](int row, int column) {
            return table->item(row, column) ? table->item(row, column)->text() : QString();
        };
        // Today (Tuesday): 满意 1, 不满意 1; this month: 非常满意 too.
        QCOMPARE(at(0, 0), QStringLiteral("0"));
        QCOMPARE(at(1, 0), QStringLiteral("1"));
        QCOMPARE(at(3, 0), QStringLiteral("1"));
        QCOMPARE(at(5, 0), QStringLiteral("2"));
        QCOMPARE(at(6, 0), QStringLiteral("50.0 %"));
        QCOMPARE(at(0, 1), QStringLiteral("1"));
        QCOMPARE(at(5, 1), QStringLiteral("3"));
        QCOMPARE(at(6, 1), QStringLiteral("66.7 %"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisibleTo(&dialog));

        // Nothing on it names a visit, a case or a citizen.
        QStringList shown{dialog.windowTitle()};
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            shown << l->text() << l->toolTip();
        for (int r = 0; r < table->rowCount(); ++r) {
            shown << table->verticalHeaderItem(r)->text();
            for (int c = 0; c < table->columnCount(); ++c)
                shown << at(r, c) << (table->item(r, c) ? table->item(r, c)->toolTip() : QString());
        }
        for (int c = 0; c < table->columnCount(); ++c)
            shown << table->horizontalHeaderItem(c)->text();
        const QString all = shown.join(QLatin1Char('\n'));
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() < 3) // a visit's small id is also a count
                continue;
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        }
        for (const QString &word : {QStringLiteral("办件"), QStringLiteral("身份证")})
            QVERIFY2(!all.contains(word), qPrintable(word));

        // Nobody signed in: refused, said so, no figures.
        OwnRatingsDialog nobody(h.ratings, h.clock, Session{});
        QVERIFY(nobody.findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisibleTo(&nobody));
    }
};

QTEST_MAIN(tst_OwnRatingsDialog)
#include "tst_OwnRatingsDialog.moc"
