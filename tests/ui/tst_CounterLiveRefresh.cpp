// Two parties on one PostgreSQL server: the counter shows a citizen's file while a
// department officer, on another connection, approves a step. The counter's file
// follows the commit by itself (LISTEN/NOTIFY), without a reload button.
#include "MainWindow.h"
#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "identity/SimulatedCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "models/CaseFileModel.h"
#include "workflow/CounterServices.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace OneWindow;

class tst_CounterLiveRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officersApprovalShowsAtTheCounter()
    {
        if (!TestDatabase::backends().contains(QStringLiteral("postgresql")))
            QSKIP("needs the PostgreSQL server that scripts/test starts (ONEWINDOW_TEST_PG)");
        TestDatabase officerSide(QStringLiteral("postgresql"));
        QVERIFY2(officerSide.ok(), qPrintable(officerSide.error()));
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 0));
        const CardIdentity citizen = SyntheticIdentityGenerator(99, now.date()).citizen(3);

        // A case with one police step waiting, stored by another counter.
        auto person = PersonRepository(officerSide.db()).upsertFromCard(citizen);
        QVERIFY(person.ok());
        CaseRecord c;
        c.caseNumber = QStringLiteral("510107-20261120-00007");
        c.personId = person->id;
        c.matterCode = c.templateId = QStringLiteral("residence-permit");
        c.templateVersion = 1;
        c.title = QStringLiteral("居住证申领");
        c.state = QStringLiteral("in-progress");
        c.acceptedAt = now.addDays(-4);
        c.deadline = now.date().addDays(6);
        SubCase police;
        police.department = QStringLiteral("公安");
        police.title = QStringLiteral("居住证签发");
        police.state = QStringLiteral("pending");
        police.deadline = c.deadline;
        c.subCases << police;
        QVERIFY(officerSide.db()
                    .transaction([&] {
                        auto id = CaseRepository(officerSide.db()).insert(c);
                        return id ? Status::success() : Status(id.error());
                    })
                    .ok());

        QTemporaryDir dir;
        CounterServices::Options options;
        options.databaseUrl = officerSide.url();
        options.receiptsFolder = dir.filePath(QStringLiteral("receipts"));
        options.demoCitizens = 0;
        auto reader = std::make_unique<SimulatedCardReader>();
        SimulatedCardReader *simulator = reader.get();
        CounterServices services;
        QVERIFY(services.start(options, std::make_unique<FixedClock>(now), std::move(reader)).ok());
        Session clerk;
        clerk.username = QStringLiteral("clerk01");
        clerk.role = Role::Clerk;
        clerk.counterCode = QStringLiteral("A01");
        services.setSession(clerk);
        MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        simulator->placeCard(citizen);
        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("identityName"))->text(),
                     citizen.name);

        auto *model = qobject_cast<CaseFileModel *>(
            window.findChild<QTreeView *>(QStringLiteral("caseFileTree"))->model());
        QVERIFY(model);
        auto stepState = [model] {
            const QModelIndex open = model->sectionIndex(CaseFileModel::OpenCases);
            if (model->rowCount(open) != 1)
                return QString();
            const QModelIndex caseRow = model->index(0, 0, open);
            return model->index(0, CaseFileModel::State, caseRow).data().toString();
        };
        QCOMPARE(stepState(), CaseFileModel::stateLabel(QStringLiteral("pending")));

        // The officer approves on the other connection.
        auto sub = officerSide.db().run(QStringLiteral("SELECT id, version FROM sub_cases"));
        QVERIFY(sub.ok() && sub.value().next());
        const qint64 subId = sub.value().value(0).toLongLong();
        const int version = sub.value().value(1).toInt();
        Status approved = officerSide.db().transaction([&] {
            auto v = CaseRepository(officerSide.db())
                         .updateSubCaseState(subId, version, QStringLiteral("approved"),
                                             QStringLiteral("approve"), QString(),
                                             {QStringLiteral("公安 陈静"), 0, now});
            return v ? Status::success() : Status(v.error());
        });
        QVERIFY2(approved.ok(), qPrintable(approved.error().detail));
        QTRY_COMPARE_WITH_TIMEOUT(stepState(),
                                  CaseFileModel::stateLabel(QStringLiteral("approved")), 10000);
    }
};

QTEST_MAIN(tst_CounterLiveRefresh)
#include "tst_CounterLiveRefresh.moc"
