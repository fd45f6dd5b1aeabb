#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "intake/DraftAutosaver.h"
#include "intake/DraftService.h"
#include "security/AuditLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

Draft draft(const QString &idNumber, const QString &templateId, const QString &name)
{
    Draft d;
    d.idNumber = idNumber;
    d.templateId = templateId;
    d.templateVersion = 2;
    d.values = {{"child_name", name},
                {"parents_married", true},
                {"other_parent", QVariantMap{{"name", QStringLiteral("测试父")},
                                             {"idNumber", "11010519491231002X"}}}};
    d.materialsReceived = {"birth-certificate"};
    d.counterCode = QStringLiteral("A01");
    return d;
}

Session session(Role role, const QString &department = {})
{
    Session s;
    s.userId = role == Role::Clerk ? 1 : 2;
    s.username = role == Role::Clerk ? QStringLiteral("clerk01") : QStringLiteral("officer01");
    s.role = role;
    s.department = department;
    s.counterCode = QStringLiteral("A01");
    return s;
}

const Session clerk = session(Role::Clerk);

} // namespace

class tst_DraftService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Drafts are intake: an officer neither reads nor writes them, and each refusal is audited.
    void onlyIntakeStaffTouchDrafts_data() { TestDatabase::addBackendRows(); }
    void onlyIntakeStaffTouchDrafts()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(kNow);
        AuditLog audit(t.db(), clock);
        DraftService drafts(t.db(), clock, audit);
        QVERIFY(
            drafts.save(draft("11010519491231002X", "newborn", QStringLiteral("甲")), clerk).ok());
        const Session officer = session(Role::Officer, QStringLiteral("卫健"));
        const auto refusedCount = [&] {
            return t.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'refused'"
                                       " AND subject = 'drafts' AND detail = 'run-intake'"))
                .value()
                .toInt();
        };
        QCOMPARE(drafts.find("11010519491231002X", "newborn", officer).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(drafts.listFor("11010519491231002X", officer).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(drafts.save(draft("11010519491231002X", "newborn", QStringLiteral("乙")), officer)
                     .error()
                     .code,
                 QStringLiteral("forbidden"));
        QCOMPARE(drafts.remove("11010519491231002X", "newborn", officer).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(refusedCount(), 4);
        // Nothing changed: the clerk's draft is still there as saved.
        QCOMPARE(drafts.find("11010519491231002X", "newborn", clerk)
                     .value()
                     ->values.value("child_name")
                     .toString(),
                 QStringLiteral("甲"));
    }

    void saveInsertsThenUpdates_data() { TestDatabase::addBackendRows(); }
    void saveInsertsThenUpdates()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(kNow);
        AuditLog audit(t.db(), clock);
        DraftService drafts(t.db(), clock, audit);

        auto first =
            drafts.save(draft("11010519491231002X", "newborn", QStringLiteral("王小")), clerk);
        QVERIFY2(first.ok(), qPrintable(first.error().detail));
        QCOMPARE(first.value().version, 1);
        QVERIFY(first.value().id > 0);

        clock.set(kNow.addSecs(3));
        Draft next = draft("11010519491231002X", "newborn", QStringLiteral("王小禾"));
        next.version = first.value().version;
        next.missingMaterials = {"marriage-certificate"};
        next.partyEvidence = {{QStringLiteral("other_parent"), 42}};
        auto second = drafts.save(next, clerk);
        QVERIFY(second.ok());
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(second.value().version, 2);

        auto found = drafts.find("11010519491231002X", "newborn", clerk);
        QVERIFY(found.ok());
        QVERIFY(found.value().has_value());
        const Draft &d = *found.value();
        QCOMPARE(d.values.value("child_name").toString(), QStringLiteral("王小禾"));
        QCOMPARE(d.values.value("parents_married").toBool(), true);
        QCOMPARE(d.values.value("other_parent").toMap().value("idNumber").toString(),
                 QStringLiteral("11010519491231002X"));
        QCOMPARE(d.materialsReceived, QStringList{"birth-certificate"});
        QCOMPARE(d.missingMaterials, QStringList{"marriage-certificate"});
        // The party's card read stays with the draft, so a resumed intake finds it.
        QCOMPARE(d.partyEvidence, (QHash<QString, qint64>{{QStringLiteral("other_parent"), 42}}));
        QCOMPARE(d.templateVersion, 2);
        QCOMPARE(d.counterCode, QStringLiteral("A01"));
        QCOMPARE(d.version, 2);
        QCOMPARE(d.createdAt, kNow);
        QCOMPARE(d.updatedAt, kNow.addSecs(3));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM drafts")).value().toInt(), 1);
    }

    void staleVersionIsAConflict_data() { TestDatabase::addBackendRows(); }
    void staleVersionIsAConflict()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(kNow);
        AuditLog audit(t.db(), clock);
        DraftService drafts(t.db(), clock, audit);
        QVERIFY(
            drafts.save(draft("11010519491231002X", "newborn", QStringLiteral("甲")), clerk).ok());
        Draft a = draft("11010519491231002X", "newborn", QStringLiteral("乙"));
        a.version = 1;
        QVERIFY(drafts.save(a, clerk).ok()); // now at version 2
        Draft stale = draft("11010519491231002X", "newborn", QStringLiteral("丙"));
        stale.version = 1; // another counter's copy, from before
        auto refused = drafts.save(stale, clerk);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("conflict"));
        QCOMPARE(drafts.find("11010519491231002X", "newborn", clerk)
                     .value()
                     ->values.value("child_name")
                     .toString(),
                 QStringLiteral("乙"));
    }

    void listAndRemove_data() { TestDatabase::addBackendRows(); }
    void listAndRemove()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(kNow);
        AuditLog audit(t.db(), clock);
        DraftService drafts(t.db(), clock, audit);
        QVERIFY(
            drafts.save(draft("11010519491231002X", "newborn", QStringLiteral("甲")), clerk).ok());
        clock.set(kNow.addSecs(60));
        QVERIFY(drafts.save(draft("11010519491231002X", "retirement", QStringLiteral("乙")), clerk)
                    .ok());
        QVERIFY(
            drafts.save(draft("110101199003070011", "newborn", QStringLiteral("丙")), clerk).ok());

        auto mine = drafts.listFor("11010519491231002X", clerk);
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().size(), 2);
        QCOMPARE(mine.value().at(0).templateId, QStringLiteral("retirement")); // newest first
        QCOMPARE(mine.value().at(1).templateId, QStringLiteral("newborn"));

        QVERIFY(drafts.remove("11010519491231002X", "newborn", clerk).ok());
        QCOMPARE(drafts.listFor("11010519491231002X", clerk).value().size(), 1);
        QVERIFY(!drafts.find("11010519491231002X", "newborn", clerk).value().has_value());
        QVERIFY(drafts.find("110101199003070011", "newborn", clerk).value().has_value());
        QVERIFY(drafts.remove("nobody", "newborn", clerk).ok()); // nothing to remove is fine
    }

    void autosaverWritesOffTheCallingThread_data() { TestDatabase::addBackendRows(); }
    void autosaverWritesOffTheCallingThread()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(kNow);
        auto url = DatabaseUrl::parse(t.url());
        QVERIFY(url.ok());
        DraftAutosaver saver(url.value(), clock, clerk, QByteArray());
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        // Many snapshots in a row: only the newest has to reach the database.
        for (int i = 1; i <= 20; ++i)
            saver.submit(draft("11010519491231002X", "newborn", QString(i, QChar(0x738B))));
        saver.flush();
        QTRY_VERIFY(saved.count() >= 1);
        AuditLog audit(t.db(), clock);
        DraftService drafts(t.db(), clock, audit);
        QCOMPARE(drafts.find("11010519491231002X", "newborn", clerk)
                     .value()
                     ->values.value("child_name")
                     .toString()
                     .size(),
                 20);
        // Later saves follow the stored version (no conflict with itself).
        saver.submit(draft("11010519491231002X", "newborn", QStringLiteral("王")));
        saver.flush();
        QCOMPARE(drafts.find("11010519491231002X", "newborn", clerk)
                     .value()
                     ->values.value("child_name")
                     .toString(),
                 QStringLiteral("王"));
        saver.discard("11010519491231002X", "newborn");
        saver.flush();
        QVERIFY(!drafts.find("11010519491231002X", "newborn", clerk).value().has_value());
    }

    // Every read, save and removal is on the record, in the service and on the
    // autosaver's own connection alike; subjects name drafts, never ID numbers.
    void everyReadSaveAndRemovalIsAudited_data() { TestDatabase::addBackendRows(); }
    void everyReadSaveAndRemovalIsAudited()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(kNow);
        AuditLog audit(t.db(), clock);
        DraftService drafts(t.db(), clock, audit);
        const auto trail = [&] {
            QStringList lines;
            auto q = t.db().run(QStringLiteral("SELECT action, subject, user_name, detail"
                                               " FROM audit_events ORDER BY id"));
            while (q.ok() && q.value().next())
                lines << QStringLiteral("%1 %2 %3 %4")
                             .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                                  q.value().value(2).toString(), q.value().value(3).toString());
            return lines;
        };
        const QString id = QStringLiteral("11010519491231002X");
        const auto saved = drafts.save(draft(id, "newborn", QStringLiteral("甲")), clerk);
        QVERIFY(saved.ok());
        const QString subject = QStringLiteral("draft:%1").arg(saved->id);
        Draft again = draft(id, "newborn", QStringLiteral("乙"));
        again.version = 1;
        QVERIFY(drafts.save(again, clerk).ok());
        QVERIFY(drafts.find(id, "newborn", clerk).value().has_value());
        QVERIFY(!drafts.find(id, "retirement", clerk).value().has_value());
        QCOMPARE(drafts.listFor(id, clerk).value().size(), 1);
        QVERIFY(drafts.remove(id, "newborn", clerk).ok());
        QVERIFY(drafts.remove(id, "newborn", clerk).ok()); // nothing left: nothing removed
        const QString masked = QStringLiteral("110105********002X");
        QCOMPARE(trail(), (QStringList{
                              QStringLiteral("draft-save %1 clerk01 newborn").arg(subject),
                              QStringLiteral("draft-save %1 clerk01 newborn").arg(subject),
                              QStringLiteral("draft-read %1 clerk01 newborn").arg(subject),
                              QStringLiteral("draft-read drafts clerk01 %1 retirement").arg(masked),
                              QStringLiteral("draft-read %1 clerk01 ").arg(subject),
                              QStringLiteral("draft-remove %1 clerk01 newborn").arg(subject),
                          }));
        for (const QString &line : trail())
            QVERIFY2(!line.contains(id), qPrintable(line));

        // The autosaver's thread writes its own events, under the clerk's name.
        auto url = DatabaseUrl::parse(t.url());
        QVERIFY(url.ok());
        {
            DraftAutosaver saver(url.value(), clock, clerk, QByteArray());
            saver.submit(draft(id, "newborn", QStringLiteral("丙")));
            saver.flush();
            saver.discard(id, "newborn");
            saver.flush();
        }
        const QStringList after = trail();
        QCOMPARE(after.size(), 8);
        QVERIFY2(after.at(6).startsWith(QStringLiteral("draft-save draft:")) &&
                     after.at(6).contains(QStringLiteral(" clerk01 ")),
                 qPrintable(after.at(6)));
        QVERIFY2(after.at(7).startsWith(QStringLiteral("draft-remove draft:")),
                 qPrintable(after.at(7)));
        QCOMPARE(audit.firstBrokenEvent().value(), qint64(0));
    }

    void autosaverReportsAnUnreachableDatabase()
    {
        FixedClock clock(kNow);
        // A folder where the file cannot be created: the save fails and says so.
        auto url =
            DatabaseUrl::parse(QStringLiteral("sqlite:/proc/onewindow/no/such/folder/db.sqlite"));
        QVERIFY(url.ok());
        DraftAutosaver saver(url.value(), clock, clerk, QByteArray());
        QSignalSpy failed(&saver, &DraftAutosaver::failed);
        saver.submit(draft("11010519491231002X", "newborn", QStringLiteral("甲")));
        QTRY_VERIFY(failed.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_DraftService)
#include "tst_DraftService.moc"
