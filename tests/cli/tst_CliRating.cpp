// onewindow-cli rating list|follow-ups|close as a process, on both backends: a
// supervisor lists the ratings citizens gave (one JSON object per line), the
// follow-ups a poor one opened, and closes one with what was done; a clerk may not.
#include "helpers/CliProcess.h"
#include "helpers/RatingHall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OneWindow;

namespace {

QList<QJsonObject> lines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    return objects;
}

} // namespace

class tst_CliRating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndCloses_data() { TestDatabase::addBackendRows(); }
    void listsAndCloses()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        // The CLI runs on the machine's clock: the ratings are given now.
        Test::RatingHall h(backend, QDateTime::currentDateTime());
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        const qint64 good = h.identify(0);
        const QString goodCase = h.acceptFor(good, 0);
        QVERIFY(h.ratings.rateVisit(good, Test::RatingHall::input("very-satisfied"), h.clerk).ok());
        const qint64 poor = h.identify(2);
        const QString poorCase = h.acceptFor(poor, 2);
        QVERIFY(h.ratings
                    .rateVisit(
                        poor,
                        Test::RatingHall::input("very-dissatisfied", {QStringLiteral("attitude")}),
                        h.clerk)
                    .ok());

        const auto run = [&](const QString &user, const QStringList &rest) {
            return Test::runCli(
                QStringList{QStringLiteral("rating")} + rest +
                    QStringList{QStringLiteral("--database"), h.t.url(), QStringLiteral("--user"),
                                user},
                {{QStringLiteral("ONEWINDOW_PASSWORD"), QStringLiteral("Password-123")}});
        };
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        Test::CliRun r =
            run(QStringLiteral("super01"), {QStringLiteral("list"), QStringLiteral("--from"), today,
                                            QStringLiteral("--to"), today});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QJsonObject> listed = lines(r.out);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).value(QStringLiteral("visit")).toInteger(), good);
        QCOMPARE(listed.at(0).value(QStringLiteral("case")).toString(), goodCase);
        QCOMPARE(listed.at(0).value(QStringLiteral("counter")).toString(), QStringLiteral("A01"));
        QCOMPARE(listed.at(0).value(QStringLiteral("clerk")).toString(), QStringLiteral("clerk01"));
        QCOMPARE(listed.at(0).value(QStringLiteral("level")).toString(),
                 QStringLiteral("very-satisfied"));
        QCOMPARE(listed.at(0).value(QStringLiteral("channel")).toString(),
                 QStringLiteral("counter"));
        QVERIFY(!listed.at(0).value(QStringLiteral("at")).toString().isEmpty());
        QCOMPARE(listed.at(1).value(QStringLiteral("case")).toString(), poorCase);
        QCOMPARE(listed.at(1).value(QStringLiteral("reasons")).toArray(),
                 QJsonArray{QStringLiteral("attitude")});
        // Who rated is nowhere: no name, no ID number.
        QVERIFY(!r.out.contains(h.t.db()
                                    .scalar(QStringLiteral("SELECT id_number FROM visit_evidence"
                                                           " ORDER BY id LIMIT 1"))
                                    .value()
                                    .toString()
                                    .toUtf8()));
        // Another day: nothing.
        r = run(QStringLiteral("super01"),
                {QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2020-01-31")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().isEmpty());

        // A clerk sees no list.
        r = run(QStringLiteral("clerk01"), {QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("may not"));

        r = run(QStringLiteral("super01"), {QStringLiteral("follow-ups")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        listed = lines(r.out);
        QCOMPARE(listed.size(), 1);
        const qint64 id = listed.at(0).value(QStringLiteral("id")).toInteger();
        QCOMPARE(listed.at(0).value(QStringLiteral("case")).toString(), poorCase);
        QCOMPARE(listed.at(0).value(QStringLiteral("overdue")).toBool(), false);

        r = run(QStringLiteral("super01"), {QStringLiteral("close"), QString::number(id)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--action"));
        r = run(QStringLiteral("super01"),
                {QStringLiteral("close"), QString::number(id), QStringLiteral("--action"),
                 QStringLiteral("已电话回访并致歉"), QStringLiteral("--called-back")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(QStringLiteral("super01"), {QStringLiteral("follow-ups")});
        QVERIFY(r.out.trimmed().isEmpty());
        r = run(QStringLiteral("super01"), {QStringLiteral("follow-ups"), QStringLiteral("--all")});
        listed = lines(r.out);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).value(QStringLiteral("action")).toString(),
                 QStringLiteral("已电话回访并致歉"));
        QVERIFY(!listed.at(0).value(QStringLiteral("calledBack")).toString().isEmpty());

        r = run(QStringLiteral("super01"), {QStringLiteral("close"), QStringLiteral("abc")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliRating)
#include "tst_CliRating.moc"
