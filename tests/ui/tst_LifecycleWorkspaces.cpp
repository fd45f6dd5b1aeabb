// The case after acceptance, in the real window: an officer signs in and lands
// in their department's inbox, claims and approves; the clerk records the
// material a department asked for and hands the result over to an agent whose
// card is read; each role gets its own workspaces, rebuilt on unlock by
// another user. A refusal and a 退件 proposed from the inbox wait for a
// supervisor, who confirms or sends them back in the review workspace; the
// officer's inbox shows the pending state and the supervisor's comment.
#include "cases/ActionDialog.h"
#include "cases/CaseDetailView.h"
#include "cases/CasePanel.h"
#include "common/CaseStateText.h"
#include "common/Clock.h"
#include "common/ReceiptPreviewDialog.h"
#include "counter/CounterWorkspace.h"
#include "documents/DocumentService.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/SimulatedCardReader.h"
#include "inbox/InboxWorkspace.h"
#include "intake/IntakeService.h"
#include "models/CaseFileModel.h"
#include "models/InboxModel.h"
#include "models/ReviewModel.h"
#include "review/ReviewWorkspace.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "workflow/CaseWorkflowService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace OneWindow;

namespace {

// Signs the demo user `name` in as that user would, at the lock screen.
void unlockAs(MainWindow *window, const QString &name, const QString &password)
{
    // The lock screen showing now (the last one may still be on its way out).
    LoginDialog *lock = nullptr;
    QTRY_VERIFY([&] {
        for (LoginDialog *d : window->findChildren<LoginDialog *>(QStringLiteral("lockDialog")))
            if (d->isVisible())
                lock = d;
        return lock != nullptr;
    }());
    auto *user = lock->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    user->clear();
    QTest::keyClicks(user, name);
    auto *pass = lock->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(window->centralWidget()->isVisible());
}

QStringList modes(MainWindow *window)
{
    QStringList ids;
    for (Workspace *w : window->workspaces())
        ids << w->id();
    return ids;
}

QPushButton *actionButton(QWidget *root, CaseAction action)
{
    return root->findChild<QPushButton *>(QStringLiteral("action_") + CaseStates::key(action));
}

// The row of the review table whose item is of `kind` about `subject`, -1 if none.
int reviewRow(QTableView *view, const QString &kind, const QString &subject)
{
    auto *model = qobject_cast<ReviewModel *>(view->model());
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->itemAt(r).kind == kind && model->itemAt(r).subject == subject)
            return r;
    return -1;
}

ActionDialog *openDialog(QWidget *root)
{
    ActionDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (dialog = root->findChild<ActionDialog *>()) && dialog->isVisible(); }, 3000);
    return dialog;
}

} // namespace

class tst_LifecycleWorkspaces : public QObject
{
    Q_OBJECT

    TestCounter m_counter;
    QString m_case;
    CardIdentity m_mother;

