// Drives the real counter window offscreen through the whole first job: sign in,
// read a card, open the case file, pick the newborn bundle, fill it in, accept,
// then checks the stored rows and the receipt PDF (text and QR code).
#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "common/ReceiptPreviewDialog.h"
#include "counter/CaseFilePage.h"
#include "counter/CounterWorkspace.h"
#include "counter/IntakePage.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/IdNumber.h"
#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "identity/SimulatedCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "models/CaseFileModel.h"
#include "security/AuditLog.h"
#include "services/AppServices.h"
#include "shell/IdleLock.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace OneWindow;
using OneWindow::Test::typeText;

class tst_CounterFlow : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;

    template <typename T> T *find(const QString &name) const { return m_counter.find<T>(name); }
    void screenshot(QWidget *w, const QString &name) { TestCounter::screenshot(w, name); }
    CardIdentity busiestCitizen() { return m_counter.busiestCitizen(); }
    int countRows(const QString &sql, const QVariantList &values = {})
    {
        return m_counter.countRows(sql, values);
    }
    void pressF2() { m_counter.pressKey(Qt::Key_F2); }
    void readCard(const CardIdentity &card) { m_counter.readCard(card); }
    AppServices &services() { return m_counter.services(); }
    const SyntheticIdentityGenerator &people() const { return m_counter.people(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
        QVERIFY(services().catalogue().find(QStringLiteral("newborn")));
    }

    void wrongPasswordIsRefused()
    {
        LoginDialog login(services());
        login.show();
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                         QStringLiteral("clerk01"));
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("wrong"));
        QTest::mouseClick(login.findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QVERIFY(login.isVisible());
        QVERIFY(!login.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QCOMPARE(countRows(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_events WHERE action = 'sign-in-failed'")),
                 1);
    }

    void clerkSignsIn()
    {
        LoginDialog login(services());
        login.show();
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                         QStringLiteral("clerk01"));
        QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("Clerk-2026"));
        QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                        Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(services().session().username, QStringLiteral("clerk01"));
        QCOMPARE(services().session().role, Role::Clerk);

        QVERIFY(m_counter.openWindow());
        QCOMPARE(find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget()->objectName(),
                 QStringLiteral("welcomePage"));
    }

    void badCardsAreFlagged()
    {
        auto *flags = find<QLabel>(QStringLiteral("identityFlags"));
        readCard(people().expiredCard());
        QTRY_VERIFY(flags->text().contains(QStringLiteral("证件已过期")));

        readCard(people().badChecksumCard());
        QTRY_VERIFY(flags->text().contains(QStringLiteral("校验位")));

        m_counter.reader()->placeFailure(QStringLiteral("card-read-failed"));
        pressF2();
        QTRY_VERIFY(find<QLabel>(QStringLiteral("identityStatus"))
                        ->text()
                        .contains(QStringLiteral("无法读取")));
        QVERIFY(find<QLabel>(QStringLiteral("identityName"))->text().isEmpty());
    }

    void searchFindsAFileWithoutTheCard()
    {
        const CardIdentity person = busiestCitizen();
        auto *search = find<QLineEdit>(QStringLiteral("personSearchEdit"));
        search->setFocus();
        typeText(search, person.name);
        auto *results = find<QTableView>(QStringLiteral("personSearchView"));
        QTRY_VERIFY(results->model()->rowCount() >= 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(
            find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget()->objectName(),
            QStringLiteral("caseFilePage"));
        QVERIFY(find<QLabel>(QStringLiteral("casePersonLabel"))->text().contains(person.name));
        // Found, not identified: no one is on the identity panel.
        QVERIFY(find<QLabel>(QStringLiteral("identityName"))->text().isEmpty());
        QVERIFY(find<QLabel>(QStringLiteral("identityStatus"))
                    ->text()
                    .contains(QStringLiteral("未核验")));
        search->clear();
        m_counter.reader()->placeFailure(
            QStringLiteral("card-read-failed")); // back to the welcome page
        pressF2();
        QTRY_COMPARE(
            find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget()->objectName(),
            QStringLiteral("welcomePage"));
    }

    void readCardOpensCaseFile()
    {
        const CardIdentity card = busiestCitizen();
        QVERIFY(!card.isEmpty());
        auto *stack = find<QStackedWidget>(QStringLiteral("pageStack"));
        // The failed read before left no one on screen.
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        readCard(card);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("caseFilePage"));
        QCOMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), card.name);
        QCOMPARE(find<QLabel>(QStringLiteral("identityIdNumber"))->text(), card.idNumber);
        QVERIFY(find<QLabel>(QStringLiteral("identityFlags"))->text().isEmpty());

        const int stored = countRows(
            QStringLiteral("SELECT COUNT(*) FROM cases c JOIN persons p ON p.id = c.person_id"
                           " WHERE p.id_number = ?"),
            {card.idNumber});
        QVERIFY(stored > 0);
        auto *file =
            qobject_cast<CaseFileModel *>(find<QTreeView>(QStringLiteral("caseFileTree"))->model());
        QVERIFY(file);
        const int shown = file->rowCount(file->sectionIndex(CaseFileModel::OpenCases)) +
                          file->rowCount(file->sectionIndex(CaseFileModel::PastCases));
        QCOMPARE(shown, stored);
        QVERIFY(countRows(QStringLiteral(
                    "SELECT COUNT(*) FROM audit_events WHERE action = 'view-case-file'")) >= 1);
        screenshot(m_counter.window(), QStringLiteral("counter.png"));
    }

    void intakeAcceptAndReceipt()
    {
        const CardIdentity applicant = busiestCitizen();
        const CardIdentity otherParent = people().citizen(300);

        auto *search = find<QLineEdit>(QStringLiteral("matterSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("xsecs"));
        auto *matters = find<QListWidget>(QStringLiteral("matterList"));
        QCOMPARE(matters->count(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        auto *stack = find<QStackedWidget>(QStringLiteral("pageStack"));
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("intakePage"));

        // Prefilled from the card, so the clerk does not retype it.
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_applicant_name"))->text(), applicant.name);
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_applicant_id"))->text(), applicant.idNumber);
        QVERIFY(find<QLineEdit>(QStringLiteral("field_applicant_name"))->isReadOnly());
        QVERIFY(!find<QLineEdit>(QStringLiteral("field_hukou_address"))->text().isEmpty());

        typeText(find<QLineEdit>(QStringLiteral("field_other_parent_name")), otherParent.name);
        // Validation as the clerk types: a wrong check digit, then the right number.
        auto *otherId = find<QLineEdit>(QStringLiteral("field_other_parent_id"));
        QString wrong = otherParent.idNumber;
        wrong[17] = wrong[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QTest::keyClicks(otherId, wrong);
        QVERIFY(find<QLabel>(QStringLiteral("error_other_parent_id"))->isVisible());
        otherId->clear();
        QTest::keyClicks(otherId, otherParent.idNumber);
        QVERIFY(!find<QLabel>(QStringLiteral("error_other_parent_id"))->isVisible());

        auto *phone = find<QLineEdit>(QStringLiteral("field_contact_phone"));
        if (phone->text().isEmpty())
            QTest::keyClicks(phone, QStringLiteral("17000001234"));
        // The family name is there: the given name goes after it.
        typeText(find<QLineEdit>(QStringLiteral("field_child_name")), QStringLiteral("小禾"));
        auto *sex = find<QComboBox>(QStringLiteral("field_child_sex"));
        sex->setFocus();
        sex->setCurrentIndex(sex->findData(QStringLiteral("female")));

        auto *birth = find<QLineEdit>(QStringLiteral("field_child_birth_date"));
        QTest::keyClicks(birth, QStringLiteral("2026-02-30")); // no such day
        QVERIFY(find<QLabel>(QStringLiteral("error_child_birth_date"))->isVisible());
        birth->clear();
        QTest::keyClicks(birth, QStringLiteral("2026-11-25")); // tomorrow on the counter's clock
        QVERIFY(find<QLabel>(QStringLiteral("error_child_birth_date"))->isVisible());
        birth->clear();
        QTest::keyClicks(birth, QStringLiteral("2026-11-08"));
        QVERIFY(!find<QLabel>(QStringLiteral("error_child_birth_date"))->isVisible());

        typeText(find<QLineEdit>(QStringLiteral("field_birth_hospital")),
                 QStringLiteral("市妇幼保健院"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("field_birth_certificate_no")),
                         QStringLiteral("Q510012345"));

        // The checklist follows the answers: married parents bring the marriage certificate.
        auto *materials = find<QListWidget>(QStringLiteral("materialsList"));
        auto materialIds = [materials] {
            QStringList ids;
            for (int i = 0; i < materials->count(); ++i)
                ids << materials->item(i)->data(Qt::UserRole).toString();
            return ids;
        };
        QVERIFY(materialIds().contains(QStringLiteral("marriage-certificate")));
        auto *married = find<QCheckBox>(QStringLiteral("field_parents_married"));
        married->setChecked(false);
        QVERIFY(!materialIds().contains(QStringLiteral("marriage-certificate")));
        QVERIFY(materialIds().contains(QStringLiteral("unmarried-statement")));
        married->setChecked(true);
        // The applicant's card was read: that material is ticked on its own.
        const int cardRow = int(materialIds().indexOf(QStringLiteral("applicant-id-card")));
        QVERIFY(cardRow >= 0);
        QCOMPARE(materials->item(cardRow)->checkState(), Qt::Checked);

        // Accepting with materials still missing stores nothing and says why.
        const int casesBefore = countRows(QStringLiteral("SELECT COUNT(*) FROM cases"));
        QSignalSpy accepted(m_counter.window()->workspace<CounterWorkspace>(),
                            &CounterWorkspace::caseAccepted);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("acceptButton")), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM cases")), casesBefore);
        QVERIFY(!find<QLabel>(QStringLiteral("intakeMessage"))->text().isEmpty());

        for (int i = 0; i < materials->count(); ++i)
            if (materials->item(i)->flags() & Qt::ItemIsUserCheckable)
                materials->item(i)->setCheckState(Qt::Checked);
        screenshot(m_counter.window(), QStringLiteral("intake.png"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_birth_hospital")), Qt::Key_F9);
        QTRY_COMPARE(accepted.count(), 1);
        const QString caseNumber = accepted.at(0).at(0).toString();
        const QString pdfPath = accepted.at(0).at(1).toString();
        QVERIFY(
            caseNumber.startsWith(services().options().hallCode + QStringLiteral("-20261124-")));

        // The rows: one case, one sub-case per department, the materials, the audit event.
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM cases")), casesBefore + 1);
        auto depts = services().database().run(
            QStringLiteral("SELECT s.department FROM sub_cases s JOIN cases c ON c.id = s.case_id"
                           " WHERE c.case_number = ? ORDER BY s.step_order"),
            {caseNumber});
        QVERIFY(depts.ok());
        QStringList departments;
        while (depts.value().next())
            departments << depts.value().value(0).toString();
        QCOMPARE(departments, (QStringList{QStringLiteral("卫健"), QStringLiteral("公安"),
                                           QStringLiteral("医保"), QStringLiteral("人社")}));
        QCOMPARE(countRows(QStringLiteral(
                               "SELECT COUNT(*) FROM cases c JOIN persons p ON p.id = c.person_id"
                               " WHERE c.case_number = ? AND p.id_number = ?"),
                           {caseNumber, applicant.idNumber}),
                 1);
        QCOMPARE(countRows(QStringLiteral(
                               "SELECT COUNT(*) FROM materials m JOIN cases c ON c.id = m.case_id"
                               " WHERE c.case_number = ? AND m.source = 'on-file'"),
                           {caseNumber}),
                 1);
        QCOMPARE(countRows(
                     QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'accept-case'"
                                    " AND subject = ?"),
                     {caseNumber}),
                 1);
        auto broken = services().audit().firstBrokenEvent();
        QVERIFY(broken.ok());
        QCOMPARE(broken.value(), qint64(0));

        // The receipt: shown in the QtPdf preview, text searchable, QR back to the case number.
        auto *preview = m_counter.window()->findChild<ReceiptPreviewDialog *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        const QString text = pdf.getAllText(0).text();
        QVERIFY(text.contains(caseNumber));
        QVERIFY(text.contains(QStringLiteral("受理回执")));
        QVERIFY(text.contains(IdNumber::masked(applicant.idNumber)));
        QVERIFY(!text.contains(applicant.idNumber));
        const QImage page = pdf.render(0, QSize(1240, 1754));
        // The QR code is the signed tracking payload of this case.
        auto tracking = QrPayload::parse(QrDecoder::decode(page).text, TestCounter::kDefaultHallKey,
                                         TestCounter::kDefaultNow);
        QVERIFY2(tracking.ok(), qPrintable(tracking.error().code));
        QCOMPARE(tracking->caseNumber(), caseNumber);

        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
        const QString extracted = QString::fromUtf8(pdftotext.readAllStandardOutput());
        for (const QString &expected :
             {QStringLiteral("受理回执"), applicant.name, caseNumber,
              QStringLiteral("新生儿出生“一件事”"), QStringLiteral("卫健"),
              QStringLiteral("出生登记（落户）"), QStringLiteral("结婚证")})
            QVERIFY2(extracted.contains(expected), qPrintable(expected));
        if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOT_DIR"))
            page.save(qEnvironmentVariable("OW_SCREENSHOT_DIR") + QStringLiteral("/receipt.png"));
        preview->close();

        // Reopening the file shows the new case among the open ones.
        readCard(people().citizen(301));
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(),
                     people().citizen(301).name);
        readCard(applicant);
        auto *file =
            qobject_cast<CaseFileModel *>(find<QTreeView>(QStringLiteral("caseFileTree"))->model());
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), applicant.name);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("caseFilePage"));
        bool listed = false;
        const QModelIndex open = file->sectionIndex(CaseFileModel::OpenCases);
        for (int r = 0; r < file->rowCount(open); ++r)
            listed =
                listed || file->index(r, 0, open).data(CaseFileModel::CaseNumberRole).toString() ==
                              caseNumber;
        QVERIFY(listed);
    }

    void idleCounterLocks()
    {
        QVERIFY(m_counter.window()->centralWidget()->isVisible());
        m_counter.window()->idleLock()->setInterval(150);
        m_counter.window()->idleLock()->setEnabled(true);
        LoginDialog *lock = nullptr;
        QTRY_VERIFY((lock = m_counter.window()->findChild<LoginDialog *>(
                         QStringLiteral("lockDialog"))) != nullptr);
        QVERIFY(
            !m_counter.window()->centralWidget()->isVisible()); // no citizen data behind the lock
        QCOMPARE(lock->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("clerk01"));
        auto *password = lock->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, QStringLiteral("Clerk-2026"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(m_counter.window()->centralWidget()->isVisible());
        m_counter.window()->idleLock()->setInterval(60 * 60 * 1000);
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CounterFlow)
#include "tst_CounterFlow.moc"
