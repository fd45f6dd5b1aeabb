// Nothing slips through at the counter: an expired card, a wrong check digit,
// an e-ID code or a manual entry never becomes an accepted case without the
// clerk's explicit confirmation and reason (stored for the supervisor); a
// manual entry never claims a card was read; Enter in an empty matter search
// starts nothing; a lock and another user's sign-in leave nothing of the
// previous citizen or user on any page, and the same user carries on.
#include "common/ReceiptPreviewDialog.h"
#include "common/UserMessages.h"
#include "counter/CounterWorkspace.h"
#include "counter/IntakePage.h"
#include "counter/ManualIdentityDialog.h"
#include "counter/OverrideDialog.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/CardReader.h"
#include "identity/IdNumber.h"
#include "identity/QrPayload.h"
#include "identity/SimulatedCardReader.h"
#include "intake/DraftService.h"
#include "services/AppServices.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "storage/Database.h"
#include "templates/FieldValidator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace OneWindow;
using OneWindow::Test::typeText;

class tst_CounterSafety : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;

    template <typename T> T *find(const QString &name) const { return m_counter.find<T>(name); }
    QString currentPage() const
    {
        return find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget()->objectName();
    }
    CounterWorkspace *counter() const { return m_counter.window()->workspace<CounterWorkspace>(); }
    IntakePage *intake() const { return find<IntakePage>(QStringLiteral("intakePage")); }

    // Puts the card on the reader and waits until the window shows whose it is.
    void identify(const CardIdentity &card)
    {
        m_counter.readCard(card);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), card.name);
    }

    void startMatter(const QString &initials)
    {
        auto *search = find<QLineEdit>(QStringLiteral("matterSearchEdit"));
        search->clear();
        QTest::keyClicks(search, initials);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(currentPage(), QStringLiteral("intakePage"));
    }

    // The newborn's answers a clerk types, the other parent typed too; every
    // material marked received (F7).
    void fillNewborn(const CardIdentity &otherParent)
    {
        const auto line = [this](const QString &name) {
            return find<QLineEdit>(name);
        };
        if (line(QStringLiteral("field_other_parent_name"))->text().isEmpty()) {
            typeText(line(QStringLiteral("field_other_parent_name")), otherParent.name);
            QTest::keyClicks(line(QStringLiteral("field_other_parent_id")), otherParent.idNumber);
        }
        if (line(QStringLiteral("field_contact_phone"))->text().isEmpty())
            QTest::keyClicks(line(QStringLiteral("field_contact_phone")),
                             QStringLiteral("17000001234"));
        if (line(QStringLiteral("field_hukou_address"))->text().isEmpty())
            typeText(line(QStringLiteral("field_hukou_address")),
                     QStringLiteral("四川省成都市武侯区人民南路四段1号"));
        // The family name is there: the given name goes after it.
        typeText(line(QStringLiteral("field_child_name")), QStringLiteral("小禾"));
        typeText(find<QComboBox>(QStringLiteral("field_child_sex")), QStringLiteral("女"));
        QTest::keyClicks(line(QStringLiteral("field_child_birth_date")), QStringLiteral("1108"));
        typeText(line(QStringLiteral("field_birth_hospital")), QStringLiteral("市妇幼保健院"));
        QTest::keyClicks(line(QStringLiteral("field_birth_certificate_no")),
                         QStringLiteral("Q510012345"));
        QTest::keyClick(line(QStringLiteral("field_birth_certificate_no")), Qt::Key_F7);
    }

    // The material's row in the checklist, or null.
    QListWidgetItem *material(const QString &id) const
    {
        auto *list = find<QListWidget>(QStringLiteral("materialsList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                return list->item(i);
        return nullptr;
    }

    OverrideDialog *overrideDialog() const
    {
        return m_counter.window()->findChild<OverrideDialog *>(QStringLiteral("overrideDialog"));
    }

    int cases() { return m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases")); }

    // F9 where the clerk is, once the window is active again (after a dialog).
    void pressAccept()
    {
        m_counter.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_counter.window()));
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target && intake()->isAncestorOf(target));
        QTest::keyClick(target, Qt::Key_F9);
    }

    // F3 in the other parent's field with an expired card on the reader.
    void readExpiredPartyCard()
    {
        auto *name = find<QLineEdit>(QStringLiteral("field_other_parent_name"));
        name->setFocus();
        m_counter.reader()->placeCard(m_counter.people().expiredCard());
        QTest::keyClick(name, Qt::Key_F3);
        QTRY_VERIFY(!find<QLineEdit>(QStringLiteral("field_other_parent_id"))->text().isEmpty());
        QVERIFY(intake()->partyEvidence().contains(QStringLiteral("other_parent")));
    }

    // On a resumed intake: the party's problem at the top, its ID card still to
    // receive, and F9 asks for the reason naming it; with one, the case carries it.
    void expectPartysProblemAskedAgain(bool accept)
    {
        const QString expired = UserMessages::cardFlag(CardFlag{QStringLiteral("expired"), {}});
        auto *banner = find<QLabel>(QStringLiteral("intakeIdentityProblem"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(expired), qPrintable(banner->text()));
        QVERIFY(material(QStringLiteral("other-parent-id-card"))->flags() &
                Qt::ItemIsUserCheckable);
        fillNewborn(m_counter.people().expiredCard());
        QVERIFY(intake()->readyToAccept());
        QSignalSpy accepted(counter(), &CounterWorkspace::caseAccepted);
        pressAccept();
        OverrideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = overrideDialog()) != nullptr && dialog->isVisible());
        const QString listed = dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text();
        QVERIFY2(listed.contains(expired), qPrintable(listed));
        QVERIFY2(
            listed.contains(intake()->form()->field(QStringLiteral("other_parent"))->label.text()),
            qPrintable(listed));
        if (!accept) {
            dialog->reject();
            QTRY_VERIFY(!overrideDialog());
            QCOMPARE(accepted.count(), 0);
            m_counter.window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_counter.window()));
            QTest::keyClick(find<QLineEdit>(QStringLiteral("field_contact_phone")), Qt::Key_Escape);
            QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
            return;
        }
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit")),
                 QStringLiteral("另一方父母出示了户口簿，已核对"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit")),
                        Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        closePreviews();
        QCOMPARE(
            m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases WHERE"
                                               " case_number = ? AND identity_flags = ?"),
                                {accepted.at(0).at(0), QStringLiteral("other_parent:expired")}),
            1);
    }

    void closePreviews()
    {
        for (auto *preview : m_counter.window()->findChildren<ReceiptPreviewDialog *>())
            preview->close();
        QCoreApplication::processEvents();
    }

    // Signs in at the lock screen.
    void unlockAs(const QString &username, const QString &password)
    {
        LoginDialog *lock = nullptr;
        QTRY_VERIFY((lock = m_counter.window()->findChild<LoginDialog *>(
                         QStringLiteral("lockDialog"))) != nullptr &&
                    lock->isVisible());
        auto *user = lock->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        user->clear();
        QTest::keyClicks(user, username);
        auto *secret = lock->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(secret, password);
        QTest::keyClick(secret, Qt::Key_Return);
        QTRY_VERIFY(m_counter.window()->centralWidget()->isVisible());
    }

    // Every text the window and its windows show or hold: labels, inputs,
    // buttons, item views' cells, window titles, status bar.
    QStringList everyText() const
    {
        QStringList texts;
        for (QWidget *w : QApplication::allWidgets()) {
            bool ours = false;
            for (QWidget *p = w; p && !ours; p = p->parentWidget())
                ours = p == m_counter.window();
            if (!ours)
                continue;
            texts << w->windowTitle() << w->toolTip();
            if (auto *label = qobject_cast<QLabel *>(w))
                texts << label->text();
            if (auto *line = qobject_cast<QLineEdit *>(w))
                texts << line->text();
            if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                QList<QModelIndex> pending{QModelIndex()};
                while (!pending.isEmpty()) {
                    const QModelIndex parent = pending.takeFirst();
                    for (int r = 0; r < view->model()->rowCount(parent); ++r)
                        for (int c = 0; c < view->model()->columnCount(parent); ++c) {
                            const QModelIndex i = view->model()->index(r, c, parent);
                            texts << i.data().toString();
                            if (c == 0)
                                pending << i;
                        }
                }
            }
        }
        texts << m_counter.window()->statusBar()->currentMessage();
        return texts;
    }

    bool shows(const QString &needle) const
    {
        for (const QString &t : everyText())
            if (t.contains(needle))
                return true;
        return false;
    }

    QStringList toolbarActions() const
    {
        QStringList names;
        for (QAction *a : find<QToolBar>(QStringLiteral("mainToolBar"))->actions())
            if (!a->isSeparator())
                names << a->objectName();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
        QVERIFY(m_counter.openWindow());
    }

    void cleanup()
    {
        if (QWidget *box = m_counter.window()->findChild<QWidget *>(QStringLiteral("errorBox")))
            box->close();
        if (OverrideDialog *d = overrideDialog())
            d->reject();
        closePreviews();
    }

    void emptyMatterSearchStartsNothing()
    {
        m_counter.readCard(m_counter.people().citizen(3));
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(),
                     m_counter.people().citizen(3).name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        auto *search = find<QLineEdit>(QStringLiteral("matterSearchEdit"));
        QVERIFY(search->text().isEmpty());
        QVERIFY(find<QListWidget>(QStringLiteral("matterList"))->currentItem());
        QTest::keyClick(search, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(currentPage(), QStringLiteral("caseFilePage"));
        QCOMPARE(intake()->form(), nullptr);
        // Typing chooses; then Enter starts the chosen matter.
        QTest::keyClicks(search, QStringLiteral("jzz"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(currentPage(), QStringLiteral("intakePage"));
        QCOMPARE(intake()->form()->id, QStringLiteral("residence-permit"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_contact_phone")), Qt::Key_Escape);
    }

    void expiredCardNeedsAReason()
    {
        const CardIdentity card = m_counter.people().expiredCard();
        m_counter.readCard(card);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), card.name);
        const QString expired = UserMessages::cardFlag(CardFlag{QStringLiteral("expired"), {}});
        // The problem at the top of the identity panel, next to the name.
        auto *flags = find<QLabel>(QStringLiteral("identityFlags"));
        QTRY_VERIFY(flags->text().contains(expired));
        QVERIFY(flags->isVisible());
        QCOMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), card.name);
        auto *panel = find<QWidget>(QStringLiteral("identityPanel"));
        QVERIFY(flags->mapTo(panel, QPoint()).y() <
                find<QLabel>(QStringLiteral("identityIdNumber"))->mapTo(panel, QPoint()).y());

        startMatter(QStringLiteral("xsecs"));
        // ... and at the top of the intake, in plain words.
        auto *banner = find<QLabel>(QStringLiteral("intakeIdentityProblem"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(expired));
        // An expired card proves nothing: the applicant's ID card is still to be shown.
        QListWidgetItem *idCard = material(QStringLiteral("applicant-id-card"));
        QVERIFY(idCard);
        QVERIFY(idCard->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!intake()->heldDocuments().contains(QStringLiteral("id-card")));
        QVERIFY(!intake()->materialsReceived().contains(QStringLiteral("applicant-id-card")));

        fillNewborn(m_counter.people().citizen(301));
        QVERIFY(intake()->readyToAccept());
        const int before = cases();
        QSignalSpy accepted(counter(), &CounterWorkspace::caseAccepted);

        // F9 asks; backing out stores nothing.
        pressAccept();
        OverrideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = overrideDialog()) != nullptr && dialog->isVisible());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text().contains(expired));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmOverrideButton"));
        QVERIFY(!confirm->isEnabled()); // no reason, no acceptance
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelOverrideButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!overrideDialog());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(cases(), before);

        // With a reason it is accepted, flagged, with the reason on the case.
        pressAccept();
        QTRY_VERIFY((dialog = overrideDialog()) != nullptr && dialog->isVisible());
        const QString reason = QStringLiteral("市民出示了有效期内的临时身份证，已核对本人");
        auto *reasonEdit = dialog->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit"));
        QTest::keyClicks(reasonEdit, QStringLiteral("ok"));
        confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmOverrideButton"));
        QVERIFY(!confirm->isEnabled()); // too short to be a reason
        reasonEdit->clear();
        typeText(reasonEdit, reason);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        const QString caseNumber = accepted.at(0).at(0).toString();
        auto stored = m_counter.services().database().run(
            QStringLiteral("SELECT identity_flags, override_reason FROM cases"
                           " WHERE case_number = ?"),
            {caseNumber});
        QVERIFY(stored.ok() && stored.value().next());
        QVERIFY(stored.value()
                    .value(0)
                    .toString()
                    .split(QLatin1Char(','))
                    .contains(QStringLiteral("expired")));
        QCOMPARE(stored.value().value(1).toString(), reason);
        // The ID card was not received at the counter either: it was not ticked by the card.
        QCOMPARE(m_counter.countRows(
                     QStringLiteral("SELECT COUNT(*) FROM materials m JOIN cases c ON"
                                    " c.id = m.case_id WHERE c.case_number = ? AND"
                                    " m.kind = 'applicant-id-card' AND m.source = 'on-file'"),
                     {caseNumber}),
                 0);
    }

    void partysExpiredCardNeedsAReasonToo()
    {
        const CardIdentity parent = m_counter.people().citizen(5);
        m_counter.readCard(parent);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), parent.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("xsecs"));
        QVERIFY(!find<QLabel>(QStringLiteral("intakeIdentityProblem"))->isVisible());
        // The other parent's card has expired.
        find<QLineEdit>(QStringLiteral("field_other_parent_name"))->setFocus();
        m_counter.reader()->placeCard(m_counter.people().expiredCard());
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_other_parent_name")), Qt::Key_F3);
        QTRY_VERIFY(!find<QLineEdit>(QStringLiteral("field_other_parent_id"))->text().isEmpty());
        auto *message = find<QLabel>(QStringLiteral("intakeMessage"));
        QVERIFY(message->text().contains(
            UserMessages::cardFlag(CardFlag{QStringLiteral("expired"), {}})));
        QCOMPARE(message->property("tone").toString(), QStringLiteral("problem"));
        // Its holder's ID card is not proven: still on the list to receive.
        QVERIFY(material(QStringLiteral("other-parent-id-card"))->flags() &
                Qt::ItemIsUserCheckable);
        // The core recorded the read with its problem; the intake refers to it.
        const qint64 partyRead = intake()->partyEvidence().value(QStringLiteral("other_parent"));
        QVERIFY(partyRead > 0);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence WHERE"
                                                    " id = ? AND problems LIKE '%expired%'"),
                                     {partyRead}),
                 1);
        fillNewborn(m_counter.people().expiredCard());
        QSignalSpy accepted(counter(), &CounterWorkspace::caseAccepted);
        pressAccept();
        OverrideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = overrideDialog()) != nullptr && dialog->isVisible());
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit")),
                 QStringLiteral("另一方父母出示了户口簿，已核对"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit")),
                        Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(
            m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases WHERE"
                                               " case_number = ? AND identity_flags = ?"),
                                {accepted.at(0).at(0), QStringLiteral("other_parent:expired")}),
            1);
    }

    void manualEntryNeverSaysCardRead()
    {
        const CardIdentity person = m_counter.people().citizen(7);
        QString wrong = person.idNumber;
        wrong[17] = wrong[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        m_counter.pressKey(Qt::Key_F3);
        ManualIdentityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_counter.window()->findChild<ManualIdentityDialog *>()) &&
                    dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit")), wrong);
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("idStatusLabel"))->text();
        // The same words as beside any ID-number field, and no word about a reader.
        QVERIFY2(status.contains(FieldValidator::idNumberProblem(QStringLiteral("checksum"))),
                 qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("读卡")), qPrintable(status));
        auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        number->clear();
        QTest::keyClicks(number, person.idNumber);
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), person.name);
        dialog->accept();
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), person.name);
        const QString said = find<QLabel>(QStringLiteral("identityStatus"))->text();
        QVERIFY2(!said.contains(QStringLiteral("已读卡")) &&
                     !said.contains(QStringLiteral("读卡成功")),
                 qPrintable(said));
        QVERIFY(
            find<QLabel>(QStringLiteral("identityFlags"))
                ->text()
                .contains(UserMessages::cardFlag(CardFlag{QStringLiteral("manual-identity"), {}})));
        // Accepting asks for the reason, as for a flagged card.
        startMatter(QStringLiteral("xsecs"));
        QVERIFY(find<QLabel>(QStringLiteral("intakeIdentityProblem"))->isVisible());
        fillNewborn(m_counter.people().citizen(302));
        pressAccept();
        QTRY_VERIFY(overrideDialog() && overrideDialog()->isVisible());
        overrideDialog()->reject();
        QTRY_VERIFY(!overrideDialog());
    }

    void wrongCheckDigitOnACardIsWordedTheSame()
    {
        m_counter.readCard(m_counter.people().badChecksumCard());
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(),
                     m_counter.people().badChecksumCard().name);
        QTRY_VERIFY(find<QLabel>(QStringLiteral("identityFlags"))
                        ->text()
                        .contains(FieldValidator::idNumberProblem(QStringLiteral("checksum"))));
    }

    void eIdCodeNeedsAReason()
    {
        const CardIdentity person = m_counter.people().citizen(8);
        const QDateTime now = TestCounter::kDefaultNow;
        const QString code =
            QrPayload::electronicId(person.idNumber, person.name, now, now.addSecs(300))
                .sign(TestCounter::kDefaultHallKey)
                .value();
        counter()->handleScan(code);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), person.name);
        QVERIFY(!find<QLabel>(QStringLiteral("identityStatus"))
                     ->text()
                     .contains(QStringLiteral("已读卡")));
        QVERIFY(find<QLabel>(QStringLiteral("identityFlags"))
                    ->text()
                    .contains(UserMessages::cardFlag(CardFlag{QStringLiteral("qr-identity"), {}})));
        startMatter(QStringLiteral("xsecs"));
        QVERIFY(find<QLabel>(QStringLiteral("intakeIdentityProblem"))->isVisible());
        fillNewborn(m_counter.people().citizen(303));
        pressAccept();
        QTRY_VERIFY(overrideDialog() && overrideDialog()->isVisible());
        overrideDialog()->reject();
        QTRY_VERIFY(!overrideDialog());
    }

    // The accept committed but the answer never reached the window, and an autosave
    // already on its way put the intake's draft back. When the citizen is at the counter
    // again, the resumed draft brings its intake key: accepting finds the case the first
    // accept stored instead of making a second one, and the draft is gone with it.
    void acceptedIntakeIsNeverAcceptedTwice()
    {
        const CardIdentity parent = m_counter.people().citizen(322);
        const auto newbornCases = [&] {
            return m_counter.countRows(
                QStringLiteral("SELECT COUNT(*) FROM cases c JOIN persons p ON p.id = c.person_id"
                               " WHERE p.id_number = ? AND c.template_id = 'newborn'"),
                {parent.idNumber});
        };
        identify(parent);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("xsecs"));
        fillNewborn(m_counter.people().citizen(323));
        intake()->saveDraftNow(true);
        const QString key = intake()->intakeKey();
        QVERIFY(!key.isEmpty());
        auto saved = m_counter.services().drafts().find(parent.idNumber, QStringLiteral("newborn"),
                                                        m_counter.session());
        QVERIFY(saved.ok() && saved.value().has_value());
        QCOMPARE(saved.value()->intakeKey, key);
        Database &db = m_counter.ownerDatabase();
        QVERIFY(db.run(QStringLiteral("CREATE TABLE kept_draft AS SELECT * FROM drafts"
                                      " WHERE id_number = ?"),
                       {parent.idNumber})
                    .ok());

        QSignalSpy accepted(counter(), &CounterWorkspace::caseAccepted);
        pressAccept();
        QTRY_COMPARE(accepted.count(), 1);
        closePreviews();
        const QString caseNumber = accepted.at(0).at(0).toString();
        QCOMPARE(newbornCases(), 1);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE"
                                                    " id_number = ?"),
                                     {parent.idNumber}),
                 0);
        // The window's own removal of the draft has run (it finds nothing left).
        intake()->saveDraftNow(true);
        QVERIFY(db.run(QStringLiteral("INSERT INTO drafts SELECT * FROM kept_draft")).ok());
        QVERIFY(db.run(QStringLiteral("DROP TABLE kept_draft")).ok());

        // The next citizen, then this one again.
        identify(m_counter.people().citizen(15));
        identify(parent);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("xsecs"));
        QVERIFY(intake()->resumedDraft());
        QCOMPARE(intake()->intakeKey(), key);
        QVERIFY(intake()->readyToAccept());
        pressAccept();
        QTRY_COMPARE(accepted.count(), 2);
        closePreviews();
        QCOMPARE(accepted.at(1).at(0).toString(), caseNumber);
        QCOMPARE(newbornCases(), 1);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE"
                                                    " id_number = ?"),
                                     {parent.idNumber}),
                 0);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
    }

    // The other parent's card has expired; the clerk presses Esc and opens the matter
    // again: the draft brings back the card's problem, and accepting asks the reason.
    void partysCardProblemSurvivesEsc()
    {
        // Someone the demo hall has no case of: the busiest file stays the seeded one.
        const CardIdentity parent = m_counter.people().citizen(320);
        m_counter.readCard(parent);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), parent.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("xsecs"));
        readExpiredPartyCard();
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_other_parent_name")), Qt::Key_Escape);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));

        startMatter(QStringLiteral("xsecs"));
        QVERIFY(intake()->resumedDraft());
        expectPartysProblemAskedAgain(false);
    }

    // The same after a one-time notification, at the citizen's next visit (the next
    // day, another card read of the applicant): the reason is asked again, and the
    // case carries the party's problem.
    void partysCardProblemSurvivesTheNextVisit()
    {
        // Someone the demo hall has no case of: the busiest file stays the seeded one.
        const CardIdentity parent = m_counter.people().citizen(321);
        m_counter.readCard(parent);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), parent.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("xsecs"));
        readExpiredPartyCard();
        QSignalSpy printed(intake(), &IntakePage::notificationPrinted);
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_other_parent_name")), Qt::Key_F8);
        QTRY_COMPARE(printed.count(), 1);
        closePreviews();

        // The next day: someone else first, then the parent again.
        m_counter.setNow(TestCounter::kDefaultNow.addDays(1));
        identify(m_counter.people().citizen(15));
        identify(parent);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("xsecs"));
        QVERIFY(intake()->resumedDraft());
        expectPartysProblemAskedAgain(true);
        m_counter.setNow(TestCounter::kDefaultNow);
    }

    // Locked, the counter takes no card: a read the reader reports (a polling reader,
    // F2 behind the lock) is recorded nowhere, opens no file, and nothing goes on the
    // locked clerk's name; the clipboard is empty behind the lock.
    void lockedCounterTakesNoCard()
    {
        const CardIdentity first = m_counter.people().citizen(16);
        m_counter.readCard(first);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), first.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        QGuiApplication::clipboard()->setText(first.idNumber);
        QCOMPARE(QGuiApplication::clipboard()->text(), first.idNumber);
        const int reads =
            m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence"));

        m_counter.pressKey(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_counter.window()->centralWidget()->isVisible());
        QVERIFY(m_counter.services().isLocked());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        const int lastEvent =
            m_counter.countRows(QStringLiteral("SELECT MAX(id) FROM audit_events"));

        // A card put on the reader behind the lock, read as a polling reader would.
        const CardIdentity stranger = m_counter.people().citizen(17);
        QSignalSpy reported(m_counter.reader(), &CardReader::cardRead);
        m_counter.reader()->placeCard(stranger);
        m_counter.reader()->readCard();
        QTRY_COMPARE(reported.count(), 1);
        // And a receipt's code from the scanner.
        const QString receipt =
            QrPayload::receiptTracking(QStringLiteral("510107-20261124-00001"),
                                       QStringLiteral("510107"), TestCounter::kDefaultNow.date())
                .sign(TestCounter::kDefaultHallKey)
                .value();
        counter()->handleScan(receipt);
        QCoreApplication::processEvents();
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")), reads);
        // Nothing read, opened or refused on anyone's name behind the lock.
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE"
                                                    " id > ? AND action <> 'draft-save'"),
                                     {lastEvent}),
                 0);
        QCOMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), first.name);
        QCOMPARE(counter()->visit().card().idNumber, first.idNumber);
        if (QWidget *box = m_counter.window()->findChild<QWidget *>(QStringLiteral("errorBox")))
            box->close();

        unlockAs(QStringLiteral("clerk01"), QStringLiteral("Clerk-2026"));
        QVERIFY(!m_counter.services().isLocked());
        // Unlocked, the same card is taken, on the clerk's name.
        m_counter.readCard(stranger);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), stranger.name);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")),
                 reads + 1);
    }

    void sameUserUnlockKeepsTheirWork()
    {
        const CardIdentity person = m_counter.people().citizen(9);
        m_counter.readCard(person);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), person.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("jzz"));
        typeText(find<QLineEdit>(QStringLiteral("field_residence_address_street")),
                 QStringLiteral("科华北路65号"));
        // A preview window open: the one-time notification.
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_residence_address_street")),
                        Qt::Key_F8);
        QPointer<ReceiptPreviewDialog> preview;
        QTRY_VERIFY((preview = m_counter.window()->findChild<ReceiptPreviewDialog *>()) &&
                    preview->isVisible());

        m_counter.pressKey(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_counter.window()->centralWidget()->isVisible());
        // Behind the lock screen nothing of the citizen shows, not even the preview.
        QVERIFY(preview && !preview->isVisible());
        unlockAs(QStringLiteral("clerk01"), QStringLiteral("Clerk-2026"));
        QCOMPARE(currentPage(), QStringLiteral("intakePage"));
        QCOMPARE(find<QLineEdit>(QStringLiteral("field_residence_address_street"))->text(),
                 QStringLiteral("科华北路65号"));
        QCOMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), person.name);
        QVERIFY(preview && preview->isVisible());
        closePreviews();
    }

    void anotherUserSeesNothingOfThePrevious()
    {
        // The clerk's work on every page: a search with results, a file, an
        // intake with answers, a preview window.
        const CardIdentity found = m_counter.busiestCitizen();
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_residence_address_street")),
                        Qt::Key_Escape);
        m_counter.reader()->placeFailure(QStringLiteral("card-read-failed"));
        m_counter.pressKey(Qt::Key_F2); // back to the welcome page with its search
        QTRY_COMPARE(currentPage(), QStringLiteral("welcomePage"));
        auto *search = find<QLineEdit>(QStringLiteral("personSearchEdit"));
        typeText(search, found.name);
        QTRY_VERIFY(find<QTableView>(QStringLiteral("personSearchView"))->model()->rowCount() > 0);
        const CardIdentity person = m_counter.people().citizen(11);
        m_counter.readCard(person);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), person.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("jzz"));
        typeText(find<QLineEdit>(QStringLiteral("field_residence_address_street")),
                 QStringLiteral("天府大道北段1号"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_residence_address_street")),
                        Qt::Key_F8);
        QPointer<ReceiptPreviewDialog> preview;
        QTRY_VERIFY((preview = m_counter.window()->findChild<ReceiptPreviewDialog *>()) &&
                    preview->isVisible());
        QVERIFY(shows(person.name) && shows(person.idNumber) && shows(found.name));
        const QStringList clerkActions = toolbarActions();
        QVERIFY(clerkActions.contains(QStringLiteral("readCardAction")));

        // The administrator signs in at the lock: their actions, nothing of the clerk's.
        m_counter.pressKey(Qt::Key_L, Qt::ControlModifier);
        unlockAs(QStringLiteral("admin01"), QStringLiteral("Admin-2026"));
        QTRY_VERIFY(!preview);
        const QStringList adminActions = toolbarActions();
        QVERIFY(adminActions.contains(QStringLiteral("calendarImportAction")));
        QVERIFY(!adminActions.contains(QStringLiteral("readCardAction")));
        QVERIFY(!m_counter.window()->workspace<CounterWorkspace>());
        for (const QString &secret : {person.name, person.idNumber, found.name, found.idNumber,
                                      QStringLiteral("天府大道北段1号")})
            QVERIFY2(!shows(secret), qPrintable(secret));
        // The header names the administrator; the clerk's name shows only where the
        // administrator manages accounts.
        const QString header = find<QLabel>(QStringLiteral("shellHeader"))->text();
        QVERIFY2(!header.contains(QStringLiteral("李敏")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("管理员")), qPrintable(header));

        // And the next clerk (the supervisor at the counter) starts from empty pages.
        m_counter.pressKey(Qt::Key_L, Qt::ControlModifier);
        unlockAs(QStringLiteral("super01"), QStringLiteral("Super-2026"));
        QTRY_VERIFY(counter());
        // A supervisor lands in the review queue; the counter is one mode away.
        m_counter.window()->findChild<QAction *>(QStringLiteral("mode_counter"))->trigger();
        QVERIFY(toolbarActions().contains(QStringLiteral("readCardAction")));
        // Settings are everyone's (the language); the hall's calendar is the administrator's.
        QVERIFY(!toolbarActions().contains(QStringLiteral("calendarImportAction")));
        QCOMPARE(currentPage(), QStringLiteral("welcomePage"));
        QVERIFY(find<QLineEdit>(QStringLiteral("personSearchEdit"))->text().isEmpty());
        QCOMPARE(find<QTableView>(QStringLiteral("personSearchView"))->model()->rowCount(), 0);
        QVERIFY(find<QLabel>(QStringLiteral("identityName"))->text().isEmpty());
        QCOMPARE(intake()->form(), nullptr);
        for (const QString &secret :
             {person.name, person.idNumber, found.name, QStringLiteral("天府大道北段1号")})
            QVERIFY2(!shows(secret), qPrintable(secret));
        QVERIFY(!counter()->visit().isIdentified());
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CounterSafety)
#include "tst_CounterSafety.moc"