    // A newborn bundle accepted by clerk01 this morning for the mother's card read
    // at the counter, 卫健 having checked the birth certificate already; signed in
    // as clerk01 afterwards.
    Result<CaseRecord> acceptWithBirthChecked(const CardIdentity &mother)
    {
        if (!m_counter.signIn(QStringLiteral("clerk01")))
            return Result<CaseRecord>::failure(QStringLiteral("sign-in"), m_counter.error());
        AppServices &s = m_counter.services();
        IntakeRequest r =
            Test::newbornRequest(s.catalogue().find(QStringLiteral("newborn")), s.clock().today());
        r.applicant = mother;
        r.values.insert(QStringLiteral("applicant_name"), mother.name);
        r.values.insert(QStringLiteral("applicant_id"), mother.idNumber);
        r = Test::readAtCounter(r, s.database(), m_counter.session(), s.clock().now());
        auto accepted = s.intake().accept(r, m_counter.session());
        if (!accepted)
            return accepted;
        Session health = m_counter.session();
        health.role = Role::Officer;
        health.department = QStringLiteral("卫健");
        health.displayName = QStringLiteral("卫健 周医生");
        ActionRequest step;
        step.stepId = accepted->stepByKey(QStringLiteral("birth-check"))->id;
        for (CaseAction action : {CaseAction::Claim, CaseAction::Approve}) {
            step.action = action;
            if (auto done = s.workflow().act(accepted->caseNumber, step, health); !done)
                return Result<CaseRecord>(done.error());
        }
        return accepted;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
        m_mother = m_counter.people().citizen(3);
        auto accepted = acceptWithBirthChecked(m_mother);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().code + accepted.error().detail));
        m_case = accepted->caseNumber;
    }

    void eachRoleHasItsWorkspaces()
    {
        MainWindow *window = m_counter.openWindow();
        QCOMPARE(modes(window), QStringList{QStringLiteral("counter")});
        QVERIFY(!window->findChild<QToolBar *>(QStringLiteral("modeBar"))->isVisible());
        QVERIFY(window->findChild<QAction *>(QStringLiteral("readCardAction"))->isEnabled());
        // The officer takes over the counter's machine: the counter goes, the inbox comes.
        window->lock();
        unlockAs(window, QStringLiteral("officer01"), QStringLiteral("Officer-2026"));
        QCOMPARE(modes(window), QStringList{QStringLiteral("inbox")});
        QVERIFY(!window->findChild<CounterWorkspace *>());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("readCardAction")));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("shellHeader"))
                    ->text()
                    .contains(QStringLiteral("公安")));
        // A supervisor: the counter and every department's inbox.
        window->lock();
        unlockAs(window, QStringLiteral("super01"), QStringLiteral("Super-2026"));
        QCOMPARE(modes(window), (QStringList{QStringLiteral("review"), QStringLiteral("counter"),
                                             QStringLiteral("inbox"), QStringLiteral("dashboard"),
                                             QStringLiteral("audit")}));
        QVERIFY(window->findChild<QToolBar *>(QStringLiteral("modeBar"))->isVisible());
        QVERIFY(window->showWorkspace(QStringLiteral("inbox")));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("readCardAction"))->isEnabled());
        QVERIFY(window->findChild<QComboBox *>(QStringLiteral("inboxDepartment")));
        m_counter.closeWindow();
    }

    void officerClaimsAndApprovesFromTheInbox()
    {
        QVERIFY(m_counter.signIn(QStringLiteral("officer01")));
        MainWindow *window = m_counter.openWindow();
        auto *view = m_counter.find<QTableView>(QStringLiteral("inboxView"));
        auto *model = qobject_cast<InboxModel *>(view->model());
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() >= 1);
        // Soonest deadline first.
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->itemAt(r - 1).step.deadline <= model->itemAt(r).step.deadline);
        const int row = model->rowOf(m_case, m_counter.services()
                                                 .workflow()
                                                 .load(m_case, m_counter.session())
                                                 ->record.stepByKey(QStringLiteral("hukou"))
                                                 ->id);
        QVERIFY(row >= 0);
        view->setFocus();
        view->selectRow(row);
        auto *panel = window->findChild<InboxWorkspace *>()->findChild<CasePanel *>();
        QTRY_COMPARE(panel->caseNumber(), m_case);
        // What 公安 needs: the fields its step receives.
        auto *fields = panel->findChild<QTableWidget *>(QStringLiteral("stepFieldsTable"));
        QVERIFY(fields->rowCount() >= 5);
        QStringList values;
        for (int r = 0; r < fields->rowCount(); ++r)
            values << fields->item(r, 1)->text();
        QVERIFY(values.contains(QStringLiteral("王小明")));
        TestCounter::screenshot(window, QStringLiteral("inbox.png"));
        // On the counter's 1366 px screen the list shows the whole case number and
        // the matter beside the case that is open.
        QCOMPARE(window->width(), 1366);
        QTRY_VERIFY(view->columnViewportPosition(InboxModel::Matter) +
                        view->columnWidth(InboxModel::Matter) <=
                    view->viewport()->width());
        QTest::mouseClick(actionButton(panel, CaseAction::Claim), Qt::LeftButton);
        QTRY_COMPARE(model->itemAt(model->rowOf(m_case, model->itemAt(row).step.id)).step.holder,
                     m_counter.session().displayName);
        // Approve, with the step's result.
        QTest::mouseClick(actionButton(panel, CaseAction::Approve), Qt::LeftButton);
        ActionDialog *dialog = openDialog(panel);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("resultEdit")),
                         QStringLiteral("HK-0001"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOkButton")),
                          Qt::LeftButton);
        const CaseSnapshot after =
            m_counter.services().workflow().load(m_case, m_counter.session()).value();
        QCOMPARE(after.record.stepByKey(QStringLiteral("hukou"))->state, StepState::Approved);
        QCOMPARE(after.record.stepByKey(QStringLiteral("hukou"))->result,
                 QStringLiteral("HK-0001"));
        QCOMPARE(after.record.stepByKey(QStringLiteral("insurance"))->state, StepState::Open);
        // The decided step left 公安's inbox.
        QTRY_COMPARE(model->rowOf(m_case, after.record.stepByKey(QStringLiteral("hukou"))->id), -1);
        m_counter.closeWindow();
    }

    void clerkRecordsTheSupplementAndHandsOver()
    {
        AppServices &s = m_counter.services();
        // 医保 asks for the household register; 人社 approves.
        Session insurance = m_counter.session();
        insurance.role = Role::Officer;
        insurance.department = QStringLiteral("医保");
        insurance.displayName = QStringLiteral("医保 钱会计");
        const CaseSnapshot before = s.workflow().load(m_case, insurance).value();
        ActionRequest r;
        r.action = CaseAction::Claim;
        r.stepId = before.record.stepByKey(QStringLiteral("insurance"))->id;
        QVERIFY(s.workflow().act(m_case, r, insurance).ok());
        r.action = CaseAction::Return;
        r.materials = {QStringLiteral("household-register")};
        r.reason = QStringLiteral("户口簿复印件不清晰");
        QVERIFY(s.workflow().act(m_case, r, insurance).ok());

        QVERIFY(m_counter.signIn(QStringLiteral("clerk01")));
        MainWindow *window = m_counter.openWindow();
        m_counter.readCard(m_mother);
        auto *tree = m_counter.find<QTreeView>(QStringLiteral("caseFileTree"));
        auto *file = qobject_cast<CaseFileModel *>(tree->model());
        QTRY_VERIFY(file->caseFile().person.idNumber == m_mother.idNumber);
        // The file says the case waits, and for exactly what.
        const QModelIndex open = file->sectionIndex(CaseFileModel::OpenCases);
        QModelIndex caseRow;
        for (int i = 0; i < file->rowCount(open); ++i)
            if (file->index(i, 0, open).data(CaseFileModel::CaseNumberRole).toString() == m_case)
                caseRow = file->index(i, 0, open);
        QVERIFY(caseRow.isValid());
        QCOMPARE(file->index(caseRow.row(), CaseFileModel::State, open).data().toString(),
                 CaseStateText::text(CaseState::AwaitingSupplement));
        QVERIFY(file->index(caseRow.row(), CaseFileModel::Detail, open)
                    .data()
                    .toString()
                    .contains(QStringLiteral("户口簿")));
        // Enter on the case opens it.
        tree->setFocus();
        tree->setCurrentIndex(caseRow);
        QTest::keyClick(tree, Qt::Key_Return);
        auto *stack = m_counter.find<QStackedWidget>(QStringLiteral("pageStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("caseDetailPage"));
        auto *panel = window->findChild<CounterWorkspace *>()->findChild<CasePanel *>();
        const QDate promisedBefore = panel->snapshot().record.deadline;
        TestCounter::screenshot(window, QStringLiteral("counter-supplement.png"));
        QTest::mouseClick(actionButton(panel, CaseAction::Supplement), Qt::LeftButton);
        ActionDialog *dialog = openDialog(panel);
        QVERIFY(dialog);
        auto *materials = dialog->findChild<QListWidget *>(QStringLiteral("materialsList"));
        QCOMPARE(materials->count(), 1);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("actionOkButton"));
        QVERIFY(!ok->isEnabled());
        materials->item(0)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(panel->snapshot().record.state, CaseState::InProgress);
        QVERIFY(panel->snapshot().record.deadline >= promisedBefore);

        // The departments finish; the result waits for collection.
        r = ActionRequest();
        r.action = CaseAction::Claim;
        r.stepId = before.record.stepByKey(QStringLiteral("insurance"))->id;
        QCOMPARE(s.workflow().act(m_case, r, insurance).error().code,
                 QStringLiteral("already-yours"));
        r.action = CaseAction::Approve;
        QVERIFY(s.workflow().act(m_case, r, insurance).ok());
        Session social = insurance;
        social.department = QStringLiteral("人社");
        r.stepId = before.record.stepByKey(QStringLiteral("ss-card"))->id;
        r.action = CaseAction::Claim;
        QVERIFY(s.workflow().act(m_case, r, social).ok());
        r.action = CaseAction::Approve;
        QVERIFY(s.workflow().act(m_case, r, social).ok());
        panel->reload();
        QCOMPARE(panel->snapshot().record.state, CaseState::Completed);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("caseDetailState"))
                    ->text()
                    .contains(CaseStateText::text(CaseState::Completed)));

        // Handed to the father as agent: his card is read into the dialog.
        QTest::mouseClick(actionButton(panel, CaseAction::Deliver), Qt::LeftButton);
        dialog = openDialog(panel);
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("deliveryKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("agent")));
        ok = dialog->findChild<QPushButton *>(QStringLiteral("actionOkButton"));
        QVERIFY(!ok->isEnabled());
        const CardIdentity father = m_counter.people().citizen(4);
        m_counter.reader()->placeCard(father);
        m_counter.reader()->readCard();
        QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("recipientIdNumber"))->text(),
                     father.idNumber);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(panel->snapshot().record.state, CaseState::Delivered);
        QCOMPARE(panel->snapshot().record.delivery.value(QStringLiteral("name")).toString(),
                 father.name);
        // The case's papers, as they apply now: printed from the stored case, a
        // second print marked 补打 and audited as a reprint.
        auto *documents = panel->findChild<QPushButton *>(QStringLiteral("caseDocumentsButton"));
        QVERIFY(documents && documents->isVisible() && documents->isEnabled());
        auto paper = [&](const QString &key) {
            return panel->findChild<QAction *>(QStringLiteral("document_") + key);
        };
        QTRY_VERIFY(paper(QStringLiteral("handover")));
        QVERIFY(paper(QStringLiteral("supplement")) && paper(QStringLiteral("completion")));
        QVERIFY(!paper(QStringLiteral("refusal"))); // no step was refused
        QVERIFY(!paper(QStringLiteral("special")));
        QVERIFY(paper(QStringLiteral("handover"))->text().startsWith(QStringLiteral("打印")));
        const int printsBefore = m_counter.countRows(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'document-reprint'"));
        paper(QStringLiteral("handover"))->trigger();
        QPointer<ReceiptPreviewDialog> preview;
        QTRY_VERIFY((preview = window->findChild<ReceiptPreviewDialog *>()) != nullptr);
        QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
        QVERIFY(preview->document()->getAllText(0).text().contains(QStringLiteral("送达回执")));
        preview->close();
        QTRY_VERIFY(!preview); // closed previews go
        QVERIFY(paper(QStringLiteral("handover"))->text().startsWith(QStringLiteral("补打")));
        paper(QStringLiteral("handover"))->trigger();
        QTRY_VERIFY((preview = window->findChild<ReceiptPreviewDialog *>()) != nullptr);
        preview->close();
        QTRY_VERIFY(!preview);
        QCOMPARE(m_counter.countRows(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'document-reprint'")),
                 printsBefore + 1);

        // The identity on screen is still the mother's: the agent's card was not the next citizen.
        QCOMPARE(m_counter.find<QLabel>(QStringLiteral("identityName"))->text(), m_mother.name);
        // The dialog closed: on a desktop the window is active again, here it is made so.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(panel->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("caseFilePage"));
        TestCounter::screenshot(window, QStringLiteral("counter-case.png"));
        m_counter.closeWindow();
    }

    // 公安 asked for material that never came: its officer returns the file
    // (退件) from the inbox, with a reason; the case is completed with that result.
    void officerReturnsTheFile()
    {
        AppServices &s = m_counter.services();
        auto accepted = acceptWithBirthChecked(m_counter.people().citizen(5));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().code));
        const QString number = accepted->caseNumber;
        ActionRequest step;

        QVERIFY(m_counter.signIn(QStringLiteral("officer01")));
        step.action = CaseAction::Claim;
        step.stepId = accepted->stepByKey(QStringLiteral("hukou"))->id;
        QVERIFY(s.workflow().act(number, step, m_counter.session()).ok());
        step.action = CaseAction::Return;
        step.materials = {QStringLiteral("household-register")};
        QVERIFY(s.workflow().act(number, step, m_counter.session()).ok());

        MainWindow *window = m_counter.openWindow();
        auto *view = m_counter.find<QTableView>(QStringLiteral("inboxView"));
        auto *model = qobject_cast<InboxModel *>(view->model());
        const int row = model->rowOf(number, step.stepId);
        QVERIFY(row >= 0);
        view->setFocus();
        view->selectRow(row);
        auto *panel = window->findChild<InboxWorkspace *>()->findChild<CasePanel *>();
        QTRY_COMPARE(panel->caseNumber(), number);
        // A returned step offers 退件, not approval.
        QVERIFY(!actionButton(panel, CaseAction::Approve));
        QPushButton *returnFile = actionButton(panel, CaseAction::ReturnFile);
        QVERIFY(returnFile);
        QCOMPARE(returnFile->text(), CaseStateText::text(CaseAction::ReturnFile));
        QTest::mouseClick(returnFile, Qt::LeftButton);
        ActionDialog *dialog = openDialog(panel);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("actionOkButton"));
        QVERIFY(!ok->isEnabled()); // a reason first
        // QTest types Latin-1 only; a clerk's Chinese comes through the input method.
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("overdue: no household register"));
        QVERIFY(ok->isEnabled());
        // The officer is told it goes to the supervisor first.
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("decisionNote"))->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        // Proposed: the case still waits for the material, the step for the supervisor,
        // in the officer's inbox with its state.
        CaseSnapshot after = s.workflow().load(number, m_counter.session()).value();
        QCOMPARE(after.record.state, CaseState::AwaitingSupplement);
        QCOMPARE(after.record.stepByKey(QStringLiteral("hukou"))->state,
                 StepState::ReturnFilePending);
        QTRY_VERIFY(model->rowOf(number, step.stepId) >= 0);
        QCOMPARE(
            model->index(model->rowOf(number, step.stepId), InboxModel::State).data().toString(),
            CaseStateText::text(StepState::ReturnFilePending));
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("caseDetailWaiting"))
                        ->text()
                        .contains(QStringLiteral("待值班长确认")));
        QVERIFY(!actionButton(panel, CaseAction::ReturnFile)); // nothing more to do on it
        m_counter.closeWindow();

        // The supervisor confirms it in the review workspace.
        QVERIFY(m_counter.signIn(QStringLiteral("super01")));
        window = m_counter.openWindow();
        auto *scope = m_counter.find<QTabBar>(QStringLiteral("reviewScope"));
        QCOMPARE(scope->currentIndex(), 0); // decisions first
        auto *review = m_counter.find<QTableView>(QStringLiteral("reviewView"));
        const int item = reviewRow(review, QStringLiteral("file-returned"), number);
        QVERIFY(item >= 0);
        review->selectRow(item);
        auto *confirm = m_counter.find<QPushButton>(QStringLiteral("reviewApproveButton"));
        QCOMPARE(confirm->text(), QStringLiteral("确认"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(reviewRow(review, QStringLiteral("file-returned"), number), -1);
        after = s.workflow().load(number, m_counter.session()).value();
        QCOMPARE(after.record.state, CaseState::Completed);
        QCOMPARE(after.record.result, CaseResult::FileReturned);
        QCOMPARE(after.record.stepByKey(QStringLiteral("hukou"))->result,
                 QStringLiteral("overdue: no household register"));
        QCOMPARE(after.history.last().actor, m_counter.session().displayName);
        m_counter.closeWindow();
    }

    // 公安 proposes to refuse from its inbox; the supervisor sends it back with a
    // comment the officer reads in the inbox and the history; proposed again and
    // confirmed, the case completes and only then does the decision paper apply.
    void refusalWaitsForTheSupervisor()
    {
        AppServices &s = m_counter.services();
        auto accepted = acceptWithBirthChecked(m_counter.people().citizen(7));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().code));
        const QString number = accepted->caseNumber;
        ActionRequest step;
        const qint64 hukou = accepted->stepByKey(QStringLiteral("hukou"))->id;

        // 公安 claims and proposes the refusal in the window.
        QVERIFY(m_counter.signIn(QStringLiteral("officer01")));
        const QString officer = m_counter.session().displayName;
        MainWindow *window = m_counter.openWindow();
        auto *view = m_counter.find<QTableView>(QStringLiteral("inboxView"));
        auto *model = qobject_cast<InboxModel *>(view->model());
        view->setFocus();
        view->selectRow(model->rowOf(number, hukou));
        auto *panel = window->findChild<InboxWorkspace *>()->findChild<CasePanel *>();
        QTRY_COMPARE(panel->caseNumber(), number);
        QTest::mouseClick(actionButton(panel, CaseAction::Claim), Qt::LeftButton);
        QTRY_VERIFY(actionButton(panel, CaseAction::Refuse));
        QCOMPARE(actionButton(panel, CaseAction::Refuse)->text(),
                 CaseStateText::text(CaseAction::Refuse));
        QTest::mouseClick(actionButton(panel, CaseAction::Refuse), Qt::LeftButton);
        ActionDialog *dialog = openDialog(panel);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("decisionNote"))->isVisible());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("address not in this district"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionOkButton")),
                          Qt::LeftButton);
        // Pending: still the officer's, in their inbox, nothing to act on, no paper.
        QTRY_COMPARE(model->index(model->rowOf(number, hukou), InboxModel::State).data().toString(),
                     CaseStateText::text(StepState::RefusalPending));
        QCOMPARE(model->itemAt(model->rowOf(number, hukou)).step.holder, officer);
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("caseDetailWaiting"))
                        ->text()
                        .contains(QStringLiteral("address not in this district")));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("casePanelMessage"))
                    ->text()
                    .contains(QStringLiteral("值班长")));
        for (CaseAction a : {CaseAction::Approve, CaseAction::Refuse, CaseAction::Release,
                             CaseAction::Return, CaseAction::Complete})
            QVERIFY2(!actionButton(panel, a), qPrintable(CaseStates::key(a)));
        auto *papers = panel->findChild<QMenu *>(QStringLiteral("caseDocumentsMenu"));
        QVERIFY(!papers->findChild<QAction *>(QStringLiteral("document_refusal")));
        QCOMPARE(s.workflow().load(number, m_counter.session())->record.state,
                 CaseState::InProgress);
        TestCounter::screenshot(window, QStringLiteral("inbox-refusal-pending.png"));
        m_counter.closeWindow();

        // The supervisor sends it back: a comment first.
        QVERIFY(m_counter.signIn(QStringLiteral("super01")));
        window = m_counter.openWindow();
        auto *review = m_counter.find<QTableView>(QStringLiteral("reviewView"));
        QTRY_VERIFY(reviewRow(review, QStringLiteral("refusal"), number) >= 0);
        review->selectRow(reviewRow(review, QStringLiteral("refusal"), number));
        // Beside it the case, on the step the refusal is about.
        auto *beside = window->findChild<ReviewWorkspace *>()->findChild<CasePanel *>();
        QTRY_COMPARE(beside->caseNumber(), number);
        QCOMPARE(beside->view()->selectedStep(), hukou);
        auto *back = m_counter.find<QPushButton>(QStringLiteral("reviewReturnButton"));
        QCOMPARE(back->text(), QStringLiteral("退回重办"));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(m_counter.find<QLabel>(QStringLiteral("reviewWhy"))->text(),
                 QStringLiteral("退回时请填写意见。"));
        TestCounter::screenshot(window, QStringLiteral("review-decision.png"));
        Test::typeText(m_counter.find<QPlainTextEdit>(QStringLiteral("reviewComment")),
                       QStringLiteral("请核实户籍地址"));
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE(reviewRow(review, QStringLiteral("refusal"), number), -1);
        m_counter.closeWindow();

        // The officer finds the step open again, with the supervisor's word.
        QVERIFY(m_counter.signIn(QStringLiteral("officer01")));
        window = m_counter.openWindow();
        view = m_counter.find<QTableView>(QStringLiteral("inboxView"));
        model = qobject_cast<InboxModel *>(view->model());
        const int row = model->rowOf(number, hukou);
        QVERIFY(row >= 0);
        QCOMPARE(model->itemAt(row).step.state, StepState::Open);
        QVERIFY(model->index(row, InboxModel::State)
                    .data()
                    .toString()
                    .contains(QStringLiteral("请核实户籍地址")));
        QVERIFY(model->index(row, InboxModel::State, {})
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("退回")));
        view->setFocus();
        view->selectRow(row);
        panel = window->findChild<InboxWorkspace *>()->findChild<CasePanel *>();
        QTRY_COMPARE(panel->caseNumber(), number);
        auto *history = panel->findChild<QTreeWidget *>(QStringLiteral("caseHistory"));
        QTreeWidgetItem *last = history->topLevelItem(history->topLevelItemCount() - 1);
        QCOMPARE(last->data(0, Qt::UserRole).toString(), QStringLiteral("send-back"));
        QVERIFY(last->text(4).contains(QStringLiteral("请核实户籍地址")));
        QVERIFY(last->text(4).contains(officer)); // the maker named
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("caseDetailWaiting"))
                    ->text()
                    .contains(QStringLiteral("请核实户籍地址")));
        QVERIFY(actionButton(panel, CaseAction::Refuse)); // the holder decides again
        m_counter.closeWindow();

        // Proposed again and confirmed: completed as refused; the decision paper applies.
        step.action = CaseAction::Refuse;
        step.stepId = hukou;
        step.reason = QStringLiteral("户籍地址不在本辖区");
        QVERIFY(s.workflow().act(number, step, m_counter.session()).ok());
        QVERIFY(m_counter.signIn(QStringLiteral("super01")));
        window = m_counter.openWindow();
        review = m_counter.find<QTableView>(QStringLiteral("reviewView"));
        QTRY_VERIFY(reviewRow(review, QStringLiteral("refusal"), number) >= 0);
        review->selectRow(reviewRow(review, QStringLiteral("refusal"), number));
        QTest::mouseClick(m_counter.find<QPushButton>(QStringLiteral("reviewApproveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(reviewRow(review, QStringLiteral("refusal"), number), -1);
        const CaseSnapshot done = s.workflow().load(number, m_counter.session()).value();
        QCOMPARE(done.record.state, CaseState::Completed);
        QCOMPARE(done.record.result, CaseResult::PartlyGranted); // 卫健 approved, 公安 refused
        QVERIFY(s.documents().wasIssued(done, DocumentKind::Refusal).ok());
        m_counter.closeWindow();
    }

    void refusalsAreSaidAndChangeNothing()
    {
        // A clerk sees the case but no department action is offered, and the core
        // refuses one all the same.
        QVERIFY(m_counter.signIn(QStringLiteral("clerk01")));
        AppServices &s = m_counter.services();
        const CaseSnapshot c = s.workflow().load(m_case, m_counter.session()).value();
        ActionRequest approve;
        approve.action = CaseAction::Approve;
        approve.stepId = c.record.subCases.first().id;
        QCOMPARE(s.workflow().act(m_case, approve, m_counter.session()).error().code,
                 QStringLiteral("forbidden"));
    }
};

QTEST_MAIN(tst_LifecycleWorkspaces)
#include "tst_LifecycleWorkspaces.moc"
